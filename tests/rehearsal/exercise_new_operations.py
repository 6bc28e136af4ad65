"""Run inside the rehearsal's copy of the repository: the new operations through everything a user has.

Started by ``test_vendor_change.py`` with the copy's ``generated/`` and ``overrides/`` on
``PYTHONPATH``, so the sandbox, the client and the CLI are the copy's own, regenerated from its
edited spec. Prints one JSON object with what each channel returned.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from typing import Any

import httpx

import linksfield
from linksfield.sandbox import config as defaults
from linksfield.sandbox.launcher import SandboxProcess

RENEW = {"order_id": "202107061625560742397", "renew_period": "1"}
SMS_USAGE = {"iccid": "89852022018041800192", "query_month": "2025-04"}


def plain(value: Any) -> Any:
    return value.to_dict() if hasattr(value, "to_dict") else value


def cli(url: str, *args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "linksfield.cli", *args],
        env={**os.environ, **defaults.client_environment(url)},  # PYTHONPATH: the copy's own packages
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    return {"code": done.returncode, "stdout": done.stdout, "stderr": done.stderr[-2000:]}


async def through_async(kwargs: dict[str, Any]) -> dict[str, Any]:
    async with linksfield.AsyncClient(**kwargs) as client:
        return {
            "renew_order": plain(await client.packages.renew_order(**RENEW)),
            "get_card_sms_usage": plain(await client.cards.get_card_sms_usage(**SMS_USAGE)),
        }


def main() -> None:
    with SandboxProcess() as sandbox:
        kwargs = dict(defaults.client_arguments(sandbox.url))
        with linksfield.Client(**kwargs) as client:
            sync = {
                "renew_order": plain(client.packages.renew_order(**RENEW)),
                "get_card_sms_usage": plain(client.cards.get_card_sms_usage(**SMS_USAGE)),
                # The new optional request field is accepted by the client and the sandbox.
                "query_orders": len(
                    client.packages.query_orders(
                        page_no=1, page_size=5, package_code="DP20190726001274"
                    ).package_order
                    or []
                ),
            }
            try:  # the required flag now on: refused before anything is sent
                client.packages.get_traffic_pool_info(page_no=1)  # type: ignore[call-arg]
                refused = ""
            except (TypeError, linksfield.RequestValidationError) as exc:
                refused = f"{type(exc).__name__}: {exc}"
        result = {
            "sync": sync,
            "async": asyncio.run(through_async(kwargs)),
            "refused": refused,
            "cli_renew_without_yes": cli(
                sandbox.url, "call", "renew_order", "order_id=202107061625560742397"
            ),
            "cli_renew": cli(
                sandbox.url, "call", "renew_order", "order_id=202107061625560742397", "--yes", "--json"
            ),
            "cli_usage": cli(
                sandbox.url,
                "call",
                "get_card_sms_usage",
                "iccid=89852022018041800192",
                "queryMonth=2025-04",
                "--json",
            ),
            "cli_operations": cli(sandbox.url, "operations", "--json"),
            "stats": httpx.get(sandbox.admin_url + "/stats", timeout=10).json(),
        }
    print(json.dumps(result, default=str))


if __name__ == "__main__":
    main()
