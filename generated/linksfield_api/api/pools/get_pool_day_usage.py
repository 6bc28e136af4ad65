# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_pool_day_usage_response import GetPoolDayUsageResponse
from ...models.pool_envelope import PoolEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    pool_code: str,
    query_day: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["poolCode"] = pool_code

    params["queryDay"] = query_day

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/pool/getPoolDayUsage",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetPoolDayUsageResponse | PoolEnvelope | None:
    if response.status_code == 200:
        response_200 = GetPoolDayUsageResponse.from_dict(response.json())

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
) -> Response[GetPoolDayUsageResponse | PoolEnvelope]:
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
    query_day: str | Unset = UNSET,
) -> Response[GetPoolDayUsageResponse | PoolEnvelope]:
    """Get a pool's usage on one day of the last 30 days

     Usage of the pool on `queryDay` (yyyy-MM-dd, within the last 30 days), in KB. The page marks
    `queryDay` optional here (it is required for cards); without it the server's default day is
    used.

    Args:
        pool_code (str): A traffic pool code.
        query_day (str | Unset): A calendar date, yyyy-MM-dd.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPoolDayUsageResponse | PoolEnvelope]
    """

    kwargs = _get_kwargs(
        pool_code=pool_code,
        query_day=query_day,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    pool_code: str,
    query_day: str | Unset = UNSET,
) -> GetPoolDayUsageResponse | PoolEnvelope | None:
    """Get a pool's usage on one day of the last 30 days

     Usage of the pool on `queryDay` (yyyy-MM-dd, within the last 30 days), in KB. The page marks
    `queryDay` optional here (it is required for cards); without it the server's default day is
    used.

    Args:
        pool_code (str): A traffic pool code.
        query_day (str | Unset): A calendar date, yyyy-MM-dd.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPoolDayUsageResponse | PoolEnvelope
    """

    return sync_detailed(
        client=client,
        pool_code=pool_code,
        query_day=query_day,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    pool_code: str,
    query_day: str | Unset = UNSET,
) -> Response[GetPoolDayUsageResponse | PoolEnvelope]:
    """Get a pool's usage on one day of the last 30 days

     Usage of the pool on `queryDay` (yyyy-MM-dd, within the last 30 days), in KB. The page marks
    `queryDay` optional here (it is required for cards); without it the server's default day is
    used.

    Args:
        pool_code (str): A traffic pool code.
        query_day (str | Unset): A calendar date, yyyy-MM-dd.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPoolDayUsageResponse | PoolEnvelope]
    """

    kwargs = _get_kwargs(
        pool_code=pool_code,
        query_day=query_day,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    pool_code: str,
    query_day: str | Unset = UNSET,
) -> GetPoolDayUsageResponse | PoolEnvelope | None:
    """Get a pool's usage on one day of the last 30 days

     Usage of the pool on `queryDay` (yyyy-MM-dd, within the last 30 days), in KB. The page marks
    `queryDay` optional here (it is required for cards); without it the server's default day is
    used.

    Args:
        pool_code (str): A traffic pool code.
        query_day (str | Unset): A calendar date, yyyy-MM-dd.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPoolDayUsageResponse | PoolEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            pool_code=pool_code,
            query_day=query_day,
        )
    ).parsed
