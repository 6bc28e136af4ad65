"""Local stand-ins for the vendor's servers, used by tests; never imported by the client itself.

``create_app(SandboxConfig(...))`` builds the Starlette app serving every operation of the spec (CMP,
CSSS and pool paths on one server, plus ``x-alias-paths``); ``python -m linksfield.sandbox`` runs it
under uvicorn and prints ``sandbox listening on http://HOST:PORT`` first, then the credentials.
Operations the stateful behaviours do not know are answered from the spec alone (``spec.answers``),
and ``--spec PATH`` serves another bundled document, such as a freshly regenerated one.

Default credentials (public on purpose, valid nowhere else; see ``config``):

- CMP HMAC: access key ``sandbox-access-key``, secret key ``sandbox-secret-key`` (hmac-sha256)
- CSSS: access code ``P000270``, secret ``sandbox-csss-secret``
- pool/card API: header ``X-API-Key: sandbox-pool-credential``

Where each kind of change goes (``README.md`` in this folder has the full table):

- a stateful behaviour for an operation: ``behaviours/<domain>.py``, a function decorated
  ``@handles("<operationId>")`` (orders, devices, sms, cdr, pools, cards);
- a seed fixture: a row in ``seed/fixtures.py`` (``seed/seeder.py`` draws the rest);
- an admin route under ``/_sandbox/``: ``admin/routes.py`` (outside the spec, never faulted);
- a fault: ``gateway/faults.py`` (its key and syntax), applied in ``gateway/fault_middleware.py``;
- state: ``state/`` (``store`` schema, ``order_book`` rules, ``clock``); pushes: ``pushes/``;
- an input limit: ``linksfield._json_gate``, the bounded-JSON gate shared with the webhook receiver.

``create_app`` and ``SandboxConfig`` are imported lazily: the app needs starlette and uvicorn, which
the client does not, and ``gateway.signature_checks`` must stay importable without them (the client's tests
verify signatures with it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import create_app
    from .config import SandboxConfig

__all__ = ["SandboxConfig", "create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from .app import create_app

        return create_app
    if name == "SandboxConfig":
        from .config import SandboxConfig

        return SandboxConfig
    raise AttributeError(name)
