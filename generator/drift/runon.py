"""Find where a field name ends when a table's cells were exported without separators.

``order_codePackage order code``, ``totalQuotaByteTotal traffic quota``, ``page_nodefault is 1``:
the name is the longest known word (from the page's own examples and the spec) or the text before
the last capitalised word glued to it, whichever is longer. Anything else is not a row start.
"""

from __future__ import annotations

import re
from collections.abc import Collection

_TOKEN = re.compile(r"[A-Za-z0-9_.\[\]$]+")
_CAPITAL_WORD = re.compile(r"[A-Z][a-z]+|[A-Z]+")


def split_name(line: str, vocab: Collection[str]) -> tuple[str, str, str] | None:
    """``(name, rest, how)`` with how in vocab | capital | whole; None when no name starts the line."""
    text = line.lstrip()
    match = _TOKEN.match(text)
    if not match:
        return None
    token = match.group()
    if not (token[0].isalpha() or token[0] in "_$"):
        return None
    after = text[match.end() :]
    if token in vocab and (not after or not after[0].isalnum()):
        return token, after, "vocab"
    capital = ""
    for i in range(len(token) - 1, 0, -1):
        if token[i].isupper() and (token[i - 1].islower() or token[i - 1].isdigit() or token[i - 1] in "_]"):
            if _CAPITAL_WORD.fullmatch(token[i:]):
                capital = token[:i]
            break
    known = max((w for w in vocab if token.startswith(w) and w != token), key=len, default="")
    if known and len(known) > len(capital):
        return known, text[len(known) :], "vocab"
    if capital:
        return capital, text[len(capital) :], "capital"
    if not after or after[0].isspace():
        return token, after, "whole"
    return None


def split_path(line: str, known_paths: Collection[str]) -> tuple[str, str] | None:
    """An overview row ``/cmp-api/package/syncPackagesSynchronized ...``: the longest known path prefix."""
    text = line.strip().strip("|").strip()
    if not text.startswith("/"):
        return None
    best = ""
    for path in known_paths:
        if text.startswith(path) and len(path) > len(best):
            rest = text[len(path) :]
            if not rest or (not (rest[0].isalnum() and rest[0].islower()) and rest[0] not in "/_-{"):
                best = path
    if best:
        return best, text[len(best) :].strip(" |")
    token = text.split()[0].split("|")[0]
    return token, text[len(token) :].strip(" |")
