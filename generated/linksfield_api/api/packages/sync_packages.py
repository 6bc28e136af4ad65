# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
"""`POST /cmp-api/package/syncPackages` (sync_packages): the request as httpx keyword arguments.

Sent only through ``linksfield.Client``, which signs, sends, retries and parses it; this module
cannot send anything.
"""

from typing import Any

from ...models.sync_packages_request import SyncPackagesRequest


def request_kwargs(
    *,
    body: SyncPackagesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/cmp-api/package/syncPackages",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
