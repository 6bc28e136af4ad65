"""Step 3: datamodel-code-generator writes ``linksfield_api/wire_models.py`` (pydantic v2).

Every flag is explicit so an upgrade that changes a default cannot change the output silently:

* ``--formatters builtin``: no black/isort run (their versions are not pinned here); the project
  formatter step formats the file afterwards with the pinned ruff.
* ``--disable-timestamp`` and ``--custom-file-header``: no date or temporary file name in the header.
* ``--ignore-pyproject``: no ``[tool.datamodel-codegen]`` table near the output can interfere.
* ``--target-pydantic-version 2``: the runtime floor is pydantic 2.7, so ``populate_by_name``
  (not 2.11's ``validate_by_name``) and no ``MISSING`` sentinel (2.12+). Absent vs null is told
  apart with ``model_dump(exclude_unset=True, by_alias=True)`` instead.
* ``--snake-case-field`` with aliases: Python names match openapi-python-client's attributes while
  the alias keeps the wire name; ``--allow-population-by-field-name`` accepts either.
* ``--capitalise-enum-members``: keeps members UPPER_CASE (``--snake-case-field`` would lower them).
* ``--output-datetime-class datetime``: ``AwareDatetime`` rejects the vendor's naive timestamps.
* ``--naming-strategy full-path``: inline enums/objects are named after their parent
  (``OpenPackageRequestIsOpen``), so names do not collide or shift when a schema is added.
* no ``--union-mode left_to_right``: it would make an open enum (``Enum | str``, R-ENUM-OPEN) give
  the member for a known code, but datamodel-codegen 0.89 also puts ``union_mode`` on
  ``Model | None`` fields, which pydantic refuses at import. In smart mode a known code stays a
  plain ``str``; ``linksfield.webhooks`` turns known codes into members after validation.
* ``--extra-fields allow``: properties the spec does not (yet) list are kept on the model, not
  dropped: a push or answer carrying a new field must lose nothing.
* ``--collapse-root-models``: a field typed by a scalar component (``AssetId``: a patterned
  string) becomes ``Annotated[str, Field(pattern=...)]`` instead of a ``RootModel`` wrapper that
  callers would have to unwrap with ``.root``; "enum or later code" unions become ``Enum | str``.
* no ``--use-title-as-name``: component names are the stable identity; titles are prose.
"""

from __future__ import annotations

from pathlib import Path

from generator.toolenv import run_module

HEADER = "# Pydantic v2 models of components/schemas; field aliases are the wire names."

FLAGS: tuple[str, ...] = (
    "--input-file-type",
    "openapi",
    "--openapi-scopes",
    "schemas",
    "--output-model-type",
    "pydantic_v2.BaseModel",
    "--target-python-version",
    "3.10",
    "--target-pydantic-version",
    "2",
    "--formatters",
    "builtin",
    "--disable-timestamp",
    "--custom-file-header",
    HEADER,
    "--ignore-pyproject",
    "--use-annotated",
    "--field-constraints",
    "--use-schema-description",
    "--use-field-description",
    "--use-standard-collections",
    "--use-union-operator",
    "--use-double-quotes",
    "--snake-case-field",
    "--capitalise-enum-members",
    "--allow-population-by-field-name",
    "--enum-field-as-literal",
    "none",
    "--output-datetime-class",
    "datetime",
    "--collapse-root-models",
    "--naming-strategy",
    "full-path",
    "--extra-fields",
    "allow",
    "--no-allow-remote-refs",
)


def run_datamodel_codegen(spec_file: Path, output_file: Path, *, cwd: Path, env: dict[str, str]) -> str:
    """Write ``output_file``; return the tool's stderr (warnings) for the caller to show."""
    result = run_module(
        "datamodel-code-generator",
        "datamodel_code_generator",
        ["--input", str(spec_file), "--output", str(output_file), *FLAGS],
        cwd=cwd,
        env=env,
    )
    return result.stderr.strip()
