"""Reading a list of ICCIDs from a spreadsheet export or a text file, and refusing bad input whole.

Operators paste these lists from spreadsheets, so the reader is forgiving about shape (CSV with an
``iccid``/``device_id`` column or the first column, or one id per line; blank lines and ``#``
comments skipped; whitespace and quotes trimmed) and strict about content: every value must be an
ICCID as the spec defines it (18 to 22 digits and an optional hex check character) and appear once.
All problems are collected, so one run names every bad line instead of one per attempt.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

__all__ = ["BadLine", "DeviceFileError", "read_devices"]

ICCID: Final = re.compile(r"^[0-9]{18,22}[0-9A-Fa-f]?$")
"""The spec's ``Iccid`` pattern (components.schemas.Iccid)."""
_ID_COLUMNS: Final = ("iccid", "device_id", "deviceid", "device", "sim_id", "sim")


@dataclass(frozen=True)
class BadLine:
    line: int
    value: str
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.value!r}: {self.reason}"


class DeviceFileError(Exception):
    """The file cannot be used; ``bad_lines`` lists every offending line."""

    def __init__(self, message: str, bad_lines: list[BadLine] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.bad_lines = bad_lines or []


def _problem(value: str) -> str | None:
    if not value:
        return "empty"
    if ICCID.match(value):
        return None
    if not value.isalnum():
        return "contains characters other than digits (an ICCID is 18-22 digits plus an optional check character)"
    digits = len(value) - (1 if value[-1] in "ABCDEFabcdef" else 0)
    if not value[:digits].isdigit():
        return "not all digits (an ICCID is 18-22 digits plus an optional hex check character)"
    return f"{digits} digits; an ICCID has 18 to 22 digits (plus an optional check character)"


def _is_csv(path: Path, first_line: str) -> bool:
    return (
        path.suffix.lower() in (".csv", ".tsv")
        or "," in first_line
        or ";" in first_line
        or "\t" in first_line
    )


def _entries(path: Path, text: str) -> Iterator[tuple[int, str]]:
    """(line number, raw value) of every data line, header and blank/comment lines skipped."""
    lines = text.splitlines()
    first = next((line for line in lines if line.strip() and not line.lstrip().startswith("#")), "")
    if not _is_csv(path, first):
        for number, line in enumerate(lines, start=1):
            value = line.strip().strip("\"'").strip()
            if line.strip() and not line.lstrip().startswith("#"):
                yield number, value
        return
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(first, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    column: int | None = None
    header_seen = False
    reader = csv.reader(lines, dialect)
    for row in reader:
        number = reader.line_num
        cells = [cell.strip() for cell in row]
        if not any(cells) or cells[0].startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            names = [cell.lower().replace(" ", "_") for cell in cells]
            named = next((names.index(name) for name in _ID_COLUMNS if name in names), None)
            if named is not None or not any(any(ch.isdigit() for ch in cell) for cell in cells):
                column = named if named is not None else 0
                continue  # a header row
            column = 0
        assert column is not None
        yield number, cells[column] if column < len(cells) else ""


def read_devices(path: Path) -> list[str]:
    """Every device id of ``path`` in file order; raises :class:`DeviceFileError` listing all bad lines."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise DeviceFileError(f"cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise DeviceFileError(f"{path} is not UTF-8 text") from None
    devices: list[str] = []
    first_seen: dict[str, int] = {}
    bad: list[BadLine] = []
    for number, value in _entries(path, text):
        problem = _problem(value)
        if problem is None and value in first_seen:
            problem = f"duplicate of line {first_seen[value]}"
        if problem is not None:
            bad.append(BadLine(number, value, problem))
            continue
        first_seen[value] = number
        devices.append(value)
    if bad:
        raise DeviceFileError(f"{path}: {len(bad)} bad line(s); nothing was sent", bad)
    if not devices:
        raise DeviceFileError(f"{path} lists no devices")
    return devices
