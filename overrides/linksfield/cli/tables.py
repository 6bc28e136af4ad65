"""Tables for people: columns that fit the terminal, codes with meanings, nested objects as sections.

Values arrive as the wire data (``output.plain``) beside the generated models they came from; the
models name their schemas, and :mod:`.display` turns each field of a schema into readable text.
Every value is put into a table as :class:`rich.text.Text`, so nothing the vendor or the user wrote
is ever read as markup.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

import attrs
from rich import box
from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from .display import FieldView, SchemaView, catalog, label_for

__all__ = ["ColumnWidth", "fit_columns", "measure", "render"]

_GAP: Final = 3
"""Characters between two columns of :func:`_table` (a space, the blank divider, a space)."""
_MAX_DEPTH: Final = 4


def _schema(data: Any) -> SchemaView | None:
    sample = next((item for item in data if item is not None), None) if isinstance(data, list) else data
    return None if sample is None else catalog().for_model(sample)


def _plain_view(rows: Sequence[Mapping[str, Any]]) -> SchemaView:
    names: dict[str, None] = {}
    for row in rows:
        names.update(dict.fromkeys(row))
    fields = tuple(
        FieldView(name=name, label=label_for(name), description="", required=False) for name in names
    )
    return SchemaView(name="", fields=fields, summary=())


_SHORT: Final = 12
"""A column this narrow is never wrapped: a date or a size split over two lines reads worse."""


@attrs.frozen
class ColumnWidth:
    natural: int
    """The widest cell (or the label), on one line."""
    least: int
    """The narrowest it can be without cutting a word: ids and codes (no spaces) cannot shrink."""


def measure(label: str, cells: Sequence[str]) -> ColumnWidth:
    texts = [label, *cells]
    natural = max(len(text) for text in texts)
    if natural <= _SHORT:
        return ColumnWidth(natural, natural)
    longest_word = max((len(word) for text in texts for word in text.split()), default=0)
    return ColumnWidth(natural, max(longest_word, min(natural, _SHORT)))


def fit_columns(widths: Sequence[ColumnWidth], available: int) -> list[int]:
    """Which columns (given in order of importance) to show in ``available`` characters.

    Each column counts with its least width (a meaning may wrap, an id may not); one that does
    not fit is dropped and the next, less important but maybe narrower, is tried. The first
    column is always shown: a table with no column says nothing.
    """
    used, chosen = 0, list[int]()
    for index, width in enumerate(widths):
        cost = width.least + (_GAP if chosen else 0)
        if chosen and used + cost > available:
            continue
        used += cost
        chosen.append(index)
    return chosen


def _table(title: str | None, *, show_header: bool = True) -> Table:
    """The one table style: a rule under the header, no outer frame (more room for values)."""
    return Table(
        title=Text(title, style="bold") if title else None,
        title_justify="left",
        show_header=show_header,
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
    )


def _hidden_note(footer: str, hidden: Sequence[str], width: int) -> str:
    """``8 rows; 15 more columns (package name, used flow, …): --wide`` naming as many as fit."""
    count = f"{len(hidden)} more column{'s' if len(hidden) != 1 else ''}"
    best = f"{footer}; {count}: --wide"
    for shown in range(1, len(hidden) + 1):
        names = ", ".join(hidden[:shown]) + (", …" if shown < len(hidden) else "")
        candidate = f"{footer}; {count} ({names}): --wide"
        if len(candidate) > width:
            break
        best = candidate
    return best


def _list_cell(view: FieldView, value: Any) -> str:
    if view.nested:
        if isinstance(value, list):
            return f"{len(value)} item{'s' if len(value) != 1 else ''}" if value else ""
        return "…" if value else ""
    return view.show(value)


def _list_table(
    rows: Sequence[Mapping[str, Any]], schema: SchemaView | None, *, title: str | None, width: int, wide: bool
) -> list[RenderableType]:
    view = schema or _plain_view(rows)
    present: dict[str, None] = {}
    for row in rows:
        present.update(dict.fromkeys(row))
    columns = view.ordered(list(present))
    if not wide:
        columns = [c for c in columns if not c.nested] or columns
    cells = [[_list_cell(column, row.get(column.name)) for column in columns] for row in rows]
    widths = [measure(column.label, [line[i] for line in cells]) for i, column in enumerate(columns)]
    chosen = list(range(len(columns))) if wide else fit_columns(widths, width)
    table = _table(title)
    for index in chosen:
        size = widths[index]
        table.add_column(
            Text(columns[index].label),
            min_width=size.least,
            no_wrap=size.least == size.natural,
            overflow="fold",
        )
    for line in cells:
        table.add_row(*(Text(line[index]) for index in chosen))
    footer = f"{len(rows)} row{'s' if len(rows) != 1 else ''}"
    hidden = [column.label for index, column in enumerate(columns) if index not in chosen]
    if hidden:
        footer = _hidden_note(footer, hidden, width)
    return [table, Text(footer, style="dim")]


def _record(
    record: Mapping[str, Any],
    schema: SchemaView | None,
    *,
    title: str | None,
    width: int,
    wide: bool,
    depth: int,
) -> list[RenderableType]:
    view = schema or _plain_view([record])
    table = _table(title, show_header=False)
    table.add_column("field", style="bold", no_wrap=True)
    table.add_column("value", overflow="fold")
    sections: list[RenderableType] = []
    for field in view.ordered(list(record)):
        value = record.get(field.name)
        if field.nested and value and depth < _MAX_DEPTH:
            nested = catalog().view(field.object_schema or "")
            sections.append(Text(""))  # a blank line before each nested section
            if isinstance(value, list):
                rows = [item if isinstance(item, Mapping) else {"value": item} for item in value]
                sections.extend(_list_table(rows, nested, title=field.label, width=width, wide=wide))
            elif isinstance(value, Mapping):
                sections.extend(
                    _record(value, nested, title=field.label, width=width, wide=wide, depth=depth + 1)
                )
            continue
        if field.nested and not value:
            if wide:
                table.add_row(Text(field.label), Text(""))
            continue
        shown = field.show(value)
        if shown or wide:
            table.add_row(Text(field.label), Text(shown))
    return [table, *sections]


def render(data: Any, value: Any, *, title: str | None, width: int, wide: bool) -> list[RenderableType]:
    """What to print for ``value`` (the wire data of ``data``, the generated model or models)."""
    schema = _schema(data)
    if isinstance(value, list):
        rows = [row if isinstance(row, Mapping) else {"value": row} for row in value]
        return _list_table(rows, schema, title=title, width=width, wide=wide)
    return _record(value, schema, title=title, width=width, wide=wide, depth=0)
