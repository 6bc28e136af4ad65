"""Match differences against spec/RECONCILIATION.md: its rows (ids and decisions) and its drift index.

The log's tables are for people; the *drift index* is a fenced ``yaml`` block at the end of the log
that maps difference keys (``fnmatch`` patterns, case-sensitive) to row ids, so matching never
depends on wording. A difference whose key matches no pattern is new. Index entries must name rows
that exist: a typo there would silently turn a known difference into a new one, so it is an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

import yaml

from generator.drift.model import Difference, Verdict
from generator.errors import GeneratorError

_ROW = re.compile(r"^\|\s*(R-[A-Z0-9-]+)\s*\|")
_FENCE = re.compile(r"^```yaml[ \t]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)


@dataclass(frozen=True)
class LogRow:
    id: str
    pages: str
    where: str
    decision: str


@dataclass
class Log:
    rows: dict[str, LogRow] = field(default_factory=dict)
    index: list[tuple[str, str]] = field(default_factory=list)  # (pattern, row id), in file order

    def match(self, difference: Difference) -> Verdict:
        for pattern, row_id in self.index:
            if fnmatchcase(difference.key, pattern):
                return Verdict(difference, row_id, self.rows[row_id].decision)
        return Verdict(difference)

    @property
    def indexed_rows(self) -> set[str]:
        return {row_id for _, row_id in self.index}


def _cells(line: str) -> list[str]:
    """Split a table row on ``|`` outside backticks (decisions quote ``integer | null``)."""
    cells: list[str] = []
    current: list[str] = []
    quoted = False
    for char in line.strip().strip("|"):
        if char == "`":
            quoted = not quoted
        if char == "|" and not quoted:
            cells.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    cells.append("".join(current).strip())
    return cells


def parse_log(text: str, source: str = "RECONCILIATION.md") -> Log:
    log = Log()
    for line in text.splitlines():
        if _ROW.match(line):
            cells = _cells(line)
            if len(cells) >= 5:
                log.rows[cells[0]] = LogRow(cells[0], cells[1], cells[2], cells[4])
    blocks = [m.group(1) for m in _FENCE.finditer(text) if "drift-index:" in m.group(1)]
    if not blocks:
        return log
    try:
        data: Any = yaml.safe_load(blocks[-1])
    except yaml.YAMLError as exc:
        raise GeneratorError(f"{source}: drift index is not valid YAML: {exc}") from None
    entries = data.get("drift-index") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise GeneratorError(f"{source}: drift-index must be a list of {{id, keys}} entries")
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("keys"), list):
            raise GeneratorError(f"{source}: drift-index entry without a keys list: {entry!r}")
        row_id = str(entry.get("id", ""))
        if row_id not in log.rows:
            raise GeneratorError(f"{source}: drift-index names {row_id!r}, which is not a row of the log")
        log.index.extend((str(pattern), row_id) for pattern in entry["keys"])
    return log


def load_log(path: Path) -> Log:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise GeneratorError(f"{path}: cannot read the reconciliation log: {exc.strerror or exc}") from None
    return parse_log(text, str(path))
