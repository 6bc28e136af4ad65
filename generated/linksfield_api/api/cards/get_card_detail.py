# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
"""`GET /api/v1/card/detail` (get_card_detail): the request as httpx keyword arguments.

Sent only through ``linksfield.Client``, which signs, sends, retries and parses it; this module
cannot send anything.
"""

from typing import Any

from ...types import UNSET


def request_kwargs(
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
