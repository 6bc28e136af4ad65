"""The peer clients of the side-by-side figures, generated from the same spec with pinned tools.

* openapi-python-client's own output (httpx + attrs, its ``sync``/``asyncio`` functions): what a
  user gets without this project. No signing and no checks, so it is a floor on "generated code".
* OpenAPI Generator's ``python`` client (urllib3 + pydantic): what most users of a spec reach for.

Both are written once per spec into ``.nox/bench-peers/<spec hash>/``; the OpenAPI Generator
package is pip-installed into the running interpreter (it brings its own dependencies). Neither
is shipped or imported anywhere but the bench.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

from tools.interop.oag import GeneratorUnavailable, generate_args

__all__ = ["OAG_PACKAGE", "OPC_PACKAGE", "GeneratorUnavailable", "load_peers"]

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "generated" / "linksfield_api" / "openapi.json"
OPC_PACKAGE = "opc_peer"
OAG_PACKAGE = "oag_peer"


def _cache() -> Path:
    digest = hashlib.sha256(SPEC.read_bytes()).hexdigest()[:16]
    return ROOT / ".nox" / "bench-peers" / digest


def _generate_opc(target: Path) -> None:
    tool = shutil.which("openapi-python-client", path=str(Path(sys.executable).parent))
    if tool is None:
        raise RuntimeError(
            "openapi-python-client is not installed in this environment (nox -s bench installs it)"
        )
    with tempfile.TemporaryDirectory() as scratch:
        config = Path(scratch) / "config.yaml"
        config.write_text(f"package_name_override: {OPC_PACKAGE}\nliteral_enums: false\n", "utf-8")
        out = Path(scratch) / "out"
        subprocess.run(
            [
                tool,
                "generate",
                "--path",
                str(SPEC),
                "--config",
                str(config),
                "--meta",
                "none",
                "--output-path",
                str(out),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        shutil.copytree(out, target / OPC_PACKAGE)


def _generate_oag(target: Path) -> None:
    out = target / "oag"
    subprocess.run(generate_args(SPEC, out, OAG_PACKAGE), check=True, capture_output=True, timeout=600)
    uv = shutil.which("uv")
    install = (
        [uv, "pip", "install", "--quiet", "--python", sys.executable, str(out)]
        if uv
        else [sys.executable, "-m", "pip", "install", "--quiet", str(out)]
    )
    subprocess.run(install, check=True, timeout=600, env={**os.environ})


def load_peers() -> tuple[ModuleType, ModuleType | None, str]:
    """(opc package, OAG package or None, why OAG is missing): generated and installed if needed."""
    cache = _cache()
    cache.mkdir(parents=True, exist_ok=True)
    if not (cache / OPC_PACKAGE).is_dir():
        _generate_opc(cache)
    sys.path.insert(0, str(cache))
    opc = importlib.import_module(OPC_PACKAGE)
    try:
        oag = importlib.import_module(OAG_PACKAGE)
    except ModuleNotFoundError:
        try:
            _generate_oag(cache)
        except (GeneratorUnavailable, subprocess.CalledProcessError) as exc:
            return opc, None, str(exc)
        importlib.invalidate_caches()
        oag = importlib.import_module(OAG_PACKAGE)
    return opc, oag, ""
