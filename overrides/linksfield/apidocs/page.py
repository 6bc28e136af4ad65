"""The reference as one self-contained HTML page: stylesheet and search script inlined, no network."""

from __future__ import annotations

import html
from collections.abc import Iterable
from importlib import resources

from .text import inline, markdown
from .view import ErrorDoc, Field, OperationDoc, PushDoc, ReferenceView

__all__ = ["render_page"]

SIDE_EFFECTS = {
    "read": "reads only: retried freely",
    "mutate": "changes state without spending: retried only when it provably was not sent",
    "spend": "spends money: never repeated when its outcome is unknown",
}


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath("static").joinpath(name).read_text(encoding="utf-8")


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _search_text(*parts: object) -> str:
    return _e(" ".join(str(part) for part in parts).lower())


def _enum_cell(field: Field) -> str:
    if not field.enum:
        return ""
    values = ", ".join(
        f"<code>{_e(value)}</code>{' ' + _e(meaning) if meaning else ''}" for value, meaning in field.enum
    )
    return f'<div class="enum">{values}</div>'


def _fields_table(fields: Iterable[Field], *, python: bool) -> str:
    rows = []
    for field in fields:
        name = f"<code>{_e(field.python_name if python else field.name)}</code>"
        wire = f"<code>{_e(field.name)}</code>" if python else ""
        required = "yes" if field.required else ""
        cells = (
            [name, wire, _e(field.location), _e(field.type), required]
            if python
            else [name, _e(field.type), required]
        )
        cells.append(inline(field.description) + _enum_cell(field))
        rows.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
    if not rows:
        return "<p>No arguments.</p>"
    heads = (
        ["argument", "wire name", "in", "type", "required", "meaning"]
        if python
        else ["field", "type", "required", "meaning"]
    )
    head = "".join(f"<th>{h}</th>" for h in heads)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _examples(title: str, examples: Iterable[tuple[str, str]]) -> str:
    return "".join(
        f"<details><summary>{_e(title)}: {_e(name)}</summary><pre>{_e(body)}</pre></details>"
        for name, body in examples
    )


def _operation(op: OperationDoc) -> str:
    errors = "".join(f"<tr><td>{_e(status)}</td><td>{inline(text)}</td></tr>" for status, text in op.errors)
    check = (
        f"<p><strong>If the answer is lost:</strong> check with <code>{_e(op.outcome_check)}</code></p>"
        if op.outcome_check
        else ""
    )
    return f"""
<section class="op" id="op-{_e(op.operation_id)}" data-search="{_search_text(op.operation_id, op.summary, op.path, op.tag, op.family, op.side_effect)}">
  <h2>{_e(op.tag)}.{_e(op.operation_id)}</h2>
  <p>{inline(op.summary)}</p>
  <div class="meta">
    <span class="route"><span class="method">{_e(op.method)}</span> {_e(op.path)}</span>
    <span class="badge">family: {_e(op.family)}</span>
    <span class="badge {_e(op.side_effect)}" title="{_e(SIDE_EFFECTS.get(op.side_effect, ""))}">{_e(op.side_effect)}</span>
    {"".join(f'<span class="badge">{_e(v)}</span>' for v in op.doc_versions)}
  </div>
  {markdown(op.description)}
  <p class="enum">{_e(SIDE_EFFECTS.get(op.side_effect, ""))}</p>
  {check}
  <h3>Python</h3>
  <pre><code>{_e(op.snippet)}</code></pre>
  <h3>Arguments</h3>
  {_fields_table(op.arguments, python=True)}
  {_examples("Request example", op.request_examples)}
  {_examples("Response example", op.response_examples)}
  <h3>Errors</h3>
  <table><thead><tr><th>HTTP status</th><th>meaning</th></tr></thead><tbody>{errors}</tbody></table>
  {f'<p class="enum">Decisions: {_e(", ".join(op.reconciliation))} (spec/RECONCILIATION.md)</p>' if op.reconciliation else ""}
</section>"""


def _push(push: PushDoc) -> str:
    return f"""
<section class="push" id="push-{_e(push.name)}" data-search="{_search_text(push.name, push.summary, "push webhook")}">
  <h2>push: {_e(push.name)}</h2>
  <p>{inline(push.summary)}</p>
  {markdown(push.description)}
  {_fields_table(push.fields, python=False)}
  {_examples("Payload example", push.examples)}
</section>"""


def _errors(errors: Iterable[ErrorDoc]) -> str:
    rows = "".join(
        f"<tr><td><code>{_e(error.name)}</code></td><td><code>{_e(error.base)}</code></td>"
        f"<td>{markdown(error.doc)}</td></tr>"
        for error in errors
    )
    return f"<table><thead><tr><th>exception</th><th>subclass of</th><th>when</th></tr></thead><tbody>{rows}</tbody></table>"


def _nav(view: ReferenceView) -> str:
    groups = []
    for tag in view.tags():
        links = "".join(
            f'<li data-search="{_search_text(op.operation_id, op.summary, op.path, op.tag, op.family, op.side_effect)}">'
            f'<a href="#op-{_e(op.operation_id)}">{_e(op.operation_id)}</a></li>'
            for op in view.operations
            if op.tag == tag
        )
        groups.append(f"<h2>{_e(tag)}</h2><ul>{links}</ul>")
    pushes = "".join(
        f'<li data-search="{_search_text(p.name, p.summary, "push webhook")}"><a href="#push-{_e(p.name)}">{_e(p.name)}</a></li>'
        for p in view.pushes
    )
    return (
        '<h2>Start</h2><ul><li><a href="#client">Client</a></li><li><a href="#errors">Errors</a></li></ul>'
        + "".join(groups)
        + f"<h2>Pushes</h2><ul>{pushes}</ul>"
    )


def render_page(view: ReferenceView) -> str:
    families = "".join(f"<li><code>{_e(name)}</code>: {_e(title)}</li>" for name, title in view.families)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>{_e(view.title)} {_e(view.version)}: API reference</title>
<style>{_asset("reference.css")}</style>
</head>
<body>
<header>
  <h1>{_e(view.title)}</h1><span class="version">{_e(view.version)}</span>
  <input id="search" type="search" placeholder="Search operations (press /)" aria-label="Search operations" autocomplete="off">
  <span id="match-count" aria-live="polite"></span>
</header>
<div class="layout">
<nav aria-label="Operations">{_nav(view)}</nav>
<main>
<section class="topic" id="overview">
  {markdown(view.description)}
  <p>API families:</p><ul>{families}</ul>
</section>
<section class="topic" id="client"><h2>Client</h2><pre>{_e(view.client_doc)}</pre></section>
<section class="topic" id="errors"><h2>Errors</h2>{_errors(view.errors)}</section>
{"".join(_operation(op) for op in view.operations)}
{"".join(_push(push) for push in view.pushes)}
</main>
</div>
<script>{_asset("reference.js")}</script>
</body>
</html>
"""
