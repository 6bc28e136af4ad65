"""OpenAPI Generator's ``python`` generator as this project runs it (interop checks and the bench peer).

One place for what running it takes: the jar the pinned ``openapi-generator-cli`` ships, run by
``java`` directly (so a time-out kills Java itself: the wrapper script does not forward signals),
and the ``--name-mappings`` its attribute naming needs for this spec.
"""

from __future__ import annotations

import importlib.resources
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

__all__ = ["GeneratorUnavailable", "generate_args", "jar_command", "name_mappings", "python_name", "walk"]


class GeneratorUnavailable(RuntimeError):
    """No Java runtime, or the pinned jar is not installed; the message says how to get it."""


def jar_command() -> list[str]:
    """``java -jar <the jar shipped by the pinned openapi-generator-cli>``."""
    java = shutil.which("java")
    if java is None:
        raise GeneratorUnavailable(
            "no `java` on PATH: OpenAPI Generator needs a Java 17+ runtime "
            "(Debian: `apt-get install -y default-jre-headless`; .ci/run does this when java is missing)"
        )
    try:
        jar = importlib.resources.files("openapi_generator_cli") / "openapi-generator.jar"
    except ModuleNotFoundError:
        raise GeneratorUnavailable(
            "openapi-generator-cli is not installed: run `nox -s interop` (pyproject's `interop` group)"
        ) from None
    return [java, "-jar", str(jar)]


def walk(node: Any, tokens: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    """Every node of a JSON document with the path of tokens that leads to it."""
    yield tokens, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, (*tokens, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, (*tokens, index))


def python_name(wire: str) -> str:
    """How OpenAPI Generator's python generator names an attribute (camelCase to snake_case)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", wire).lower()


def name_mappings(spec: Path) -> list[str]:
    """``--name-mappings`` for wire names that snake_case onto a sibling's (``deviceId`` / ``device_id``).

    The wire really carries both (R-DEVICE-ID-TWICE), so the spec cannot rename either; a generator
    that derives Python names must be told a distinct one for the camelCase spelling. Derived from
    the document, so a new collision is handled (and a lost property still fails the check).
    """
    document = json.loads(spec.read_text(encoding="utf-8"))
    mapped: dict[str, str] = {}
    for _tokens, node in walk(document.get("components", {}).get("schemas", {})):
        if not isinstance(node, dict) or not isinstance(node.get("properties"), dict):
            continue
        names = list(node["properties"])
        for wire in names:
            if wire != python_name(wire) and any(
                p != wire and python_name(p) == python_name(wire) for p in names
            ):
                mapped[wire] = f"{python_name(wire)}_camel"
    return [f"{wire}={name}" for wire, name in sorted(mapped.items())]


def generate_args(spec: Path, out: Path, package: str, *, validate: bool = True) -> list[str]:
    """The command that generates ``package`` from ``spec`` into ``out``."""
    args = [*jar_command(), "generate", "-g", "python", "-i", str(spec), "-o", str(out)]
    args += ["--package-name", package, "--additional-properties", f"projectName={package.replace('_', '-')}"]
    mappings = name_mappings(spec)
    if mappings:
        args += ["--name-mappings", ",".join(mappings)]
    if not validate:
        args.append("--skip-validate-spec")
    return args
