# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_order_packages_request import BatchOrderPackagesRequest
from ...models.batch_order_packages_response import BatchOrderPackagesResponse
from ...models.cmp_envelope import CmpEnvelope
from ...models.gateway_error import GatewayError
from ...types import Response


def _get_kwargs(
    *,
    body: BatchOrderPackagesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/cmp-api/package/batchOrderPackages",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchOrderPackagesResponse | CmpEnvelope | GatewayError | None:
    if response.status_code == 200:
        response_200 = BatchOrderPackagesResponse.from_dict(response.json())

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
) -> Response[BatchOrderPackagesResponse | CmpEnvelope | GatewayError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchOrderPackagesRequest,
) -> Response[BatchOrderPackagesResponse | CmpEnvelope | GatewayError]:
    """Order a data plan for many devices at once (spends money)

     Orders `package_code` for every device in `deviceList`; the result carries one entry per
    device (`error` is `0000` for a device whose order succeeded). With `is_open: "1"` a paid
    order is opened at once; unpaid orders, schedule packages and the secondary plan of an OTA
    device may not be opened immediately. Ordering spends money: the client never repeats this call
    after the request may have reached the server.

    Args:
        body (BatchOrderPackagesRequest): A bulk order. The v1 page defines `deviceList`,
            `package_code`, `is_open`, `subscribed_count`;
            the v2 page adds the order, payment and test-traffic fields and drops `subscribed_count`.
            Both
            sets are accepted; the fields both versions require are required (R-BATCH-FIELDS,
            R-REQUIRED-FLAGS). `x-required-in` lists where a page marks an optional field required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchOrderPackagesResponse | CmpEnvelope | GatewayError]
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
    body: BatchOrderPackagesRequest,
) -> BatchOrderPackagesResponse | CmpEnvelope | GatewayError | None:
    """Order a data plan for many devices at once (spends money)

     Orders `package_code` for every device in `deviceList`; the result carries one entry per
    device (`error` is `0000` for a device whose order succeeded). With `is_open: "1"` a paid
    order is opened at once; unpaid orders, schedule packages and the secondary plan of an OTA
    device may not be opened immediately. Ordering spends money: the client never repeats this call
    after the request may have reached the server.

    Args:
        body (BatchOrderPackagesRequest): A bulk order. The v1 page defines `deviceList`,
            `package_code`, `is_open`, `subscribed_count`;
            the v2 page adds the order, payment and test-traffic fields and drops `subscribed_count`.
            Both
            sets are accepted; the fields both versions require are required (R-BATCH-FIELDS,
            R-REQUIRED-FLAGS). `x-required-in` lists where a page marks an optional field required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchOrderPackagesResponse | CmpEnvelope | GatewayError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchOrderPackagesRequest,
) -> Response[BatchOrderPackagesResponse | CmpEnvelope | GatewayError]:
    """Order a data plan for many devices at once (spends money)

     Orders `package_code` for every device in `deviceList`; the result carries one entry per
    device (`error` is `0000` for a device whose order succeeded). With `is_open: "1"` a paid
    order is opened at once; unpaid orders, schedule packages and the secondary plan of an OTA
    device may not be opened immediately. Ordering spends money: the client never repeats this call
    after the request may have reached the server.

    Args:
        body (BatchOrderPackagesRequest): A bulk order. The v1 page defines `deviceList`,
            `package_code`, `is_open`, `subscribed_count`;
            the v2 page adds the order, payment and test-traffic fields and drops `subscribed_count`.
            Both
            sets are accepted; the fields both versions require are required (R-BATCH-FIELDS,
            R-REQUIRED-FLAGS). `x-required-in` lists where a page marks an optional field required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchOrderPackagesResponse | CmpEnvelope | GatewayError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BatchOrderPackagesRequest,
) -> BatchOrderPackagesResponse | CmpEnvelope | GatewayError | None:
    """Order a data plan for many devices at once (spends money)

     Orders `package_code` for every device in `deviceList`; the result carries one entry per
    device (`error` is `0000` for a device whose order succeeded). With `is_open: "1"` a paid
    order is opened at once; unpaid orders, schedule packages and the secondary plan of an OTA
    device may not be opened immediately. Ordering spends money: the client never repeats this call
    after the request may have reached the server.

    Args:
        body (BatchOrderPackagesRequest): A bulk order. The v1 page defines `deviceList`,
            `package_code`, `is_open`, `subscribed_count`;
            the v2 page adds the order, payment and test-traffic fields and drops `subscribed_count`.
            Both
            sets are accepted; the fields both versions require are required (R-BATCH-FIELDS,
            R-REQUIRED-FLAGS). `x-required-in` lists where a page marks an optional field required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchOrderPackagesResponse | CmpEnvelope | GatewayError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
