# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_batch_operation_status_response import GetBatchOperationStatusResponse
from ...models.pool_envelope import PoolEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    batch_code: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["batchCode"] = batch_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/operation/batch/query/status",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetBatchOperationStatusResponse | PoolEnvelope | None:
    if response.status_code == 200:
        response_200 = GetBatchOperationStatusResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = PoolEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = PoolEnvelope.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetBatchOperationStatusResponse | PoolEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    batch_code: str,
) -> Response[GetBatchOperationStatusResponse | PoolEnvelope]:
    """Get the progress of a batch card operation

     The per-card state of a batch started by `switch_card_network` (its `batchCode`).

    Args:
        batch_code (str): A batch code of the pool/card API.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetBatchOperationStatusResponse | PoolEnvelope]
    """

    kwargs = _get_kwargs(
        batch_code=batch_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    batch_code: str,
) -> GetBatchOperationStatusResponse | PoolEnvelope | None:
    """Get the progress of a batch card operation

     The per-card state of a batch started by `switch_card_network` (its `batchCode`).

    Args:
        batch_code (str): A batch code of the pool/card API.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetBatchOperationStatusResponse | PoolEnvelope
    """

    return sync_detailed(
        client=client,
        batch_code=batch_code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    batch_code: str,
) -> Response[GetBatchOperationStatusResponse | PoolEnvelope]:
    """Get the progress of a batch card operation

     The per-card state of a batch started by `switch_card_network` (its `batchCode`).

    Args:
        batch_code (str): A batch code of the pool/card API.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetBatchOperationStatusResponse | PoolEnvelope]
    """

    kwargs = _get_kwargs(
        batch_code=batch_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    batch_code: str,
) -> GetBatchOperationStatusResponse | PoolEnvelope | None:
    """Get the progress of a batch card operation

     The per-card state of a batch started by `switch_card_network` (its `batchCode`).

    Args:
        batch_code (str): A batch code of the pool/card API.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetBatchOperationStatusResponse | PoolEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            batch_code=batch_code,
        )
    ).parsed
