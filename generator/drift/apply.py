"""``--apply``: insert a proposal's fragments into the spec *as text*, leaving every other byte alone.

spec/openapi.yaml is written by hand: comments, section rulers, flow collections where they read
better. Loading and dumping it with PyYAML would rewrite all of it (ruamel.yaml's round trip would
still re-indent and re-wrap some of it, and is one more pinned tool), so the file is never dumped:
each fragment is rendered in the spec's style (:mod:`generator.drift.yaml_style`) and inserted
after the last line of the entry it belongs beside:

* a new path item after the existing path that shares most of its segments (the device
  operations stay together), or at the end of ``paths``;
* a new schema after the last schema with the same suffix (``...Request``, ``...Response``,
  ``...Data``), which in the spec is the end of the matching section; a new example at the end
  of ``components/examples``;
* a new property at the end of its schema's ``properties`` block.

All or nothing: a fragment that collides with the spec (an existing path, operationId, component
or property) refuses the whole apply, and so does any place the text does not let us find. The
result is parsed back and must equal the old document plus the fragments exactly; only then is it
written (atomically). Applying the same page twice finds nothing new the second time, and an
explicit second apply of the same fragments is refused as a collision, so nothing is duplicated.
"""

from __future__ import annotations

import copy
import os
import re
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import yaml

from generator import pointers
from generator.bundler import bundle
from generator.drift.compare import norm_path
from generator.drift.spec_view import METHODS
from generator.drift.yaml_style import block, dumped
from generator.errors import GeneratorError
from generator.rules import find_todo_markers
from generator.yaml_loader import load_yaml_file

_KEY = re.compile(
    r"""^(?P<key>'(?:[^']|'')*'|"(?:[^"\\]|\\.)*"|[^\s'"#\-?:][^#]*?)\s*:(?:\s+(?P<rest>.*))?$"""
)
_SUFFIX = re.compile(r"[A-Z][a-z0-9]*$")


@dataclass
class Applied:
    """What an apply inserted, and what it left to the curator."""

    paths: list[str] = field(default_factory=list)
    schemas: list[str] = field(default_factory=list)
    properties: list[str] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)
    manual: list[dict[str, Any]] = field(default_factory=list)
    markers: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.paths or self.schemas or self.properties or self.examples)

    def describe(self) -> str:
        return (
            f"{len(self.paths)} path(s), {len(self.schemas)} schema(s), {len(self.properties)} "
            f"new propert{'y' if len(self.properties) == 1 else 'ies'}, {len(self.examples)} example(s); "
            f"{len(self.markers)} TODO marker(s) left for the curator"
        )


class PlacementError(GeneratorError):
    """The spec's text does not let a fragment be placed (missing block, flow style, ...)."""


class _Text:
    """The spec's lines and just enough structure to find a block mapping's entries by indentation."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines(keepends=True)

    def _content(self, index: int) -> bool:
        stripped = self.lines[index].strip()
        return bool(stripped) and not stripped.startswith("#")

    def _indent(self, index: int) -> int:
        line = self.lines[index]
        return len(line) - len(line.lstrip(" "))

    def block_end(self, index: int) -> int:
        """The last content line of the block opened by the key at ``index`` (``index`` when empty)."""
        own = self._indent(index) if index >= 0 else -1
        last = index
        for j in range(index + 1, len(self.lines)):
            if not self._content(j):
                continue
            if self._indent(j) <= own:
                break
            last = j
        return last

    def children(self, index: int) -> Iterable[tuple[int, str]]:
        """``(line, key)`` for each entry of the block mapping opened at ``index`` (-1: the root)."""
        end = self.block_end(index) if index >= 0 else len(self.lines) - 1
        child: int | None = None
        for j in range(index + 1, end + 1):
            if not self._content(j):
                continue
            indent = self._indent(j)
            child = indent if child is None else child
            if indent != child:
                continue
            match = _KEY.match(self.lines[j].strip())
            if match:
                yield j, _unquote(match.group("key"))

    def child_indent(self, index: int) -> int | None:
        return next((self._indent(j) for j, _ in self.children(index)), None)

    def find(self, tokens: Iterable[str]) -> int:
        """The line of the key at ``tokens`` (``-1`` for none); PlacementError when not in block style."""
        index = -1
        walked: list[str] = []
        for token in tokens:
            walked.append(token)
            found = next((j for j, key in self.children(index) if key == token), None)
            if found is None:
                raise PlacementError(
                    f"{pointers.to_pointer(walked)}: not found as a block mapping key in the spec text"
                )
            match = _KEY.match(self.lines[found].strip())
            rest = (match.group("rest") or "") if match else ""
            if rest and not rest.startswith("#"):
                raise PlacementError(
                    f"{pointers.to_pointer(walked)}: written in flow style in the spec; paste the fragment by hand"
                )
            index = found
        return index

    def indent_of(self, index: int) -> int:
        return self._indent(index) if index >= 0 else -1


def _unquote(key: str) -> str:
    if key[:1] in ("'", '"'):
        loaded = yaml.safe_load(key)
        return str(loaded)
    return key


def _segments(path: str) -> list[str]:
    return [part for part in norm_path(path).split("/") if part]


def _common(a: str, b: str) -> int:
    count = 0
    for x, y in zip(_segments(a), _segments(b), strict=False):
        if x != y:
            break
        count += 1
    return count


def _suffix(name: str) -> str:
    match = _SUFFIX.search(name)
    return match.group(0) if match else ""


def _conflicts(document: dict[str, Any], proposal: dict[str, Any]) -> list[str]:
    """Every way the proposal collides with the (bundled) spec or with itself."""
    problems: list[str] = []
    paths = document.get("paths") or {}
    known_paths: dict[str, str] = {}
    op_ids: dict[str, str] = {}
    for section in ("paths", "webhooks"):
        for path, item in (document.get(section) or {}).items():
            if not isinstance(item, dict):
                continue
            for method in METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    op_ids.setdefault(str(op.get("operationId")), f"{method.upper()} {path}")
                    for alias in op.get("x-alias-paths") or ():
                        known_paths.setdefault(norm_path(str(alias)), f"an alias of {path}")
            if section == "paths":
                known_paths.setdefault(norm_path(path), path)
    for path, item in (proposal.get("paths") or {}).items():
        where = pointers.to_pointer(("paths", path))
        if path in paths or norm_path(path) in known_paths:
            problems.append(
                f"{where}: the spec already has this path ({known_paths.get(norm_path(path), path)})"
            )
        for method, op in item.items():
            op_id = str(op.get("operationId"))
            if op_id in op_ids:
                problems.append(
                    f"{where}/{method}: operationId {op_id} is already used by {op_ids[op_id]} "
                    "(write the fragment with --suggest, rename it and paste it by hand)"
                )
            op_ids.setdefault(op_id, f"{method.upper()} {path}")
    components = document.get("components") or {}
    for kind in ("schemas", "examples"):
        existing = components.get(kind) or {}
        for name, fragment in ((proposal.get("components") or {}).get(kind) or {}).items():
            where = pointers.to_pointer(("components", kind, name))
            additions = kind == "schemas" and set(fragment) == {"properties"}
            if additions:
                target = existing.get(name)
                if not isinstance(target, dict) or not isinstance(target.get("properties"), dict):
                    problems.append(
                        f"{where}: new properties for a schema the spec lacks (or without properties)"
                    )
                    continue
                for prop in fragment["properties"]:
                    if prop in target["properties"]:
                        problems.append(
                            f"{where}/properties/{pointers.escape(prop)}: the spec already has this property"
                        )
            elif name in existing:
                problems.append(f"{where}: the spec already has this component")
    return problems


def _expected(document: dict[str, Any], proposal: dict[str, Any]) -> dict[str, Any]:
    """The entry document with the fragments merged: what the edited text must parse to."""
    merged = copy.deepcopy(document)
    merged.setdefault("paths", {}).update(copy.deepcopy(proposal.get("paths") or {}))
    components = merged.setdefault("components", {})
    for kind in ("schemas", "examples"):
        for name, fragment in ((proposal.get("components") or {}).get(kind) or {}).items():
            section = components.setdefault(kind, {})
            if kind == "schemas" and set(fragment) == {"properties"} and name in section:
                section[name]["properties"].update(copy.deepcopy(fragment["properties"]))
            else:
                section[name] = copy.deepcopy(fragment)
    return merged


class _Editor:
    """Collects insertions (after a line, in order) and builds the new text."""

    def __init__(self, text: _Text) -> None:
        self.text = text
        self.inserts: dict[int, list[str]] = {}

    def add(self, tokens: list[str], anchor: str | None, render: Callable[[int], list[str]]) -> None:
        """Insert ``render(indent)`` after ``anchor``'s block, or at the end of the mapping at ``tokens``."""
        line = self.text.find(tokens)
        indent = self.text.child_indent(line)
        indent = indent if indent is not None else self.text.indent_of(line) + 2
        entries = {key: j for j, key in self.text.children(line)}
        at = self.text.block_end(entries[anchor]) if anchor in entries else self.text.block_end(line)
        self.inserts.setdefault(at, []).extend(render(indent))

    def result(self) -> str:
        out: list[str] = []
        for index, line in enumerate(self.text.lines):
            out.append(line)
            if index in self.inserts:
                if not line.endswith("\n"):
                    out[-1] = line + "\n"
                out.extend(f"{text}\n" for text in self.inserts[index])
        return "".join(out)


def apply(spec_path: Path, proposal: dict[str, Any], display: str) -> Applied:
    """Insert the proposal's ``paths`` and ``components`` into ``spec_path``; refuse on any collision."""
    applied = Applied(manual=list(proposal.get("x-drift-manual") or ()))
    components = proposal.get("components") or {}
    if not (proposal.get("paths") or components.get("schemas") or components.get("examples")):
        return applied
    original = spec_path.read_text(encoding="utf-8")
    document = load_yaml_file(spec_path)
    if not isinstance(document, dict):
        raise GeneratorError(f"{display}: not a YAML mapping")
    problems = _conflicts(bundle(spec_path, display), proposal) + _conflicts(document, proposal)
    if problems:
        listing = "\n".join(f"  {p}" for p in dict.fromkeys(problems))
        raise GeneratorError(f"{display}: refusing to apply, nothing written:\n{listing}")

    editor = _Editor(_Text(original))
    spec_paths = list(document.get("paths") or {})
    for path, item in (proposal.get("paths") or {}).items():
        ranked = [(_common(path, known), index) for index, known in enumerate(spec_paths)]
        best = max(ranked, default=(0, -1))
        anchor = spec_paths[best[1]] if best[0] > 0 else (spec_paths[-1] if spec_paths else None)
        editor.add(["paths"], anchor, partial(block, {path: item}, force=2))
        applied.paths.append(path)
    schemas = (document.get("components") or {}).get("schemas") or {}
    for name, fragment in (components.get("schemas") or {}).items():
        if set(fragment) == {"properties"} and name in schemas:
            tokens = ["components", "schemas", name, "properties"]
            editor.add(tokens, None, partial(block, fragment["properties"]))
            applied.properties += [f"{name}.{prop}" for prop in fragment["properties"]]
            continue
        same = [known for known in schemas if _suffix(known) == _suffix(name) and _suffix(name)]
        anchor = same[-1] if same else None
        editor.add(["components", "schemas"], anchor, partial(block, {name: fragment}, force=1))
        applied.schemas.append(name)
    for name, fragment in (components.get("examples") or {}).items():
        editor.add(["components", "examples"], None, partial(dumped, {name: fragment}))
        applied.examples.append(name)

    text = editor.result()
    _write_checked(spec_path, text, _expected(document, proposal), display)
    applied.markers = find_todo_markers({k: v for k, v in proposal.items() if k != "x-drift-manual"})
    return applied


def _write_checked(spec_path: Path, text: str, expected: dict[str, Any], display: str) -> None:
    """Write ``text`` over the spec only if it parses (as the generator parses it) to ``expected``."""
    handle, temporary = tempfile.mkstemp(prefix=".openapi-", suffix=".yaml", dir=spec_path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        parsed = load_yaml_file(Path(temporary))
        if parsed != expected:
            differing = sorted(
                key
                for key in set(parsed or {}) | set(expected)
                if (parsed or {}).get(key) != expected.get(key)
            )
            raise GeneratorError(
                f"internal error: inserting into {display} would not give the expected document "
                f"(differs under {', '.join(differing)}); nothing written"
            )
        os.chmod(temporary, spec_path.stat().st_mode & 0o777)
        os.replace(temporary, spec_path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
