"""What the vendor's table headers and cells mean: column labels, type words, required words.

One vocabulary for every layout, so a header is recognised the same way whether its labels are
separated by pipes, by spaces, or not at all (``TypeNameSchemaRequiredDescription``).
"""

from __future__ import annotations

import re

# Column label -> role. Longest labels are tried first when segmenting a header line.
LABELS: dict[str, str] = {
    "Type": "type",  # becomes "location" when the header also has a Schema column
    "Name": "name",
    "name": "name",
    "parameter": "name",
    "Parameter": "name",
    "参数名称": "name",
    "名称": "name",
    "Schema": "type",
    "Types of": "type",
    "类型": "type",
    "Required": "required",
    "required": "required",
    "Is required": "required",
    "是否必须": "required",
    "Description": "description",
    "description": "description",
    "备注": "description",
    "Notes": "description",
    "Path": "path",
    "API Name": "title",
    "示例": "example",
    "默认值": "default",
    "其他信息": "other",
    "参数值": "value",
    "operation": "code",
    "Start Conditions": "other",
    "Effects": "other",
}
_ORDERED = sorted(LABELS, key=len, reverse=True)

LOCATIONS = {"path": "path", "query": "query", "header": "header", "body": "body"}

_TYPES: dict[str, str | None] = {
    "string": "string",
    "str": "string",
    "integer": "integer",
    "int": "integer",
    "long": "integer",
    "number": "number",
    "double": "number",
    "float": "number",
    "boolean": "boolean",
    "bool": "boolean",
    "list": "array",
    "array": "array",
    "object": "object",
    "null": "null",
    "xml": None,  # the vendor's word for a nested list in one table; no JSON type to compare
}
# Words that end a row in tables whose last column is the type (run-together and spaced layouts).
# Lower-case "number", "list", "object" are left out: they end ordinary sentences too.
TRAILING_TYPES = (
    "String",
    "Integer",
    "Long",
    "Xml",
    "Number",
    "Boolean",
    "Object",
    "Array",
    "List",
    "string",
    "integer",
    "boolean",
)
SCHEMA_TYPES = (
    "string",
    "integer",
    "number",
    "boolean",
    "list",
    "array",
    "object",
    "String",
    "Integer",
    "Long",
    "Number",
    "Boolean",
    "Object",
    "List",
    "Array",
)

_TRUE = {"true", "required", "yes", "必需", "必须", "是", "y"}
_FALSE = {"false", "optional", "no", "可选", "非必须", "否", "n"}
REQUIRED_WORDS = (
    "required",
    "Required",
    "Optional",
    "optional",
    "true",
    "false",
    "yes",
    "no",
    "必需",
    "可选",
    "必须",
    "非必须",
    "是",
    "否",
)


def segment_header(text: str) -> list[tuple[str, bool]] | None:
    """The labels of a header line with, for each, whether a separator preceded it; None if not a header."""
    s = text.strip()
    if s.startswith("|"):
        s = s.strip("|")
    labels: list[tuple[str, bool]] = []
    pos = 0
    separated = True
    while pos < len(s):
        if s[pos] in " \t|":
            separated = True
            pos += 1
            continue
        for label in _ORDERED:
            if s.startswith(label, pos):
                labels.append((label, separated))
                pos += len(label)
                separated = False
                break
        else:
            return None
    roles = [LABELS[label] for label, _ in labels]
    if len(labels) < 2 or not ({"name", "path"} & set(roles)):
        return None
    return labels


def header_roles(labels: list[tuple[str, bool]]) -> tuple[str, ...]:
    names = [label for label, _ in labels]
    roles = [LABELS[label] for label in names]
    if "Type" in names and "Schema" in names:
        roles[names.index("Type")] = "location"
    return tuple(roles)


def norm_type(raw: str) -> str | None:
    """The JSON type a type cell means (``string []`` -> array); None for empty or unknown words."""
    word = raw.strip()
    if not word:
        return None
    if word.endswith("[]"):
        return "array"
    return _TYPES.get(word.lower().split()[0])


def is_type_word(word: str) -> bool:
    return word.strip().lower() in _TYPES or word.strip().endswith("[]")


def norm_required(raw: str) -> bool | None:
    word = raw.strip().lower()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    return None


def is_required_word(word: str) -> bool:
    return norm_required(word) is not None


_IDENT = re.compile(r"^[A-Za-z_$][\w$]*(\[\d*\])?(\.[A-Za-z_$][\w$]*(\[\d*\])?)*$", re.ASCII)


def is_identifier(token: str) -> bool:
    return bool(_IDENT.match(token))


def is_strong_name(token: str) -> bool:
    """Looks like a field name and not like an English word: has ``_``, camelCase, ``[`` or ``.``."""
    if not is_identifier(token):
        return False
    return "_" in token or "[" in token or "." in token or bool(re.search(r"[a-z0-9][A-Z]", token))


STOPWORDS = {"the", "a", "an", "is", "are", "of", "to", "in", "if", "when", "and", "or", "for", "be", "it"}
