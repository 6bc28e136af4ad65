# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.csss_envelope import CsssEnvelope
from ...models.order_package_request import OrderPackageRequest
from ...models.order_package_response import OrderPackageResponse
from ...types import Response


def _get_kwargs(
    *,
    body: OrderPackageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/package/orderPackage",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CsssEnvelope | OrderPackageResponse | None:
    if response.status_code == 200:
        response_200 = OrderPackageResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CsssEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CsssEnvelope.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CsssEnvelope | OrderPackageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrderPackageRequest,
) -> Response[CsssEnvelope | OrderPackageResponse]:
    """Order a data plan for one device through CSSS (spends money)

     Orders one package for one device. Every CSSS request carries the global parameters
    `access_code`, `timestamp`, `version` ("2.0") and `sign` in its body; the client adds and signs
    them, so callers pass only the business fields. `sign` is Base64(HMAC-SHA1(secret, signContent))
    where signContent is the compact, key-sorted JSON of every non-empty parameter except `sign`
    (the points the vendor leaves open are decided in R-CSSS-SIGN-*).

    Args:
        body (OrderPackageRequest): A CSSS order for one device. `pay_type` is optional here but
            required by the CMP v2 batch order (R-CSSS-PAY-TYPE).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CsssEnvelope | OrderPackageResponse]
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
    client: AuthenticatedClient | Client,
    body: OrderPackageRequest,
) -> CsssEnvelope | OrderPackageResponse | None:
    """Order a data plan for one device through CSSS (spends money)

     Orders one package for one device. Every CSSS request carries the global parameters
    `access_code`, `timestamp`, `version` ("2.0") and `sign` in its body; the client adds and signs
    them, so callers pass only the business fields. `sign` is Base64(HMAC-SHA1(secret, signContent))
    where signContent is the compact, key-sorted JSON of every non-empty parameter except `sign`
    (the points the vendor leaves open are decided in R-CSSS-SIGN-*).

    Args:
        body (OrderPackageRequest): A CSSS order for one device. `pay_type` is optional here but
            required by the CMP v2 batch order (R-CSSS-PAY-TYPE).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CsssEnvelope | OrderPackageResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: OrderPackageRequest,
) -> Response[CsssEnvelope | OrderPackageResponse]:
    """Order a data plan for one device through CSSS (spends money)

     Orders one package for one device. Every CSSS request carries the global parameters
    `access_code`, `timestamp`, `version` ("2.0") and `sign` in its body; the client adds and signs
    them, so callers pass only the business fields. `sign` is Base64(HMAC-SHA1(secret, signContent))
    where signContent is the compact, key-sorted JSON of every non-empty parameter except `sign`
    (the points the vendor leaves open are decided in R-CSSS-SIGN-*).

    Args:
        body (OrderPackageRequest): A CSSS order for one device. `pay_type` is optional here but
            required by the CMP v2 batch order (R-CSSS-PAY-TYPE).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CsssEnvelope | OrderPackageResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: OrderPackageRequest,
) -> CsssEnvelope | OrderPackageResponse | None:
    """Order a data plan for one device through CSSS (spends money)

     Orders one package for one device. Every CSSS request carries the global parameters
    `access_code`, `timestamp`, `version` ("2.0") and `sign` in its body; the client adds and signs
    them, so callers pass only the business fields. `sign` is Base64(HMAC-SHA1(secret, signContent))
    where signContent is the compact, key-sorted JSON of every non-empty parameter except `sign`
    (the points the vendor leaves open are decided in R-CSSS-SIGN-*).

    Args:
        body (OrderPackageRequest): A CSSS order for one device. `pay_type` is optional here but
            required by the CMP v2 batch order (R-CSSS-PAY-TYPE).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CsssEnvelope | OrderPackageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
