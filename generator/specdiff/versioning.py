"""The package version: read and written in exactly one place, bumped by semantic-versioning rules.

``overrides/linksfield/_version.py`` is what hatchling reads for the distribution version and what
``linksfield.__version__`` reports, so nothing else may hold a version number. Kept free of YAML
imports: the publish step needs it without the spec tooling.
"""

from __future__ import annotations

import re
from pathlib import Path

from generator.errors import GeneratorError

VERSION_FILE = Path("overrides/linksfield/_version.py")
_ASSIGNMENT = re.compile(r'^__version__ = "([^"]*)"$', re.MULTILINE)
_SEMVER = re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")


def parse(version: str) -> tuple[int, int, int]:
    match = _SEMVER.match(version)
    if not match:
        raise GeneratorError(f"version {version!r} is not MAJOR.MINOR.PATCH")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def bump(version: str, level: str) -> str:
    """``level`` is major, minor or patch (breaking, additions, other changes)."""
    major, minor, patch = parse(version)
    if level == "major":
        return f"{major + 1}.0.0"
    if level == "minor":
        return f"{major}.{minor + 1}.0"
    if level == "patch":
        return f"{major}.{minor}.{patch + 1}"
    raise GeneratorError(f"unknown bump level {level!r}")


def read_version(root: Path) -> str:
    text = (root / VERSION_FILE).read_text(encoding="utf-8")
    found = _ASSIGNMENT.findall(text)
    if len(found) != 1:
        raise GeneratorError(f'{VERSION_FILE}: expected exactly one line `__version__ = "X.Y.Z"`')
    parse(found[0])
    return str(found[0])


def write_version(root: Path, version: str) -> None:
    parse(version)
    path = root / VERSION_FILE
    text = path.read_text(encoding="utf-8")
    path.write_text(_ASSIGNMENT.sub(f'__version__ = "{version}"', text, count=1), encoding="utf-8")
