"""Small pieces: diff rendering bounds, version pins, the atomic tree swap."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from generator import diffing
from generator.tree import replace_tree, snapshot
from generator.versions import PINNED


def test_diff_lists_every_file_but_truncates_the_diff() -> None:
    expected = {f"m{i}.py": b"".join(b"line %d\n" % n for n in range(200)) for i in range(10)}
    actual = {name: data.replace(b"line", b"LINE") for name, data in expected.items()}
    actual["stray.py"] = b"x\n"
    diff = diffing.compare(expected, actual)
    text = diffing.render(diff, expected, actual, "generated")
    assert all(f"  generated/m{i}.py" in text for i in range(10))
    assert "unexpected (not produced by the generator): 1" in text
    assert "more diff lines" in text and "more file(s) not shown" in text
    assert len(text.splitlines()) < diffing.MAX_DIFF_LINES + 40


def test_replace_tree_swaps_and_ignores_caches(tmp_path: Path) -> None:
    source = tmp_path / "new"
    (source / "__pycache__").mkdir(parents=True)
    (source / "a.py").write_text("new\n")
    (source / "__pycache__" / "a.pyc").write_bytes(b"\0")
    target = tmp_path / "generated" / "pkg"
    target.mkdir(parents=True)
    (target / "old.py").write_text("old\n")
    replace_tree(source, target)
    assert snapshot(target) == {"a.py": b"new\n"}
    assert sorted(p.name for p in target.parent.iterdir()) == ["pkg"]  # no staging leftovers


@pytest.mark.skipif(sys.version_info < (3, 11), reason="tomllib")
def test_generator_pins_match_the_generate_dependency_group(repo_root: Path) -> None:
    import tomllib

    groups = tomllib.loads((repo_root / "pyproject.toml").read_text(encoding="utf-8"))["dependency-groups"]
    pins = dict(item.split("==") for item in groups["generate"])
    assert pins == PINNED
