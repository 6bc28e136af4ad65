"""The spec's descriptions (a little Markdown) as safe HTML: paragraphs, lists, ``code`` and **bold**.

Deliberately tiny instead of a Markdown library: the spec uses only these four constructs, and
every character is escaped first, so no description can inject markup into the page.
"""

from __future__ import annotations

import html
import re

__all__ = ["inline", "markdown"]

_CODE = re.compile(r"`([^`]+)`")
_BOLD = re.compile(r"\*\*([^*]+)\*\*")


def inline(text: str) -> str:
    escaped = html.escape(text, quote=True)
    escaped = _CODE.sub(r"<code>\1</code>", escaped)
    return _BOLD.sub(r"<strong>\1</strong>", escaped)


def markdown(text: str) -> str:
    blocks: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [line.rstrip() for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        if all(line.lstrip().startswith(("- ", "* ")) for line in lines):
            items = "".join(f"<li>{inline(line.lstrip()[2:])}</li>" for line in lines)
            blocks.append(f"<ul>{items}</ul>")
        else:
            blocks.append(f"<p>{inline(' '.join(line.strip() for line in lines))}</p>")
    return "\n".join(blocks)
