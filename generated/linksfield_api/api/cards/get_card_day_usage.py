# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_card_day_usage_response import GetCardDayUsageResponse
from ...models.pool_envelope import PoolEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    iccid: str,
    query_day: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["iccid"] = iccid

    params["queryDay"] = query_day

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/card/getCardDayUsage",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetCardDayUsageResponse | PoolEnvelope | None:
    if response.status_code == 200:
        response_200 = GetCardDayUsageResponse.from_dict(response.json())

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
) -> Response[GetCardDayUsageResponse | PoolEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    iccid: str,
    query_day: str,
) -> Response[GetCardDayUsageResponse | PoolEnvelope]:
    """Get a card's usage on one day of the last 30 days

     Usage of the card on `queryDay` (yyyy-MM-dd, within the last 30 days), in KB.

    Args:
        iccid (str): An ICCID (18 to 22 digits, an optional trailing hex check character).
        query_day (str): A calendar date, yyyy-MM-dd.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCardDayUsageResponse | PoolEnvelope]
    """

    kwargs = _get_kwargs(
        iccid=iccid,
        query_day=query_day,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    iccid: str,
    query_day: str,
) -> GetCardDayUsageResponse | PoolEnvelope | None:
    """Get a card's usage on one day of the last 30 days

     Usage of the card on `queryDay` (yyyy-MM-dd, within the last 30 days), in KB.

    Args:
        iccid (str): An ICCID (18 to 22 digits, an optional trailing hex check character).
        query_day (str): A calendar date, yyyy-MM-dd.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCardDayUsageResponse | PoolEnvelope
    """

    return sync_detailed(
        client=client,
        iccid=iccid,
        query_day=query_day,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    iccid: str,
    query_day: str,
) -> Response[GetCardDayUsageResponse | PoolEnvelope]:
    """Get a card's usage on one day of the last 30 days

     Usage of the card on `queryDay` (yyyy-MM-dd, within the last 30 days), in KB.

    Args:
        iccid (str): An ICCID (18 to 22 digits, an optional trailing hex check character).
        query_day (str): A calendar date, yyyy-MM-dd.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCardDayUsageResponse | PoolEnvelope]
    """

    kwargs = _get_kwargs(
        iccid=iccid,
        query_day=query_day,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    iccid: str,
    query_day: str,
) -> GetCardDayUsageResponse | PoolEnvelope | None:
    """Get a card's usage on one day of the last 30 days

     Usage of the card on `queryDay` (yyyy-MM-dd, within the last 30 days), in KB.

    Args:
        iccid (str): An ICCID (18 to 22 digits, an optional trailing hex check character).
        query_day (str): A calendar date, yyyy-MM-dd.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCardDayUsageResponse | PoolEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            iccid=iccid,
            query_day=query_day,
        )
    ).parsed
