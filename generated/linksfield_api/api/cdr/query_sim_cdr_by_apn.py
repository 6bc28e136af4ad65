# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cmp_envelope import CmpEnvelope
from ...models.gateway_error import GatewayError
from ...models.query_sim_cdr_response import QuerySimCdrResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    sim_id: str,
    *,
    apn: str | Unset = UNSET,
    received_start_time: str,
    received_end_by: str,
    page_no: int,
    page_size: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["apn"] = apn

    params["received_start_time"] = received_start_time

    params["received_end_by"] = received_end_by

    params["page_no"] = page_no

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/cmp-api/sims/{sim_id}/cdr/apn".format(
            sim_id=quote(str(sim_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CmpEnvelope | GatewayError | QuerySimCdrResponse | None:
    if response.status_code == 200:
        response_200 = QuerySimCdrResponse.from_dict(response.json())

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
) -> Response[CmpEnvelope | GatewayError | QuerySimCdrResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sim_id: str,
    *,
    client: AuthenticatedClient,
    apn: str | Unset = UNSET,
    received_start_time: str,
    received_end_by: str,
    page_no: int,
    page_size: int,
) -> Response[CmpEnvelope | GatewayError | QuerySimCdrResponse]:
    """Query the data CDRs of one SIM for one or more APNs

     Like `query_sim_cdr`, filtered to the APNs given in `apn` (comma-separated). Same 180-day
    window and paging. Documented on the v2 page only.

    Args:
        sim_id (str): A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own
            examples also use opaque ids.
        apn (str | Unset):
        received_start_time (str): A calendar date, yyyy-MM-dd.
        received_end_by (str): A calendar date, yyyy-MM-dd.
        page_no (int): A page number, from 1.
        page_size (int): Records per page. Only queryOrder documents a maximum
            (QueryOrdersPageSize).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CmpEnvelope | GatewayError | QuerySimCdrResponse]
    """

    kwargs = _get_kwargs(
        sim_id=sim_id,
        apn=apn,
        received_start_time=received_start_time,
        received_end_by=received_end_by,
        page_no=page_no,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sim_id: str,
    *,
    client: AuthenticatedClient,
    apn: str | Unset = UNSET,
    received_start_time: str,
    received_end_by: str,
    page_no: int,
    page_size: int,
) -> CmpEnvelope | GatewayError | QuerySimCdrResponse | None:
    """Query the data CDRs of one SIM for one or more APNs

     Like `query_sim_cdr`, filtered to the APNs given in `apn` (comma-separated). Same 180-day
    window and paging. Documented on the v2 page only.

    Args:
        sim_id (str): A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own
            examples also use opaque ids.
        apn (str | Unset):
        received_start_time (str): A calendar date, yyyy-MM-dd.
        received_end_by (str): A calendar date, yyyy-MM-dd.
        page_no (int): A page number, from 1.
        page_size (int): Records per page. Only queryOrder documents a maximum
            (QueryOrdersPageSize).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CmpEnvelope | GatewayError | QuerySimCdrResponse
    """

    return sync_detailed(
        sim_id=sim_id,
        client=client,
        apn=apn,
        received_start_time=received_start_time,
        received_end_by=received_end_by,
        page_no=page_no,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    sim_id: str,
    *,
    client: AuthenticatedClient,
    apn: str | Unset = UNSET,
    received_start_time: str,
    received_end_by: str,
    page_no: int,
    page_size: int,
) -> Response[CmpEnvelope | GatewayError | QuerySimCdrResponse]:
    """Query the data CDRs of one SIM for one or more APNs

     Like `query_sim_cdr`, filtered to the APNs given in `apn` (comma-separated). Same 180-day
    window and paging. Documented on the v2 page only.

    Args:
        sim_id (str): A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own
            examples also use opaque ids.
        apn (str | Unset):
        received_start_time (str): A calendar date, yyyy-MM-dd.
        received_end_by (str): A calendar date, yyyy-MM-dd.
        page_no (int): A page number, from 1.
        page_size (int): Records per page. Only queryOrder documents a maximum
            (QueryOrdersPageSize).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CmpEnvelope | GatewayError | QuerySimCdrResponse]
    """

    kwargs = _get_kwargs(
        sim_id=sim_id,
        apn=apn,
        received_start_time=received_start_time,
        received_end_by=received_end_by,
        page_no=page_no,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sim_id: str,
    *,
    client: AuthenticatedClient,
    apn: str | Unset = UNSET,
    received_start_time: str,
    received_end_by: str,
    page_no: int,
    page_size: int,
) -> CmpEnvelope | GatewayError | QuerySimCdrResponse | None:
    """Query the data CDRs of one SIM for one or more APNs

     Like `query_sim_cdr`, filtered to the APNs given in `apn` (comma-separated). Same 180-day
    window and paging. Documented on the v2 page only.

    Args:
        sim_id (str): A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own
            examples also use opaque ids.
        apn (str | Unset):
        received_start_time (str): A calendar date, yyyy-MM-dd.
        received_end_by (str): A calendar date, yyyy-MM-dd.
        page_no (int): A page number, from 1.
        page_size (int): Records per page. Only queryOrder documents a maximum
            (QueryOrdersPageSize).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CmpEnvelope | GatewayError | QuerySimCdrResponse
    """

    return (
        await asyncio_detailed(
            sim_id=sim_id,
            client=client,
            apn=apn,
            received_start_time=received_start_time,
            received_end_by=received_end_by,
            page_no=page_no,
            page_size=page_size,
        )
    ).parsed
