# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cmp_envelope import CmpEnvelope
from ...models.gateway_error import GatewayError
from ...models.query_sms_cdr_request import QuerySmsCdrRequest
from ...models.query_sms_cdr_response import QuerySmsCdrResponse
from ...types import Response


def _get_kwargs(
    *,
    body: QuerySmsCdrRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/cmp-api/sms/querySmsCDR",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CmpEnvelope | GatewayError | QuerySmsCdrResponse | None:
    if response.status_code == 200:
        response_200 = QuerySmsCdrResponse.from_dict(response.json())

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
) -> Response[CmpEnvelope | GatewayError | QuerySmsCdrResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: QuerySmsCdrRequest,
) -> Response[CmpEnvelope | GatewayError | QuerySmsCdrResponse]:
    """Query MO and MT SMS records of one device

     SMS records (both directions) of one device between `begin_time` and `end_time`
    (yyyy-MM-dd, UTC+8). Paging totals use their own names here (`totalData`, `totalPage`).

    Args:
        body (QuerySmsCdrRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CmpEnvelope | GatewayError | QuerySmsCdrResponse]
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
    body: QuerySmsCdrRequest,
) -> CmpEnvelope | GatewayError | QuerySmsCdrResponse | None:
    """Query MO and MT SMS records of one device

     SMS records (both directions) of one device between `begin_time` and `end_time`
    (yyyy-MM-dd, UTC+8). Paging totals use their own names here (`totalData`, `totalPage`).

    Args:
        body (QuerySmsCdrRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CmpEnvelope | GatewayError | QuerySmsCdrResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: QuerySmsCdrRequest,
) -> Response[CmpEnvelope | GatewayError | QuerySmsCdrResponse]:
    """Query MO and MT SMS records of one device

     SMS records (both directions) of one device between `begin_time` and `end_time`
    (yyyy-MM-dd, UTC+8). Paging totals use their own names here (`totalData`, `totalPage`).

    Args:
        body (QuerySmsCdrRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CmpEnvelope | GatewayError | QuerySmsCdrResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: QuerySmsCdrRequest,
) -> CmpEnvelope | GatewayError | QuerySmsCdrResponse | None:
    """Query MO and MT SMS records of one device

     SMS records (both directions) of one device between `begin_time` and `end_time`
    (yyyy-MM-dd, UTC+8). Paging totals use their own names here (`totalData`, `totalPage`).

    Args:
        body (QuerySmsCdrRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CmpEnvelope | GatewayError | QuerySmsCdrResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
