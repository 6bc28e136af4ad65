# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cmp_envelope import CmpEnvelope
from ...models.gateway_error import GatewayError
from ...models.get_traffic_pool_info_request import GetTrafficPoolInfoRequest
from ...models.get_traffic_pool_info_response import GetTrafficPoolInfoResponse
from ...types import Response


def _get_kwargs(
    *,
    body: GetTrafficPoolInfoRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/cmp-api/package/getTrafficPoolInfo",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CmpEnvelope | GatewayError | GetTrafficPoolInfoResponse | None:
    if response.status_code == 200:
        response_200 = GetTrafficPoolInfoResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CmpEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GatewayError.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CmpEnvelope | GatewayError | GetTrafficPoolInfoResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GetTrafficPoolInfoRequest,
) -> Response[CmpEnvelope | GatewayError | GetTrafficPoolInfoResponse]:
    """List this enterprise's traffic pools, page by page

     Documented on the v1 pages only (the v2 overview does not list it); kept because it is the only
    CMP view of traffic pools.

    Args:
        body (GetTrafficPoolInfoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CmpEnvelope | GatewayError | GetTrafficPoolInfoResponse]
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
    body: GetTrafficPoolInfoRequest,
) -> CmpEnvelope | GatewayError | GetTrafficPoolInfoResponse | None:
    """List this enterprise's traffic pools, page by page

     Documented on the v1 pages only (the v2 overview does not list it); kept because it is the only
    CMP view of traffic pools.

    Args:
        body (GetTrafficPoolInfoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CmpEnvelope | GatewayError | GetTrafficPoolInfoResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GetTrafficPoolInfoRequest,
) -> Response[CmpEnvelope | GatewayError | GetTrafficPoolInfoResponse]:
    """List this enterprise's traffic pools, page by page

     Documented on the v1 pages only (the v2 overview does not list it); kept because it is the only
    CMP view of traffic pools.

    Args:
        body (GetTrafficPoolInfoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CmpEnvelope | GatewayError | GetTrafficPoolInfoResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GetTrafficPoolInfoRequest,
) -> CmpEnvelope | GatewayError | GetTrafficPoolInfoResponse | None:
    """List this enterprise's traffic pools, page by page

     Documented on the v1 pages only (the v2 overview does not list it); kept because it is the only
    CMP view of traffic pools.

    Args:
        body (GetTrafficPoolInfoRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CmpEnvelope | GatewayError | GetTrafficPoolInfoResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
