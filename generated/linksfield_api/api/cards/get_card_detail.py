# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_card_detail_response import GetCardDetailResponse
from ...models.pool_envelope import PoolEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    iccid: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["iccid"] = iccid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/card/detail",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetCardDetailResponse | PoolEnvelope | None:
    if response.status_code == 200:
        response_200 = GetCardDetailResponse.from_dict(response.json())

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
) -> Response[GetCardDetailResponse | PoolEnvelope]:
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
) -> Response[GetCardDetailResponse | PoolEnvelope]:
    """Get one card

     The card's identifiers, usage, billing method and status.

    Args:
        iccid (str): An ICCID (18 to 22 digits, an optional trailing hex check character).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCardDetailResponse | PoolEnvelope]
    """

    kwargs = _get_kwargs(
        iccid=iccid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    iccid: str,
) -> GetCardDetailResponse | PoolEnvelope | None:
    """Get one card

     The card's identifiers, usage, billing method and status.

    Args:
        iccid (str): An ICCID (18 to 22 digits, an optional trailing hex check character).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCardDetailResponse | PoolEnvelope
    """

    return sync_detailed(
        client=client,
        iccid=iccid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    iccid: str,
) -> Response[GetCardDetailResponse | PoolEnvelope]:
    """Get one card

     The card's identifiers, usage, billing method and status.

    Args:
        iccid (str): An ICCID (18 to 22 digits, an optional trailing hex check character).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCardDetailResponse | PoolEnvelope]
    """

    kwargs = _get_kwargs(
        iccid=iccid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    iccid: str,
) -> GetCardDetailResponse | PoolEnvelope | None:
    """Get one card

     The card's identifiers, usage, billing method and status.

    Args:
        iccid (str): An ICCID (18 to 22 digits, an optional trailing hex check character).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCardDetailResponse | PoolEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            iccid=iccid,
        )
    ).parsed
