# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pool_envelope import PoolEnvelope
from ...models.switch_card_network_request import SwitchCardNetworkRequest
from ...models.switch_card_network_response import SwitchCardNetworkResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SwitchCardNetworkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/card/operation/network",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PoolEnvelope | SwitchCardNetworkResponse | None:
    if response.status_code == 200:
        response_200 = SwitchCardNetworkResponse.from_dict(response.json())

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
) -> Response[PoolEnvelope | SwitchCardNetworkResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SwitchCardNetworkRequest,
) -> Response[PoolEnvelope | SwitchCardNetworkResponse]:
    """Switch the network of up to 10 cards on or off

     Starts a batch that enables (`switchOn: true`) or disables the network of up to 10 cards. The
    answer counts the cards that passed the check and lists the others; follow the batch with
    `get_batch_operation_status`.

    Args:
        body (SwitchCardNetworkRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PoolEnvelope | SwitchCardNetworkResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SwitchCardNetworkRequest,
) -> PoolEnvelope | SwitchCardNetworkResponse | None:
    """Switch the network of up to 10 cards on or off

     Starts a batch that enables (`switchOn: true`) or disables the network of up to 10 cards. The
    answer counts the cards that passed the check and lists the others; follow the batch with
    `get_batch_operation_status`.

    Args:
        body (SwitchCardNetworkRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PoolEnvelope | SwitchCardNetworkResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SwitchCardNetworkRequest,
) -> Response[PoolEnvelope | SwitchCardNetworkResponse]:
    """Switch the network of up to 10 cards on or off

     Starts a batch that enables (`switchOn: true`) or disables the network of up to 10 cards. The
    answer counts the cards that passed the check and lists the others; follow the batch with
    `get_batch_operation_status`.

    Args:
        body (SwitchCardNetworkRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PoolEnvelope | SwitchCardNetworkResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SwitchCardNetworkRequest,
) -> PoolEnvelope | SwitchCardNetworkResponse | None:
    """Switch the network of up to 10 cards on or off

     Starts a batch that enables (`switchOn: true`) or disables the network of up to 10 cards. The
    answer counts the cards that passed the check and lists the others; follow the batch with
    `get_batch_operation_status`.

    Args:
        body (SwitchCardNetworkRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PoolEnvelope | SwitchCardNetworkResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
