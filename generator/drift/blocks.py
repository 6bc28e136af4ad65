"""Cut a page into lines and JSON examples, keeping 1-based line numbers.

Exports glue an example to the text around it (``}Query details ...``, ``}| Name | ...``), so
examples are found by decoding from every ``{`` that starts a line; whatever follows the closing
brace on its line stays text. A ``{`` inside prose (``{sim_id}``) never starts a line.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Line:
    text: str
    line: int


@dataclass(frozen=True)
class Json:
    value: Any
    line: int


Block = Line | Json

_DECODER = json.JSONDecoder()


def split_blocks(text: str) -> list[Block]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks: list[Block] = []
    pos = 0
    lineno = 1
    length = len(text)
    while pos < length:
        end = text.find("\n", pos)
        end = length if end == -1 else end
        raw = text[pos:end]
        stripped = raw.lstrip()
        if stripped.startswith("{"):
            start = pos + (len(raw) - len(stripped))
            try:
                value, stop = _DECODER.raw_decode(text, start)
            except json.JSONDecodeError:
                value, stop = None, -1
            if stop != -1 and isinstance(value, dict):
                blocks.append(Json(value, lineno))
                lineno += text.count("\n", start, stop)
                rest_end = text.find("\n", stop)
                rest_end = length if rest_end == -1 else rest_end
                rest = text[stop:rest_end]
                if rest.strip():
                    blocks.append(Line(rest.rstrip(), lineno))
                pos = rest_end + 1
                lineno += 1
                continue
        blocks.append(Line(raw.rstrip(), lineno))
        pos = end + 1
        lineno += 1
    return blocks
