"""Where things are: repository root, spec, output folder and the pipeline's config files.

Every path is derived from one ``root`` so tests can run the whole pipeline in a temporary copy
of the repository (``--root``, or simply running ``python -m generator`` from the copy).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

PACKAGE_NAME = "linksfield_api"
CONFIG_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Layout:
    root: Path
    spec: Path
    output: Path

    @classmethod
    def create(cls, root: Path | None, spec: Path | None, output: Path | None) -> Layout:
        """Fill in defaults: the root is the folder holding this ``generator`` package."""
        base = (root or CONFIG_DIR.parent).resolve()
        return cls(
            root=base,
            spec=(spec.resolve() if spec else base / "spec" / "openapi.yaml"),
            output=(output.resolve() if output else base / "generated"),
        )

    @property
    def package_dir(self) -> Path:
        return self.output / PACKAGE_NAME

    @property
    def client_config(self) -> Path:
        return CONFIG_DIR / "openapi-python-client.yaml"

    @property
    def client_templates(self) -> Path:
        """Templates that replace openapi-python-client's own (see ``client_step``)."""
        return CONFIG_DIR / "templates" / "openapi-python-client"

    @property
    def ruff_config(self) -> Path:
        return CONFIG_DIR / "ruff-generated.toml"

    def display(self, path: Path) -> str:
        """Show ``path`` relative to the root when it is inside it (stable across checkouts)."""
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            return str(path)
