# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
"""`POST /cmp-api/package/getTrafficPoolInfo` (get_traffic_pool_info): the request as httpx keyword arguments.

Sent only through ``linksfield.Client``, which signs, sends, retries and parses it; this module
cannot send anything.
"""

from typing import Any

from ...models.get_traffic_pool_info_request import GetTrafficPoolInfoRequest


def request_kwargs(
    *,
    body: GetTrafficPoolInfoRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/cmp-api/package/getTrafficPoolInfo",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
