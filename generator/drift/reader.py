"""Read one exported page into an inventory: operations, parameters, field tables, examples.

A page is a sequence of sections. A section starts at an endpoint line (``POST /cmp-api/...``,
``Path:`` + ``Method:``, or a method alone above its path) and runs to the next one; text before the
first endpoint (overviews, push descriptions) belongs to no operation. Inside a section, labels
(``Body parameters``, ``Query``, ``Headers``, ``Responses``, ``返回响应`` ...) say whether the tables and
examples that follow describe the request or the response.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from pathlib import Path

from generator.drift import columns as c
from generator.drift.blocks import Block, Json, Line, split_blocks
from generator.drift.html_text import html_to_text, looks_like_html
from generator.drift.model import Example, Field, Operation, OverviewEntry, Page, Param
from generator.drift.tables import Table, detect_layout, extract
from generator.errors import GeneratorError

_METHOD = r"(GET|POST|PUT|DELETE|PATCH)"
_ENDPOINT = re.compile(rf"^\s*{_METHOD}\s+(/\S.*)$")
_PATH_LINE = re.compile(r"^\s*Path:\s*(/\S+)\s*$")
_METHOD_LINE = re.compile(rf"^\s*Method:\s*{_METHOD}\s*$")
_BARE_METHOD = re.compile(rf"^\s*{_METHOD}\s*$")
_BARE_PATH = re.compile(r"^\s*(/[\w\-./{}]+)\s*$")
# Section labels an export may glue to the end of an endpoint line (``.../syncPackagesBody parameters``).
_GLUED = ("Body parameters", "Query parameters", "Description", "Responses", "Response")
_NODE = re.compile(r"\b(?:The|the)\s+(?:information contained in the\s+)?(\S+?)\s+node\b")

_LABELS = {
    "query parameters": "query",
    "query": "query",
    "path parameters": "path",
    "headers": "header",
    "header parameters": "header",
    "body parameters": "body",
    "body": "body",
    "request body": "body",
    "responses": "response",
    "response": "response",
    "response parameters": "response",
    "返回响应": "response",
    "请求参数": "body",
}


def _label(text: str) -> str | None:
    s = text.strip().strip("#:\uff1a").strip().lower()
    if s in _LABELS:
        return _LABELS[s]
    for prefix, phase in (
        ("header 参数", "header"),
        ("body 参数", "body"),
        ("query 参数", "query"),
        ("path 参数", "path"),
    ):
        if s.startswith(prefix):
            return phase
    return None


def _endpoint(text: str) -> tuple[str, str, str | None] | None:
    """``(METHOD, path, glued label)`` of an endpoint line."""
    match = _ENDPOINT.match(text)
    if not match:
        return None
    rest = match.group(2).strip().rstrip("#").strip()
    glued = None
    for label in _GLUED:
        if rest.endswith(label) and len(rest) > len(label):
            rest, glued = rest[: -len(label)].rstrip(), label
            break
    return match.group(1), rest.split()[0], glued


def read_page(
    path: Path, vocabulary: Collection[str], spec_paths: Collection[str], display: str = ""
) -> Page:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GeneratorError(f"{path}: cannot read page: {exc}") from None
    return read_text(text, display or str(path), vocabulary, spec_paths)


def read_text(text: str, source: str, vocabulary: Collection[str], spec_paths: Collection[str]) -> Page:
    html = looks_like_html(text)
    if html:
        text = html_to_text(text)
    blocks = _unglue(split_blocks(text))
    vocab = set(vocabulary)
    for block in blocks:
        if isinstance(block, Json):
            _collect_keys(block.value, vocab)
    endpoints = {ep[1] for b in blocks if isinstance(b, Line) and (ep := _endpoint(b.text))}
    layout = detect_layout(blocks)
    items = extract(blocks, layout, vocab, set(spec_paths) | endpoints)
    page = Page(source=source, layout=("html+" if html else "") + layout)
    _Walker(page).run(items)
    return page


_GLUED_TABLE = re.compile(rf"^(\s*{_METHOD}\s+/[^|\s]+)\s*(\|.*)$")


def _unglue(blocks: list[Block]) -> list[Block]:
    """Split ``POST /path| name | ... |`` (an endpoint glued to a table header) into two lines."""
    out: list[Block] = []
    for block in blocks:
        match = _GLUED_TABLE.match(block.text) if isinstance(block, Line) else None
        if match and isinstance(block, Line):
            out.extend([Line(match.group(1), block.line), Line(match.group(3), block.line)])
        else:
            out.append(block)
    return out


def _collect_keys(value: object, into: set[str]) -> None:
    if isinstance(value, dict):
        for key, sub in value.items():
            into.add(str(key))
            _collect_keys(sub, into)
    elif isinstance(value, list):
        for sub in value:
            _collect_keys(sub, into)


class _Walker:
    """The state machine over a page's items: current operation, phase, pending parent node."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.op: Operation | None = None
        self.phase = "body"
        self.labelled = False
        self.parent = ""
        self.previous_was_table = False
        self.pending_path: tuple[str, int] | None = None
        self.pending_method: tuple[str, int] | None = None
        self.last_text = ""

    def run(self, items: list[Line | Json | Table]) -> None:
        for item in items:
            if isinstance(item, Table):
                self.table(item)
                self.previous_was_table = True
                continue
            if isinstance(item, Json):
                self.example(item)
            else:
                self.line(item)
            if not (isinstance(item, Line) and not item.text.strip()):
                self.previous_was_table = False

    def start(self, method: str, path: str, line: int, name: str = "") -> None:
        self.op = Operation(method=method.upper(), path=path, name=name, line=line)
        self.page.operations.append(self.op)
        self.phase, self.labelled, self.parent = "body", False, ""
        self.pending_path = self.pending_method = None

    def line(self, item: Line) -> None:
        text = item.text
        endpoint = _endpoint(text)
        if endpoint:
            self.start(endpoint[0], endpoint[1], item.line, self._title())
            if endpoint[2]:
                self.label(endpoint[2])
            return
        if match := _PATH_LINE.match(text):
            self.pending_path = (match.group(1), item.line)
            return
        if (match := _METHOD_LINE.match(text)) and self.pending_path:
            self.start(match.group(1), self.pending_path[0], self.pending_path[1])
            return
        if match := _BARE_METHOD.match(text):
            self.pending_method = (match.group(1), item.line)
            return
        if (match := _BARE_PATH.match(text)) and self.pending_method:
            self.start(self.pending_method[0], match.group(1), self.pending_method[1])
            return
        if text.strip():
            self.pending_method = None if not _BARE_METHOD.match(text) else self.pending_method
            self.label(text)
            if node := _NODE.search(text):
                self.parent = node.group(1).strip("`'\"")
            stripped = text.strip()
            if self.op is not None and not self.op.name:
                candidate = stripped.lstrip("/").strip()
                if (
                    0 < len(candidate) <= 80
                    and not candidate.endswith((":", "\uff1a"))
                    and _label(candidate) is None
                ):
                    self.op.name = candidate
            if len(stripped) <= 60 and not stripped.startswith(("•", "-", "//")) and _label(stripped) is None:
                self.last_text = stripped.strip("#").strip()

    def _title(self) -> str:
        return self.last_text

    def label(self, text: str) -> None:
        phase = _label(text)
        if phase is None or self.op is None:
            return
        if self.phase == "response" and phase != "response":
            return  # "Body" under a response heading names the response body
        self.phase, self.labelled, self.parent = phase, True, ""

    def example(self, item: Json) -> None:
        if self.op is None:
            return
        value = item.value
        if self.phase == "response":
            role = "response"
        elif self.labelled:
            role = "request"
        else:
            role = "response" if "code" in value and ("message" in value or "success" in value) else "request"
        self.op.examples.append(Example(role, value, item.line))

    def table(self, table: Table) -> None:
        if "path" in table.roles:
            for row in table.rows:
                path = row.cells.get("path", "")
                if path.startswith("/"):
                    self.page.overview.append(OverviewEntry(path, row.cells.get("title", ""), row.line))
            return
        if self.op is None or "name" not in table.roles:
            return
        if (
            self.phase != "response"
            and self.labelled
            and self.previous_was_table
            and self.phase in {"query", "header", "body"}
        ):
            self.phase = "response"  # pool pages: the response table follows the request table directly
        if self.phase == "response":
            for row in table.rows:
                self.op.fields.append(
                    Field(
                        "" if row.unnamed else row.cells.get("name", ""),
                        c.norm_type(row.cells.get("type", "")),
                        c.norm_required(row.cells.get("required", "")),
                        row.line,
                        table.line,
                    )
                )
            return
        parent = self.parent
        self.parent = ""
        for row in table.rows:
            if row.unnamed:
                self.op.unnamed_params.append(row.line)
                continue
            location = c.LOCATIONS.get(row.cells.get("location", "").lower(), "")
            if not location:
                location = self.phase if self.phase in {"query", "header", "path"} else "body"
            name = row.cells["name"]
            if parent and location == "body":
                name = f"{parent}.{name}"
            raw_type = row.cells.get("type", "")
            self.op.params.append(
                Param(
                    name,
                    location,
                    c.norm_type(raw_type),
                    raw_type,
                    c.norm_required(row.cells.get("required", "")),
                    row.line,
                )
            )
            self.op.tables.add(f"{location}:{parent}" if parent and location == "body" else location)
