# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cmp_envelope import CmpEnvelope
from ...models.device_id_request import DeviceIdRequest
from ...models.gateway_error import GatewayError
from ...models.get_bind_history_response import GetBindHistoryResponse
from ...types import Response


def _get_kwargs(
    *,
    body: DeviceIdRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/cmp-api/device/getBindTrackList",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CmpEnvelope | GatewayError | GetBindHistoryResponse | None:
    if response.status_code == 200:
        response_200 = GetBindHistoryResponse.from_dict(response.json())

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
) -> Response[CmpEnvelope | GatewayError | GetBindHistoryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DeviceIdRequest,
) -> Response[CmpEnvelope | GatewayError | GetBindHistoryResponse]:
    """Get the IMEI binding history of a device (beta)

     The bind/unbind history of one device. Beta. The v2 overview calls this path
    `/cmp-api/device/getBoundTrackList`; the defining section calls it
    `/cmp-api/device/getBindTrackList`, which is used here (the sandbox also answers on the alias).

    Args:
        body (DeviceIdRequest): A request naming one device (getBindTrackList).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CmpEnvelope | GatewayError | GetBindHistoryResponse]
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
    body: DeviceIdRequest,
) -> CmpEnvelope | GatewayError | GetBindHistoryResponse | None:
    """Get the IMEI binding history of a device (beta)

     The bind/unbind history of one device. Beta. The v2 overview calls this path
    `/cmp-api/device/getBoundTrackList`; the defining section calls it
    `/cmp-api/device/getBindTrackList`, which is used here (the sandbox also answers on the alias).

    Args:
        body (DeviceIdRequest): A request naming one device (getBindTrackList).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CmpEnvelope | GatewayError | GetBindHistoryResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DeviceIdRequest,
) -> Response[CmpEnvelope | GatewayError | GetBindHistoryResponse]:
    """Get the IMEI binding history of a device (beta)

     The bind/unbind history of one device. Beta. The v2 overview calls this path
    `/cmp-api/device/getBoundTrackList`; the defining section calls it
    `/cmp-api/device/getBindTrackList`, which is used here (the sandbox also answers on the alias).

    Args:
        body (DeviceIdRequest): A request naming one device (getBindTrackList).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CmpEnvelope | GatewayError | GetBindHistoryResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DeviceIdRequest,
) -> CmpEnvelope | GatewayError | GetBindHistoryResponse | None:
    """Get the IMEI binding history of a device (beta)

     The bind/unbind history of one device. Beta. The v2 overview calls this path
    `/cmp-api/device/getBoundTrackList`; the defining section calls it
    `/cmp-api/device/getBindTrackList`, which is used here (the sandbox also answers on the alias).

    Args:
        body (DeviceIdRequest): A request naming one device (getBindTrackList).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CmpEnvelope | GatewayError | GetBindHistoryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
