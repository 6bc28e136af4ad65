"""Render ``linksfield_api/facade.py``: typed per-tag resources over the generated endpoints.

openapi-python-client writes one module per operation, with positional HTTP details
(``request_kwargs``, the only function ``templates/openapi-python-client/endpoint_module.py.jinja``
keeps) and a request *model* to build. Users of the SDK expect
``client.packages.query_orders(page_no=1, page_size=50)`` instead: keyword arguments named as in the
spec, the unwrapped ``data`` returned, an iterator for paged operations. That surface is derived here,
from the same parse openapi-python-client does (its own parser, with the same pinned config), so the
argument types are exactly the generated ones and a new operation in the spec appears in the client
after ``nox -s generate`` without a hand edit.

The facade only *describes* calls; the hand-written ``linksfield`` package supplies the invoker that
signs, sends, retries and unwraps them. Hence the ``SyncInvoker``/``AsyncInvoker`` protocols in the
output: generated code never imports hand-written code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError as OpcParseError
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol as Property
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty

from generator.errors import GeneratorError
from generator.opc_values import python_code as _code
from generator.opc_values import spec_text as _text
from generator.outcome_checks import Source, parse_expression

TEMPLATES = Path(__file__).with_name("templates")
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True)
class Argument:
    """One keyword argument of a facade method and where it goes in the generated call."""

    python_name: str
    annotation: str
    default: str | None  # None: required
    enum_class: str | None  # the annotation also accepts the enum's plain string value
    model_class: str | None  # the annotation also accepts plain mappings for this model (or a list of them)
    model_list: bool
    target: str  # "kwargs" (a parameter of request_kwargs) or "body" (a field of the request model)
    description: str
    wire_name: str
    location: str  # "path", "query" or "body": where the value travels
    json_types: tuple[str, ...]  # the JSON types the spec admits (what a command line parses text into)


@dataclass(frozen=True)
class CheckArgument:
    """One argument of an outcome check: the read operation's Python name and where its value comes from."""

    python_name: str
    source: Source


@dataclass(frozen=True)
class CheckView:
    """``x-outcome-check`` resolved against the read operation it names (its tag and Python names)."""

    operation: str
    tag: str
    arguments: tuple[CheckArgument, ...]
    hint: str


@dataclass(frozen=True)
class PageAccess:
    """How the iterator reads one page: attribute paths on the data model, and the item type."""

    page_param: str
    size_param: str
    first_page: int
    page_size: int  # what the iterator asks for by default (a client choice)
    max_page_size: int | None  # a maximum, only where a vendor page states one
    items: str
    item_type: str
    total_items: str | None
    total_pages: str | None


@dataclass
class OperationView:
    """Everything the template needs about one operation."""

    name: str
    tag: str
    constant: str
    module_alias: str
    method: str
    path: str
    summary: str
    description: str
    family: str
    side_effect: str
    doc_versions: tuple[str, ...]
    alias_paths: tuple[str, ...]
    history_days: int | None
    response_type: str
    data_type: str
    data_runtime_types: tuple[str, ...]
    data_required: bool
    body_type: str | None
    injected: tuple[str, ...]
    arguments: list[Argument] = field(default_factory=list)
    injected_values: list[tuple[str, str]] = field(default_factory=list)
    pagination: PageAccess | None = None
    outcome_check: CheckView | None = None

    @property
    def builder_models(self) -> list[str]:
        """The generated classes the request builder calls (imported inside it, on its first run)."""
        names = (
            {self.body_type}
            | {a.enum_class for a in self.arguments}
            | {a.model_class for a in self.arguments}
        )
        return sorted(name for name in names if name is not None)

    @property
    def required_arguments(self) -> list[Argument]:
        return [a for a in self.arguments if a.default is None]

    @property
    def optional_arguments(self) -> list[Argument]:
        return [a for a in self.arguments if a.default is not None]

    @property
    def iterator_arguments(self) -> list[Argument]:
        """The arguments of ``iter_<name>``: everything but the page fields, all keyword."""
        assert self.pagination is not None
        skip = {self.pagination.page_param, self.pagination.size_param}
        return [a for a in self.arguments if a.python_name not in skip]


def _contains_enum(prop: Property) -> bool:
    if isinstance(prop, EnumProperty):
        return True
    if isinstance(prop, UnionProperty):
        return any(_contains_enum(inner) for inner in prop.inner_properties)
    return False


def _model_class(prop: Property) -> tuple[str | None, bool]:
    """The model an argument holds (directly or as list items), so callers may pass plain dicts."""
    if isinstance(prop, ModelProperty):
        return str(prop.class_info.name), False
    if isinstance(prop, ListProperty) and isinstance(prop.inner_property, ModelProperty):
        return str(prop.inner_property.class_info.name), True
    return None, False


def _enum_class(prop: Property) -> str | None:
    if isinstance(prop, EnumProperty):
        return str(prop.class_info.name)
    if isinstance(prop, UnionProperty):
        names = [name for inner in prop.inner_properties if (name := _enum_class(inner))]
        return names[0] if len(names) == 1 else None
    return None


def _annotation(prop: Property) -> str:
    """The generated type, widened to accept the enum's plain string value too.

    Callers write ``order_status="2"`` as the vendor documents it; the request is validated
    against the spec before it is sent, so a wrong code still fails early, naming the field.
    """
    text = _code(prop.get_type_string())
    model, is_list = _model_class(prop)
    if model is not None:
        widened = f"{model} | Mapping[str, Any]"
        text = (
            text.replace(f"list[{model}]", f"list[{widened}]") if is_list else text.replace(model, widened, 1)
        )
        return text
    if not _contains_enum(prop):
        return text
    parts = [p.strip() for p in text.split("|")]
    tail = [p for p in parts if p == "Unset"]
    head = [p for p in parts if p != "Unset"]
    return " | ".join([*head, "str", *tail])


_JSON_TYPES: dict[type[Any], tuple[str, ...]] = {
    BooleanProperty: ("boolean",),
    IntProperty: ("integer",),
    FloatProperty: ("number",),
    StringProperty: ("string",),
    DateProperty: ("string",),
    DateTimeProperty: ("string",),
    ListProperty: ("array",),
    ModelProperty: ("object",),
    NoneProperty: ("null",),
}


def _json_types(prop: Property) -> tuple[str, ...]:
    """The JSON types a property admits, from openapi-python-client's own reading of its schema."""
    if isinstance(prop, UnionProperty):
        found = [t for inner in prop.inner_properties for t in _json_types(inner)]
        return tuple(dict.fromkeys(found))
    if isinstance(prop, EnumProperty):
        return ("integer",) if prop.value_type is int else ("string",)
    if isinstance(prop, ConstProperty):
        return ("integer",) if "int" in str(prop.get_type_string()) else ("string",)
    for kind, types in _JSON_TYPES.items():
        if isinstance(prop, kind):
            return types
    return ()


def _argument(prop: Property, target: str, location: str) -> Argument:
    return Argument(
        python_name=str(prop.python_name),
        annotation=_annotation(prop),
        default=_default(prop),
        enum_class=_enum_class(prop),
        model_class=_model_class(prop)[0],
        model_list=_model_class(prop)[1],
        target=target,
        description=_text(prop.description),
        wire_name=_text(prop.name),
        location=location,
        json_types=_json_types(prop),
    )


def _default(prop: Property) -> str | None:
    if prop.default is not None:
        return _code(prop.default.python_code)
    return None if prop.required else "UNSET"


def _non_null(prop: Property) -> list[Property]:
    if isinstance(prop, UnionProperty):
        return [p for p in prop.inner_properties if not isinstance(p, NoneProperty)]
    return [] if isinstance(prop, NoneProperty) else [prop]


def _runtime_types(props: list[Property]) -> tuple[str, ...]:
    """Python classes an ``isinstance`` check of ``data`` may accept (for dict-fallback detection)."""
    names: list[str] = []
    for prop in props:
        instance = _code(prop.get_instance_type_string())
        names.append("list" if isinstance(prop, ListProperty) else instance)
    return tuple(dict.fromkeys(names))


def _model_property(model: ModelProperty, wire_name: str) -> Property:
    for prop in (model.required_properties or []) + (model.optional_properties or []):
        if _text(prop.name) == wire_name:
            return prop
    raise GeneratorError(f"{model.class_info.name} has no property {wire_name!r}")


def _attribute_path(model: ModelProperty, dotted: str) -> tuple[str, Property]:
    """Translate a wire path like ``page.total_count`` into generated attribute names."""
    names: list[str] = []
    current: Property = model
    for part in dotted.split("."):
        candidates = _non_null(current)
        if len(candidates) != 1 or not isinstance(candidates[0], ModelProperty):
            raise GeneratorError(f"x-pagination path {dotted!r} does not lead through objects")
        current = _model_property(candidates[0], part)
        names.append(str(current.python_name))
    return ".".join(names), current


def _page_access(spec_op: dict[str, Any], data_prop: Property) -> tuple[PageAccess, Property] | None:
    """The page accessors and the item property (whose imports the iterator needs)."""
    pagination = spec_op.get("x-pagination")
    if pagination is None:
        return None
    (model,) = _non_null(data_prop)
    if not isinstance(model, ModelProperty):
        raise GeneratorError(f"{spec_op['operationId']}: paged data must be an object")
    items_path, items_prop = _attribute_path(model, pagination["items"])
    (items_list,) = _non_null(items_prop)
    if not isinstance(items_list, ListProperty):
        raise GeneratorError(f"{spec_op['operationId']}: x-pagination items is not an array")
    total_items = (
        _attribute_path(model, pagination["total-items"])[0] if "total-items" in pagination else None
    )
    total_pages = (
        _attribute_path(model, pagination["total-pages"])[0] if "total-pages" in pagination else None
    )
    access = PageAccess(
        page_param=pagination["page-param"],
        size_param=pagination["size-param"],
        first_page=int(pagination.get("first-page", 1)),
        page_size=int(pagination["page-size"]),
        max_page_size=int(pagination["max-page-size"]) if "max-page-size" in pagination else None,
        items=items_path,
        item_type=_code(items_list.inner_property.get_type_string(no_optional=True)),
        total_items=total_items,
        total_pages=total_pages,
    )
    return access, items_list.inner_property


def _spec_operation(document: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    operation: dict[str, Any] = document["paths"][path][method]
    return operation


def _constant(name: str) -> str:
    return re.sub(r"[^A-Z0-9_]", "_", name.upper())


def _view(endpoint: Any, tag: str, document: dict[str, Any]) -> OperationView:
    method = str(endpoint.method).lower()
    path = _text(endpoint.path)
    spec_op = _spec_operation(document, method, path)
    name = str(endpoint.name)
    injected = tuple(spec_op.get("x-injected-parameters", ()))

    ok = [r for r in endpoint.responses.patterns if r.status_code.pattern == "200"]
    if len(ok) != 1 or not isinstance(ok[0].prop, ModelProperty):
        raise GeneratorError(f"{name}: the 200 response must be an envelope model")
    response: ModelProperty = ok[0].prop
    data_prop = _model_property(response, "data")
    data_candidates = _non_null(data_prop)
    if data_candidates:
        data_type = " | ".join(_code(p.get_type_string(no_optional=True)) for p in data_candidates)
    else:
        data_type = "None"

    view = OperationView(
        name=name,
        tag=tag,
        constant=_constant(name),
        module_alias=f"_{name}",
        method=method.upper(),
        path=path,
        summary=str(spec_op.get("summary", "")),
        description=str(spec_op.get("description", "")).strip(),
        family=str(spec_op["x-api-family"]),
        side_effect=str(spec_op["x-side-effect"]),
        doc_versions=tuple(spec_op.get("x-doc-versions", ())),
        alias_paths=tuple(spec_op.get("x-alias-paths", ())),
        history_days=spec_op.get("x-history-days"),
        response_type=str(response.class_info.name),
        data_type=data_type,
        data_runtime_types=_runtime_types(data_candidates),
        data_required=bool(data_candidates),
        body_type=None,
        injected=injected,
    )
    for prop in endpoint.path_parameters:
        view.arguments.append(_argument(prop, "kwargs", "path"))
    for prop in endpoint.query_parameters:
        view.arguments.append(_argument(prop, "kwargs", "query"))
    if len(endpoint.bodies) > 1:
        raise GeneratorError(f"{name}: more than one request body content type")
    if endpoint.bodies:
        body = endpoint.bodies[0].prop
        if not isinstance(body, ModelProperty):
            raise GeneratorError(f"{name}: the request body must be an object")
        view.body_type = str(body.class_info.name)
        for prop in (body.required_properties or []) + (body.optional_properties or []):
            if _text(prop.name) in injected:
                # Filled and signed by the family's auth on the way out; a placeholder here.
                const = getattr(prop, "value", None)
                placeholder = _code(const.python_code) if const is not None else '""'
                view.injected_values.append((str(prop.python_name), placeholder))
                continue
            view.arguments.append(_argument(prop, "body", "body"))
    paging = _page_access(spec_op, data_prop)
    if paging is not None:
        view.pagination, _item = paging
    return view


def _resolve_outcome_checks(document: dict[str, Any], operations: list[OperationView]) -> None:
    """Attach each ``x-outcome-check`` (validated already) in the read operation's Python terms."""
    by_name = {view.name: view for view in operations}
    for view in operations:
        raw = _spec_operation(document, view.method.lower(), view.path).get("x-outcome-check")
        if raw is None:
            continue
        target = by_name[str(raw["operation"])]
        python_names = {argument.wire_name: argument.python_name for argument in target.arguments}
        view.outcome_check = CheckView(
            operation=target.name,
            tag=target.tag,
            arguments=tuple(
                CheckArgument(python_names[str(name)], parse_expression(expression))
                for name, expression in (raw.get("arguments") or {}).items()
            ),
            hint=str(raw["hint"]).strip(),
        )


def _referenced_models(operations: list[OperationView], data: GeneratorData) -> list[str]:
    """Generated classes the facade mentions, imported by name from ``linksfield_api.models``."""
    known = {str(m.class_info.name) for m in data.models} | {str(e.class_info.name) for e in data.enums}
    texts: list[str] = []
    for view in operations:
        texts += [view.response_type, view.data_type, view.body_type or "", *view.data_runtime_types]
        texts += [argument.annotation for argument in view.arguments]
        if view.pagination is not None:
            texts.append(view.pagination.item_type)
    found = {name for text in texts for name in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text)}
    return sorted(found & known)


BUILTIN_CLASSES = frozenset({"list", "dict", "str", "int", "float", "bool"})
"""Runtime types an ``Operation`` may name besides the models (rendered into the facade's resolver)."""


def _check_resolvable(operations: list[OperationView], data: GeneratorData) -> None:
    """Every class an ``Operation`` names must be one ``generated_class`` can find by name at run time."""
    known = {str(m.class_info.name) for m in data.models} | {str(e.class_info.name) for e in data.enums}
    for view in operations:
        for name in (view.response_type, *view.data_runtime_types):
            if name not in known and name not in BUILTIN_CLASSES:
                raise GeneratorError(
                    f"{view.name}: the facade cannot resolve the runtime type {name!r} by name "
                    "(a builtin belongs in BUILTIN_CLASSES)"
                )


def _families(document: dict[str, Any]) -> dict[str, dict[str, str | None]]:
    families: dict[str, dict[str, str | None]] = {}
    for family, info in document.get("x-linksfield-families", {}).items():
        families[family] = dict(sorted(info.get("servers", {}).items()))
    return families


def _docstring_safe(value: object) -> str:
    """Text that can sit inside a triple-quoted docstring unchanged in meaning."""
    return str(value).replace("\\", "\\\\").replace(chr(34) * 3, chr(39) * 3)


def parse_like_openapi_python_client(
    document: dict[str, Any], bundled_spec: Path, config_path: Path
) -> GeneratorData:
    """openapi-python-client's own parse of the spec, with the pinned config the client is generated with."""
    config = Config.from_sources(
        ConfigFile.load_from_path(config_path), MetaType("none"), bundled_spec, "utf-8", True, None
    )
    data = GeneratorData.from_dict(document, config=config)
    if isinstance(data, OpcParseError):
        raise GeneratorError(f"openapi-python-client could not parse the spec: {data.header}: {data.detail}")
    return data


def render_facade(document: dict[str, Any], data: GeneratorData, target: Path) -> int:
    """Write the facade module; returns the number of operations it covers."""
    tags: dict[str, list[OperationView]] = {}
    for tag, collection in sorted(data.endpoint_collections_by_tag.items()):
        views = [_view(ep, str(tag), document) for ep in sorted(collection.endpoints, key=lambda e: e.name)]
        tags[str(tag)] = views
    operations = [view for views in tags.values() for view in views]
    _resolve_outcome_checks(document, operations)
    _check_resolvable(operations, data)

    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["pascal"] = lambda s: "".join(part.capitalize() for part in str(s).split("_"))
    env.filters["pyrepr"] = repr
    env.filters["docsafe"] = _docstring_safe
    model_names = _referenced_models(operations, data)
    text = env.get_template("facade.py.jinja").render(
        tags=tags,
        operations=operations,
        model_names=model_names,
        families=_families(document),
        builtin_classes=sorted(BUILTIN_CLASSES),
        title=str(document["info"]["title"]),
    )
    target.write_text(text, encoding="utf-8")
    return len(operations)
