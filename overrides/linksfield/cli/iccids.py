"""Reading a list of ICCIDs from a spreadsheet export or a text file, and refusing bad input whole.

Operators paste these lists from spreadsheets, so the reader is forgiving about shape (CSV with an
``iccid``/``device_id`` column or the first column, or one id per line; blank lines and ``#``
comments skipped; whitespace and quotes trimmed) and strict about content: every value must be an
ICCID as the spec defines it (18 to 22 ASCII digits and an optional hex check character). All
problems are collected, so one run names every bad line instead of one per attempt.

Three decisions about what counts as "the same device", because a bulk order spends money once per
entry it sends:

* **Letter case**: the check character is hexadecimal, so ``...5f`` and ``...5F`` are one device.
  Every ICCID is normalised to upper case (:func:`normalise`) before it is compared, journalled or
  sent.
* **Duplicates** (after normalisation) are *dropped*, not refused: the first line wins, later ones
  are listed in :attr:`DeviceFile.duplicates` so the command can say how many it ignored. A device
  is ordered at most once per job anyway; refusing a whole fleet file over a repeated row would only
  make the operator delete it by hand.
* **Full-width digits** (U+FF10-U+FF19, what some spreadsheet locales produce) and any
  other non-ASCII character are *refused* with a message that says so, never converted: an id that
  is not what the vendor stores means the column went through some conversion, and a spending
  command should not guess what else it changed. (``str.isdigit`` is true for them, which is why
  every check here compares against ASCII explicitly.)
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

__all__ = [
    "BadLine",
    "DeviceFile",
    "DeviceFileError",
    "Duplicate",
    "normalise",
    "read_device_file",
    "read_devices",
]

ICCID: Final = re.compile(r"^[0-9]{18,22}[0-9A-Fa-f]?$")
"""The spec's ``Iccid`` pattern (components.schemas.Iccid)."""
_ID_COLUMNS: Final = ("iccid", "device_id", "deviceid", "device", "sim_id", "sim")
_ASCII_DIGITS: Final = frozenset("0123456789")
_HEX_LETTERS: Final = frozenset("ABCDEFabcdef")
_FULL_WIDTH: Final = range(0xFF01, 0xFF5F)
"""Full-width forms of the printable ASCII characters (U+FF01-U+FF5E), digits U+FF10-U+FF19."""


def normalise(value: str) -> str:
    """The one spelling of a device id used everywhere: trimmed, hex check character upper case."""
    return value.strip().upper()


@dataclass(frozen=True)
class BadLine:
    line: int
    value: str
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.value!r}: {self.reason}"


@dataclass(frozen=True)
class Duplicate:
    """A line naming a device an earlier line already named (after :func:`normalise`)."""

    line: int
    first_line: int
    device: str

    def __str__(self) -> str:
        return f"line {self.line} repeats line {self.first_line} ({self.device})"


@dataclass(frozen=True)
class DeviceFile:
    """The devices of a file, once each in file order, and the repeated lines that were dropped."""

    devices: list[str]
    duplicates: list[Duplicate] = field(default_factory=list)


class DeviceFileError(Exception):
    """The file cannot be used; ``bad_lines`` lists every offending line."""

    def __init__(self, message: str, bad_lines: list[BadLine] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.bad_lines = bad_lines or []


def _problem(value: str) -> str | None:
    """Why ``value`` (trimmed, as written) is not an ICCID, in words that point at the fix; None if it is."""
    if not value:
        return "empty"
    if ICCID.match(value):
        return None
    wide = next((ch for ch in value if ord(ch) in _FULL_WIDTH), None)
    if wide is not None:
        kind = "digits" if "\uff10" <= wide <= "\uff19" else "characters"
        return (
            f"full-width {kind} such as {wide!r} are not accepted: "
            "write the ICCID in ASCII (half-width) digits 0-9"
        )
    foreign = next((ch for ch in value if not ch.isascii()), None)
    if foreign is not None:
        return (
            f"contains the non-ASCII character {foreign!r} (U+{ord(foreign):04X}); "
            "an ICCID is ASCII digits 0-9 plus an optional hex check character"
        )
    other = next((ch for ch in value if not ch.isalnum()), None)
    if other is not None:
        return f"contains {other!r}; an ICCID is 18-22 digits plus an optional hex check character"
    digits = len(value) - (1 if value[-1] in _HEX_LETTERS else 0)
    letter = next((ch for ch in value[:digits] if ch not in _ASCII_DIGITS), None)
    if letter is not None:
        return f"not all digits ({letter!r}): an ICCID is 18-22 digits plus an optional hex check character"
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


def read_device_file(path: Path) -> DeviceFile:
    """The devices of ``path``, normalised and once each; raises :class:`DeviceFileError` listing
    every bad line (duplicates are not bad lines: they are dropped and reported)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise DeviceFileError(f"cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise DeviceFileError(f"{path} is not UTF-8 text") from None
    devices: list[str] = []
    first_seen: dict[str, int] = {}
    duplicates: list[Duplicate] = []
    bad: list[BadLine] = []
    for number, raw in _entries(path, text):
        value = normalise(raw)
        problem = _problem(raw.strip())
        if problem is not None:
            bad.append(BadLine(number, raw, problem))
        elif value in first_seen:
            duplicates.append(Duplicate(number, first_seen[value], value))
        else:
            first_seen[value] = number
            devices.append(value)
    if bad:
        raise DeviceFileError(f"{path}: {len(bad)} bad line(s); nothing was sent", bad)
    if not devices:
        raise DeviceFileError(f"{path} lists no devices")
    return DeviceFile(devices, duplicates)


def read_devices(path: Path) -> list[str]:
    """Every device of ``path`` once, in file order (see :func:`read_device_file`)."""
    return read_device_file(path).devices
