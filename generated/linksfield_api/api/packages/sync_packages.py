# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cmp_envelope import CmpEnvelope
from ...models.gateway_error import GatewayError
from ...models.sync_packages_request import SyncPackagesRequest
from ...models.sync_packages_response import SyncPackagesResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SyncPackagesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/cmp-api/package/syncPackages",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CmpEnvelope | GatewayError | SyncPackagesResponse | None:
    if response.status_code == 200:
        response_200 = SyncPackagesResponse.from_dict(response.json())

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
) -> Response[CmpEnvelope | GatewayError | SyncPackagesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SyncPackagesRequest,
) -> Response[CmpEnvelope | GatewayError | SyncPackagesResponse]:
    """Synchronise the catalogue of data plans (packages), page by page

     One page of the packages available to this account per call; call again with the next
    `page_no` until `page.cur_page_no == page.total_pages`.

    Args:
        body (SyncPackagesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CmpEnvelope | GatewayError | SyncPackagesResponse]
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
    body: SyncPackagesRequest,
) -> CmpEnvelope | GatewayError | SyncPackagesResponse | None:
    """Synchronise the catalogue of data plans (packages), page by page

     One page of the packages available to this account per call; call again with the next
    `page_no` until `page.cur_page_no == page.total_pages`.

    Args:
        body (SyncPackagesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CmpEnvelope | GatewayError | SyncPackagesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SyncPackagesRequest,
) -> Response[CmpEnvelope | GatewayError | SyncPackagesResponse]:
    """Synchronise the catalogue of data plans (packages), page by page

     One page of the packages available to this account per call; call again with the next
    `page_no` until `page.cur_page_no == page.total_pages`.

    Args:
        body (SyncPackagesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CmpEnvelope | GatewayError | SyncPackagesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SyncPackagesRequest,
) -> CmpEnvelope | GatewayError | SyncPackagesResponse | None:
    """Synchronise the catalogue of data plans (packages), page by page

     One page of the packages available to this account per call; call again with the next
    `page_no` until `page.cur_page_no == page.total_pages`.

    Args:
        body (SyncPackagesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CmpEnvelope | GatewayError | SyncPackagesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
