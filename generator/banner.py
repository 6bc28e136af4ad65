"""Step 5: mark every generated module as generated, and make the package PEP 561 typed.

The banner tells readers (and reviewers of a diff) not to edit the file. ``py.typed`` is added here
because openapi-python-client writes it only when it also writes packaging metadata
(``--meta none`` skips both), and nothing hand-written may live in generated/.
"""

from __future__ import annotations

from pathlib import Path

PY_TYPED = "# Marker file for PEP 561: linksfield_api ships inline type hints.\n"


def banner_for(spec_display: str) -> str:
    return (
        f"# Generated from {spec_display} by python -m generator generate. "
        "Do not edit: changes are lost on regeneration.\n"
    )


def add_banners(package_dir: Path, spec_display: str) -> int:
    """Prepend the banner to every ``.py`` file; return how many files were marked."""
    banner = banner_for(spec_display)
    count = 0
    for path in sorted(package_dir.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        path.write_text(banner + text, encoding="utf-8", newline="\n")
        count += 1
    (package_dir / "py.typed").write_text(PY_TYPED, encoding="utf-8", newline="\n")
    return count
