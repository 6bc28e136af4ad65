# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_pool_detail_response import GetPoolDetailResponse
from ...models.pool_envelope import PoolEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    pool_code: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["poolCode"] = pool_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/pool/detail",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetPoolDetailResponse | PoolEnvelope | None:
    if response.status_code == 200:
        response_200 = GetPoolDetailResponse.from_dict(response.json())

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
) -> Response[GetPoolDetailResponse | PoolEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    pool_code: str,
) -> Response[GetPoolDetailResponse | PoolEnvelope]:
    """Get one traffic pool

     The pool's type, usage, card counts by status and its tariff package.

    Args:
        pool_code (str): A traffic pool code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPoolDetailResponse | PoolEnvelope]
    """

    kwargs = _get_kwargs(
        pool_code=pool_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    pool_code: str,
) -> GetPoolDetailResponse | PoolEnvelope | None:
    """Get one traffic pool

     The pool's type, usage, card counts by status and its tariff package.

    Args:
        pool_code (str): A traffic pool code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPoolDetailResponse | PoolEnvelope
    """

    return sync_detailed(
        client=client,
        pool_code=pool_code,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    pool_code: str,
) -> Response[GetPoolDetailResponse | PoolEnvelope]:
    """Get one traffic pool

     The pool's type, usage, card counts by status and its tariff package.

    Args:
        pool_code (str): A traffic pool code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPoolDetailResponse | PoolEnvelope]
    """

    kwargs = _get_kwargs(
        pool_code=pool_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    pool_code: str,
) -> GetPoolDetailResponse | PoolEnvelope | None:
    """Get one traffic pool

     The pool's type, usage, card counts by status and its tariff package.

    Args:
        pool_code (str): A traffic pool code.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPoolDetailResponse | PoolEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            pool_code=pool_code,
        )
    ).parsed
