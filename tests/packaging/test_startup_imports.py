"""Start-up stays cheap (issue 18): what a fresh interpreter loads before it does anything.

Times belong to the bench (``nox -s bench``: ``import linksfield`` and ``linksfield --help``, with
their targets); these tests pin the structure that keeps them low, which no machine's noise can
flake: importing the client loads no generated model, no endpoint module and no response parser
(the first call does), and the command line's ``--help`` loads neither httpx nor the client.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

PROBE = """
import json, sys
{body}
print(json.dumps(sorted(sys.modules)))
"""

CLIENT = "import linksfield\nlinksfield.Client, linksfield.AsyncClient"
HELP = "from linksfield.cli.app import main\nassert main(['--help']) == 0"
FIRST_CALL = """
import httpx, linksfield
def answer(request):
    return httpx.Response(200, json={"success": True, "code": "0000", "message": "ok", "data": None})
http = httpx.Client(transport=httpx.MockTransport(answer))
client = linksfield.Client(access_key="k", secret_key="s", http_client=http, max_retries=0)
try:
    client.packages.query_orders(page_no=1, page_size=1)
except linksfield.LinksfieldError:
    pass  # whatever the stub's answer means: the call was built and its answer read
"""


def loaded_after(body: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(body=body)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def generated_models_and_endpoints(modules: set[str]) -> set[str]:
    return {
        name
        for name in modules
        if name.startswith(("linksfield_api.models.", "linksfield_api.api."))
        or name == "linksfield_api.parsers"
    }


def test_the_client_imports_no_model_endpoint_or_parser() -> None:
    loaded = loaded_after(CLIENT)
    assert "linksfield._client" in loaded and "linksfield_api.facade" in loaded  # the probe did import it
    assert generated_models_and_endpoints(loaded) == set()


def test_a_first_call_loads_what_it_needs() -> None:
    """The other side of the lazy imports: the request builder, its model and the parser do load."""
    loaded = loaded_after(FIRST_CALL)
    assert {
        "linksfield_api.api.packages.query_orders",
        "linksfield_api.models.query_orders_request",
        "linksfield_api.parsers",
    } <= loaded


def test_help_loads_neither_httpx_nor_the_client() -> None:
    pytest.importorskip("typer")
    loaded = loaded_after(HELP)
    assert "linksfield.cli.app" in loaded
    heavy = {"httpx", "linksfield._client", "linksfield._invoker", "linksfield.apidocs", "asyncio"}
    assert loaded & heavy == set()
    assert generated_models_and_endpoints(loaded) <= {
        "linksfield_api.models.order_status"  # `orders list --help` lists the spec's status codes
    }
