"""A verifying stub of the three Linksfield API families, and clients wired to it.

The stub is an ``httpx.MockTransport`` handler that behaves like the vendor's edge: it checks every
request the way the receiving side does (the CMP gateway's HMAC, the CSSS body ``sign``, the pool
credential header) with the independent verifiers of ``linksfield.sandbox.gateway.signature_checks``, records
what was sent (including every signature, so the secrets tests can look for them), and answers
with the spec's own 200 example of the operation unless a test queued something else (a status, an
envelope, or a transport fault raised before or after the request "reached" it).
"""

from __future__ import annotations

import asyncio
import copy
import importlib
import inspect
import json
import re
from collections import deque
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import httpx
import yaml

import linksfield
from linksfield.sandbox.gateway.signature_checks import (
    GatewayConsumer,
    verify_csss_request,
    verify_hmac_request,
)
from linksfield.sandbox.spec.index import spec_index
from linksfield_api.facade import OPERATIONS, Operation
from tests.spec_requests import example_request, parameter_example

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "spec" / "openapi.yaml"

ACCESS_KEY = "AK-client-tests"
SECRET_KEY = "cmp-SECRET-k3y-Zq9vXw"
CSSS_ACCESS_CODE = "P000270"
CSSS_SECRET = "csss-SECRET-Hy7uPo2Lm"
POOL_CREDENTIAL = "pool-CREDENTIAL-Mn4bVc8Rt"
SECRETS = (SECRET_KEY, CSSS_SECRET, POOL_CREDENTIAL)

CMP_URL = "https://cmp.example.test"
CSSS_URL = "https://csss.example.test/cube/v4"  # a path prefix, as the real CSSS UAT host has
POOL_URL = "https://pool.example.test"
BASE_URLS = {"cmp": CMP_URL, "csss": CSSS_URL, "pool": POOL_URL}

GATEWAY_REFUSAL = {"message": "client request can't be validated"}

# Arguments of the GET operations, by the spec's parameter name (path and query). The test of every
# operation asserts this table covers every parameter of every GET operation, so a parameter added
# to the spec fails it until a value is chosen here. The apn value is the spec's own example: it
# has `&` and `,` inside one query value, which the HMAC canonical query must escape correctly.
_UNSET: Any = object()
GET_ARGUMENTS: dict[str, Any] = {
    "sim_id": "89430101523088119435",
    "apn": "&&&internet&0&&3&3,&&&ca.ntt.com&0&&3&3",
    "received_start_time": "2024-05-01",
    "received_end_by": "2024-05-31",
    "page_no": 1,
    "page_size": 10,
    "poolCode": "UP20250401000123",
    "queryMonth": "2025-04",
    "queryDay": "2025-04-02",
    "batchCode": "BC20250401000001",
    "iccid": "89852022018041800192",
}


# -- the spec -----------------------------------------------------------------------------------------


@cache
def spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as fh:
        document: dict[str, Any] = yaml.safe_load(fh)
    return document


def resolve(node: Any) -> Any:
    """Follow local ``$ref``s (parameters, responses, examples)."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec()
        for part in str(node["$ref"])[2:].split("/"):
            target = target[part]
        node = target
    return node


@cache
def spec_operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (method, path, operation object)."""
    found: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for path, item in spec()["paths"].items():
        for method, operation in item.items():
            if method in {"get", "put", "post", "delete", "patch"}:
                found[operation["operationId"]] = (method.upper(), path, operation)
    return found


def response_examples(operation_id: str) -> dict[str, dict[str, Any]]:
    """The 200 examples of an operation, by example name (deep copies: tests may edit them)."""
    _, _, operation = spec_operations()[operation_id]
    media = resolve(operation["responses"]["200"])["content"]["application/json"]
    return {name: copy.deepcopy(resolve(example)["value"]) for name, example in media["examples"].items()}


def response_example(operation_id: str) -> dict[str, Any]:
    """The first 200 example of an operation: what the stub answers by default."""
    return next(iter(response_examples(operation_id).values()))


def request_examples(operation_id: str) -> list[dict[str, Any]]:
    _, _, operation = spec_operations()[operation_id]
    body = operation.get("requestBody")
    if body is None:
        return []
    media = body["content"]["application/json"]
    return [copy.deepcopy(resolve(example)["value"]) for example in media["examples"].values()]


def request_example(operation_id: str) -> dict[str, Any] | None:
    """The first request example of an operation with a body, else None."""
    examples = request_examples(operation_id)
    return examples[0] if examples else None


def injected_parameters(operation_id: str) -> frozenset[str]:
    return frozenset(spec_operations()[operation_id][2].get("x-injected-parameters", ()))


def parameters(operation_id: str) -> list[dict[str, Any]]:
    return [resolve(p) for p in spec_operations()[operation_id][2].get("parameters", [])]


def python_name(wire_name: str) -> str:
    """``poolCode`` -> ``pool_code``: how the generated client names a parameter."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", wire_name).lower()


def facade_method(client: object, operation_id: str) -> Callable[..., Any]:
    resource = getattr(client, OPERATIONS[operation_id].tag)
    method: Callable[..., Any] = getattr(resource, operation_id)
    return method


def arguments_for(operation_id: str, example: dict[str, Any] | None = None) -> dict[str, Any]:
    """Keyword arguments for one call: the request example's body model, plus parameter values.

    Parameters take GET_ARGUMENTS (values that line up with the stubbed answers), else the spec's own
    example or a synthesised value (``tests.spec_requests``), so a new operation needs no entry here.

    The body example is parsed with the generated request model's ``from_dict`` and its attrs fields
    become keyword arguments (nested models stay models, as a user would pass them), skipping what
    the family's signer injects (``x-injected-parameters``: CSSS access_code/timestamp/version/sign).
    """
    kwargs: dict[str, Any] = {}
    if example is None:
        example = request_example(operation_id)
    if example is None and spec_operations()[operation_id][2].get("requestBody"):
        example = example_request(operation_id).body  # no request example: a body synthesised from the schema
    if example is not None:
        _, _, operation = spec_operations()[operation_id]
        ref = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        model = getattr(importlib.import_module("linksfield_api.models"), ref.rsplit("/", 1)[1])
        body = model.from_dict(example)
        skip = injected_parameters(operation_id) | {"additional_properties"}
        kwargs.update(
            {field.name: getattr(body, field.name) for field in attrs.fields(model) if field.name not in skip}
        )
        assert body.additional_properties == {}, f"{operation_id}: example has fields the model lacks"
    python_names = {
        argument.wire_name: argument.python_name for argument in OPERATIONS[operation_id].arguments
    }
    spec_parameters = {p.name: p for p in spec_index().by_id[operation_id].parameters}
    for parameter in parameters(operation_id):
        name = parameter["name"]
        value = GET_ARGUMENTS.get(name, _UNSET)
        if value is _UNSET:  # a parameter this table does not know: the spec's example, or synthesised
            value = parameter_example(spec_parameters[name], parameter)
        kwargs[python_names[name]] = value
    return kwargs


# -- what came back ---------------------------------------------------------------------------------


def plain(value: Any) -> Any:
    """The JSON form of returned data: ``to_dict()`` of models, item by item for lists."""
    if isinstance(value, list):
        return [plain(item) for item in value]
    if attrs.has(type(value)):
        return value.to_dict()
    return value


def parsed_at(value: Any, path: tuple[str | int, ...]) -> Any:
    """What a parsed tree holds at a wire path: list indexes, and attributes found by wire key.

    A model's attribute is the snake_case wire key, except where two wire keys would collide
    (``deviceId`` next to ``device_id``): then the wire key itself is the attribute.
    """
    for part in path:
        if isinstance(part, int):
            value = value[part]
        else:
            names = {field.name for field in attrs.fields(type(value))}
            value = getattr(value, part if part in names else python_name(part))
    return value


def raw_dicts(value: Any, path: tuple[str | int, ...] = ("data",)) -> Iterator[tuple[str | int, ...]]:
    """Where a parsed tree holds a plain dict (a generated parser's silent fallback)."""
    if isinstance(value, dict):
        yield path
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from raw_dicts(item, (*path, index))
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            if field.name != "additional_properties":
                yield from raw_dicts(getattr(value, field.name), (*path, field.name))


def assert_typed_data(operation: Operation[Any], data: object, example: dict[str, Any]) -> None:
    """``data`` has the operation's type, holds no raw dict, and serialises back to the example.

    No normalisation is applied: ``to_dict()`` (item-wise for list data) must equal the example's
    ``data`` exactly. Operations whose success carries no data (``data_types == ()``) return None.
    """
    expected = example.get("data")
    if not operation.data_types:
        assert data is None
        assert expected is None
        return
    assert isinstance(data, operation.data_types), type(data)
    assert not isinstance(data, dict)
    if isinstance(data, list):
        assert data, "an empty list proves nothing"
        for item in data:
            assert attrs.has(type(item)), f"list item is a {type(item).__name__}, not a model"
    assert list(raw_dicts(data)) == []
    assert plain(data) == expected


# -- the stub ---------------------------------------------------------------------------------------

Action = Callable[[httpx.Request, Operation[Any]], httpx.Response]


def answer(status: int = 200, body: Any = None, headers: dict[str, str] | None = None) -> Action:
    """An action answering with a fixed status and JSON body."""

    def respond(request: httpx.Request, operation: Operation[Any]) -> httpx.Response:
        return httpx.Response(status, json=body, headers=headers)

    return respond


def example_answer(request: httpx.Request, operation: Operation[Any]) -> httpx.Response:
    return httpx.Response(200, json=response_example(operation.operation_id))


# Transport faults raised before any byte could reach the server.
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout)


@attrs.frozen
class Fault:
    """An action raising a transport error, as httpx would on a dead connection or a timeout."""

    kind: type[httpx.TransportError]

    @property
    def reached_server(self) -> bool:
        return not issubclass(self.kind, NEVER_SENT)

    def __call__(self, request: httpx.Request, operation: Operation[Any]) -> httpx.Response:
        raise self.kind(f"injected {self.kind.__name__}", request=request)


def fault(kind: type[httpx.TransportError]) -> Fault:
    return Fault(kind)


def _template_pattern(path: str) -> re.Pattern[str]:
    return re.compile(re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")


_PATTERNS = {operation_id: _template_pattern(op.path) for operation_id, op in OPERATIONS.items()}


def operation_of(request: httpx.Request) -> Operation[Any]:
    found = [oid for oid, pattern in _PATTERNS.items() if pattern.search(request.url.path)]
    assert len(found) == 1, f"{request.url.path} matches {found}"
    return OPERATIONS[found[0]]


@attrs.define
class Seen:
    """One request as the stub received it."""

    request: httpx.Request
    operation: Operation[Any]
    reached: bool = True  # False when the stub answered with a fault raised before sending

    @property
    def body(self) -> Any:
        return json.loads(self.request.content) if self.request.content else None

    @property
    def query(self) -> dict[str, str]:
        return dict(self.request.url.params)


class Stub:
    """The handler of an ``httpx.MockTransport``: verify, record, then answer."""

    def __init__(self, default: Action = example_answer) -> None:
        self.default = default
        self.queue: deque[Action] = deque()
        self.seen: list[Seen] = []
        self.rejections: list[str] = []
        self.sent_signatures: list[str] = []  # X-HMAC-SIGNATURE and CSSS `sign` values, in order
        self.dates: list[str] = []
        self.sleeps: list[float] = []
        self.base_urls = dict(BASE_URLS)  # where each family must be routed

    def then(self, *actions: Action) -> Stub:
        """Queue answers for the next requests (the default answers once the queue is empty)."""
        self.queue.extend(actions)
        return self

    @property
    def reached(self) -> list[Seen]:
        """Requests that reached the server (not refused before sending)."""
        return [seen for seen in self.seen if seen.reached]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        operation = operation_of(request)
        action = self.queue.popleft() if self.queue else self.default
        reached = action.reached_server if isinstance(action, Fault) else True
        self.seen.append(Seen(request, operation, reached=reached))
        refusal = self._verify(request, operation)
        if refusal is not None:
            self.rejections.append(f"{operation.operation_id}: {refusal}")
            return httpx.Response(401, json=GATEWAY_REFUSAL)
        return action(request, operation)

    def _verify(self, request: httpx.Request, operation: Operation[Any]) -> str | None:
        expected = httpx.URL(self.base_urls[operation.family])
        assert (request.url.scheme, request.url.host) == (expected.scheme, expected.host)
        assert request.url.path.startswith(expected.path.rstrip("/") + "/"), "the base path was dropped"
        if operation.family == "cmp":
            signature = request.headers.get("X-HMAC-SIGNATURE")
            if signature:
                self.sent_signatures.append(signature)
            self.dates.append(request.headers.get("Date", ""))
            verdict = verify_hmac_request(
                method=request.method,
                target=request.url.raw_path,
                headers=request.headers.raw,
                body=request.content,
                consumers={ACCESS_KEY: GatewayConsumer(ACCESS_KEY, SECRET_KEY)},
            )
            return None if verdict.ok else verdict.reason
        if operation.family == "csss":
            body = json.loads(request.content) if request.content else {}
            if body.get("sign"):
                self.sent_signatures.append(str(body["sign"]))
            self.dates.append(str(body.get("timestamp", "")))
            csss = verify_csss_request(
                method=request.method,
                target=request.url.raw_path,
                body=request.content,
                secrets={CSSS_ACCESS_CODE: CSSS_SECRET},
            )
            return None if csss.ok else csss.reason
        if request.headers.get("X-API-Key") != POOL_CREDENTIAL:
            return "pool credential missing or wrong"
        return None

    # -- clients wired to this stub ------------------------------------------------------------------

    def record_sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    async def record_sleep_async(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    def quiet(self, client: linksfield.Client) -> linksfield.Client:
        """Replace the invoker's sleep (retry backoff) with a recorder; needed again after with_options."""
        client._invoker._sleep = self.record_sleep
        return client

    def quiet_async(self, client: linksfield.AsyncClient) -> linksfield.AsyncClient:
        client._invoker._sleep = self.record_sleep_async
        return client

    def client(self, **settings: Any) -> linksfield.Client:
        http = httpx.Client(transport=httpx.MockTransport(self))
        return self.quiet(linksfield.Client(**{**credentials(), **settings}, http_client=http))

    def async_client(self, **settings: Any) -> linksfield.AsyncClient:
        http = httpx.AsyncClient(transport=httpx.MockTransport(self))
        return self.quiet_async(linksfield.AsyncClient(**{**credentials(), **settings}, http_client=http))


def credentials() -> dict[str, Any]:
    return {
        "access_key": ACCESS_KEY,
        "secret_key": SECRET_KEY,
        "base_url": CMP_URL,
        "csss_access_code": CSSS_ACCESS_CODE,
        "csss_secret": CSSS_SECRET,
        "csss_base_url": CSSS_URL,
        "pool_base_url": POOL_URL,
        "pool_credential": POOL_CREDENTIAL,
    }


def run(coroutine: Any) -> Any:
    return asyncio.run(coroutine)


def signature_parameters(client: object, operation_id: str) -> set[str]:
    return set(inspect.signature(facade_method(client, operation_id)).parameters)


# -- mutated answers ---------------------------------------------------------------------------------

REPLACEMENTS: list[object] = [None, "zz-not-a-code", "", 7, 2.5, True, [], {}, [{}], ["x"], {"a": 1}]
"""What a mutation puts in place of a value: every JSON type, an unknown code, an empty string."""


def _paths(value: object, at: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    found: list[tuple[str | int, ...]] = [at]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*at, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*at, index))
    return found


def _edit(document: Any, path: tuple[str | int, ...], how: str, replacement: object) -> None:
    if not path:
        return
    *parents, last = path
    target = document
    for part in parents:
        target = target[part]
    if how == "drop" and isinstance(target, dict):
        del target[last]
    elif how == "extra" and isinstance(target, dict):
        target["zz_unknown_key"] = replacement
    else:
        target[last] = replacement


def mutated_answers(examples: list[tuple[str, str, Any]]) -> Any:
    """A hypothesis strategy of ``(operation_id, document)``: an example with 1 to 3 edits (a key
    dropped, a value replaced by one of :data:`REPLACEMENTS`, an unknown key added)."""
    from hypothesis import strategies as st  # a test dependency; only the property tests draw

    @st.composite
    def mutated(draw: st.DrawFn) -> tuple[str, Any]:
        operation_id, _, example = draw(st.sampled_from(examples))
        document = copy.deepcopy(example)
        for _ in range(draw(st.integers(1, 3))):
            path = draw(st.sampled_from(_paths(document)))
            how = draw(st.sampled_from(["drop", "replace", "replace", "extra"]))
            _edit(document, path, how, copy.deepcopy(draw(st.sampled_from(REPLACEMENTS))))
        return operation_id, document

    return mutated()
