"""Flatten an HTML export into the markdown-pipe text layout the pipe reader already understands.

Tables become ``| a | b |`` rows (cells' inner whitespace collapsed), block elements become line
breaks, ``<pre>`` keeps its text as is (JSON examples), scripts and styles are dropped. Line numbers
therefore refer to the flattened text, which ``--json`` output says.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

_BLOCK = {"p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "br", "hr"}
_SKIP = {"script", "style", "head", "nav"}


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:2000].lower()
    return head.startswith(("<!doctype html", "<html")) or (
        "<table" in text.lower() and "</td>" in text.lower()
    )


class _Flattener(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.pre = 0
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.rows_in_table = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag == "pre":
            self.pre += 1
            self.out.append("\n")
        elif tag == "table":
            self.rows_in_table = 0
            self.out.append("\n")
        elif tag == "tr":
            self.row = []
        elif tag in {"td", "th"}:
            self.cell = []
        elif tag in _BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "pre":
            self.pre = max(0, self.pre - 1)
            self.out.append("\n")
        elif tag in {"td", "th"} and self.row is not None and self.cell is not None:
            self.row.append(re.sub(r"\s+", " ", "".join(self.cell)).strip())
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.out.append("| " + " | ".join(self.row) + " |\n")
            if self.rows_in_table == 0:
                self.out.append("|" + "---|" * len(self.row) + "\n")
            self.rows_in_table += 1
            self.row = None
        elif tag == "table" or tag in _BLOCK:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(data)
        elif self.pre:
            self.out.append(data)
        elif self.row is None:
            self.out.append(re.sub(r"[ \t]+", " ", data.replace("\n", " ")))


def html_to_text(text: str) -> str:
    parser = _Flattener()
    parser.feed(text)
    parser.close()
    flat = unescape("".join(parser.out))
    lines = [line.rstrip() for line in flat.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
