"""Read a generated tree into memory and swap a new tree into place.

Caches (``__pycache__``, ``.ruff_cache`` ...) are ignored everywhere: they appear whenever the
package is imported or linted and are never part of the output.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

IGNORED_DIRS = frozenset({"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache", ".hypothesis"})
IGNORED_SUFFIXES = (".pyc", ".pyo")


def snapshot(root: Path) -> dict[str, bytes]:
    """Map each file's POSIX path relative to ``root`` to its bytes (empty if ``root`` is missing)."""
    files: dict[str, bytes] = {}
    if not root.is_dir():
        return files
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in IGNORED_DIRS)
        for name in sorted(filenames):
            if name.endswith(IGNORED_SUFFIXES):
                continue
            path = Path(dirpath) / name
            files[path.relative_to(root).as_posix()] = path.read_bytes()
    return files


def replace_tree(source: Path, target: Path) -> None:
    """Make ``target`` a copy of ``source``, swapping it in with renames.

    The new tree is first copied next to ``target`` (same filesystem), then the old tree is renamed
    away and the new one renamed into place, so readers never see a half-written package; if the
    second rename fails the old tree is put back.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f".{target.name}.new-{os.getpid()}")
    retired = target.with_name(f".{target.name}.old-{os.getpid()}")
    for leftover in (staging, retired):
        shutil.rmtree(leftover, ignore_errors=True)
    shutil.copytree(source, staging, ignore=shutil.ignore_patterns(*IGNORED_DIRS))
    had_old = target.exists()
    if had_old:
        os.replace(target, retired)
    try:
        os.replace(staging, target)
    except OSError:
        if had_old:
            os.replace(retired, target)
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if had_old:
        shutil.rmtree(retired)
