"""Step 3b: make openapi-python-client's output import on Python 3.10.

openapi-python-client 0.29.1 itself needs Python >= 3.11 and writes code that does too, in exactly
two places: ``enum.StrEnum`` (every string enum) and ``typing.Self`` (its client.py, which
``client_step`` now deletes; the rule stays for any template that brings ``Self`` back). The
project supports Python 3.10, so both are rewritten here, by exact line patterns:

* ``from enum import StrEnum`` / ``class X(StrEnum):`` become ``Enum`` / ``class X(str, Enum):``.
  The templates also define ``__str__`` returning the value, so members behave the same: they are
  ``str`` instances, compare equal to their value and format as it.
* ``Self`` is imported from ``typing_extensions`` under ``TYPE_CHECKING`` only, with
  ``from __future__ import annotations`` so the annotation is never evaluated at run time (no new
  runtime dependency).

Anything else from the 3.11+ standard library makes this step fail loudly instead of shipping
code that breaks on 3.10; tests/generator/test_py310.py checks the result too.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from generator.errors import GeneratorError

# Names generated code must not import because Python 3.10 lacks them.
NEW_IN_311 = {
    "enum": {
        "StrEnum",
        "ReprEnum",
        "verify",
        "EnumCheck",
        "FlagBoundary",
        "global_enum",
        "member",
        "nonmember",
    },
    "typing": {
        "Self",
        "LiteralString",
        "Never",
        "NotRequired",
        "Required",
        "TypeVarTuple",
        "Unpack",
        "assert_never",
        "assert_type",
        "reveal_type",
        "dataclass_transform",
        "get_overloads",
        "clear_overloads",
    },
}

_STRENUM_IMPORT = re.compile(r"^from enum import StrEnum$", re.MULTILINE)
_STRENUM_CLASS = re.compile(r"^class (\w+)\(StrEnum\):$", re.MULTILINE)
_TYPING_IMPORT = re.compile(r"^from typing import ([\w, ]+)$", re.MULTILINE)
_TOP_LEVEL_IMPORT = re.compile(r"^(?:import|from) \S")


def _rewrite_strenum(text: str) -> str:
    if not _STRENUM_IMPORT.search(text):
        return text
    text = _STRENUM_IMPORT.sub("from enum import Enum", text)
    return _STRENUM_CLASS.sub(r"class \1(str, Enum):", text)


def _after_last_import(lines: list[str]) -> int:
    """Index just after the last top-level import statement (multi-line ones included)."""
    end = 0
    index = 0
    while index < len(lines):
        line = lines[index]
        if _TOP_LEVEL_IMPORT.match(line):
            if "(" in line and ")" not in line:
                while index < len(lines) and ")" not in lines[index]:
                    index += 1
            end = index + 1
        elif line and not line.startswith(("#", " ")) and not line.startswith(('"""', "'''")) and end:
            break
        index += 1
    return end


def _rewrite_self(text: str) -> str:
    match = next((m for m in _TYPING_IMPORT.finditer(text) if "Self" in m.group(1).split(", ")), None)
    if match is None:
        return text
    names = [name for name in match.group(1).split(", ") if name != "Self"]
    names = sorted({*names, "TYPE_CHECKING"}, key=lambda n: (not n.isupper(), n))
    text = text[: match.start()] + f"from typing import {', '.join(names)}" + text[match.end() :]
    lines = text.split("\n")
    at = _after_last_import(lines)
    lines[at:at] = ["", "if TYPE_CHECKING:", "    from typing_extensions import Self"]
    text = "\n".join(lines)
    if not text.startswith("from __future__ import annotations"):
        text = "from __future__ import annotations\n\n" + text
    return text


def remaining_problems(name: str, text: str) -> list[str]:
    """Uses of 3.11+ names left in ``text``: ``from typing import X`` or ``typing.X``, any form."""
    problems = []
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.ImportFrom) and node.module in NEW_IN_311:
            bad = sorted({alias.name for alias in node.names} & NEW_IN_311[node.module])
            if bad:
                problems.append(f"{name}:{node.lineno}: from {node.module} import {', '.join(bad)}")
        elif (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.attr in NEW_IN_311.get(node.value.id, set())
        ):
            problems.append(f"{name}:{node.lineno}: {node.value.id}.{node.attr}")
    return problems


def make_py310_compatible(package_dir: Path) -> int:
    """Rewrite the package in place; return the number of files changed."""
    changed = 0
    problems: list[str] = []
    for path in sorted(package_dir.rglob("*.py")):
        original = path.read_text(encoding="utf-8")
        text = _rewrite_self(_rewrite_strenum(original))
        problems.extend(remaining_problems(path.relative_to(package_dir).as_posix(), text))
        if text != original:
            path.write_text(text, encoding="utf-8", newline="\n")
            changed += 1
    if problems:
        raise GeneratorError(
            "generated code uses Python 3.11+ names the 3.10 compatibility step does not rewrite:\n"
            + "\n".join(f"  {p}" for p in problems)
        )
    return changed
