# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
"""`GET /cmp-api/sims/{sim_id}/cdr` (query_sim_cdr): the request as httpx keyword arguments.

Sent only through ``linksfield.Client``, which signs, sends, retries and parses it; this module
cannot send anything.
"""

from typing import Any
from urllib.parse import quote

from ...types import UNSET


def request_kwargs(
    sim_id: str,
    *,
    received_start_time: str,
    received_end_by: str,
    page_no: int,
    page_size: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["received_start_time"] = received_start_time

    params["received_end_by"] = received_end_by

    params["page_no"] = page_no

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/cmp-api/sims/{sim_id}/cdr".format(
            sim_id=quote(str(sim_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs
