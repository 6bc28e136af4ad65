"""The generated package must import on Python 3.10 (openapi-python-client 0.29.1 targets 3.11+)."""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent

import pytest

from generator.compat_step import make_py310_compatible, remaining_problems
from generator.errors import GeneratorError


@pytest.mark.slow
def test_generated_package_uses_no_python_311_names(baseline_repo: Path) -> None:
    package = baseline_repo / "generated" / "linksfield_api"
    problems = [
        problem
        for path in sorted(package.rglob("*.py"))
        for problem in remaining_problems(path.name, path.read_text(encoding="utf-8"))
    ]
    assert problems == []


def test_strenum_and_self_are_rewritten(tmp_path: Path) -> None:
    (tmp_path / "color.py").write_text(
        dedent("""\
            from enum import StrEnum


            class Color(StrEnum):
                RED = "red"
        """),
        encoding="utf-8",
    )
    (tmp_path / "client.py").write_text(
        dedent("""\
            import ssl
            from typing import Any, Self

            import httpx


            class Client:
                def __enter__(self) -> Self:
                    return self
        """),
        encoding="utf-8",
    )
    assert make_py310_compatible(tmp_path) == 2
    color = (tmp_path / "color.py").read_text(encoding="utf-8")
    assert "from enum import Enum\n" in color and "class Color(str, Enum):" in color
    client = (tmp_path / "client.py").read_text(encoding="utf-8")
    assert client.startswith("from __future__ import annotations\n")
    assert "from typing import TYPE_CHECKING, Any\n" in client
    assert "import httpx\n\nif TYPE_CHECKING:\n    from typing_extensions import Self\n" in client
    namespace: dict[str, object] = {}
    exec(compile(client, "client.py", "exec"), namespace)  # imports and runs on this Python


def test_unknown_311_names_fail_loudly(tmp_path: Path) -> None:
    (tmp_path / "x.py").write_text("import typing\n\nX: typing.LiteralString\n", encoding="utf-8")
    with pytest.raises(GeneratorError, match=r"x.py:3: typing.LiteralString"):
        make_py310_compatible(tmp_path)
