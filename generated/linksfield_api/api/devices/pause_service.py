# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
"""`POST /cmp-api/device/pauseService` (pause_service): the request as httpx keyword arguments.

Sent only through ``linksfield.Client``, which signs, sends, retries and parses it; this module
cannot send anything.
"""

from typing import Any

from ...models.order_service_request import OrderServiceRequest


def request_kwargs(
    *,
    body: OrderServiceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/cmp-api/device/pauseService",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
