"""Turn the lines of a page into tables, one reader per export layout.

Every reader returns :class:`Table` objects whose rows map column roles (``name``, ``type``,
``required``, ``location``, ``description``, ``path``) to cell text, so what a table *means* is
decided in one place (:mod:`reader`) whatever the layout:

- ``pipe``: markdown pipe tables (also HTML exports, flattened to pipes first);
- ``spaces``: cells separated by single spaces, rows possibly continued on following lines;
- ``runon``: cells run together (``order_codePackage order coderequiredString``);
- ``vertical``: one value per line (name, type, required flag), as API-portal exports list fields.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from generator.drift import columns as c
from generator.drift.blocks import Block, Json, Line
from generator.drift.runon import split_name, split_path


@dataclass
class Row:
    cells: dict[str, str]
    line: int
    unnamed: bool = False


@dataclass
class Table:
    roles: tuple[str, ...]
    line: int
    style: str
    rows: list[Row] = field(default_factory=list)


Item = Line | Json | Table

_TERMINAL = tuple(".;:!?)\u3002\uff1b\uff1a\uff09")
_TREE = re.compile(r"^[\s├└│─┬┼|]*")


def detect_layout(blocks: Sequence[Block]) -> str:
    counts = {"pipe": 0, "spaces": 0, "runon": 0}
    vertical = 0
    for block in blocks:
        if not isinstance(block, Line):
            continue
        text = block.text.strip()
        if text in {"必需", "可选"}:
            vertical += 1
        labels = c.segment_header(text)
        if labels is None:
            continue
        if "|" in text:
            counts["pipe"] += 1
        elif all(sep for _, sep in labels):
            counts["spaces"] += 1
        else:
            counts["runon"] += 1
    if counts["pipe"]:
        return "pipe"
    if vertical >= 2 and vertical > counts["spaces"] + counts["runon"]:
        return "vertical"
    return "runon" if counts["runon"] > counts["spaces"] else "spaces"


def extract(
    blocks: Sequence[Block], layout: str, vocab: Collection[str], paths: Collection[str]
) -> list[Item]:
    if layout == "vertical":
        return _vertical(blocks)
    items: list[Item] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        labels = c.segment_header(block.text) if isinstance(block, Line) else None
        if labels is None or not isinstance(block, Line):
            items.append(block)
            i += 1
            continue
        roles = c.header_roles(labels)
        body: list[Line] = []
        i += 1
        while i < len(blocks):
            nxt = blocks[i]
            if not isinstance(nxt, Line) or c.segment_header(nxt.text) is not None:
                break
            if layout == "pipe":
                if "|" not in nxt.text:
                    break
            elif not nxt.text.strip() or nxt.text.strip().startswith("•"):
                break
            body.append(nxt)
            i += 1
        table = Table(roles, block.line, layout)
        if layout == "pipe":
            table.rows = _pipe_rows(body, roles)
        else:
            table.rows = _plain_rows(body, roles, layout, vocab, paths)
        items.append(table)
    return items


# ---------------------------------------------------------------- pipe


def _pipe_rows(lines: list[Line], roles: tuple[str, ...]) -> list[Row]:
    rows = []
    for line in lines:
        text = line.text.strip()
        if re.fullmatch(r"\|?[\s:|-]*-{2,}[\s:|-]*", text):
            continue
        if text.startswith("|"):
            text = text[1:]
        if text.endswith("|"):
            text = text[:-1]
        cells = [cell.strip() for cell in text.split("|")]
        mapped: dict[str, str] = {}
        for role, cell in zip(roles, cells, strict=False):
            mapped.setdefault(role, cell)
        name = _TREE.sub("", mapped.get("name", "")).strip()
        unnamed = False
        if "name" in mapped:
            if not name:
                if not any(v for k, v in mapped.items() if k != "name"):
                    continue
                if not mapped.get("description"):
                    continue  # a bare tree marker (``├─``): the items of the array above
                unnamed = True
            elif len(name.split()) >= 3:
                unnamed = True  # a sentence where the name should be: the cells shifted left
            mapped["name"] = "" if unnamed else name
        rows.append(Row(mapped, line.line, unnamed))
    return rows


# ---------------------------------------------------------------- spaces and run-together


def _kind(roles: tuple[str, ...]) -> str:
    if "path" in roles:
        return "overview"
    if "name" not in roles:
        return "other"
    after = roles[roles.index("name") + 1 :]
    if not after:
        return "other"
    if after[0] in {"type", "required"}:
        return "self"
    if roles[0] == "location":
        return "self"
    if after[-1] in {"type", "required"}:
        return "trailing"
    return "desc"


def _tokens(text: str) -> list[str]:
    return text.split()


def _first_name(text: str, style: str, vocab: Collection[str]) -> tuple[str, str] | None:
    """``(name, how)`` for the name a line starts with, or None; how is vocab, capital or whole.

    A plain word followed by a stop word ("Whether the ...", "format is ...") starts a sentence, not a row.
    """
    if style == "runon":
        found = split_name(text, vocab)
        if found is None:
            return None
        name, rest, how = found
    else:
        tokens = _tokens(text)
        if not tokens or not c.is_identifier(tokens[0]):
            return None
        name, rest, how = tokens[0], " ".join(tokens[1:]), ("vocab" if tokens[0] in vocab else "whole")
    if how == "whole" and not c.is_strong_name(name):
        second = rest.split()[:1]
        if second and second[0].lower() in c.STOPWORDS:
            return None
    return name, how


def _ends_type(text: str, style: str) -> bool:
    stripped = text.rstrip()
    if style == "runon":
        return stripped.endswith(c.TRAILING_TYPES)
    tokens = _tokens(stripped)
    return bool(tokens) and tokens[-1] in c.TRAILING_TYPES and len(tokens) >= 2


def _ends_required(text: str, style: str) -> bool:
    stripped = text.rstrip()
    if style == "runon":
        return stripped.endswith(("required", "Optional", "optional", "true", "false"))
    tokens = _tokens(stripped)
    return bool(tokens) and c.is_required_word(tokens[-1])


def _swapped(text: str) -> bool:
    """``page_no Integer false The requested page ...``: type and flag right after the name."""
    tokens = _tokens(text)
    return len(tokens) >= 3 and tokens[1] in c.SCHEMA_TYPES and c.is_required_word(tokens[2])


def _names_field(text: str, style: str, vocab: Collection[str]) -> bool:
    named = _first_name(text, style, vocab)
    if named is None:
        return False
    return named[1] != "whole" or c.is_strong_name(named[0]) or not named[0][:1].isupper()


def _row_start(text: str, style: str, vocab: Collection[str]) -> bool:
    """Whether a line can open the next row of a table whose rows end with a flag or type cell."""
    named = _first_name(text, style, vocab)
    strong = named is not None and (named[1] != "whole" or c.is_strong_name(named[0]))
    if named and strong and not c.is_required_word(named[0]) and not c.is_type_word(named[0]):
        return True
    return len(_tokens(text)) >= 3 and (_ends_type(text, style) or _ends_required(text, style))


def _plain_rows(
    lines: list[Line], roles: tuple[str, ...], style: str, vocab: Collection[str], paths: Collection[str]
) -> list[Row]:
    kind = _kind(roles)
    if kind == "overview":
        rows = []
        for line in lines:
            found = split_path(line.text, paths) if style == "runon" else _spaced_path(line.text)
            if found:
                rows.append(Row({"path": found[0], "title": found[1]}, line.line))
        return rows
    if kind == "other":
        return []
    groups: list[list[Line]] = []
    if kind == "trailing":
        current: list[Line] = []
        for index, line in enumerate(lines):
            current.append(line)
            nxt = lines[index + 1].text if index + 1 < len(lines) else None
            if (
                _ends_type(line.text, style)
                or (style == "spaces" and len(current) == 1 and _swapped(line.text))
                or (_ends_required(line.text, style) and (nxt is None or _row_start(nxt, style, vocab)))
            ):
                groups.append(current)
                current = []
        if current and _names_field(current[0].text, style, vocab):
            groups.append(current)  # an unterminated tail is kept only when it names a field
    else:
        for index, line in enumerate(lines):
            if not groups or _starts(kind, roles, line.text, lines[index - 1].text, style, vocab):
                groups.append([line])
            else:
                groups[-1].append(line)
    return [_parse(group, roles, kind, style, vocab) for group in groups]


def _spaced_path(text: str) -> tuple[str, str] | None:
    tokens = _tokens(text)
    if not tokens or not tokens[0].startswith("/"):
        return None
    return tokens[0], " ".join(tokens[1:])


_RUNON_SELF: dict[str, re.Pattern[str]] = {}


def _self_pattern(roles: tuple[str, ...]) -> re.Pattern[str]:
    key = ",".join(roles)
    if key not in _RUNON_SELF:
        types = "|".join(sorted(c.SCHEMA_TYPES, key=len, reverse=True))
        reqs = "true|false|required|Optional|optional"
        parts = []
        for role in roles:
            if role == "location":
                parts.append("(?P<location>Path|Query|Header|Body)")
            elif role == "name":
                parts.append(r"(?P<name>[A-Za-z_$][\w.\[\]$]*?)")
            elif role == "type" and "type" not in "".join(parts):
                parts.append(f"(?P<type>{types})")
            elif role == "required" and "required" not in "".join(parts):
                parts.append(f"(?P<required>{reqs})")
            else:
                parts.append("(?P<rest>.*)")
                break
        _RUNON_SELF[key] = re.compile("^" + "".join(parts) + "$", re.DOTALL | re.ASCII)
    return _RUNON_SELF[key]


def _self_match(roles: tuple[str, ...], text: str, style: str) -> dict[str, str] | None:
    """Cells of a row whose name is followed by short cells (location, type, required flag)."""
    if style == "runon":
        match = _self_pattern(roles).match(text.strip())
        return {k: v for k, v in match.groupdict().items() if v is not None} if match else None
    tokens = _tokens(text)
    cells: dict[str, str] = {}
    pos = 0
    for role in roles:
        if role == "description" or pos >= len(tokens):
            break
        token = tokens[pos]
        if role == "location":
            if token.lower() not in c.LOCATIONS:
                return None
        elif role == "name":
            if not c.is_identifier(token):
                return None
        elif role == "type":
            if not c.is_type_word(token):
                if "required" in cells or roles.index("type") > roles.index("name") + 1:
                    break  # a trailing type column: read from the end of the row
                return None
        elif role == "required" and not c.is_required_word(token):
            if "type" in cells:
                break  # the flag cell is empty; the description follows
            return None
        cells[role] = token
        pos += 1
    if "name" not in cells or len(cells) < 2:
        return None
    cells["rest"] = " ".join(tokens[pos:])
    return cells


def _starts(
    kind: str, roles: tuple[str, ...], text: str, previous: str, style: str, vocab: Collection[str]
) -> bool:
    if kind == "self":
        return _self_match(roles, text, style) is not None
    named = _first_name(text, style, vocab)
    if named is None:
        return False
    name, how = named
    if how in {"vocab", "capital"} or c.is_strong_name(name):
        return True
    if name[:1].isupper():
        return False  # a sentence ("If packageType is not 0 ..."), not a field
    tokens = _tokens(text)
    if style == "spaces" and len(tokens) > 1 and tokens[1][:1].islower() and not c.is_strong_name(name):
        return False
    return previous.rstrip().endswith(_TERMINAL)


def _parse(group: list[Line], roles: tuple[str, ...], kind: str, style: str, vocab: Collection[str]) -> Row:
    first = group[0].text
    joined = "\n".join(line.text for line in group)
    cells: dict[str, str] = {}
    unnamed = False
    if kind == "self":
        matched = _self_match(roles, joined if style == "runon" else first, style) or {}
        cells.update({k: v for k, v in matched.items() if k != "rest"})
        if "type" in roles and "type" not in cells and roles[-1] == "type":
            last = _tokens(group[-1].text)[-1:] if style == "spaces" else []
            if last and c.is_type_word(last[0]):
                cells["type"] = last[0]
    else:
        named = _first_name(first, style, vocab)
        if named is None or (
            named[1] == "whole"
            and style == "runon"
            and not c.is_strong_name(named[0])
            and first[:1].isupper()
        ):
            unnamed = True
        else:
            cells["name"] = named[0]
        if kind == "trailing":
            cells.update(_trailing(group, style))
    if "name" not in cells:
        unnamed = True
        cells["name"] = ""
    return Row(cells, group[0].line, unnamed)


_RUNON_TRAILING = re.compile(
    r"(?P<required>required|Optional|optional|true|false)?(?P<type>String|Integer|Long|Xml|Number|Boolean|Object|Array|List)?$"
)


def _trailing(group: list[Line], style: str) -> dict[str, str]:
    last = group[-1].text.rstrip()
    if style == "runon":
        match = _RUNON_TRAILING.search(last)
        return {k: v for k, v in match.groupdict().items() if v} if match else {}
    first = _tokens(group[0].text)
    if len(group) == 1 and _swapped(group[0].text):
        return {"type": first[1], "required": first[2]}
    tokens = _tokens(last)
    cells: dict[str, str] = {}
    if tokens and tokens[-1] in c.TRAILING_TYPES and len(tokens) >= 2:
        cells["type"] = tokens.pop()
    if tokens and c.is_required_word(tokens[-1]) and (len(tokens) > 1 or len(group) > 1 or cells):
        cells["required"] = tokens[-1]
    return cells


# ---------------------------------------------------------------- vertical (one value per line)

_VERTICAL_NAME = re.compile(r"^[A-Za-z_][\w\-]*$", re.ASCII)


def _vertical(blocks: Sequence[Block]) -> list[Item]:
    items: list[Item] = []
    table: Table | None = None
    i = 0
    while i < len(blocks):
        block = blocks[i]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            isinstance(block, Line)
            and isinstance(nxt, Line)
            and _VERTICAL_NAME.match(block.text.strip())
            and c.is_type_word(nxt.text.strip())
        ):
            cells = {"name": block.text.strip(), "type": nxt.text.strip()}
            i += 2
            flag = blocks[i] if i < len(blocks) else None
            if isinstance(flag, Line) and c.is_required_word(flag.text.strip()):
                cells["required"] = flag.text.strip()
                i += 1
            while i < len(blocks):  # defaults and comments belong to the field above
                extra = blocks[i]
                if not isinstance(extra, Line):
                    break
                text = extra.text.strip()
                if text.startswith("//"):
                    cells.setdefault("description", text[2:].strip())
                    i += 1
                elif text.startswith(("默认值", "Default")):
                    i += 2 if text.rstrip(":\uff1a") in {"默认值", "Default"} else 1
                else:
                    break
            if table is None:
                table = Table(("name", "type", "required"), block.line, "vertical")
                items.append(table)
            table.rows.append(Row(cells, block.line))
            continue
        table = None
        items.append(block)
        i += 1
    return items
