"""The exact tool versions the committed ``generated/`` tree was produced with.

Generated code changes with generator versions, so ``check`` against a tree made by other
versions would report a confusing diff. Failing early with the version names is kinder.
tests/generator/test_versions.py keeps this table equal to pyproject.toml's ``generate`` group.
"""

from __future__ import annotations

from importlib import metadata

from generator.errors import GeneratorError

PINNED: dict[str, str] = {
    "openapi-python-client": "0.29.1",
    "openapi-spec-validator": "0.9.0",
    "ruff": "0.17.6",
    "PyYAML": "6.0.3",
}


def check_tool_versions() -> None:
    """Raise :class:`GeneratorError` if an installed tool differs from its pin."""
    wrong: list[str] = []
    for name, wanted in PINNED.items():
        try:
            found = metadata.version(name)
        except metadata.PackageNotFoundError:
            found = "not installed"
        if found != wanted:
            wrong.append(f"  {name}: need {wanted}, found {found}")
    if wrong:
        raise GeneratorError(
            "tool versions differ from the pins, so the output would not match generated/:\n"
            + "\n".join(wrong)
            + "\nrun through nox (`nox -s generate`), which installs the pinned `generate` group"
        )
