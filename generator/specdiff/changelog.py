"""CHANGELOG.md: newest release first, each section the classified spec changes of that release."""

from __future__ import annotations

from pathlib import Path

CHANGELOG = Path("CHANGELOG.md")
MARKER = "<!-- nox -s release inserts the next release below this line -->"
HEADER = f"""# Changelog

Every release of `linksfield-toolkit` is cut by `nox -s release` from the classified diff between
the spec of the previous release (recorded in `spec/RELEASED`) and the current `spec/openapi.yaml`
(`python -m generator diff`): a breaking change makes a major release, an addition a minor one,
any other change a patch. Each entry says whether it can break your code, and why.

{MARKER}
"""


def prepend(root: Path, section: str) -> None:
    """Insert ``section`` above the previous releases (creating the file on the first release)."""
    path = root / CHANGELOG
    text = path.read_text(encoding="utf-8") if path.exists() else HEADER
    if MARKER in text:
        head, _, tail = text.partition(MARKER)
        rest = tail.lstrip("\n")
        text = f"{head}{MARKER}\n\n{section.rstrip()}\n" + (f"\n{rest}" if rest else "")
    else:
        head, sep, tail = text.partition("\n## ")
        text = f"{head.rstrip()}\n\n{section.rstrip()}\n" + (f"\n## {tail}" if sep else "")
    path.write_text(text, encoding="utf-8")
