"""The spec's own conventions, learnt from the spec, for ``--suggest``/``--apply`` to imitate.

A proposed operation must look like the curated ones (``pause_service``, ``get_card_detail``, ...):
the family's security, envelope and error responses, the tag of its neighbours, the scalar
components a field of that name already uses. Rather than hard-coding today's answers (which the
next curation would silently invalidate), each answer is read off the existing operations of the
same family or path, and when the spec gives no clear answer the caller writes a
``TODO(curator):`` marker instead of a guess.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from generator.drift.spec_view import SpecOperation, SpecView

_URI = "urn:linksfield:drift-conventions"
_READ_WORDS = ("query", "get", "list", "sync", "search", "find", "check", "count")
_SPEND_WORDS = ("order", "buy", "purchase", "pay", "open", "send", "recharge", "refuel", "renew")


def operation_id(path: str) -> str:
    """``/cmp-api/device/resetModem`` -> ``reset_modem``: the last fixed segment, snake_case."""
    last = [part for part in path.split("/") if part and not part.startswith("{")][-1:] or ["operation"]
    snake = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", last[0])
    return re.sub(r"[^a-z0-9]+", "_", snake.lower()).strip("_") or "operation"


def pascal(snake: str) -> str:
    """``reset_modem`` -> ``ResetModem`` (component names are PascalCase in the spec)."""
    return "".join(part[:1].upper() + part[1:] for part in snake.split("_") if part)


def example_key(page_ids: Iterable[str]) -> str:
    """The spec's key for an example shown on some doc versions: ``cmp_v1_v2``, ``cmp_v2``, ``csss``."""
    ids = [i for i in dict.fromkeys(page_ids) if i]
    if not ids:
        return "page"
    heads = {i.split("-", 1)[0] for i in ids}
    if len(ids) > 1 and len(heads) == 1 and all("-" in i for i in ids):
        return "_".join([heads.pop(), *(i.split("-", 1)[1] for i in ids)]).replace("-", "_")
    return "_".join(ids).replace("-", "_")


def _first_segment(path: str) -> str:
    return next((part for part in path.split("/") if part), "")


def _parent(path: str) -> str:
    return path.rstrip("/").rsplit("/", 1)[0]


class Conventions:
    """Answers about how the spec writes things, each derived from the spec's existing content."""

    def __init__(self, spec: SpecView) -> None:
        self.spec = spec
        self.doc = spec.doc
        self.families: dict[str, Any] = dict(self.doc.get("x-linksfield-families") or {})
        self.tag_names = [str(t.get("name")) for t in self.doc.get("tags") or () if isinstance(t, dict)]
        components = self.doc.get("components") or {}
        self.schemas: dict[str, Any] = dict(components.get("schemas") or {})
        self.examples: dict[str, Any] = dict(components.get("examples") or {})
        self.parameters: dict[str, Any] = dict(components.get("parameters") or {})
        self.responses: dict[str, Any] = dict(components.get("responses") or {})
        self._property_refs = self._index_property_refs()
        self._registry: Registry[Any] | None = None

    # ------------------------------------------------------------ where an operation belongs

    def family_of(self, path: str) -> str | None:
        """The family whose operations share the path's first segment (``cmp-api`` -> cmp), if one."""
        segment = _first_segment(path)
        found = {
            op.family
            for op in self.spec.operations
            for known in (op.path, *op.aliases)
            if _first_segment(known) == segment and op.family
        }
        return found.pop() if len(found) == 1 else None

    def tag_of(self, path: str) -> str | None:
        """The tag every operation of the same folder (``/cmp-api/device/``) carries, if they agree."""
        parent = _parent(path)
        tags = {
            str(tag)
            for op in self.spec.operations
            if _parent(op.path) == parent
            for tag in op.node.get("tags") or ()
        }
        return tags.pop() if len(tags) == 1 else None

    def family_title(self, family: str) -> str:
        """``CMP``, ``CSSS``, ``pool``: the word the spec's envelope descriptions use."""
        title = str((self.families.get(family) or {}).get("title") or family)
        word = title.split()[0]
        return word if word.isupper() else word.lower()

    def _family_ops(self, family: str) -> list[SpecOperation]:
        return [op for op in self.spec.operations if op.family == family]

    def security(self, family: str) -> list[dict[str, list[str]]] | None:
        """The family's security requirement (``x-linksfield-families``, else its first operation's)."""
        declared = (self.families.get(family) or {}).get("security")
        if isinstance(declared, list) and declared:
            return [{str(name): []} for name in declared]
        used = [op.node["security"] for op in self._family_ops(family) if op.node.get("security")]
        return list(used[0]) if used else None

    def envelope_base(self, family: str) -> str | None:
        """The ``$ref`` the family's response schemas extend first in their ``allOf`` (CmpEnvelopeBase)."""
        refs: Counter[str] = Counter()
        for op in self._family_ops(family):
            found = self.spec.response_schema(op)
            node = self.spec.resolve(found[0]) if found else None
            first = (node or {}).get("allOf", [None])[0] if isinstance(node, dict) else None
            if isinstance(first, dict) and isinstance(first.get("$ref"), str):
                refs[first["$ref"]] += 1
        if refs:
            return refs.most_common(1)[0][0]
        envelope = (self.families.get(family) or {}).get("envelope")
        if isinstance(envelope, str):
            base = f"{envelope}Base"
            return base if base.rsplit("/", 1)[-1] in self.schemas else envelope
        return None

    def request_base(self, family: str) -> str | None:
        """A ``$ref`` every request schema of the family starts its ``allOf`` with (CSSS global parameters)."""
        firsts: set[str] = set()
        count = 0
        for op in self._family_ops(family):
            found = self.spec.request_schema(op)
            if not found:
                continue
            count += 1
            node = self.spec.resolve(found[0])
            first = (node or {}).get("allOf", [None])[0] if isinstance(node, dict) else None
            firsts.add(
                first["$ref"] if isinstance(first, dict) and isinstance(first.get("$ref"), str) else ""
            )
        if not count or len(firsts) != 1:
            return None
        return firsts.pop() or None

    def injected_parameters(self, family: str) -> list[str] | None:
        """What the client adds to every request of the family (``global-parameters``), if anything."""
        names = (self.families.get(family) or {}).get("global-parameters")
        return [str(n) for n in names] if isinstance(names, list) and names else None

    def error_responses(self, family: str) -> dict[str, Any]:
        """The non-2xx responses the family's operations share by ``$ref`` (400/401), most common set."""
        sets: Counter[tuple[tuple[str, str], ...]] = Counter()
        for op in self._family_ops(family):
            refs = tuple(
                (str(status), str(response["$ref"]))
                for status, response in (op.node.get("responses") or {}).items()
                if not str(status).startswith("2") and isinstance(response, dict) and "$ref" in response
            )
            if refs:
                sets[refs] += 1
        if not sets:
            return {}
        return {status: {"$ref": ref} for status, ref in sets.most_common(1)[0][0]}

    # ------------------------------------------------------------ fields and parameters

    def _index_property_refs(self) -> dict[str, Counter[str]]:
        """Property name -> how often each ``$ref`` types it across components/schemas."""
        index: dict[str, Counter[str]] = {}

        def ref_of(node: Any) -> str:
            if isinstance(node, dict):
                if isinstance(node.get("$ref"), str):
                    return str(node["$ref"])
                wrapped = node.get("allOf")
                if isinstance(wrapped, list) and len(wrapped) == 1:
                    return ref_of(wrapped[0])
            return ""

        def walk(node: Any) -> None:
            if isinstance(node, dict):
                for name, sub in (node.get("properties") or {}).items():
                    index.setdefault(str(name), Counter())[ref_of(sub)] += 1
                for key, sub in node.items():
                    if key not in ("example", "examples", "enum", "const", "default"):
                        walk(sub)
            elif isinstance(node, list):
                for sub in node:
                    walk(sub)

        walk(self.schemas)
        return index

    def property_ref(self, name: str, json_type: str | None) -> str | None:
        """The component a field of this name is typed with elsewhere, when the spec is consistent.

        Consistent means the most common ``$ref`` covers at least two uses and two thirds of them, and
        accepts the page's type: ``device_id`` -> AssetId, ``order_id`` -> OrderId.
        """
        seen = self._property_refs.get(name)
        if not seen:
            return None
        ref, count = seen.most_common(1)[0]
        if not ref or count < 2 or count * 3 < sum(seen.values()) * 2:
            return None
        types = self.spec.types({"$ref": ref})
        if json_type and types and json_type not in types:
            return None
        return ref

    def accepts(self, ref: str, value: Any) -> bool:
        """Whether a page's example value is valid for a component the spec would reuse for it.

        A reused component that rejects the vendor's own example would only turn into an
        ``example.invalid`` difference on the next drift run; better to type the field plainly.
        """
        if self._registry is None:
            resource = Resource.from_contents(self.doc, default_specification=DRAFT202012)
            self._registry = Registry().with_resource(_URI, resource)
        validator = Draft202012Validator({"$ref": f"{_URI}{ref}"}, registry=self._registry)
        return validator.is_valid(value)

    def parameter_ref(self, name: str, location: str, required: bool) -> str | None:
        """A ``components/parameters`` entry with the same name, location and required flag."""
        hits = [
            key
            for key, param in self.parameters.items()
            if isinstance(param, dict)
            and param.get("name") == name
            and param.get("in") == location
            and bool(param.get("required")) == required
        ]
        return f"#/components/parameters/{hits[0]}" if len(hits) == 1 else None

    # ------------------------------------------------------------ guesses for the curator's markers

    @staticmethod
    def side_effect_guess(method: str, op_id: str) -> str:
        """A guess only (the marker states it): reads by name or GET, spending by name, else mutate."""
        words = op_id.split("_")
        if method.upper() == "GET" or words[0] in _READ_WORDS:
            return "read"
        if any(word.startswith(_SPEND_WORDS) for word in words):
            return "spend"
        return "mutate"

    def outcome_check_guess(self, family: str | None, tag: str | None, inputs: dict[str, str]) -> str:
        """A read operation whose required inputs this request carries, as text for the marker.

        ``inputs`` maps this request's top-level input names to their runtime expression
        (``$request.body#/device_id``). Prefers an operation of the same tag, then the one sharing
        the most inputs; ties keep the spec's order (``query_device`` before ``get_bind_history``).
        """
        best: tuple[tuple[int, int], SpecOperation, list[str]] | None = None
        for op in self.spec.operations:
            if op.node.get("x-side-effect") != "read" or (family and op.family != family):
                continue
            needed = self._required_inputs(op)
            if not needed or not needed <= set(inputs):
                continue
            score = (int(tag is not None and tag in (op.node.get("tags") or ())), len(needed))
            if best is None or score > best[0]:
                best = (score, op, sorted(needed))
        if best is None:
            return "no read operation of the spec takes this request's fields; pick one by hand"
        _, op, names = best
        arguments = ", ".join(f"{name}: {inputs[name]}" for name in names)
        return f"operation {op.op_id} with {arguments}"

    def _required_inputs(self, op: SpecOperation) -> set[str]:
        names = {p.name for p in self.spec.parameters(op) if p.required and p.location in ("path", "query")}
        found = self.spec.request_schema(op)
        if found:
            names |= self.spec.required(found[0])
        return names
