"""Load one side of a diff: a spec file, a git revision, or the empty baseline.

A side is named the way a developer thinks of it: ``spec/openapi.yaml`` (a file), ``HEAD~3`` or
a tag (a git revision: its whole ``spec/`` folder is read, so a spec split over several files
bundles exactly as it did then), ``REV:path/to/openapi.yaml`` (another file at that revision) or
``empty`` (nothing released yet, so everything is an addition).
"""

from __future__ import annotations

import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from generator.bundler import bundle
from generator.errors import GeneratorError

EMPTY = "empty"
SPEC_PATH = "spec/openapi.yaml"


@dataclass(frozen=True)
class Side:
    label: str
    document: dict[str, Any]


def empty_document() -> dict[str, Any]:
    return {"openapi": "3.1.0", "info": {"title": "empty baseline", "version": "0"}, "paths": {}}


def git(root: Path, *args: str) -> str:
    """Run git in ``root``; a failure becomes a clean :class:`GeneratorError`."""
    try:
        done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise GeneratorError("git is not installed (needed to read a spec from a git revision)") from None
    if done.returncode != 0:
        raise GeneratorError(f"git {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout


def _load_revision(spec: str, root: Path) -> dict[str, Any]:
    revision, _, path = spec.partition(":")
    entry = PurePosixPath(path or SPEC_PATH)
    folder = entry.parent.as_posix()
    names = git(root, "ls-tree", "-r", "--name-only", revision, "--", folder).splitlines()
    if entry.as_posix() not in names:
        raise GeneratorError(f"{spec!r}: {entry} does not exist at revision {revision!r}")
    with tempfile.TemporaryDirectory(prefix="specdiff-") as tmp:
        for name in names:
            if not name.endswith((".yaml", ".yml", ".json")):
                continue
            target = Path(tmp, name)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(git(root, "show", f"{revision}:{name}"), encoding="utf-8")
        document = bundle(Path(tmp, entry), f"{revision}:{entry}")
    return _as_document(document, spec)


def _as_document(document: object, label: str) -> dict[str, Any]:
    if not isinstance(document, dict) or "openapi" not in document:
        raise GeneratorError(f"{label}: not an OpenAPI document (no top-level 'openapi')")
    return document


def load_side(spec: str, root: Path) -> Side:
    """``spec`` is ``empty``, an existing file, or a git revision (optionally ``REV:path``)."""
    if spec == EMPTY:
        return Side(EMPTY, empty_document())
    path = Path(spec)
    if not path.is_absolute():
        path = Path.cwd() / path
    if path.is_file():
        return Side(spec, _as_document(bundle(path, spec), spec))
    try:
        return Side(spec, _load_revision(spec, root))
    except GeneratorError as exc:
        raise GeneratorError(
            f"{spec!r} is neither 'empty', an existing file, nor a git revision holding the spec ({exc})"
        ) from None
