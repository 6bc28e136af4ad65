"""Bundle a spec split over several files into one self-contained document.

The downstream tools each resolve external ``$ref``s differently (or not at all), so they are
only ever given one document. The rules are deliberately simple:

* ``other.yaml#/components/<kind>/<Name>`` is *hoisted*: the target is copied to the entry
  document's ``components/<kind>/<Name>`` and the ref becomes ``#/components/<kind>/<Name>``, so
  generated class names do not depend on how the spec is split. Two different targets hoisted to
  the same name are an error.
* Any other external ref (a whole file, or a fragment elsewhere) is *inlined*.
* Refs inside an external file are resolved relative to that file; local refs inside it
  (``#/...``) point into that file, not into the entry document.
* Referenced files must live under the entry document's directory (the sdist ships ``spec/``
  only); remote (``http:``) refs are refused.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from generator import pointers
from generator.errors import SpecError
from generator.walk import is_literal
from generator.yaml_loader import load_yaml_file

_HOISTABLE_DEPTH = 3  # /components/<kind>/<name>


class _Bundler:
    def __init__(self, entry: Path, display: str) -> None:
        self.entry = entry.resolve()
        self.source = display
        self.base_dir = self.entry.parent
        self.documents: dict[Path, Any] = {}
        self.hoisted: dict[tuple[str, str], tuple[Path, str]] = {}
        self.new_components: dict[str, dict[str, Any]] = {}
        self.inline_stack: list[tuple[Path, str]] = []
        self.problems: list[str] = []

    def load(self, path: Path) -> Any:
        if path not in self.documents:
            self.documents[path] = load_yaml_file(path)
        return self.documents[path]

    def display(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.base_dir))
        except ValueError:
            return str(path)

    def run(self) -> Any:
        root = copy.deepcopy(self.load(self.entry))
        bundled = self.transform(root, self.entry, ())
        if self.problems:
            raise SpecError(self.source, self.problems)
        if self.new_components:
            if not isinstance(bundled, dict):
                raise SpecError(self.source, ["document root is not a mapping"])
            components = bundled.setdefault("components", {})
            for kind, entries in self.new_components.items():
                section = components.setdefault(kind, {})
                for name, value in entries.items():
                    if name in section:
                        self.problems.append(
                            f"#/components/{kind}/{pointers.escape(name)}: defined in the entry document "
                            f"and also hoisted from {self.display(self.hoisted[(kind, name)][0])}"
                        )
                    section[name] = value
            if self.problems:
                raise SpecError(self.source, self.problems)
        return bundled

    def transform(self, node: Any, current: Path, path: tuple[pointers.Token, ...]) -> Any:
        """Return a copy of ``node`` (from file ``current``) with every ref made local to the entry."""
        if isinstance(node, list):
            return [self.transform(child, current, (*path, i)) for i, child in enumerate(node)]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str):
            replaced = self.rewrite_ref(ref, node, current, path)
            if replaced is not None:
                return replaced
        return {
            key: (child if is_literal(path, key, child) else self.transform(child, current, (*path, key)))
            for key, child in node.items()
        }

    def rewrite_ref(
        self, ref: str, node: dict[str, Any], current: Path, path: tuple[pointers.Token, ...]
    ) -> Any:
        """Handle one Reference Object; None means "keep the node as is" (a local ref in the entry)."""
        where = f"{self.display(current)}{pointers.to_pointer((*path, '$ref'))}"
        file_part, _, fragment = ref.partition("#")
        if "://" in file_part:
            self.problems.append(
                f"{where}: remote $ref {ref!r} is not supported; vendor the file under spec/"
            )
            return {}
        target_file = (current.parent / file_part).resolve() if file_part else current
        if target_file == self.entry:
            if current == self.entry:
                return None  # ordinary local ref, checked later by refcheck
            return {**node, "$ref": "#" + fragment}
        if not target_file.is_relative_to(self.base_dir):
            self.problems.append(f"{where}: $ref {ref!r} leaves {self.base_dir}")
            return {}
        if not target_file.is_file():
            self.problems.append(f"{where}: $ref {ref!r}: file {self.display(target_file)} does not exist")
            return {}
        try:
            tokens = pointers.parse_fragment(fragment)
            document = self.load(target_file)
            target = pointers.resolve(document, tokens)
        except pointers.PointerError as exc:
            self.problems.append(f"{where}: $ref {ref!r} does not resolve: {exc}")
            return {}
        if len(tokens) == _HOISTABLE_DEPTH and tokens[0] == "components":
            return self.hoist(tokens[1], tokens[2], target, target_file, fragment, node, where)
        return self.inline(target, target_file, tokens, fragment, node, where)

    def hoist(
        self,
        kind: str,
        name: str,
        target: Any,
        target_file: Path,
        fragment: str,
        node: dict[str, Any],
        where: str,
    ) -> Any:
        origin = (target_file, fragment)
        known = self.hoisted.get((kind, name))
        if known is None:
            self.hoisted[(kind, name)] = origin
            section = self.new_components.setdefault(kind, {})
            section[name] = {}  # placeholder first: a recursive schema refers back to itself
            section[name] = self.transform(copy.deepcopy(target), target_file, ("components", kind, name))
        elif known != origin:
            self.problems.append(
                f"{where}: components/{kind}/{name} would be hoisted from both "
                f"{self.display(known[0])}#{known[1]} and {self.display(target_file)}#{fragment}"
            )
        return {**node, "$ref": pointers.to_pointer(("components", kind, name))}

    def inline(
        self,
        target: Any,
        target_file: Path,
        tokens: list[str],
        fragment: str,
        node: dict[str, Any],
        where: str,
    ) -> Any:
        key = (target_file, fragment)
        if key in self.inline_stack:
            self.problems.append(
                f"{where}: circular external $ref to {self.display(target_file)}#{fragment}; "
                "move the target under components/ so it can be referenced by name"
            )
            return {}
        self.inline_stack.append(key)
        try:
            result = self.transform(copy.deepcopy(target), target_file, tuple(tokens))
        finally:
            self.inline_stack.pop()
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        if siblings and isinstance(result, dict):
            result = {**result, **siblings}
        return result


def bundle(entry: Path, display: str) -> Any:
    """Load ``entry`` and return one document with every external ``$ref`` replaced.

    ``display`` names the spec in error messages (the path the user typed, not an absolute one).
    """
    return _Bundler(entry, display).run()
