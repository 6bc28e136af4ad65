"""Strings matching the simple regular expressions a spec's ``pattern``s use, deterministically.

Synthesised answers (``synthesis``) need strings that match ICCID, date or code patterns. Specs
use a small subset of regex syntax (anchors, literals, classes, groups, alternation, quantifiers),
so a tiny parser covers them. Anything beyond the subset (lookarounds, backreferences,
``\\p{...}``) makes :func:`sample` return ``None``; the caller then falls back to an example,
default or enum value, and the validator has the last word either way.

Why not a library (checked for issue 17): the synthesiser needs *chosen* strings, not random ones:
the lean form (each quantifier at its minimum, so ``(-?[0-9]+)?`` gives ``''``), a richer one,
``extra`` repetitions to reach a ``minLength``, and ``variant`` characters so array items differ,
the same every run. ``rstr`` (3.2.2, BSD) draws lengths at random (``[0-9]{15,16}`` gives 15 or 16
digits, ``+`` up to 100 repetitions) and has none of these forms; ``exrex`` (0.12) enumerates
matches but is AGPL-3.0, unfit for a dependency of this distribution; ``sre-yield`` has had no
release since 2019; all three parse with the standard library's private ``re._parser``
(``sre_parse``, deprecated since Python 3.11). ``hypothesis.strategies.from_regex`` is a test
tool: a runtime dependency of the sandbox for this alone, and random too. About 200 lines here
cost less than any of them.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from typing import Final

__all__ = ["sample"]

_DIGITS: Final = string.digits
_WORD: Final = string.ascii_letters + string.digits + "_"
_PRINTABLE: Final = string.ascii_letters + string.digits + "_-.:;,+/= "
_CLASS_ESCAPES: Final = {"d": _DIGITS, "w": _WORD, "s": " ", "D": "a", "W": "-", "S": "a"}
_CONTROL_ESCAPES: Final = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "0": "\0"}
_ANCHOR_ESCAPES: Final = frozenset("bBAzZ")


class _Unsupported(ValueError):
    """Syntax outside the subset; the pattern gets no sample."""


@dataclass(frozen=True)
class _Chars:
    choices: str


@dataclass(frozen=True)
class _Seq:
    items: tuple[_Node, ...]


@dataclass(frozen=True)
class _Alt:
    branches: tuple[_Node, ...]


@dataclass(frozen=True)
class _Repeat:
    node: _Node
    low: int
    high: int | None


_Node = _Chars | _Seq | _Alt | _Repeat


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def parse(self) -> _Node:
        node = self._alternation()
        if self.pos != len(self.text):
            raise _Unsupported(f"unbalanced ')' at {self.pos}")
        return node

    def _peek(self, ahead: int = 0) -> str:
        at = self.pos + ahead
        return self.text[at] if at < len(self.text) else ""

    def _next(self) -> str:
        char = self._peek()
        if not char:
            raise _Unsupported("unexpected end of pattern")
        self.pos += 1
        return char

    def _alternation(self) -> _Node:
        branches = [self._sequence()]
        while self._peek() == "|":
            self.pos += 1
            branches.append(self._sequence())
        return branches[0] if len(branches) == 1 else _Alt(tuple(branches))

    def _sequence(self) -> _Node:
        items: list[_Node] = []
        while self._peek() not in ("", "|", ")"):
            items.append(self._quantified(self._atom()))
        return _Seq(tuple(items))

    def _atom(self) -> _Node:
        char = self._next()
        if char == "(":
            if self._peek() == "?":
                if self._peek(1) == ":":
                    self.pos += 2
                elif (self._peek(1), self._peek(2)) == ("P", "<") or (
                    self._peek(1) == "<" and self._peek(2) not in ("=", "!")
                ):
                    self.pos = self.text.index(">", self.pos) + 1  # a named group
                else:
                    raise _Unsupported("lookaround or inline flag")
            inner = self._alternation()
            if self._next() != ")":
                raise _Unsupported("unclosed group")
            return inner
        if char == "[":
            return self._class()
        if char in "^$":
            return _Seq(())
        if char == ".":
            return _Chars("a")
        if char == "\\":
            return _Chars(self._escape())
        if char in "*+?{":
            raise _Unsupported("nothing to repeat")
        return _Chars(char)

    def _escape(self) -> str:
        """The characters an escape stands for ('' for an anchor such as ``\\b``)."""
        char = self._next()
        if char in _CLASS_ESCAPES:
            return _CLASS_ESCAPES[char]
        if char in _CONTROL_ESCAPES:
            return _CONTROL_ESCAPES[char]
        if char in _ANCHOR_ESCAPES:
            return ""
        if char in "ux":
            width = 4 if char == "u" else 2
            digits = self.text[self.pos : self.pos + width]
            if len(digits) != width or any(c not in string.hexdigits for c in digits):
                raise _Unsupported(f"bad \\{char} escape")
            self.pos += width
            return chr(int(digits, 16))
        if char.isalnum():
            raise _Unsupported(f"escape \\{char}")
        return char

    def _class_member(self) -> str:
        char = self._next()
        return self._escape() if char == "\\" else char

    def _class(self) -> _Node:
        negate = self._peek() == "^"
        if negate:
            self.pos += 1
        chosen: list[str] = []
        first = True
        while True:
            if self._peek() == "]" and not first:
                self.pos += 1
                break
            first = False
            member = self._class_member()
            if len(member) == 1 and self._peek() == "-" and self._peek(1) not in ("]", ""):
                self.pos += 1
                end = self._class_member()
                if len(end) != 1 or ord(end) < ord(member):
                    raise _Unsupported("bad range")
                member = "".join(chr(c) for c in range(ord(member), ord(end) + 1))
            chosen.extend(member)
        members = "".join(dict.fromkeys(chosen))
        if negate:
            members = "".join(c for c in _PRINTABLE if c not in members)
        if not members:
            raise _Unsupported("empty class")
        return _Chars(members)

    def _quantified(self, node: _Node) -> _Node:
        char = self._peek()
        if char in ("?", "*", "+"):
            self.pos += 1
            low, high = {"?": (0, 1), "*": (0, None), "+": (1, None)}[char]
        elif char == "{":
            close = self.text.find("}", self.pos)
            low_text, comma, high_text = self.text[self.pos + 1 : close].partition(",")
            if close < 0 or not low_text.isdigit() or (high_text and not high_text.isdigit()):
                raise _Unsupported("bad repetition")
            self.pos = close + 1
            low = int(low_text)
            high = (int(high_text) if high_text else None) if comma else low
        else:
            return node
        if self._peek() == "?":  # lazy: same strings
            self.pos += 1
        return _Repeat(node, low, high)


def _emit(node: _Node, *, variant: int, rich: bool, extra: int) -> str:
    if isinstance(node, _Chars):
        return node.choices[variant % len(node.choices)] if node.choices else ""
    if isinstance(node, _Seq):
        return "".join(_emit(item, variant=variant, rich=rich, extra=extra) for item in node.items)
    if isinstance(node, _Alt):
        return _emit(node.branches[0], variant=variant, rich=rich, extra=extra)
    count = max(node.low, 1) if rich and not isinstance(node.node, _Chars) else node.low
    count += extra
    if node.high is not None:
        count = min(count, node.high)
    return "".join(_emit(node.node, variant=variant, rich=rich, extra=extra) for _ in range(count))


def sample(pattern: str, *, variant: int = 0, rich: bool = False, extra: int = 0) -> str | None:
    """A string matching ``pattern`` (when it is anchored or the whole text is the match), or None.

    The lean form repeats each quantified part its minimum number of times (``[0-9]{15,16}`` gives
    15 digits, ``(-?[0-9]+)?`` gives ``''``); ``rich`` repeats optional groups once (``'0'``), ``extra`` adds
    repetitions (to reach a ``minLength``); ``variant`` picks other characters of each class, so
    items of one array can differ. Alternation takes the first branch.
    """
    try:
        tree = _Parser(pattern).parse()
    except (_Unsupported, ValueError):
        return None
    return _emit(tree, variant=variant, rich=rich, extra=extra)
