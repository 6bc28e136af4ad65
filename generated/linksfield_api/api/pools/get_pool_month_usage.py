# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
"""`GET /api/v1/pool/getPoolMonthUsage` (get_pool_month_usage): the request as httpx keyword arguments.

Sent only through ``linksfield.Client``, which signs, sends, retries and parses it; this module
cannot send anything.
"""

from typing import Any

from ...types import UNSET


def request_kwargs(
    *,
    pool_code: str,
    query_month: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["poolCode"] = pool_code

    params["queryMonth"] = query_month

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/pool/getPoolMonthUsage",
        "params": params,
    }

    return _kwargs
