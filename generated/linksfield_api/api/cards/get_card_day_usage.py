# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
"""`GET /api/v1/card/getCardDayUsage` (get_card_day_usage): the request as httpx keyword arguments.

Sent only through ``linksfield.Client``, which signs, sends, retries and parses it; this module
cannot send anything.
"""

from typing import Any

from ...types import UNSET


def request_kwargs(
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
