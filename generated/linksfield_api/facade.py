# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
"""Typed resources over the generated endpoints of Linksfield IoT connectivity APIs (curated).

Rendered by generator/facade_step.py from the spec and openapi-python-client's own parse of it, so
every argument has exactly the generated type. The hand-written ``linksfield`` package supplies the
invoker (signing, sending, retries, envelope unwrapping); this module only describes each call.

Importing it loads no model and no endpoint module (start-up time: ``import linksfield`` and
``linksfield --help`` read this module). The models appear in annotations only (imported for type
checkers); each request builder imports what it builds with when it first runs, and an
``Operation`` names its response and data classes, resolved on first use.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from enum import Enum
from functools import partial
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, TypeVar

from attrs import frozen

from .types import UNSET, Unset

if TYPE_CHECKING:
    import httpx

    from .models import (
        AutoBindFlag,
        BatchOrderPackagesData,
        BindOperation,
        BindTrackRecord,
        CardDayUsage,
        CardDetail,
        CardMonthUsage,
        CardNetworkBatch,
        CardOperationState,
        CdrPage,
        CdrRecord,
        Device,
        DeviceList,
        DeviceType,
        LatestCdr,
        MessageType,
        MtSmsPage,
        MtSmsRecord,
        OpenFlag,
        OpenPackageData,
        OrderPackageData,
        OrderStatus,
        OtaFlag,
        Package,
        PackageOrder,
        PackageType,
        PayResult,
        PayType,
        PoolDayUsage,
        PoolDetail,
        PoolMonthUsage,
        QueryOrdersData,
        SmsCdrPage,
        SmsCdrRecord,
        SmsTarget,
        SyncPackagesData,
        TrafficPool,
        TrafficPoolPage,
        YesNoFlag,
    )

T = TypeVar("T")
E = TypeVar("E", bound=Enum)
T_co = TypeVar("T_co", covariant=True)
ItemT = TypeVar("ItemT")

Family = Literal["cmp", "csss", "pool"]
SideEffect = Literal["read", "mutate", "spend"]


class RawCode(str):
    """A code the enum does not know, passed through as given.

    The generated request models serialise an enum field with ``.value``; keeping the caller's
    string here lets the request reach the spec validation, which then names the bad field,
    instead of failing with an AttributeError deep in the generated code.
    """

    @property
    def value(self) -> str:
        return str(self)


def _enum(enum_type: type[E], value: Any) -> Any:
    """Accept the enum member or its documented string value (``order_status="2"``)."""
    if isinstance(value, enum_type) or not isinstance(value, str):
        return value
    try:
        return enum_type(value)
    except ValueError:
        return RawCode(value)


class RawModel(dict[str, Any]):
    """A mapping that did not parse into its model, passed through so validation names the field."""

    def to_dict(self) -> dict[str, Any]:
        return dict(self)


def _model(model_type: Any, value: Any) -> Any:
    """Accept the generated model or a plain mapping of wire names (``{"msg_id": ...}``), or a list."""
    if isinstance(value, list):
        return [_model(model_type, item) for item in value]
    if not isinstance(value, Mapping):
        return value
    try:
        return model_type.from_dict(value)
    except (KeyError, TypeError, ValueError, AttributeError):
        return RawModel(value)


_BUILTIN_CLASSES: dict[str, type[Any]] = {
    "bool": bool,
    "dict": dict,
    "float": float,
    "int": int,
    "list": list,
    "str": str,
}
_RESOLVED: dict[str, type[Any]] = {}


def generated_class(name: str) -> type[Any]:
    """The class ``name`` of ``linksfield_api.models`` (or a builtin such as ``list``), imported on
    first use and remembered: an ``Operation`` holds names so that importing this module is cheap."""
    found = _RESOLVED.get(name)
    if found is None:
        from . import models

        found = _RESOLVED[name] = (
            _BUILTIN_CLASSES[name] if name in _BUILTIN_CLASSES else getattr(models, name)
        )
    return found


FAMILY_SERVERS: dict[str, dict[str, str | None]] = {
    "cmp": {"production": "https://lk-api-v2.linksfield.net", "uat": None},
    "csss": {
        "production": "https://apiv3.linksfield.net",
        "uat": "https://api-uat.io.linksfield.net/cube/v4",
    },
    "pool": {"production": None, "uat": None},
}
"""Base URL of each API family per environment (`x-linksfield-families`); None where unknown."""


@frozen
class Argument:
    """One keyword argument of an operation: its Python and wire names, where it travels, its JSON types.

    What a generic caller (the command line) needs to turn text into a call without per-operation code.
    """

    python_name: str
    wire_name: str
    location: Literal["path", "query", "body"]
    required: bool
    json_types: tuple[str, ...]
    description: str


@frozen
class CheckSource:
    """Where one argument of an outcome check comes from (`x-outcome-check`, parsed by the generator).

    ``body``: the request body at ``pointer`` (a ``*`` token: every item of an array); ``query`` /
    ``path``: the request's parameter ``name``; ``literal``: ``value`` itself.
    """

    kind: Literal["body", "query", "path", "literal"]
    pointer: tuple[str, ...] = ()
    name: str = ""
    value: Any = None


@frozen
class OutcomeCheck:
    """How to find out whether a state-changing call took effect when its answer was lost."""

    operation_id: str
    tag: str
    arguments: tuple[tuple[str, CheckSource], ...]
    hint: str


@frozen
class Operation(Generic[T]):
    """One operation of the spec, as the invoker needs it. ``T`` is the type of the unwrapped data."""

    operation_id: str
    tag: str
    family: Family
    side_effect: SideEffect
    method: str
    path: str
    summary: str
    response_model: str
    """The generated class of the whole answer (the envelope), by name in ``linksfield_api.models``."""
    data_models: tuple[str, ...]
    """The runtime classes ``data`` may be (model names, or ``list``/``str``/...); empty: no data."""
    data_required: bool
    doc_versions: tuple[str, ...]
    alias_paths: tuple[str, ...]
    arguments: tuple[Argument, ...] = ()
    outcome_check: OutcomeCheck | None = None
    history_days: int | None = None
    """How many days back the API answers (`x-history-days`), where the spec states it."""

    @property
    def response_type(self) -> type[Any]:
        """The envelope class (imported on first use: the models are not loaded with this module)."""
        return generated_class(self.response_model)

    @property
    def data_types(self) -> tuple[type[Any], ...]:
        """The classes ``data`` may be an instance of (for ``isinstance``); empty when it has none."""
        return tuple(generated_class(name) for name in self.data_models)


@frozen
class Pagination(Generic[T, ItemT]):
    """How to page through an operation (`x-pagination`): page fields, items and totals of ``T``."""

    operation: Operation[T]
    page_param: str
    size_param: str
    first_page: int
    page_size: int
    max_page_size: int | None
    items: Callable[[T], list[ItemT] | Unset | None]
    total_items: Callable[[T], int | Unset | None] | None
    total_pages: Callable[[T], int | Unset | None] | None


RequestBuilder = Callable[[], dict[str, Any]]
"""Builds one call's ``httpx.request`` arguments; a ``functools.partial`` over the call's own arguments,
so the invoker can check them (by name) before building, e.g. for text a URL cannot carry."""


class Misfit(Protocol):
    """A value of an answer that does not fit the spec, kept as received (``RawResponse.misfits``)."""

    @property
    def path(self) -> tuple[str | int, ...]: ...

    @property
    def reason(self) -> str: ...


class RawResponse(Protocol[T_co]):
    """What ``with_raw_response`` returns: the unwrapped data with the HTTP exchange behind it."""

    @property
    def data(self) -> T_co: ...

    @property
    def http_response(self) -> httpx.Response: ...

    @property
    def envelope(self) -> dict[str, Any]: ...

    @property
    def request_id(self) -> str | None: ...

    @property
    def misfits(self) -> tuple[Misfit, ...]: ...

    @property
    def unknown_codes(self) -> tuple[str, ...]: ...


class SyncInvoker(Protocol):
    """Sends a described call and unwraps its envelope (implemented by ``linksfield``)."""

    def call(self, operation: Operation[T], request: RequestBuilder) -> T: ...

    def call_raw(self, operation: Operation[T], request: RequestBuilder) -> RawResponse[T]: ...

    def paginate(
        self,
        pages: Pagination[T, ItemT],
        fetch: Callable[[int, int], T],
        *,
        page_size: int,
        max_items: int | None,
        max_pages: int | None,
    ) -> Iterator[ItemT]: ...


class AsyncInvoker(Protocol):
    """The asynchronous counterpart of :class:`SyncInvoker`."""

    async def call(self, operation: Operation[T], request: RequestBuilder) -> T: ...

    async def call_raw(self, operation: Operation[T], request: RequestBuilder) -> RawResponse[T]: ...

    def paginate(
        self,
        pages: Pagination[T, ItemT],
        fetch: Callable[[int, int], Awaitable[T]],
        *,
        page_size: int,
        max_items: int | None,
        max_pages: int | None,
    ) -> AsyncIterator[ItemT]: ...


GET_BATCH_OPERATION_STATUS: Operation[list[CardOperationState]] = Operation(
    operation_id="get_batch_operation_status",
    tag="cards",
    family="pool",
    side_effect="read",
    method="GET",
    path="/api/v1/operation/batch/query/status",
    summary="Get the progress of a batch card operation",
    response_model="GetBatchOperationStatusResponse",
    data_models=("list",),
    data_required=True,
    doc_versions=("pool",),
    alias_paths=(),
    arguments=(
        Argument("batch_code", "batchCode", "query", True, ("string",), "A batch code of the pool/card API."),
    ),
)


def _get_batch_operation_status_request(
    *,
    batch_code: str,
) -> dict[str, Any]:
    from .api.cards import get_batch_operation_status as _get_batch_operation_status

    return _get_batch_operation_status.request_kwargs(
        batch_code=batch_code,
    )


GET_CARD_DAY_USAGE: Operation[CardDayUsage] = Operation(
    operation_id="get_card_day_usage",
    tag="cards",
    family="pool",
    side_effect="read",
    method="GET",
    path="/api/v1/card/getCardDayUsage",
    summary="Get a card's usage on one day of the last 30 days",
    response_model="GetCardDayUsageResponse",
    data_models=("CardDayUsage",),
    data_required=True,
    doc_versions=("pool",),
    alias_paths=(),
    history_days=30,
    arguments=(
        Argument(
            "iccid",
            "iccid",
            "query",
            True,
            ("string",),
            "An ICCID (18 to 22 digits, an optional trailing hex check character).",
        ),
        Argument("query_day", "queryDay", "query", True, ("string",), "A calendar date, yyyy-MM-dd."),
    ),
)


def _get_card_day_usage_request(
    *,
    iccid: str,
    query_day: str,
) -> dict[str, Any]:
    from .api.cards import get_card_day_usage as _get_card_day_usage

    return _get_card_day_usage.request_kwargs(
        iccid=iccid,
        query_day=query_day,
    )


GET_CARD_DETAIL: Operation[CardDetail] = Operation(
    operation_id="get_card_detail",
    tag="cards",
    family="pool",
    side_effect="read",
    method="GET",
    path="/api/v1/card/detail",
    summary="Get one card",
    response_model="GetCardDetailResponse",
    data_models=("CardDetail",),
    data_required=True,
    doc_versions=("pool",),
    alias_paths=(),
    arguments=(
        Argument(
            "iccid",
            "iccid",
            "query",
            True,
            ("string",),
            "An ICCID (18 to 22 digits, an optional trailing hex check character).",
        ),
    ),
)


def _get_card_detail_request(
    *,
    iccid: str,
) -> dict[str, Any]:
    from .api.cards import get_card_detail as _get_card_detail

    return _get_card_detail.request_kwargs(
        iccid=iccid,
    )


GET_CARD_MONTH_USAGE: Operation[CardMonthUsage] = Operation(
    operation_id="get_card_month_usage",
    tag="cards",
    family="pool",
    side_effect="read",
    method="GET",
    path="/api/v1/card/getCardMonthUsage",
    summary="Get a card's usage in one month",
    response_model="GetCardMonthUsageResponse",
    data_models=("CardMonthUsage",),
    data_required=True,
    doc_versions=("pool",),
    alias_paths=(),
    arguments=(
        Argument(
            "iccid",
            "iccid",
            "query",
            True,
            ("string",),
            "An ICCID (18 to 22 digits, an optional trailing hex check character).",
        ),
        Argument("query_month", "queryMonth", "query", True, ("string",), "A month, yyyy-MM."),
    ),
)


def _get_card_month_usage_request(
    *,
    iccid: str,
    query_month: str,
) -> dict[str, Any]:
    from .api.cards import get_card_month_usage as _get_card_month_usage

    return _get_card_month_usage.request_kwargs(
        iccid=iccid,
        query_month=query_month,
    )


SWITCH_CARD_NETWORK: Operation[CardNetworkBatch] = Operation(
    operation_id="switch_card_network",
    tag="cards",
    family="pool",
    side_effect="mutate",
    method="POST",
    path="/api/v1/card/operation/network",
    summary="Switch the network of up to 10 cards on or off",
    response_model="SwitchCardNetworkResponse",
    data_models=("CardNetworkBatch",),
    data_required=True,
    doc_versions=("pool",),
    alias_paths=(),
    arguments=(
        Argument("iccids", "iccids", "body", True, ("array",), "The cards, at most 10."),
        Argument(
            "switch_on",
            "switchOn",
            "body",
            True,
            ("boolean",),
            "true enables the network, false disables it.",
        ),
    ),
    outcome_check=OutcomeCheck(
        operation_id="get_card_detail",
        tag="cards",
        arguments=(("iccid", CheckSource("body", ("iccids", "*"), "", None)),),
        hint="read each card and check its network state before switching again",
    ),
)


def _switch_card_network_request(
    *,
    iccids: list[str],
    switch_on: bool,
) -> dict[str, Any]:
    from .api.cards import switch_card_network as _switch_card_network
    from .models import SwitchCardNetworkRequest

    body = SwitchCardNetworkRequest(
        iccids=iccids,
        switch_on=switch_on,
    )
    return _switch_card_network.request_kwargs(
        body=body,
    )


QUERY_SIM_CDR: Operation[CdrPage] = Operation(
    operation_id="query_sim_cdr",
    tag="cdr",
    family="cmp",
    side_effect="read",
    method="GET",
    path="/cmp-api/sims/{sim_id}/cdr",
    summary="Query the data CDRs of one SIM",
    response_model="QuerySimCdrResponse",
    data_models=("CdrPage",),
    data_required=True,
    doc_versions=("cmp-v1", "cmp-v2"),
    alias_paths=(),
    history_days=180,
    arguments=(
        Argument(
            "sim_id",
            "sim_id",
            "path",
            True,
            ("string",),
            "A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use opaque ids.",
        ),
        Argument(
            "received_start_time",
            "received_start_time",
            "query",
            True,
            ("string",),
            "A calendar date, yyyy-MM-dd.",
        ),
        Argument(
            "received_end_by", "received_end_by", "query", True, ("string",), "A calendar date, yyyy-MM-dd."
        ),
        Argument("page_no", "page_no", "query", True, ("integer",), "A page number, from 1."),
        Argument(
            "page_size",
            "page_size",
            "query",
            True,
            ("integer",),
            "Records per page. Only queryOrder documents a maximum (QueryOrdersPageSize).",
        ),
    ),
)
QUERY_SIM_CDR_PAGES: Pagination[CdrPage, CdrRecord] = Pagination(
    operation=QUERY_SIM_CDR,
    page_param="page_no",
    size_param="page_size",
    first_page=1,
    page_size=100,
    max_page_size=None,
    items=lambda data: data.data,
    total_items=lambda data: data.total_count,
    total_pages=None,
)


def _query_sim_cdr_request(
    *,
    sim_id: str,
    received_start_time: str,
    received_end_by: str,
    page_no: int,
    page_size: int,
) -> dict[str, Any]:
    from .api.cdr import query_sim_cdr as _query_sim_cdr

    return _query_sim_cdr.request_kwargs(
        sim_id=sim_id,
        received_start_time=received_start_time,
        received_end_by=received_end_by,
        page_no=page_no,
        page_size=page_size,
    )


QUERY_SIM_CDR_BY_APN: Operation[CdrPage] = Operation(
    operation_id="query_sim_cdr_by_apn",
    tag="cdr",
    family="cmp",
    side_effect="read",
    method="GET",
    path="/cmp-api/sims/{sim_id}/cdr/apn",
    summary="Query the data CDRs of one SIM for one or more APNs",
    response_model="QuerySimCdrResponse",
    data_models=("CdrPage",),
    data_required=True,
    doc_versions=("cmp-v2",),
    alias_paths=(),
    history_days=180,
    arguments=(
        Argument(
            "sim_id",
            "sim_id",
            "path",
            True,
            ("string",),
            "A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use opaque ids.",
        ),
        Argument("apn", "apn", "query", False, ("string",), ""),
        Argument(
            "received_start_time",
            "received_start_time",
            "query",
            True,
            ("string",),
            "A calendar date, yyyy-MM-dd.",
        ),
        Argument(
            "received_end_by", "received_end_by", "query", True, ("string",), "A calendar date, yyyy-MM-dd."
        ),
        Argument("page_no", "page_no", "query", True, ("integer",), "A page number, from 1."),
        Argument(
            "page_size",
            "page_size",
            "query",
            True,
            ("integer",),
            "Records per page. Only queryOrder documents a maximum (QueryOrdersPageSize).",
        ),
    ),
)
QUERY_SIM_CDR_BY_APN_PAGES: Pagination[CdrPage, CdrRecord] = Pagination(
    operation=QUERY_SIM_CDR_BY_APN,
    page_param="page_no",
    size_param="page_size",
    first_page=1,
    page_size=100,
    max_page_size=None,
    items=lambda data: data.data,
    total_items=lambda data: data.total_count,
    total_pages=None,
)


def _query_sim_cdr_by_apn_request(
    *,
    sim_id: str,
    received_start_time: str,
    received_end_by: str,
    page_no: int,
    page_size: int,
    apn: str | Unset = UNSET,
) -> dict[str, Any]:
    from .api.cdr import query_sim_cdr_by_apn as _query_sim_cdr_by_apn

    return _query_sim_cdr_by_apn.request_kwargs(
        sim_id=sim_id,
        apn=apn,
        received_start_time=received_start_time,
        received_end_by=received_end_by,
        page_no=page_no,
        page_size=page_size,
    )


BIND_DEVICE_IMEI: Operation[str] = Operation(
    operation_id="bind_device_imei",
    tag="devices",
    family="cmp",
    side_effect="mutate",
    method="POST",
    path="/cmp-api/device/bind",
    summary="Bind a device to an IMEI, or unbind it (beta)",
    response_model="BindDeviceImeiResponse",
    data_models=("str",),
    data_required=True,
    doc_versions=("cmp-v2",),
    alias_paths=("/cmp-api/device/bound",),
    arguments=(
        Argument(
            "device_id",
            "device_id",
            "body",
            True,
            ("string",),
            "A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use opaque ids.",
        ),
        Argument("imei", "imei", "body", True, ("string",), "A 15-16 digit IMEI or IMEISV."),
        Argument(
            "oper_type", "oper_type", "body", True, ("string",), "1 bind the device to the IMEI; 2 unbind it."
        ),
        Argument(
            "ota_flag", "ota_flag", "body", True, ("string",), "OTA capability. 1 has OTA; 2 has no OTA."
        ),
        Argument(
            "auto_bind_flag",
            "auto_bind_flag",
            "body",
            True,
            ("string",),
            "Bind automatically on first network attach. 1 yes; 2 no.",
        ),
    ),
    outcome_check=OutcomeCheck(
        operation_id="get_bind_history",
        tag="devices",
        arguments=(("device_id", CheckSource("body", ("device_id",), "", None)),),
        hint="read the device's binding history and check the newest entry",
    ),
)


def _bind_device_imei_request(
    *,
    device_id: str,
    imei: str,
    oper_type: BindOperation | str,
    ota_flag: OtaFlag | str,
    auto_bind_flag: AutoBindFlag | str,
) -> dict[str, Any]:
    from .api.devices import bind_device_imei as _bind_device_imei
    from .models import AutoBindFlag, BindDeviceImeiRequest, BindOperation, OtaFlag

    body = BindDeviceImeiRequest(
        device_id=device_id,
        imei=imei,
        oper_type=_enum(BindOperation, oper_type),
        ota_flag=_enum(OtaFlag, ota_flag),
        auto_bind_flag=_enum(AutoBindFlag, auto_bind_flag),
    )
    return _bind_device_imei.request_kwargs(
        body=body,
    )


GET_BIND_HISTORY: Operation[list[BindTrackRecord]] = Operation(
    operation_id="get_bind_history",
    tag="devices",
    family="cmp",
    side_effect="read",
    method="POST",
    path="/cmp-api/device/getBindTrackList",
    summary="Get the IMEI binding history of a device (beta)",
    response_model="GetBindHistoryResponse",
    data_models=("list",),
    data_required=True,
    doc_versions=("cmp-v2",),
    alias_paths=("/cmp-api/device/getBoundTrackList",),
    arguments=(
        Argument(
            "device_id",
            "device_id",
            "body",
            True,
            ("string",),
            "A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use opaque ids.",
        ),
    ),
)


def _get_bind_history_request(
    *,
    device_id: str,
) -> dict[str, Any]:
    from .api.devices import get_bind_history as _get_bind_history
    from .models import DeviceIdRequest

    body = DeviceIdRequest(
        device_id=device_id,
    )
    return _get_bind_history.request_kwargs(
        body=body,
    )


PAUSE_SERVICE: Operation[None] = Operation(
    operation_id="pause_service",
    tag="devices",
    family="cmp",
    side_effect="mutate",
    method="POST",
    path="/cmp-api/device/pauseService",
    summary="Pause an active order",
    response_model="CmpEmptyResponse",
    data_models=(),
    data_required=False,
    doc_versions=("cmp-v2",),
    alias_paths=(),
    arguments=(
        Argument(
            "order_id",
            "order_id",
            "body",
            True,
            ("string",),
            "An order id as the vendor issues it (e.g. `ORDER_47454030993031168`, `202107061625560742397`).",
        ),
        Argument(
            "device_id",
            "device_id",
            "body",
            False,
            ("string",),
            "A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use opaque ids.",
        ),
    ),
    outcome_check=OutcomeCheck(
        operation_id="query_orders",
        tag="packages",
        arguments=(
            ("order_id", CheckSource("body", ("order_id",), "", None)),
            ("page_no", CheckSource("literal", (), "", 1)),
            ("page_size", CheckSource("literal", (), "", 1)),
        ),
        hint="query the order and check whether it is paused",
    ),
)


def _pause_service_request(
    *,
    order_id: str,
    device_id: str | Unset = UNSET,
) -> dict[str, Any]:
    from .api.devices import pause_service as _pause_service
    from .models import OrderServiceRequest

    body = OrderServiceRequest(
        order_id=order_id,
        device_id=device_id,
    )
    return _pause_service.request_kwargs(
        body=body,
    )


QUERY_DEVICE: Operation[Device] = Operation(
    operation_id="query_device",
    tag="devices",
    family="cmp",
    side_effect="read",
    method="POST",
    path="/cmp-api/device/queryDevice",
    summary="Query one device, its lifecycle and its active order",
    response_model="QueryDeviceResponse",
    data_models=("Device",),
    data_required=True,
    doc_versions=("cmp-v1", "cmp-v2"),
    alias_paths=(),
    arguments=(
        Argument(
            "device_id",
            "device_id",
            "body",
            True,
            ("string",),
            "A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use opaque ids.",
        ),
        Argument(
            "timestamp",
            "timestamp",
            "body",
            False,
            ("string",),
            "Current UTC time in milliseconds (v2 only; optional).",
        ),
    ),
)


def _query_device_request(
    *,
    device_id: str,
    timestamp: str | Unset = UNSET,
) -> dict[str, Any]:
    from .api.devices import query_device as _query_device
    from .models import QueryDeviceRequest

    body = QueryDeviceRequest(
        device_id=device_id,
        timestamp=timestamp,
    )
    return _query_device.request_kwargs(
        body=body,
    )


QUERY_DEVICES: Operation[DeviceList] = Operation(
    operation_id="query_devices",
    tag="devices",
    family="cmp",
    side_effect="read",
    method="POST",
    path="/cmp-api/device/queryBatchDevice",
    summary="List devices, page by page",
    response_model="QueryDevicesResponse",
    data_models=("DeviceList",),
    data_required=True,
    doc_versions=("cmp-v2",),
    alias_paths=(),
    arguments=(
        Argument("page_no", "page_no", "body", False, ("integer",), "A page number, from 1."),
        Argument(
            "page_size",
            "page_size",
            "body",
            False,
            ("integer",),
            "Records per page. Only queryOrder documents a maximum (QueryOrdersPageSize).",
        ),
    ),
)
QUERY_DEVICES_PAGES: Pagination[DeviceList, Device] = Pagination(
    operation=QUERY_DEVICES,
    page_param="page_no",
    size_param="page_size",
    first_page=1,
    page_size=100,
    max_page_size=None,
    items=lambda data: data.device,
    total_items=lambda data: data.page.total_count,
    total_pages=lambda data: data.page.total_pages,
)


def _query_devices_request(
    *,
    page_no: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:
    from .api.devices import query_devices as _query_devices
    from .models import QueryDevicesRequest

    body = QueryDevicesRequest(
        page_no=page_no,
        page_size=page_size,
    )
    return _query_devices.request_kwargs(
        body=body,
    )


RESTART_SERVICE: Operation[None] = Operation(
    operation_id="restart_service",
    tag="devices",
    family="cmp",
    side_effect="mutate",
    method="POST",
    path="/cmp-api/device/restartService",
    summary="Restart a paused order",
    response_model="CmpEmptyResponse",
    data_models=(),
    data_required=False,
    doc_versions=("cmp-v2",),
    alias_paths=(),
    arguments=(
        Argument(
            "order_id",
            "order_id",
            "body",
            True,
            ("string",),
            "An order id as the vendor issues it (e.g. `ORDER_47454030993031168`, `202107061625560742397`).",
        ),
        Argument(
            "device_id",
            "device_id",
            "body",
            False,
            ("string",),
            "A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use opaque ids.",
        ),
    ),
    outcome_check=OutcomeCheck(
        operation_id="query_orders",
        tag="packages",
        arguments=(
            ("order_id", CheckSource("body", ("order_id",), "", None)),
            ("page_no", CheckSource("literal", (), "", 1)),
            ("page_size", CheckSource("literal", (), "", 1)),
        ),
        hint="query the order and check whether it is active again",
    ),
)


def _restart_service_request(
    *,
    order_id: str,
    device_id: str | Unset = UNSET,
) -> dict[str, Any]:
    from .api.devices import restart_service as _restart_service
    from .models import OrderServiceRequest

    body = OrderServiceRequest(
        order_id=order_id,
        device_id=device_id,
    )
    return _restart_service.request_kwargs(
        body=body,
    )


BATCH_ORDER_PACKAGES: Operation[BatchOrderPackagesData] = Operation(
    operation_id="batch_order_packages",
    tag="packages",
    family="cmp",
    side_effect="spend",
    method="POST",
    path="/cmp-api/package/batchOrderPackages",
    summary="Order a data plan for many devices at once (spends money)",
    response_model="BatchOrderPackagesResponse",
    data_models=("BatchOrderPackagesData",),
    data_required=True,
    doc_versions=("cmp-v1", "cmp-v2"),
    alias_paths=(),
    arguments=(
        Argument(
            "device_list",
            "deviceList",
            "body",
            True,
            ("array",),
            "The devices to order for, as plain id strings, each once (R-BATCH-DEVICELIST, R-BATCH-UNIQUE-DEVICES).",
        ),
        Argument(
            "package_code",
            "package_code",
            "body",
            True,
            ("string",),
            "A package (data plan) code, e.g. `DP20190726001274` or `LP14231124004197`.",
        ),
        Argument(
            "is_open",
            "is_open",
            "body",
            True,
            ("string",),
            "Whether to open the ordered package at once. 1 open immediately; 0 do not.",
        ),
        Argument(
            "subscribed_count",
            "subscribed_count",
            "body",
            False,
            ("integer",),
            'v1 only. Refused with "Traffic pool order count exceeds the allowable limit" beyond the pool\'s limit.',
        ),
        Argument(
            "global_order",
            "global_order",
            "body",
            False,
            ("string",),
            "1 yes; 0 no (`global_order`, `test_flow_flag`, `hasTestFlow`).",
        ),
        Argument("package_name", "package_name", "body", False, ("string",), "Package name (v2)."),
        Argument(
            "package_type",
            "package_type",
            "body",
            False,
            ("string",),
            "Package (plan) type. 0 unlimited daily plan (CSSS only); 1 daily; 2 monthly; 3 quarterly;\n4 half-yearly; 5 yearly.\n",
        ),
        Argument(
            "order_period",
            "order_period",
            "body",
            False,
            ("string",),
            "A whole number sent as a JSON string (counts, periods, traffic in MB or KB).",
        ),
        Argument("pay_rst", "pay_rst", "body", False, ("string",), "Payment result. 1 unpaid; 2 paid."),
        Argument(
            "pay_type",
            "pay_type",
            "body",
            False,
            ("string",),
            "Payment method. 0 ipay88; 1 WeChat Pay; 2 Alipay.",
        ),
        Argument(
            "pay_amount",
            "pay_amount",
            "body",
            False,
            ("string",),
            'An amount in yuan sent as a JSON string, at most two decimals ("supports two digits after the decimal point", CMP v2; "two decimal places", CSSS).',
        ),
        Argument(
            "test_flow_flag",
            "test_flow_flag",
            "body",
            False,
            ("string",),
            "1 yes; 0 no (`global_order`, `test_flow_flag`, `hasTestFlow`).",
        ),
        Argument(
            "test_flow",
            "test_flow",
            "body",
            False,
            ("string",),
            "A whole number sent as a JSON string, or the empty string when the vendor leaves it blank.",
        ),
    ),
    outcome_check=OutcomeCheck(
        operation_id="query_orders",
        tag="packages",
        arguments=(
            ("device_id", CheckSource("body", ("deviceList", "*"), "", None)),
            ("page_no", CheckSource("literal", (), "", 1)),
            ("page_size", CheckSource("literal", (), "", 50)),
        ),
        hint="query each device's orders and look for this package before ordering again",
    ),
)


def _batch_order_packages_request(
    *,
    device_list: list[str],
    package_code: str,
    is_open: OpenFlag | str,
    subscribed_count: int | Unset = UNSET,
    global_order: YesNoFlag | str | Unset = UNSET,
    package_name: str | Unset = UNSET,
    package_type: PackageType | str | Unset = UNSET,
    order_period: str | Unset = UNSET,
    pay_rst: PayResult | str | Unset = UNSET,
    pay_type: PayType | str | Unset = UNSET,
    pay_amount: str | Unset = UNSET,
    test_flow_flag: YesNoFlag | str | Unset = UNSET,
    test_flow: str | Unset = UNSET,
) -> dict[str, Any]:
    from .api.packages import batch_order_packages as _batch_order_packages
    from .models import BatchOrderPackagesRequest, OpenFlag, PackageType, PayResult, PayType, YesNoFlag

    body = BatchOrderPackagesRequest(
        device_list=device_list,
        package_code=package_code,
        is_open=_enum(OpenFlag, is_open),
        subscribed_count=subscribed_count,
        global_order=_enum(YesNoFlag, global_order),
        package_name=package_name,
        package_type=_enum(PackageType, package_type),
        order_period=order_period,
        pay_rst=_enum(PayResult, pay_rst),
        pay_type=_enum(PayType, pay_type),
        pay_amount=pay_amount,
        test_flow_flag=_enum(YesNoFlag, test_flow_flag),
        test_flow=test_flow,
    )
    return _batch_order_packages.request_kwargs(
        body=body,
    )


CANCEL_PACKAGE: Operation[None] = Operation(
    operation_id="cancel_package",
    tag="packages",
    family="cmp",
    side_effect="mutate",
    method="POST",
    path="/cmp-api/package/cancelPackage",
    summary="Cancel an order that has not been activated",
    response_model="CmpEmptyResponse",
    data_models=(),
    data_required=False,
    doc_versions=("cmp-v1", "cmp-v2"),
    alias_paths=(),
    arguments=(
        Argument(
            "order_id",
            "order_id",
            "body",
            True,
            ("string",),
            "An order id as the vendor issues it (e.g. `ORDER_47454030993031168`, `202107061625560742397`).",
        ),
    ),
    outcome_check=OutcomeCheck(
        operation_id="query_orders",
        tag="packages",
        arguments=(
            ("order_id", CheckSource("body", ("order_id",), "", None)),
            ("page_no", CheckSource("literal", (), "", 1)),
            ("page_size", CheckSource("literal", (), "", 1)),
        ),
        hint="query the order and check whether it is cancelled",
    ),
)


def _cancel_package_request(
    *,
    order_id: str,
) -> dict[str, Any]:
    from .api.packages import cancel_package as _cancel_package
    from .models import OrderIdRequest

    body = OrderIdRequest(
        order_id=order_id,
    )
    return _cancel_package.request_kwargs(
        body=body,
    )


FINISH_ORDER_EARLY: Operation[None] = Operation(
    operation_id="finish_order_early",
    tag="packages",
    family="cmp",
    side_effect="mutate",
    method="POST",
    path="/cmp-api/package/aheadFinishDeviceOrder",
    summary="End an active order before it expires",
    response_model="CmpEmptyResponse",
    data_models=(),
    data_required=False,
    doc_versions=("cmp-v1", "cmp-v2"),
    alias_paths=(),
    arguments=(
        Argument(
            "order_id",
            "order_id",
            "body",
            True,
            ("string",),
            "An order id as the vendor issues it (e.g. `ORDER_47454030993031168`, `202107061625560742397`).",
        ),
        Argument(
            "ahead_finish_cause", "ahead_finish_cause", "body", True, ("string",), "Why the order ends early."
        ),
        Argument("device_type", "device_type", "body", False, ("string",), "The device type, or empty."),
    ),
    outcome_check=OutcomeCheck(
        operation_id="query_orders",
        tag="packages",
        arguments=(
            ("order_id", CheckSource("body", ("order_id",), "", None)),
            ("page_no", CheckSource("literal", (), "", 1)),
            ("page_size", CheckSource("literal", (), "", 1)),
        ),
        hint="query the order and check whether it has finished",
    ),
)


def _finish_order_early_request(
    *,
    order_id: str,
    ahead_finish_cause: str,
    device_type: DeviceType | Literal[""] | str | Unset = UNSET,
) -> dict[str, Any]:
    from .api.packages import finish_order_early as _finish_order_early
    from .models import DeviceType, FinishOrderEarlyRequest

    body = FinishOrderEarlyRequest(
        order_id=order_id,
        ahead_finish_cause=ahead_finish_cause,
        device_type=_enum(DeviceType, device_type),
    )
    return _finish_order_early.request_kwargs(
        body=body,
    )


GET_TRAFFIC_POOL_INFO: Operation[TrafficPoolPage] = Operation(
    operation_id="get_traffic_pool_info",
    tag="packages",
    family="cmp",
    side_effect="read",
    method="POST",
    path="/cmp-api/package/getTrafficPoolInfo",
    summary="List this enterprise's traffic pools, page by page",
    response_model="GetTrafficPoolInfoResponse",
    data_models=("TrafficPoolPage",),
    data_required=True,
    doc_versions=("cmp-v1",),
    alias_paths=(),
    arguments=(
        Argument("page_no", "page_no", "body", True, ("integer",), "A page number, from 1."),
        Argument(
            "page_size",
            "page_size",
            "body",
            False,
            ("integer",),
            "Records per page. Only queryOrder documents a maximum (QueryOrdersPageSize).",
        ),
    ),
)
GET_TRAFFIC_POOL_INFO_PAGES: Pagination[TrafficPoolPage, TrafficPool] = Pagination(
    operation=GET_TRAFFIC_POOL_INFO,
    page_param="page_no",
    size_param="page_size",
    first_page=1,
    page_size=100,
    max_page_size=None,
    items=lambda data: data.rows,
    total_items=lambda data: data.total,
    total_pages=None,
)


def _get_traffic_pool_info_request(
    *,
    page_no: int,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:
    from .api.packages import get_traffic_pool_info as _get_traffic_pool_info
    from .models import GetTrafficPoolInfoRequest

    body = GetTrafficPoolInfoRequest(
        page_no=page_no,
        page_size=page_size,
    )
    return _get_traffic_pool_info.request_kwargs(
        body=body,
    )


OPEN_PACKAGE: Operation[OpenPackageData] = Operation(
    operation_id="open_package",
    tag="packages",
    family="cmp",
    side_effect="spend",
    method="POST",
    path="/cmp-api/package/openPackage",
    summary="Open (activate) an ordered data plan (spends money)",
    response_model="OpenPackageResponse",
    data_models=("OpenPackageData",),
    data_required=True,
    doc_versions=("cmp-v1", "cmp-v2"),
    alias_paths=(),
    arguments=(
        Argument(
            "order_id",
            "order_id",
            "body",
            True,
            ("string",),
            "An order id as the vendor issues it (e.g. `ORDER_47454030993031168`, `202107061625560742397`).",
        ),
    ),
    outcome_check=OutcomeCheck(
        operation_id="query_orders",
        tag="packages",
        arguments=(
            ("order_id", CheckSource("body", ("order_id",), "", None)),
            ("page_no", CheckSource("literal", (), "", 1)),
            ("page_size", CheckSource("literal", (), "", 1)),
        ),
        hint="query the order and check whether its status is active",
    ),
)


def _open_package_request(
    *,
    order_id: str,
) -> dict[str, Any]:
    from .api.packages import open_package as _open_package
    from .models import OrderIdRequest

    body = OrderIdRequest(
        order_id=order_id,
    )
    return _open_package.request_kwargs(
        body=body,
    )


ORDER_PACKAGE: Operation[OrderPackageData] = Operation(
    operation_id="order_package",
    tag="packages",
    family="csss",
    side_effect="spend",
    method="POST",
    path="/package/orderPackage",
    summary="Order a data plan for one device through CSSS (spends money)",
    response_model="OrderPackageResponse",
    data_models=("OrderPackageData",),
    data_required=True,
    doc_versions=("csss",),
    alias_paths=(),
    arguments=(
        Argument(
            "device_id",
            "device_id",
            "body",
            True,
            ("string",),
            "A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use opaque ids.",
        ),
        Argument(
            "global_order",
            "global_order",
            "body",
            True,
            ("string",),
            "1 yes; 0 no (`global_order`, `test_flow_flag`, `hasTestFlow`).",
        ),
        Argument(
            "is_open",
            "is_open",
            "body",
            True,
            ("string",),
            "Whether to open the ordered package at once. 1 open immediately; 0 do not.",
        ),
        Argument(
            "order_period",
            "order_period",
            "body",
            True,
            ("string",),
            "A whole number sent as a JSON string (counts, periods, traffic in MB or KB).",
        ),
        Argument(
            "package_code",
            "package_code",
            "body",
            True,
            ("string",),
            "A package (data plan) code, e.g. `DP20190726001274` or `LP14231124004197`.",
        ),
        Argument("package_name", "package_name", "body", True, ("string",), ""),
        Argument(
            "package_type",
            "package_type",
            "body",
            True,
            ("string",),
            "Package (plan) type. 0 unlimited daily plan (CSSS only); 1 daily; 2 monthly; 3 quarterly;\n4 half-yearly; 5 yearly.\n",
        ),
        Argument(
            "pay_amount",
            "pay_amount",
            "body",
            True,
            ("string",),
            'An amount in yuan sent as a JSON string, at most two decimals ("supports two digits after the decimal point", CMP v2; "two decimal places", CSSS).',
        ),
        Argument("pay_rst", "pay_rst", "body", True, ("string",), "Payment result. 1 unpaid; 2 paid."),
        Argument(
            "test_flow",
            "test_flow",
            "body",
            True,
            ("string",),
            "A whole number sent as a JSON string (counts, periods, traffic in MB or KB).",
        ),
        Argument(
            "test_flow_flag",
            "test_flow_flag",
            "body",
            True,
            ("string",),
            "1 yes; 0 no (`global_order`, `test_flow_flag`, `hasTestFlow`).",
        ),
        Argument(
            "pay_type",
            "pay_type",
            "body",
            False,
            ("string",),
            "Payment method. 0 ipay88; 1 WeChat Pay; 2 Alipay.",
        ),
    ),
    outcome_check=OutcomeCheck(
        operation_id="query_orders",
        tag="packages",
        arguments=(
            ("device_id", CheckSource("body", ("device_id",), "", None)),
            ("page_no", CheckSource("literal", (), "", 1)),
            ("page_size", CheckSource("literal", (), "", 50)),
        ),
        hint="query the device's orders and look for this package before ordering again",
    ),
)


def _order_package_request(
    *,
    device_id: str,
    global_order: YesNoFlag | str,
    is_open: OpenFlag | str,
    order_period: str,
    package_code: str,
    package_name: str,
    package_type: PackageType | str,
    pay_amount: str,
    pay_rst: PayResult | str,
    test_flow: str,
    test_flow_flag: YesNoFlag | str,
    pay_type: PayType | str | Unset = UNSET,
) -> dict[str, Any]:
    from .api.packages import order_package as _order_package
    from .models import OpenFlag, OrderPackageRequest, PackageType, PayResult, PayType, YesNoFlag

    body = OrderPackageRequest(
        access_code="",
        timestamp="",
        version="2.0",
        sign="",
        device_id=device_id,
        global_order=_enum(YesNoFlag, global_order),
        is_open=_enum(OpenFlag, is_open),
        order_period=order_period,
        package_code=package_code,
        package_name=package_name,
        package_type=_enum(PackageType, package_type),
        pay_amount=pay_amount,
        pay_rst=_enum(PayResult, pay_rst),
        test_flow=test_flow,
        test_flow_flag=_enum(YesNoFlag, test_flow_flag),
        pay_type=_enum(PayType, pay_type),
    )
    return _order_package.request_kwargs(
        body=body,
    )


QUERY_ORDERS: Operation[QueryOrdersData] = Operation(
    operation_id="query_orders",
    tag="packages",
    family="cmp",
    side_effect="read",
    method="POST",
    path="/cmp-api/package/queryOrder",
    summary="Query package orders, page by page",
    response_model="QueryOrdersResponse",
    data_models=("QueryOrdersData",),
    data_required=True,
    doc_versions=("cmp-v1", "cmp-v2"),
    alias_paths=(),
    arguments=(
        Argument("page_no", "page_no", "body", True, ("integer",), "A page number, from 1."),
        Argument(
            "page_size",
            "page_size",
            "body",
            True,
            ("integer",),
            "Records per page of queryOrder, at most 100 (its v1 table).",
        ),
        Argument(
            "device_id",
            "device_id",
            "body",
            False,
            ("string", "null"),
            "Device filter (fuzzy match); null or absent for all.",
        ),
        Argument(
            "order_id", "order_id", "body", False, ("string", "null"), "Order filter; null or absent for all."
        ),
        Argument(
            "order_status",
            "order_status",
            "body",
            False,
            ("string", "null"),
            "Status filter; null or absent for all.",
        ),
    ),
)
QUERY_ORDERS_PAGES: Pagination[QueryOrdersData, PackageOrder] = Pagination(
    operation=QUERY_ORDERS,
    page_param="page_no",
    size_param="page_size",
    first_page=1,
    page_size=100,
    max_page_size=100,
    items=lambda data: data.package_order,
    total_items=lambda data: data.page.total_count,
    total_pages=lambda data: data.page.total_pages,
)


def _query_orders_request(
    *,
    page_no: int,
    page_size: int,
    device_id: None | str | Unset = UNSET,
    order_id: None | str | Unset = UNSET,
    order_status: None | OrderStatus | str | Unset = UNSET,
) -> dict[str, Any]:
    from .api.packages import query_orders as _query_orders
    from .models import OrderStatus, QueryOrdersRequest

    body = QueryOrdersRequest(
        page_no=page_no,
        page_size=page_size,
        device_id=device_id,
        order_id=order_id,
        order_status=_enum(OrderStatus, order_status),
    )
    return _query_orders.request_kwargs(
        body=body,
    )


SYNC_PACKAGES: Operation[SyncPackagesData] = Operation(
    operation_id="sync_packages",
    tag="packages",
    family="cmp",
    side_effect="read",
    method="POST",
    path="/cmp-api/package/syncPackages",
    summary="Synchronise the catalogue of data plans (packages), page by page",
    response_model="SyncPackagesResponse",
    data_models=("SyncPackagesData",),
    data_required=True,
    doc_versions=("cmp-v1", "cmp-v2"),
    alias_paths=(),
    arguments=(
        Argument("page_no", "page_no", "body", True, ("integer",), "A page number, from 1."),
        Argument(
            "page_size",
            "page_size",
            "body",
            True,
            ("integer",),
            "Records per page. Only queryOrder documents a maximum (QueryOrdersPageSize).",
        ),
        Argument(
            "version",
            "version",
            "body",
            False,
            ("string", "number"),
            "Version of the package information. The table says string, the example sends the number\n1.0; both are accepted and sent as given (R-SYNC-VERSION-TYPE).\n",
        ),
    ),
)
SYNC_PACKAGES_PAGES: Pagination[SyncPackagesData, Package] = Pagination(
    operation=SYNC_PACKAGES,
    page_param="page_no",
    size_param="page_size",
    first_page=1,
    page_size=100,
    max_page_size=None,
    items=lambda data: data.package,
    total_items=lambda data: data.page.total_count,
    total_pages=lambda data: data.page.total_pages,
)


def _sync_packages_request(
    *,
    page_no: int,
    page_size: int,
    version: float | str | Unset = UNSET,
) -> dict[str, Any]:
    from .api.packages import sync_packages as _sync_packages
    from .models import SyncPackagesRequest

    body = SyncPackagesRequest(
        page_no=page_no,
        page_size=page_size,
        version=version,
    )
    return _sync_packages.request_kwargs(
        body=body,
    )


GET_POOL_DAY_USAGE: Operation[PoolDayUsage] = Operation(
    operation_id="get_pool_day_usage",
    tag="pools",
    family="pool",
    side_effect="read",
    method="GET",
    path="/api/v1/pool/getPoolDayUsage",
    summary="Get a pool's usage on one day of the last 30 days",
    response_model="GetPoolDayUsageResponse",
    data_models=("PoolDayUsage",),
    data_required=True,
    doc_versions=("pool",),
    alias_paths=(),
    history_days=30,
    arguments=(
        Argument("pool_code", "poolCode", "query", True, ("string",), "A traffic pool code."),
        Argument("query_day", "queryDay", "query", False, ("string",), "A calendar date, yyyy-MM-dd."),
    ),
)


def _get_pool_day_usage_request(
    *,
    pool_code: str,
    query_day: str | Unset = UNSET,
) -> dict[str, Any]:
    from .api.pools import get_pool_day_usage as _get_pool_day_usage

    return _get_pool_day_usage.request_kwargs(
        pool_code=pool_code,
        query_day=query_day,
    )


GET_POOL_DETAIL: Operation[PoolDetail] = Operation(
    operation_id="get_pool_detail",
    tag="pools",
    family="pool",
    side_effect="read",
    method="GET",
    path="/api/v1/pool/detail",
    summary="Get one traffic pool",
    response_model="GetPoolDetailResponse",
    data_models=("PoolDetail",),
    data_required=True,
    doc_versions=("pool",),
    alias_paths=(),
    arguments=(Argument("pool_code", "poolCode", "query", True, ("string",), "A traffic pool code."),),
)


def _get_pool_detail_request(
    *,
    pool_code: str,
) -> dict[str, Any]:
    from .api.pools import get_pool_detail as _get_pool_detail

    return _get_pool_detail.request_kwargs(
        pool_code=pool_code,
    )


GET_POOL_MONTH_USAGE: Operation[PoolMonthUsage] = Operation(
    operation_id="get_pool_month_usage",
    tag="pools",
    family="pool",
    side_effect="read",
    method="GET",
    path="/api/v1/pool/getPoolMonthUsage",
    summary="Get a pool's usage in one month",
    response_model="GetPoolMonthUsageResponse",
    data_models=("PoolMonthUsage",),
    data_required=True,
    doc_versions=("pool",),
    alias_paths=(),
    arguments=(
        Argument("pool_code", "poolCode", "query", True, ("string",), "A traffic pool code."),
        Argument("query_month", "queryMonth", "query", True, ("string",), "A month, yyyy-MM."),
    ),
)


def _get_pool_month_usage_request(
    *,
    pool_code: str,
    query_month: str,
) -> dict[str, Any]:
    from .api.pools import get_pool_month_usage as _get_pool_month_usage

    return _get_pool_month_usage.request_kwargs(
        pool_code=pool_code,
        query_month=query_month,
    )


QUERY_LATEST_CDR: Operation[LatestCdr] = Operation(
    operation_id="query_latest_cdr",
    tag="sms",
    family="cmp",
    side_effect="read",
    method="POST",
    path="/cmp-api/sms/queryLatestCDR",
    summary="Query the latest session and SMS counters of one IMSI",
    response_model="QueryLatestCdrResponse",
    data_models=("LatestCdr",),
    data_required=True,
    doc_versions=("cmp-v2",),
    alias_paths=(),
    arguments=(Argument("imsi", "imsi", "body", True, ("string",), "An IMSI (E.212), 6 to 15 digits."),),
)


def _query_latest_cdr_request(
    *,
    imsi: str,
) -> dict[str, Any]:
    from .api.sms import query_latest_cdr as _query_latest_cdr
    from .models import QueryLatestCdrRequest

    body = QueryLatestCdrRequest(
        imsi=imsi,
    )
    return _query_latest_cdr.request_kwargs(
        body=body,
    )


QUERY_MT_SMS_STATUS: Operation[MtSmsPage] = Operation(
    operation_id="query_mt_sms_status",
    tag="sms",
    family="cmp",
    side_effect="read",
    method="POST",
    path="/cmp-api/sms/queryMTSmsStatus",
    summary="Query the delivery status of sent (MT) SMS",
    response_model="QueryMtSmsStatusResponse",
    data_models=("MtSmsPage",),
    data_required=True,
    doc_versions=("cmp-v2",),
    alias_paths=(),
    arguments=(
        Argument(
            "device_id",
            "device_id",
            "body",
            False,
            ("string",),
            "A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use opaque ids.",
        ),
        Argument(
            "msg_id",
            "msg_id",
            "body",
            False,
            ("string",),
            "The caller's id for one MT SMS; starts with `LK`, at most 32 characters (the v2 page).",
        ),
        Argument("page_no", "page_no", "body", False, ("integer",), "A page number, from 1."),
        Argument(
            "page_size",
            "page_size",
            "body",
            False,
            ("integer",),
            "Records per page. Only queryOrder documents a maximum (QueryOrdersPageSize).",
        ),
    ),
)
QUERY_MT_SMS_STATUS_PAGES: Pagination[MtSmsPage, MtSmsRecord] = Pagination(
    operation=QUERY_MT_SMS_STATUS,
    page_param="page_no",
    size_param="page_size",
    first_page=1,
    page_size=100,
    max_page_size=None,
    items=lambda data: data.data,
    total_items=lambda data: data.total_count,
    total_pages=None,
)


def _query_mt_sms_status_request(
    *,
    device_id: str | Unset = UNSET,
    msg_id: str | Unset = UNSET,
    page_no: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:
    from .api.sms import query_mt_sms_status as _query_mt_sms_status
    from .models import QueryMtSmsStatusRequest

    body = QueryMtSmsStatusRequest(
        device_id=device_id,
        msg_id=msg_id,
        page_no=page_no,
        page_size=page_size,
    )
    return _query_mt_sms_status.request_kwargs(
        body=body,
    )


QUERY_SMS_CDR: Operation[SmsCdrPage] = Operation(
    operation_id="query_sms_cdr",
    tag="sms",
    family="cmp",
    side_effect="read",
    method="POST",
    path="/cmp-api/sms/querySmsCDR",
    summary="Query MO and MT SMS records of one device",
    response_model="QuerySmsCdrResponse",
    data_models=("SmsCdrPage",),
    data_required=True,
    doc_versions=("cmp-v2",),
    alias_paths=(),
    arguments=(
        Argument(
            "device_id",
            "device_id",
            "body",
            True,
            ("string",),
            "A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use opaque ids.",
        ),
        Argument("page_no", "page_no", "body", False, ("integer",), "A page number, from 1."),
        Argument(
            "page_size",
            "page_size",
            "body",
            False,
            ("integer",),
            "Records per page. Only queryOrder documents a maximum (QueryOrdersPageSize).",
        ),
        Argument("begin_time", "begin_time", "body", False, ("string",), "A calendar date, yyyy-MM-dd."),
        Argument("end_time", "end_time", "body", False, ("string",), "A calendar date, yyyy-MM-dd."),
    ),
)
QUERY_SMS_CDR_PAGES: Pagination[SmsCdrPage, SmsCdrRecord] = Pagination(
    operation=QUERY_SMS_CDR,
    page_param="page_no",
    size_param="page_size",
    first_page=1,
    page_size=100,
    max_page_size=None,
    items=lambda data: data.data,
    total_items=lambda data: data.total_data,
    total_pages=lambda data: data.total_page,
)


def _query_sms_cdr_request(
    *,
    device_id: str,
    page_no: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    begin_time: str | Unset = UNSET,
    end_time: str | Unset = UNSET,
) -> dict[str, Any]:
    from .api.sms import query_sms_cdr as _query_sms_cdr
    from .models import QuerySmsCdrRequest

    body = QuerySmsCdrRequest(
        device_id=device_id,
        page_no=page_no,
        page_size=page_size,
        begin_time=begin_time,
        end_time=end_time,
    )
    return _query_sms_cdr.request_kwargs(
        body=body,
    )


SEND_SMS: Operation[None] = Operation(
    operation_id="send_sms",
    tag="sms",
    family="cmp",
    side_effect="spend",
    method="POST",
    path="/cmp-api/sms/sendSms",
    summary="Send an SMS to one or more devices (sends a message)",
    response_model="CmpEmptyResponse",
    data_models=(),
    data_required=False,
    doc_versions=("cmp-v2",),
    alias_paths=(),
    arguments=(
        Argument("flag_list", "flag_list", "body", True, ("array",), ""),
        Argument(
            "sms_content", "sms_content", "body", True, ("string",), "The text (or hex for binary) to send."
        ),
        Argument(
            "message_type", "message_type", "body", True, ("string",), "SMS content type. 1 text; 2 binary."
        ),
    ),
    outcome_check=OutcomeCheck(
        operation_id="query_mt_sms_status",
        tag="sms",
        arguments=(
            ("msg_id", CheckSource("body", ("flag_list", "*", "msg_id"), "", None)),
            ("page_no", CheckSource("literal", (), "", 1)),
            ("page_size", CheckSource("literal", (), "", 10)),
        ),
        hint="query each message by the msg_id you chose before sending again",
    ),
)


def _send_sms_request(
    *,
    flag_list: list[SmsTarget | Mapping[str, Any]],
    sms_content: str,
    message_type: MessageType | str,
) -> dict[str, Any]:
    from .api.sms import send_sms as _send_sms
    from .models import MessageType, SendSmsRequest, SmsTarget

    body = SendSmsRequest(
        flag_list=_model(SmsTarget, flag_list),
        sms_content=sms_content,
        message_type=_enum(MessageType, message_type),
    )
    return _send_sms.request_kwargs(
        body=body,
    )


OPERATIONS: dict[str, Operation[Any]] = {
    "get_batch_operation_status": GET_BATCH_OPERATION_STATUS,
    "get_card_day_usage": GET_CARD_DAY_USAGE,
    "get_card_detail": GET_CARD_DETAIL,
    "get_card_month_usage": GET_CARD_MONTH_USAGE,
    "switch_card_network": SWITCH_CARD_NETWORK,
    "query_sim_cdr": QUERY_SIM_CDR,
    "query_sim_cdr_by_apn": QUERY_SIM_CDR_BY_APN,
    "bind_device_imei": BIND_DEVICE_IMEI,
    "get_bind_history": GET_BIND_HISTORY,
    "pause_service": PAUSE_SERVICE,
    "query_device": QUERY_DEVICE,
    "query_devices": QUERY_DEVICES,
    "restart_service": RESTART_SERVICE,
    "batch_order_packages": BATCH_ORDER_PACKAGES,
    "cancel_package": CANCEL_PACKAGE,
    "finish_order_early": FINISH_ORDER_EARLY,
    "get_traffic_pool_info": GET_TRAFFIC_POOL_INFO,
    "open_package": OPEN_PACKAGE,
    "order_package": ORDER_PACKAGE,
    "query_orders": QUERY_ORDERS,
    "sync_packages": SYNC_PACKAGES,
    "get_pool_day_usage": GET_POOL_DAY_USAGE,
    "get_pool_detail": GET_POOL_DETAIL,
    "get_pool_month_usage": GET_POOL_MONTH_USAGE,
    "query_latest_cdr": QUERY_LATEST_CDR,
    "query_mt_sms_status": QUERY_MT_SMS_STATUS,
    "query_sms_cdr": QUERY_SMS_CDR,
    "send_sms": SEND_SMS,
}
"""Every operation of the spec by operationId."""


class CardsRawResource:
    """The `cards` operations, answering with the HTTP exchange as well as the data."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    def get_batch_operation_status(
        self,
        *,
        batch_code: str,
    ) -> RawResponse[list[CardOperationState]]:
        """Get the progress of a batch card operation

        The per-card state of a batch started by `switch_card_network` (its `batchCode`).

        `GET /api/v1/operation/batch/query/status` · family `pool` · side effect `read`.
        """
        return self._invoker.call_raw(
            GET_BATCH_OPERATION_STATUS,
            partial(
                _get_batch_operation_status_request,
                batch_code=batch_code,
            ),
        )

    def get_card_day_usage(
        self,
        *,
        iccid: str,
        query_day: str,
    ) -> RawResponse[CardDayUsage]:
        """Get a card's usage on one day of the last 30 days

        Usage of the card on `queryDay` (yyyy-MM-dd, within the last 30 days), in KB.

        `GET /api/v1/card/getCardDayUsage` · family `pool` · side effect `read`.
        """
        return self._invoker.call_raw(
            GET_CARD_DAY_USAGE,
            partial(
                _get_card_day_usage_request,
                iccid=iccid,
                query_day=query_day,
            ),
        )

    def get_card_detail(
        self,
        *,
        iccid: str,
    ) -> RawResponse[CardDetail]:
        """Get one card

        The card's identifiers, usage, billing method and status.

        `GET /api/v1/card/detail` · family `pool` · side effect `read`.
        """
        return self._invoker.call_raw(
            GET_CARD_DETAIL,
            partial(
                _get_card_detail_request,
                iccid=iccid,
            ),
        )

    def get_card_month_usage(
        self,
        *,
        iccid: str,
        query_month: str,
    ) -> RawResponse[CardMonthUsage]:
        """Get a card's usage in one month

        Total usage of the card in `queryMonth` (yyyy-MM), in KB.

        `GET /api/v1/card/getCardMonthUsage` · family `pool` · side effect `read`.
        """
        return self._invoker.call_raw(
            GET_CARD_MONTH_USAGE,
            partial(
                _get_card_month_usage_request,
                iccid=iccid,
                query_month=query_month,
            ),
        )

    def switch_card_network(
        self,
        *,
        iccids: list[str],
        switch_on: bool,
    ) -> RawResponse[CardNetworkBatch]:
        """Switch the network of up to 10 cards on or off

        Starts a batch that enables (`switchOn: true`) or disables the network of up to 10 cards. The
        answer counts the cards that passed the check and lists the others; follow the batch with
        `get_batch_operation_status`.

        `POST /api/v1/card/operation/network` · family `pool` · side effect `mutate`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: read each card and check its network state before switching again
        (``cards.get_card_detail``).
        """
        return self._invoker.call_raw(
            SWITCH_CARD_NETWORK,
            partial(
                _switch_card_network_request,
                iccids=iccids,
                switch_on=switch_on,
            ),
        )


class CardsResource:
    """Operations tagged `cards`."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker
        self.with_raw_response = CardsRawResource(invoker)

    def get_batch_operation_status(
        self,
        *,
        batch_code: str,
    ) -> list[CardOperationState]:
        """Get the progress of a batch card operation

        The per-card state of a batch started by `switch_card_network` (its `batchCode`).

        `GET /api/v1/operation/batch/query/status` · family `pool` · side effect `read`.
        """
        return self._invoker.call(
            GET_BATCH_OPERATION_STATUS,
            partial(
                _get_batch_operation_status_request,
                batch_code=batch_code,
            ),
        )

    def get_card_day_usage(
        self,
        *,
        iccid: str,
        query_day: str,
    ) -> CardDayUsage:
        """Get a card's usage on one day of the last 30 days

        Usage of the card on `queryDay` (yyyy-MM-dd, within the last 30 days), in KB.

        `GET /api/v1/card/getCardDayUsage` · family `pool` · side effect `read`.
        """
        return self._invoker.call(
            GET_CARD_DAY_USAGE,
            partial(
                _get_card_day_usage_request,
                iccid=iccid,
                query_day=query_day,
            ),
        )

    def get_card_detail(
        self,
        *,
        iccid: str,
    ) -> CardDetail:
        """Get one card

        The card's identifiers, usage, billing method and status.

        `GET /api/v1/card/detail` · family `pool` · side effect `read`.
        """
        return self._invoker.call(
            GET_CARD_DETAIL,
            partial(
                _get_card_detail_request,
                iccid=iccid,
            ),
        )

    def get_card_month_usage(
        self,
        *,
        iccid: str,
        query_month: str,
    ) -> CardMonthUsage:
        """Get a card's usage in one month

        Total usage of the card in `queryMonth` (yyyy-MM), in KB.

        `GET /api/v1/card/getCardMonthUsage` · family `pool` · side effect `read`.
        """
        return self._invoker.call(
            GET_CARD_MONTH_USAGE,
            partial(
                _get_card_month_usage_request,
                iccid=iccid,
                query_month=query_month,
            ),
        )

    def switch_card_network(
        self,
        *,
        iccids: list[str],
        switch_on: bool,
    ) -> CardNetworkBatch:
        """Switch the network of up to 10 cards on or off

        Starts a batch that enables (`switchOn: true`) or disables the network of up to 10 cards. The
        answer counts the cards that passed the check and lists the others; follow the batch with
        `get_batch_operation_status`.

        `POST /api/v1/card/operation/network` · family `pool` · side effect `mutate`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: read each card and check its network state before switching again
        (``cards.get_card_detail``).
        """
        return self._invoker.call(
            SWITCH_CARD_NETWORK,
            partial(
                _switch_card_network_request,
                iccids=iccids,
                switch_on=switch_on,
            ),
        )


class AsyncCardsRawResource:
    """The `cards` operations (async), answering with the HTTP exchange as well as the data."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def get_batch_operation_status(
        self,
        *,
        batch_code: str,
    ) -> RawResponse[list[CardOperationState]]:
        """Get the progress of a batch card operation

        The per-card state of a batch started by `switch_card_network` (its `batchCode`).

        `GET /api/v1/operation/batch/query/status` · family `pool` · side effect `read`.
        """
        return await self._invoker.call_raw(
            GET_BATCH_OPERATION_STATUS,
            partial(
                _get_batch_operation_status_request,
                batch_code=batch_code,
            ),
        )

    async def get_card_day_usage(
        self,
        *,
        iccid: str,
        query_day: str,
    ) -> RawResponse[CardDayUsage]:
        """Get a card's usage on one day of the last 30 days

        Usage of the card on `queryDay` (yyyy-MM-dd, within the last 30 days), in KB.

        `GET /api/v1/card/getCardDayUsage` · family `pool` · side effect `read`.
        """
        return await self._invoker.call_raw(
            GET_CARD_DAY_USAGE,
            partial(
                _get_card_day_usage_request,
                iccid=iccid,
                query_day=query_day,
            ),
        )

    async def get_card_detail(
        self,
        *,
        iccid: str,
    ) -> RawResponse[CardDetail]:
        """Get one card

        The card's identifiers, usage, billing method and status.

        `GET /api/v1/card/detail` · family `pool` · side effect `read`.
        """
        return await self._invoker.call_raw(
            GET_CARD_DETAIL,
            partial(
                _get_card_detail_request,
                iccid=iccid,
            ),
        )

    async def get_card_month_usage(
        self,
        *,
        iccid: str,
        query_month: str,
    ) -> RawResponse[CardMonthUsage]:
        """Get a card's usage in one month

        Total usage of the card in `queryMonth` (yyyy-MM), in KB.

        `GET /api/v1/card/getCardMonthUsage` · family `pool` · side effect `read`.
        """
        return await self._invoker.call_raw(
            GET_CARD_MONTH_USAGE,
            partial(
                _get_card_month_usage_request,
                iccid=iccid,
                query_month=query_month,
            ),
        )

    async def switch_card_network(
        self,
        *,
        iccids: list[str],
        switch_on: bool,
    ) -> RawResponse[CardNetworkBatch]:
        """Switch the network of up to 10 cards on or off

        Starts a batch that enables (`switchOn: true`) or disables the network of up to 10 cards. The
        answer counts the cards that passed the check and lists the others; follow the batch with
        `get_batch_operation_status`.

        `POST /api/v1/card/operation/network` · family `pool` · side effect `mutate`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: read each card and check its network state before switching again
        (``cards.get_card_detail``).
        """
        return await self._invoker.call_raw(
            SWITCH_CARD_NETWORK,
            partial(
                _switch_card_network_request,
                iccids=iccids,
                switch_on=switch_on,
            ),
        )


class AsyncCardsResource:
    """Operations tagged `cards` (async)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker
        self.with_raw_response = AsyncCardsRawResource(invoker)

    async def get_batch_operation_status(
        self,
        *,
        batch_code: str,
    ) -> list[CardOperationState]:
        """Get the progress of a batch card operation

        The per-card state of a batch started by `switch_card_network` (its `batchCode`).

        `GET /api/v1/operation/batch/query/status` · family `pool` · side effect `read`.
        """
        return await self._invoker.call(
            GET_BATCH_OPERATION_STATUS,
            partial(
                _get_batch_operation_status_request,
                batch_code=batch_code,
            ),
        )

    async def get_card_day_usage(
        self,
        *,
        iccid: str,
        query_day: str,
    ) -> CardDayUsage:
        """Get a card's usage on one day of the last 30 days

        Usage of the card on `queryDay` (yyyy-MM-dd, within the last 30 days), in KB.

        `GET /api/v1/card/getCardDayUsage` · family `pool` · side effect `read`.
        """
        return await self._invoker.call(
            GET_CARD_DAY_USAGE,
            partial(
                _get_card_day_usage_request,
                iccid=iccid,
                query_day=query_day,
            ),
        )

    async def get_card_detail(
        self,
        *,
        iccid: str,
    ) -> CardDetail:
        """Get one card

        The card's identifiers, usage, billing method and status.

        `GET /api/v1/card/detail` · family `pool` · side effect `read`.
        """
        return await self._invoker.call(
            GET_CARD_DETAIL,
            partial(
                _get_card_detail_request,
                iccid=iccid,
            ),
        )

    async def get_card_month_usage(
        self,
        *,
        iccid: str,
        query_month: str,
    ) -> CardMonthUsage:
        """Get a card's usage in one month

        Total usage of the card in `queryMonth` (yyyy-MM), in KB.

        `GET /api/v1/card/getCardMonthUsage` · family `pool` · side effect `read`.
        """
        return await self._invoker.call(
            GET_CARD_MONTH_USAGE,
            partial(
                _get_card_month_usage_request,
                iccid=iccid,
                query_month=query_month,
            ),
        )

    async def switch_card_network(
        self,
        *,
        iccids: list[str],
        switch_on: bool,
    ) -> CardNetworkBatch:
        """Switch the network of up to 10 cards on or off

        Starts a batch that enables (`switchOn: true`) or disables the network of up to 10 cards. The
        answer counts the cards that passed the check and lists the others; follow the batch with
        `get_batch_operation_status`.

        `POST /api/v1/card/operation/network` · family `pool` · side effect `mutate`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: read each card and check its network state before switching again
        (``cards.get_card_detail``).
        """
        return await self._invoker.call(
            SWITCH_CARD_NETWORK,
            partial(
                _switch_card_network_request,
                iccids=iccids,
                switch_on=switch_on,
            ),
        )


class CdrRawResource:
    """The `cdr` operations, answering with the HTTP exchange as well as the data."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    def query_sim_cdr(
        self,
        *,
        sim_id: str,
        received_start_time: str,
        received_end_by: str,
        page_no: int,
        page_size: int,
    ) -> RawResponse[CdrPage]:
        """Query the data CDRs of one SIM

        Data usage records of one SIM card (by AssetId / ICCID) received in a date range, paged.
        Business rules from the pages: one SIM per call; history goes back at most 180 days from today
        (`x-history-days`); `received_start_time` must not be after `received_end_by`. The inner
        `data.status.code` is `CB-00-0000` on success.

        `GET /cmp-api/sims/{sim_id}/cdr` · family `cmp` · side effect `read`.
        """
        return self._invoker.call_raw(
            QUERY_SIM_CDR,
            partial(
                _query_sim_cdr_request,
                sim_id=sim_id,
                received_start_time=received_start_time,
                received_end_by=received_end_by,
                page_no=page_no,
                page_size=page_size,
            ),
        )

    def query_sim_cdr_by_apn(
        self,
        *,
        sim_id: str,
        received_start_time: str,
        received_end_by: str,
        page_no: int,
        page_size: int,
        apn: str | Unset = UNSET,
    ) -> RawResponse[CdrPage]:
        """Query the data CDRs of one SIM for one or more APNs

        Like `query_sim_cdr`, filtered to the APNs given in `apn` (comma-separated). Same 180-day
        window and paging. Documented on the v2 page only.

        `GET /cmp-api/sims/{sim_id}/cdr/apn` · family `cmp` · side effect `read`.
        """
        return self._invoker.call_raw(
            QUERY_SIM_CDR_BY_APN,
            partial(
                _query_sim_cdr_by_apn_request,
                sim_id=sim_id,
                apn=apn,
                received_start_time=received_start_time,
                received_end_by=received_end_by,
                page_no=page_no,
                page_size=page_size,
            ),
        )


class CdrResource:
    """Operations tagged `cdr`."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker
        self.with_raw_response = CdrRawResource(invoker)

    def query_sim_cdr(
        self,
        *,
        sim_id: str,
        received_start_time: str,
        received_end_by: str,
        page_no: int,
        page_size: int,
    ) -> CdrPage:
        """Query the data CDRs of one SIM

        Data usage records of one SIM card (by AssetId / ICCID) received in a date range, paged.
        Business rules from the pages: one SIM per call; history goes back at most 180 days from today
        (`x-history-days`); `received_start_time` must not be after `received_end_by`. The inner
        `data.status.code` is `CB-00-0000` on success.

        `GET /cmp-api/sims/{sim_id}/cdr` · family `cmp` · side effect `read`.
        """
        return self._invoker.call(
            QUERY_SIM_CDR,
            partial(
                _query_sim_cdr_request,
                sim_id=sim_id,
                received_start_time=received_start_time,
                received_end_by=received_end_by,
                page_no=page_no,
                page_size=page_size,
            ),
        )

    def iter_query_sim_cdr(
        self,
        *,
        sim_id: str,
        received_start_time: str,
        received_end_by: str,
        page_size: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> Iterator[CdrRecord]:
        """Every item of `query_sim_cdr`, fetched page by page (stops on the last or an empty page, or a cap)."""

        def fetch(page: int, size: int) -> CdrPage:
            return self.query_sim_cdr(
                sim_id=sim_id,
                received_start_time=received_start_time,
                received_end_by=received_end_by,
                page_no=page,
                page_size=size,
            )

        return self._invoker.paginate(
            QUERY_SIM_CDR_PAGES, fetch, page_size=page_size, max_items=max_items, max_pages=max_pages
        )

    def query_sim_cdr_by_apn(
        self,
        *,
        sim_id: str,
        received_start_time: str,
        received_end_by: str,
        page_no: int,
        page_size: int,
        apn: str | Unset = UNSET,
    ) -> CdrPage:
        """Query the data CDRs of one SIM for one or more APNs

        Like `query_sim_cdr`, filtered to the APNs given in `apn` (comma-separated). Same 180-day
        window and paging. Documented on the v2 page only.

        `GET /cmp-api/sims/{sim_id}/cdr/apn` · family `cmp` · side effect `read`.
        """
        return self._invoker.call(
            QUERY_SIM_CDR_BY_APN,
            partial(
                _query_sim_cdr_by_apn_request,
                sim_id=sim_id,
                apn=apn,
                received_start_time=received_start_time,
                received_end_by=received_end_by,
                page_no=page_no,
                page_size=page_size,
            ),
        )

    def iter_query_sim_cdr_by_apn(
        self,
        *,
        sim_id: str,
        received_start_time: str,
        received_end_by: str,
        apn: str | Unset = UNSET,
        page_size: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> Iterator[CdrRecord]:
        """Every item of `query_sim_cdr_by_apn`, fetched page by page (stops on the last or an empty page, or a cap)."""

        def fetch(page: int, size: int) -> CdrPage:
            return self.query_sim_cdr_by_apn(
                sim_id=sim_id,
                apn=apn,
                received_start_time=received_start_time,
                received_end_by=received_end_by,
                page_no=page,
                page_size=size,
            )

        return self._invoker.paginate(
            QUERY_SIM_CDR_BY_APN_PAGES, fetch, page_size=page_size, max_items=max_items, max_pages=max_pages
        )


class AsyncCdrRawResource:
    """The `cdr` operations (async), answering with the HTTP exchange as well as the data."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def query_sim_cdr(
        self,
        *,
        sim_id: str,
        received_start_time: str,
        received_end_by: str,
        page_no: int,
        page_size: int,
    ) -> RawResponse[CdrPage]:
        """Query the data CDRs of one SIM

        Data usage records of one SIM card (by AssetId / ICCID) received in a date range, paged.
        Business rules from the pages: one SIM per call; history goes back at most 180 days from today
        (`x-history-days`); `received_start_time` must not be after `received_end_by`. The inner
        `data.status.code` is `CB-00-0000` on success.

        `GET /cmp-api/sims/{sim_id}/cdr` · family `cmp` · side effect `read`.
        """
        return await self._invoker.call_raw(
            QUERY_SIM_CDR,
            partial(
                _query_sim_cdr_request,
                sim_id=sim_id,
                received_start_time=received_start_time,
                received_end_by=received_end_by,
                page_no=page_no,
                page_size=page_size,
            ),
        )

    async def query_sim_cdr_by_apn(
        self,
        *,
        sim_id: str,
        received_start_time: str,
        received_end_by: str,
        page_no: int,
        page_size: int,
        apn: str | Unset = UNSET,
    ) -> RawResponse[CdrPage]:
        """Query the data CDRs of one SIM for one or more APNs

        Like `query_sim_cdr`, filtered to the APNs given in `apn` (comma-separated). Same 180-day
        window and paging. Documented on the v2 page only.

        `GET /cmp-api/sims/{sim_id}/cdr/apn` · family `cmp` · side effect `read`.
        """
        return await self._invoker.call_raw(
            QUERY_SIM_CDR_BY_APN,
            partial(
                _query_sim_cdr_by_apn_request,
                sim_id=sim_id,
                apn=apn,
                received_start_time=received_start_time,
                received_end_by=received_end_by,
                page_no=page_no,
                page_size=page_size,
            ),
        )


class AsyncCdrResource:
    """Operations tagged `cdr` (async)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker
        self.with_raw_response = AsyncCdrRawResource(invoker)

    async def query_sim_cdr(
        self,
        *,
        sim_id: str,
        received_start_time: str,
        received_end_by: str,
        page_no: int,
        page_size: int,
    ) -> CdrPage:
        """Query the data CDRs of one SIM

        Data usage records of one SIM card (by AssetId / ICCID) received in a date range, paged.
        Business rules from the pages: one SIM per call; history goes back at most 180 days from today
        (`x-history-days`); `received_start_time` must not be after `received_end_by`. The inner
        `data.status.code` is `CB-00-0000` on success.

        `GET /cmp-api/sims/{sim_id}/cdr` · family `cmp` · side effect `read`.
        """
        return await self._invoker.call(
            QUERY_SIM_CDR,
            partial(
                _query_sim_cdr_request,
                sim_id=sim_id,
                received_start_time=received_start_time,
                received_end_by=received_end_by,
                page_no=page_no,
                page_size=page_size,
            ),
        )

    def iter_query_sim_cdr(
        self,
        *,
        sim_id: str,
        received_start_time: str,
        received_end_by: str,
        page_size: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> AsyncIterator[CdrRecord]:
        """Every item of `query_sim_cdr`, fetched page by page (stops on the last or an empty page, or a cap)."""

        async def fetch(page: int, size: int) -> CdrPage:
            return await self.query_sim_cdr(
                sim_id=sim_id,
                received_start_time=received_start_time,
                received_end_by=received_end_by,
                page_no=page,
                page_size=size,
            )

        return self._invoker.paginate(
            QUERY_SIM_CDR_PAGES, fetch, page_size=page_size, max_items=max_items, max_pages=max_pages
        )

    async def query_sim_cdr_by_apn(
        self,
        *,
        sim_id: str,
        received_start_time: str,
        received_end_by: str,
        page_no: int,
        page_size: int,
        apn: str | Unset = UNSET,
    ) -> CdrPage:
        """Query the data CDRs of one SIM for one or more APNs

        Like `query_sim_cdr`, filtered to the APNs given in `apn` (comma-separated). Same 180-day
        window and paging. Documented on the v2 page only.

        `GET /cmp-api/sims/{sim_id}/cdr/apn` · family `cmp` · side effect `read`.
        """
        return await self._invoker.call(
            QUERY_SIM_CDR_BY_APN,
            partial(
                _query_sim_cdr_by_apn_request,
                sim_id=sim_id,
                apn=apn,
                received_start_time=received_start_time,
                received_end_by=received_end_by,
                page_no=page_no,
                page_size=page_size,
            ),
        )

    def iter_query_sim_cdr_by_apn(
        self,
        *,
        sim_id: str,
        received_start_time: str,
        received_end_by: str,
        apn: str | Unset = UNSET,
        page_size: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> AsyncIterator[CdrRecord]:
        """Every item of `query_sim_cdr_by_apn`, fetched page by page (stops on the last or an empty page, or a cap)."""

        async def fetch(page: int, size: int) -> CdrPage:
            return await self.query_sim_cdr_by_apn(
                sim_id=sim_id,
                apn=apn,
                received_start_time=received_start_time,
                received_end_by=received_end_by,
                page_no=page,
                page_size=size,
            )

        return self._invoker.paginate(
            QUERY_SIM_CDR_BY_APN_PAGES, fetch, page_size=page_size, max_items=max_items, max_pages=max_pages
        )


class DevicesRawResource:
    """The `devices` operations, answering with the HTTP exchange as well as the data."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    def bind_device_imei(
        self,
        *,
        device_id: str,
        imei: str,
        oper_type: BindOperation | str,
        ota_flag: OtaFlag | str,
        auto_bind_flag: AutoBindFlag | str,
    ) -> RawResponse[str]:
        """Bind a device to an IMEI, or unbind it (beta)

        Binds (`oper_type` 1) or unbinds (2) the device's SIM to a handset IMEI. Beta: not available
        for every AssetId. The v2 overview calls this path `/cmp-api/device/bound`; the section that
        defines the operation calls it `/cmp-api/device/bind`, which is used here (the sandbox also
        answers on the alias).

        `POST /cmp-api/device/bind` · family `cmp` · side effect `mutate`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: read the device's binding history and check the newest entry
        (``devices.get_bind_history``).
        """
        return self._invoker.call_raw(
            BIND_DEVICE_IMEI,
            partial(
                _bind_device_imei_request,
                device_id=device_id,
                imei=imei,
                oper_type=oper_type,
                ota_flag=ota_flag,
                auto_bind_flag=auto_bind_flag,
            ),
        )

    def get_bind_history(
        self,
        *,
        device_id: str,
    ) -> RawResponse[list[BindTrackRecord]]:
        """Get the IMEI binding history of a device (beta)

        The bind/unbind history of one device. Beta. The v2 overview calls this path
        `/cmp-api/device/getBoundTrackList`; the defining section calls it
        `/cmp-api/device/getBindTrackList`, which is used here (the sandbox also answers on the alias).

        `POST /cmp-api/device/getBindTrackList` · family `cmp` · side effect `read`.
        """
        return self._invoker.call_raw(
            GET_BIND_HISTORY,
            partial(
                _get_bind_history_request,
                device_id=device_id,
            ),
        )

    def pause_service(
        self,
        *,
        order_id: str,
        device_id: str | Unset = UNSET,
    ) -> RawResponse[None]:
        """Pause an active order

        Pauses (suspends) an active order; services stop until it is restarted. Only allowed when the order is active.

        `POST /cmp-api/device/pauseService` · family `cmp` · side effect `mutate`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: query the order and check whether it is paused
        (``packages.query_orders``).
        """
        return self._invoker.call_raw(
            PAUSE_SERVICE,
            partial(
                _pause_service_request,
                order_id=order_id,
                device_id=device_id,
            ),
        )

    def query_device(
        self,
        *,
        device_id: str,
        timestamp: str | Unset = UNSET,
    ) -> RawResponse[Device]:
        """Query one device, its lifecycle and its active order

        Lifecycle data of one device and the order that is active (or paused) on it, if any.
        `package_order` is a single object (or null), although the text says "each node".

        `POST /cmp-api/device/queryDevice` · family `cmp` · side effect `read`.
        """
        return self._invoker.call_raw(
            QUERY_DEVICE,
            partial(
                _query_device_request,
                device_id=device_id,
                timestamp=timestamp,
            ),
        )

    def query_devices(
        self,
        *,
        page_no: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> RawResponse[DeviceList]:
        """List devices, page by page

        All devices of this account with their lifecycle and active order, paged.

        `POST /cmp-api/device/queryBatchDevice` · family `cmp` · side effect `read`.
        """
        return self._invoker.call_raw(
            QUERY_DEVICES,
            partial(
                _query_devices_request,
                page_no=page_no,
                page_size=page_size,
            ),
        )

    def restart_service(
        self,
        *,
        order_id: str,
        device_id: str | Unset = UNSET,
    ) -> RawResponse[None]:
        """Restart a paused order

        Restarts an order that was paused. Only allowed when the order is paused.

        `POST /cmp-api/device/restartService` · family `cmp` · side effect `mutate`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: query the order and check whether it is active again
        (``packages.query_orders``).
        """
        return self._invoker.call_raw(
            RESTART_SERVICE,
            partial(
                _restart_service_request,
                order_id=order_id,
                device_id=device_id,
            ),
        )


class DevicesResource:
    """Operations tagged `devices`."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker
        self.with_raw_response = DevicesRawResource(invoker)

    def bind_device_imei(
        self,
        *,
        device_id: str,
        imei: str,
        oper_type: BindOperation | str,
        ota_flag: OtaFlag | str,
        auto_bind_flag: AutoBindFlag | str,
    ) -> str:
        """Bind a device to an IMEI, or unbind it (beta)

        Binds (`oper_type` 1) or unbinds (2) the device's SIM to a handset IMEI. Beta: not available
        for every AssetId. The v2 overview calls this path `/cmp-api/device/bound`; the section that
        defines the operation calls it `/cmp-api/device/bind`, which is used here (the sandbox also
        answers on the alias).

        `POST /cmp-api/device/bind` · family `cmp` · side effect `mutate`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: read the device's binding history and check the newest entry
        (``devices.get_bind_history``).
        """
        return self._invoker.call(
            BIND_DEVICE_IMEI,
            partial(
                _bind_device_imei_request,
                device_id=device_id,
                imei=imei,
                oper_type=oper_type,
                ota_flag=ota_flag,
                auto_bind_flag=auto_bind_flag,
            ),
        )

    def get_bind_history(
        self,
        *,
        device_id: str,
    ) -> list[BindTrackRecord]:
        """Get the IMEI binding history of a device (beta)

        The bind/unbind history of one device. Beta. The v2 overview calls this path
        `/cmp-api/device/getBoundTrackList`; the defining section calls it
        `/cmp-api/device/getBindTrackList`, which is used here (the sandbox also answers on the alias).

        `POST /cmp-api/device/getBindTrackList` · family `cmp` · side effect `read`.
        """
        return self._invoker.call(
            GET_BIND_HISTORY,
            partial(
                _get_bind_history_request,
                device_id=device_id,
            ),
        )

    def pause_service(
        self,
        *,
        order_id: str,
        device_id: str | Unset = UNSET,
    ) -> None:
        """Pause an active order

        Pauses (suspends) an active order; services stop until it is restarted. Only allowed when the order is active.

        `POST /cmp-api/device/pauseService` · family `cmp` · side effect `mutate`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: query the order and check whether it is paused
        (``packages.query_orders``).
        """
        return self._invoker.call(
            PAUSE_SERVICE,
            partial(
                _pause_service_request,
                order_id=order_id,
                device_id=device_id,
            ),
        )

    def query_device(
        self,
        *,
        device_id: str,
        timestamp: str | Unset = UNSET,
    ) -> Device:
        """Query one device, its lifecycle and its active order

        Lifecycle data of one device and the order that is active (or paused) on it, if any.
        `package_order` is a single object (or null), although the text says "each node".

        `POST /cmp-api/device/queryDevice` · family `cmp` · side effect `read`.
        """
        return self._invoker.call(
            QUERY_DEVICE,
            partial(
                _query_device_request,
                device_id=device_id,
                timestamp=timestamp,
            ),
        )

    def query_devices(
        self,
        *,
        page_no: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> DeviceList:
        """List devices, page by page

        All devices of this account with their lifecycle and active order, paged.

        `POST /cmp-api/device/queryBatchDevice` · family `cmp` · side effect `read`.
        """
        return self._invoker.call(
            QUERY_DEVICES,
            partial(
                _query_devices_request,
                page_no=page_no,
                page_size=page_size,
            ),
        )

    def iter_query_devices(
        self, *, page_size: int = 100, max_items: int | None = None, max_pages: int | None = None
    ) -> Iterator[Device]:
        """Every item of `query_devices`, fetched page by page (stops on the last or an empty page, or a cap)."""

        def fetch(page: int, size: int) -> DeviceList:
            return self.query_devices(page_no=page, page_size=size)

        return self._invoker.paginate(
            QUERY_DEVICES_PAGES, fetch, page_size=page_size, max_items=max_items, max_pages=max_pages
        )

    def restart_service(
        self,
        *,
        order_id: str,
        device_id: str | Unset = UNSET,
    ) -> None:
        """Restart a paused order

        Restarts an order that was paused. Only allowed when the order is paused.

        `POST /cmp-api/device/restartService` · family `cmp` · side effect `mutate`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: query the order and check whether it is active again
        (``packages.query_orders``).
        """
        return self._invoker.call(
            RESTART_SERVICE,
            partial(
                _restart_service_request,
                order_id=order_id,
                device_id=device_id,
            ),
        )


class AsyncDevicesRawResource:
    """The `devices` operations (async), answering with the HTTP exchange as well as the data."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def bind_device_imei(
        self,
        *,
        device_id: str,
        imei: str,
        oper_type: BindOperation | str,
        ota_flag: OtaFlag | str,
        auto_bind_flag: AutoBindFlag | str,
    ) -> RawResponse[str]:
        """Bind a device to an IMEI, or unbind it (beta)

        Binds (`oper_type` 1) or unbinds (2) the device's SIM to a handset IMEI. Beta: not available
        for every AssetId. The v2 overview calls this path `/cmp-api/device/bound`; the section that
        defines the operation calls it `/cmp-api/device/bind`, which is used here (the sandbox also
        answers on the alias).

        `POST /cmp-api/device/bind` · family `cmp` · side effect `mutate`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: read the device's binding history and check the newest entry
        (``devices.get_bind_history``).
        """
        return await self._invoker.call_raw(
            BIND_DEVICE_IMEI,
            partial(
                _bind_device_imei_request,
                device_id=device_id,
                imei=imei,
                oper_type=oper_type,
                ota_flag=ota_flag,
                auto_bind_flag=auto_bind_flag,
            ),
        )

    async def get_bind_history(
        self,
        *,
        device_id: str,
    ) -> RawResponse[list[BindTrackRecord]]:
        """Get the IMEI binding history of a device (beta)

        The bind/unbind history of one device. Beta. The v2 overview calls this path
        `/cmp-api/device/getBoundTrackList`; the defining section calls it
        `/cmp-api/device/getBindTrackList`, which is used here (the sandbox also answers on the alias).

        `POST /cmp-api/device/getBindTrackList` · family `cmp` · side effect `read`.
        """
        return await self._invoker.call_raw(
            GET_BIND_HISTORY,
            partial(
                _get_bind_history_request,
                device_id=device_id,
            ),
        )

    async def pause_service(
        self,
        *,
        order_id: str,
        device_id: str | Unset = UNSET,
    ) -> RawResponse[None]:
        """Pause an active order

        Pauses (suspends) an active order; services stop until it is restarted. Only allowed when the order is active.

        `POST /cmp-api/device/pauseService` · family `cmp` · side effect `mutate`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: query the order and check whether it is paused
        (``packages.query_orders``).
        """
        return await self._invoker.call_raw(
            PAUSE_SERVICE,
            partial(
                _pause_service_request,
                order_id=order_id,
                device_id=device_id,
            ),
        )

    async def query_device(
        self,
        *,
        device_id: str,
        timestamp: str | Unset = UNSET,
    ) -> RawResponse[Device]:
        """Query one device, its lifecycle and its active order

        Lifecycle data of one device and the order that is active (or paused) on it, if any.
        `package_order` is a single object (or null), although the text says "each node".

        `POST /cmp-api/device/queryDevice` · family `cmp` · side effect `read`.
        """
        return await self._invoker.call_raw(
            QUERY_DEVICE,
            partial(
                _query_device_request,
                device_id=device_id,
                timestamp=timestamp,
            ),
        )

    async def query_devices(
        self,
        *,
        page_no: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> RawResponse[DeviceList]:
        """List devices, page by page

        All devices of this account with their lifecycle and active order, paged.

        `POST /cmp-api/device/queryBatchDevice` · family `cmp` · side effect `read`.
        """
        return await self._invoker.call_raw(
            QUERY_DEVICES,
            partial(
                _query_devices_request,
                page_no=page_no,
                page_size=page_size,
            ),
        )

    async def restart_service(
        self,
        *,
        order_id: str,
        device_id: str | Unset = UNSET,
    ) -> RawResponse[None]:
        """Restart a paused order

        Restarts an order that was paused. Only allowed when the order is paused.

        `POST /cmp-api/device/restartService` · family `cmp` · side effect `mutate`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: query the order and check whether it is active again
        (``packages.query_orders``).
        """
        return await self._invoker.call_raw(
            RESTART_SERVICE,
            partial(
                _restart_service_request,
                order_id=order_id,
                device_id=device_id,
            ),
        )


class AsyncDevicesResource:
    """Operations tagged `devices` (async)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker
        self.with_raw_response = AsyncDevicesRawResource(invoker)

    async def bind_device_imei(
        self,
        *,
        device_id: str,
        imei: str,
        oper_type: BindOperation | str,
        ota_flag: OtaFlag | str,
        auto_bind_flag: AutoBindFlag | str,
    ) -> str:
        """Bind a device to an IMEI, or unbind it (beta)

        Binds (`oper_type` 1) or unbinds (2) the device's SIM to a handset IMEI. Beta: not available
        for every AssetId. The v2 overview calls this path `/cmp-api/device/bound`; the section that
        defines the operation calls it `/cmp-api/device/bind`, which is used here (the sandbox also
        answers on the alias).

        `POST /cmp-api/device/bind` · family `cmp` · side effect `mutate`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: read the device's binding history and check the newest entry
        (``devices.get_bind_history``).
        """
        return await self._invoker.call(
            BIND_DEVICE_IMEI,
            partial(
                _bind_device_imei_request,
                device_id=device_id,
                imei=imei,
                oper_type=oper_type,
                ota_flag=ota_flag,
                auto_bind_flag=auto_bind_flag,
            ),
        )

    async def get_bind_history(
        self,
        *,
        device_id: str,
    ) -> list[BindTrackRecord]:
        """Get the IMEI binding history of a device (beta)

        The bind/unbind history of one device. Beta. The v2 overview calls this path
        `/cmp-api/device/getBoundTrackList`; the defining section calls it
        `/cmp-api/device/getBindTrackList`, which is used here (the sandbox also answers on the alias).

        `POST /cmp-api/device/getBindTrackList` · family `cmp` · side effect `read`.
        """
        return await self._invoker.call(
            GET_BIND_HISTORY,
            partial(
                _get_bind_history_request,
                device_id=device_id,
            ),
        )

    async def pause_service(
        self,
        *,
        order_id: str,
        device_id: str | Unset = UNSET,
    ) -> None:
        """Pause an active order

        Pauses (suspends) an active order; services stop until it is restarted. Only allowed when the order is active.

        `POST /cmp-api/device/pauseService` · family `cmp` · side effect `mutate`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: query the order and check whether it is paused
        (``packages.query_orders``).
        """
        return await self._invoker.call(
            PAUSE_SERVICE,
            partial(
                _pause_service_request,
                order_id=order_id,
                device_id=device_id,
            ),
        )

    async def query_device(
        self,
        *,
        device_id: str,
        timestamp: str | Unset = UNSET,
    ) -> Device:
        """Query one device, its lifecycle and its active order

        Lifecycle data of one device and the order that is active (or paused) on it, if any.
        `package_order` is a single object (or null), although the text says "each node".

        `POST /cmp-api/device/queryDevice` · family `cmp` · side effect `read`.
        """
        return await self._invoker.call(
            QUERY_DEVICE,
            partial(
                _query_device_request,
                device_id=device_id,
                timestamp=timestamp,
            ),
        )

    async def query_devices(
        self,
        *,
        page_no: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> DeviceList:
        """List devices, page by page

        All devices of this account with their lifecycle and active order, paged.

        `POST /cmp-api/device/queryBatchDevice` · family `cmp` · side effect `read`.
        """
        return await self._invoker.call(
            QUERY_DEVICES,
            partial(
                _query_devices_request,
                page_no=page_no,
                page_size=page_size,
            ),
        )

    def iter_query_devices(
        self, *, page_size: int = 100, max_items: int | None = None, max_pages: int | None = None
    ) -> AsyncIterator[Device]:
        """Every item of `query_devices`, fetched page by page (stops on the last or an empty page, or a cap)."""

        async def fetch(page: int, size: int) -> DeviceList:
            return await self.query_devices(page_no=page, page_size=size)

        return self._invoker.paginate(
            QUERY_DEVICES_PAGES, fetch, page_size=page_size, max_items=max_items, max_pages=max_pages
        )

    async def restart_service(
        self,
        *,
        order_id: str,
        device_id: str | Unset = UNSET,
    ) -> None:
        """Restart a paused order

        Restarts an order that was paused. Only allowed when the order is paused.

        `POST /cmp-api/device/restartService` · family `cmp` · side effect `mutate`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: query the order and check whether it is active again
        (``packages.query_orders``).
        """
        return await self._invoker.call(
            RESTART_SERVICE,
            partial(
                _restart_service_request,
                order_id=order_id,
                device_id=device_id,
            ),
        )


class PackagesRawResource:
    """The `packages` operations, answering with the HTTP exchange as well as the data."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    def batch_order_packages(
        self,
        *,
        device_list: list[str],
        package_code: str,
        is_open: OpenFlag | str,
        subscribed_count: int | Unset = UNSET,
        global_order: YesNoFlag | str | Unset = UNSET,
        package_name: str | Unset = UNSET,
        package_type: PackageType | str | Unset = UNSET,
        order_period: str | Unset = UNSET,
        pay_rst: PayResult | str | Unset = UNSET,
        pay_type: PayType | str | Unset = UNSET,
        pay_amount: str | Unset = UNSET,
        test_flow_flag: YesNoFlag | str | Unset = UNSET,
        test_flow: str | Unset = UNSET,
    ) -> RawResponse[BatchOrderPackagesData]:
        """Order a data plan for many devices at once (spends money)

        Orders `package_code` for every device in `deviceList`; the result carries one entry per
        device (`error` is `0000` for a device whose order succeeded). With `is_open: "1"` a paid
        order is opened at once; unpaid orders, schedule packages and the secondary plan of an OTA
        device may not be opened immediately. Ordering spends money: the client never repeats this call
        after the request may have reached the server.

        `POST /cmp-api/package/batchOrderPackages` · family `cmp` · side effect `spend`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: query each device's orders and look for this package before ordering again
        (``packages.query_orders``).
        """
        return self._invoker.call_raw(
            BATCH_ORDER_PACKAGES,
            partial(
                _batch_order_packages_request,
                device_list=device_list,
                package_code=package_code,
                is_open=is_open,
                subscribed_count=subscribed_count,
                global_order=global_order,
                package_name=package_name,
                package_type=package_type,
                order_period=order_period,
                pay_rst=pay_rst,
                pay_type=pay_type,
                pay_amount=pay_amount,
                test_flow_flag=test_flow_flag,
                test_flow=test_flow,
            ),
        )

    def cancel_package(
        self,
        *,
        order_id: str,
    ) -> RawResponse[None]:
        """Cancel an order that has not been activated

        Cancels an order placed earlier. Only allowed before activation (or while unpaid); an opened
        order must be finished early instead.

        `POST /cmp-api/package/cancelPackage` · family `cmp` · side effect `mutate`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: query the order and check whether it is cancelled
        (``packages.query_orders``).
        """
        return self._invoker.call_raw(
            CANCEL_PACKAGE,
            partial(
                _cancel_package_request,
                order_id=order_id,
            ),
        )

    def finish_order_early(
        self,
        *,
        order_id: str,
        ahead_finish_cause: str,
        device_type: DeviceType | Literal[""] | str | Unset = UNSET,
    ) -> RawResponse[None]:
        """End an active order before it expires

        Ends an order early. Only allowed when the order is active (opened and not paused).

        `POST /cmp-api/package/aheadFinishDeviceOrder` · family `cmp` · side effect `mutate`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: query the order and check whether it has finished
        (``packages.query_orders``).
        """
        return self._invoker.call_raw(
            FINISH_ORDER_EARLY,
            partial(
                _finish_order_early_request,
                order_id=order_id,
                ahead_finish_cause=ahead_finish_cause,
                device_type=device_type,
            ),
        )

    def get_traffic_pool_info(
        self,
        *,
        page_no: int,
        page_size: int | Unset = UNSET,
    ) -> RawResponse[TrafficPoolPage]:
        """List this enterprise's traffic pools, page by page

        Documented on the v1 pages only (the v2 overview does not list it); kept because it is the only
        CMP view of traffic pools.

        `POST /cmp-api/package/getTrafficPoolInfo` · family `cmp` · side effect `read`.
        """
        return self._invoker.call_raw(
            GET_TRAFFIC_POOL_INFO,
            partial(
                _get_traffic_pool_info_request,
                page_no=page_no,
                page_size=page_size,
            ),
        )

    def open_package(
        self,
        *,
        order_id: str,
    ) -> RawResponse[OpenPackageData]:
        """Open (activate) an ordered data plan (spends money)

        Opens an order that was placed earlier and not yet opened. Refused for unpaid orders and for
        the secondary plan of an OTA device. Opening starts billing, so it is treated as spending.

        `POST /cmp-api/package/openPackage` · family `cmp` · side effect `spend`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: query the order and check whether its status is active
        (``packages.query_orders``).
        """
        return self._invoker.call_raw(
            OPEN_PACKAGE,
            partial(
                _open_package_request,
                order_id=order_id,
            ),
        )

    def order_package(
        self,
        *,
        device_id: str,
        global_order: YesNoFlag | str,
        is_open: OpenFlag | str,
        order_period: str,
        package_code: str,
        package_name: str,
        package_type: PackageType | str,
        pay_amount: str,
        pay_rst: PayResult | str,
        test_flow: str,
        test_flow_flag: YesNoFlag | str,
        pay_type: PayType | str | Unset = UNSET,
    ) -> RawResponse[OrderPackageData]:
        """Order a data plan for one device through CSSS (spends money)

        Orders one package for one device. Every CSSS request carries the global parameters
        `access_code`, `timestamp`, `version` ("2.0") and `sign` in its body; the client adds and signs
        them, so callers pass only the business fields. `sign` is Base64(HMAC-SHA1(secret, signContent))
        where signContent is the compact, key-sorted JSON of every non-empty parameter except `sign`
        (the points the vendor leaves open are decided in R-CSSS-SIGN-*).

        `POST /package/orderPackage` · family `csss` · side effect `spend`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: query the device's orders and look for this package before ordering again
        (``packages.query_orders``).
        """
        return self._invoker.call_raw(
            ORDER_PACKAGE,
            partial(
                _order_package_request,
                device_id=device_id,
                global_order=global_order,
                is_open=is_open,
                order_period=order_period,
                package_code=package_code,
                package_name=package_name,
                package_type=package_type,
                pay_amount=pay_amount,
                pay_rst=pay_rst,
                test_flow=test_flow,
                test_flow_flag=test_flow_flag,
                pay_type=pay_type,
            ),
        )

    def query_orders(
        self,
        *,
        page_no: int,
        page_size: int,
        device_id: None | str | Unset = UNSET,
        order_id: None | str | Unset = UNSET,
        order_status: None | OrderStatus | str | Unset = UNSET,
    ) -> RawResponse[QueryOrdersData]:
        """Query package orders, page by page

        Orders of this account, filtered by device (fuzzy match), order id and order status.
        `page_size` is at most 100 (v1 page).

        `POST /cmp-api/package/queryOrder` · family `cmp` · side effect `read`.
        """
        return self._invoker.call_raw(
            QUERY_ORDERS,
            partial(
                _query_orders_request,
                page_no=page_no,
                page_size=page_size,
                device_id=device_id,
                order_id=order_id,
                order_status=order_status,
            ),
        )

    def sync_packages(
        self,
        *,
        page_no: int,
        page_size: int,
        version: float | str | Unset = UNSET,
    ) -> RawResponse[SyncPackagesData]:
        """Synchronise the catalogue of data plans (packages), page by page

        One page of the packages available to this account per call; call again with the next
        `page_no` until `page.cur_page_no == page.total_pages`.

        `POST /cmp-api/package/syncPackages` · family `cmp` · side effect `read`.
        """
        return self._invoker.call_raw(
            SYNC_PACKAGES,
            partial(
                _sync_packages_request,
                page_no=page_no,
                page_size=page_size,
                version=version,
            ),
        )


class PackagesResource:
    """Operations tagged `packages`."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker
        self.with_raw_response = PackagesRawResource(invoker)

    def batch_order_packages(
        self,
        *,
        device_list: list[str],
        package_code: str,
        is_open: OpenFlag | str,
        subscribed_count: int | Unset = UNSET,
        global_order: YesNoFlag | str | Unset = UNSET,
        package_name: str | Unset = UNSET,
        package_type: PackageType | str | Unset = UNSET,
        order_period: str | Unset = UNSET,
        pay_rst: PayResult | str | Unset = UNSET,
        pay_type: PayType | str | Unset = UNSET,
        pay_amount: str | Unset = UNSET,
        test_flow_flag: YesNoFlag | str | Unset = UNSET,
        test_flow: str | Unset = UNSET,
    ) -> BatchOrderPackagesData:
        """Order a data plan for many devices at once (spends money)

        Orders `package_code` for every device in `deviceList`; the result carries one entry per
        device (`error` is `0000` for a device whose order succeeded). With `is_open: "1"` a paid
        order is opened at once; unpaid orders, schedule packages and the secondary plan of an OTA
        device may not be opened immediately. Ordering spends money: the client never repeats this call
        after the request may have reached the server.

        `POST /cmp-api/package/batchOrderPackages` · family `cmp` · side effect `spend`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: query each device's orders and look for this package before ordering again
        (``packages.query_orders``).
        """
        return self._invoker.call(
            BATCH_ORDER_PACKAGES,
            partial(
                _batch_order_packages_request,
                device_list=device_list,
                package_code=package_code,
                is_open=is_open,
                subscribed_count=subscribed_count,
                global_order=global_order,
                package_name=package_name,
                package_type=package_type,
                order_period=order_period,
                pay_rst=pay_rst,
                pay_type=pay_type,
                pay_amount=pay_amount,
                test_flow_flag=test_flow_flag,
                test_flow=test_flow,
            ),
        )

    def cancel_package(
        self,
        *,
        order_id: str,
    ) -> None:
        """Cancel an order that has not been activated

        Cancels an order placed earlier. Only allowed before activation (or while unpaid); an opened
        order must be finished early instead.

        `POST /cmp-api/package/cancelPackage` · family `cmp` · side effect `mutate`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: query the order and check whether it is cancelled
        (``packages.query_orders``).
        """
        return self._invoker.call(
            CANCEL_PACKAGE,
            partial(
                _cancel_package_request,
                order_id=order_id,
            ),
        )

    def finish_order_early(
        self,
        *,
        order_id: str,
        ahead_finish_cause: str,
        device_type: DeviceType | Literal[""] | str | Unset = UNSET,
    ) -> None:
        """End an active order before it expires

        Ends an order early. Only allowed when the order is active (opened and not paused).

        `POST /cmp-api/package/aheadFinishDeviceOrder` · family `cmp` · side effect `mutate`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: query the order and check whether it has finished
        (``packages.query_orders``).
        """
        return self._invoker.call(
            FINISH_ORDER_EARLY,
            partial(
                _finish_order_early_request,
                order_id=order_id,
                ahead_finish_cause=ahead_finish_cause,
                device_type=device_type,
            ),
        )

    def get_traffic_pool_info(
        self,
        *,
        page_no: int,
        page_size: int | Unset = UNSET,
    ) -> TrafficPoolPage:
        """List this enterprise's traffic pools, page by page

        Documented on the v1 pages only (the v2 overview does not list it); kept because it is the only
        CMP view of traffic pools.

        `POST /cmp-api/package/getTrafficPoolInfo` · family `cmp` · side effect `read`.
        """
        return self._invoker.call(
            GET_TRAFFIC_POOL_INFO,
            partial(
                _get_traffic_pool_info_request,
                page_no=page_no,
                page_size=page_size,
            ),
        )

    def iter_get_traffic_pool_info(
        self, *, page_size: int = 100, max_items: int | None = None, max_pages: int | None = None
    ) -> Iterator[TrafficPool]:
        """Every item of `get_traffic_pool_info`, fetched page by page (stops on the last or an empty page, or a cap)."""

        def fetch(page: int, size: int) -> TrafficPoolPage:
            return self.get_traffic_pool_info(page_no=page, page_size=size)

        return self._invoker.paginate(
            GET_TRAFFIC_POOL_INFO_PAGES, fetch, page_size=page_size, max_items=max_items, max_pages=max_pages
        )

    def open_package(
        self,
        *,
        order_id: str,
    ) -> OpenPackageData:
        """Open (activate) an ordered data plan (spends money)

        Opens an order that was placed earlier and not yet opened. Refused for unpaid orders and for
        the secondary plan of an OTA device. Opening starts billing, so it is treated as spending.

        `POST /cmp-api/package/openPackage` · family `cmp` · side effect `spend`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: query the order and check whether its status is active
        (``packages.query_orders``).
        """
        return self._invoker.call(
            OPEN_PACKAGE,
            partial(
                _open_package_request,
                order_id=order_id,
            ),
        )

    def order_package(
        self,
        *,
        device_id: str,
        global_order: YesNoFlag | str,
        is_open: OpenFlag | str,
        order_period: str,
        package_code: str,
        package_name: str,
        package_type: PackageType | str,
        pay_amount: str,
        pay_rst: PayResult | str,
        test_flow: str,
        test_flow_flag: YesNoFlag | str,
        pay_type: PayType | str | Unset = UNSET,
    ) -> OrderPackageData:
        """Order a data plan for one device through CSSS (spends money)

        Orders one package for one device. Every CSSS request carries the global parameters
        `access_code`, `timestamp`, `version` ("2.0") and `sign` in its body; the client adds and signs
        them, so callers pass only the business fields. `sign` is Base64(HMAC-SHA1(secret, signContent))
        where signContent is the compact, key-sorted JSON of every non-empty parameter except `sign`
        (the points the vendor leaves open are decided in R-CSSS-SIGN-*).

        `POST /package/orderPackage` · family `csss` · side effect `spend`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: query the device's orders and look for this package before ordering again
        (``packages.query_orders``).
        """
        return self._invoker.call(
            ORDER_PACKAGE,
            partial(
                _order_package_request,
                device_id=device_id,
                global_order=global_order,
                is_open=is_open,
                order_period=order_period,
                package_code=package_code,
                package_name=package_name,
                package_type=package_type,
                pay_amount=pay_amount,
                pay_rst=pay_rst,
                test_flow=test_flow,
                test_flow_flag=test_flow_flag,
                pay_type=pay_type,
            ),
        )

    def query_orders(
        self,
        *,
        page_no: int,
        page_size: int,
        device_id: None | str | Unset = UNSET,
        order_id: None | str | Unset = UNSET,
        order_status: None | OrderStatus | str | Unset = UNSET,
    ) -> QueryOrdersData:
        """Query package orders, page by page

        Orders of this account, filtered by device (fuzzy match), order id and order status.
        `page_size` is at most 100 (v1 page).

        `POST /cmp-api/package/queryOrder` · family `cmp` · side effect `read`.
        """
        return self._invoker.call(
            QUERY_ORDERS,
            partial(
                _query_orders_request,
                page_no=page_no,
                page_size=page_size,
                device_id=device_id,
                order_id=order_id,
                order_status=order_status,
            ),
        )

    def iter_query_orders(
        self,
        *,
        device_id: None | str | Unset = UNSET,
        order_id: None | str | Unset = UNSET,
        order_status: None | OrderStatus | str | Unset = UNSET,
        page_size: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> Iterator[PackageOrder]:
        """Every item of `query_orders`, fetched page by page (stops on the last or an empty page, or a cap)."""

        def fetch(page: int, size: int) -> QueryOrdersData:
            return self.query_orders(
                device_id=device_id,
                order_id=order_id,
                order_status=order_status,
                page_no=page,
                page_size=size,
            )

        return self._invoker.paginate(
            QUERY_ORDERS_PAGES, fetch, page_size=page_size, max_items=max_items, max_pages=max_pages
        )

    def sync_packages(
        self,
        *,
        page_no: int,
        page_size: int,
        version: float | str | Unset = UNSET,
    ) -> SyncPackagesData:
        """Synchronise the catalogue of data plans (packages), page by page

        One page of the packages available to this account per call; call again with the next
        `page_no` until `page.cur_page_no == page.total_pages`.

        `POST /cmp-api/package/syncPackages` · family `cmp` · side effect `read`.
        """
        return self._invoker.call(
            SYNC_PACKAGES,
            partial(
                _sync_packages_request,
                page_no=page_no,
                page_size=page_size,
                version=version,
            ),
        )

    def iter_sync_packages(
        self,
        *,
        version: float | str | Unset = UNSET,
        page_size: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> Iterator[Package]:
        """Every item of `sync_packages`, fetched page by page (stops on the last or an empty page, or a cap)."""

        def fetch(page: int, size: int) -> SyncPackagesData:
            return self.sync_packages(version=version, page_no=page, page_size=size)

        return self._invoker.paginate(
            SYNC_PACKAGES_PAGES, fetch, page_size=page_size, max_items=max_items, max_pages=max_pages
        )


class AsyncPackagesRawResource:
    """The `packages` operations (async), answering with the HTTP exchange as well as the data."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def batch_order_packages(
        self,
        *,
        device_list: list[str],
        package_code: str,
        is_open: OpenFlag | str,
        subscribed_count: int | Unset = UNSET,
        global_order: YesNoFlag | str | Unset = UNSET,
        package_name: str | Unset = UNSET,
        package_type: PackageType | str | Unset = UNSET,
        order_period: str | Unset = UNSET,
        pay_rst: PayResult | str | Unset = UNSET,
        pay_type: PayType | str | Unset = UNSET,
        pay_amount: str | Unset = UNSET,
        test_flow_flag: YesNoFlag | str | Unset = UNSET,
        test_flow: str | Unset = UNSET,
    ) -> RawResponse[BatchOrderPackagesData]:
        """Order a data plan for many devices at once (spends money)

        Orders `package_code` for every device in `deviceList`; the result carries one entry per
        device (`error` is `0000` for a device whose order succeeded). With `is_open: "1"` a paid
        order is opened at once; unpaid orders, schedule packages and the secondary plan of an OTA
        device may not be opened immediately. Ordering spends money: the client never repeats this call
        after the request may have reached the server.

        `POST /cmp-api/package/batchOrderPackages` · family `cmp` · side effect `spend`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: query each device's orders and look for this package before ordering again
        (``packages.query_orders``).
        """
        return await self._invoker.call_raw(
            BATCH_ORDER_PACKAGES,
            partial(
                _batch_order_packages_request,
                device_list=device_list,
                package_code=package_code,
                is_open=is_open,
                subscribed_count=subscribed_count,
                global_order=global_order,
                package_name=package_name,
                package_type=package_type,
                order_period=order_period,
                pay_rst=pay_rst,
                pay_type=pay_type,
                pay_amount=pay_amount,
                test_flow_flag=test_flow_flag,
                test_flow=test_flow,
            ),
        )

    async def cancel_package(
        self,
        *,
        order_id: str,
    ) -> RawResponse[None]:
        """Cancel an order that has not been activated

        Cancels an order placed earlier. Only allowed before activation (or while unpaid); an opened
        order must be finished early instead.

        `POST /cmp-api/package/cancelPackage` · family `cmp` · side effect `mutate`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: query the order and check whether it is cancelled
        (``packages.query_orders``).
        """
        return await self._invoker.call_raw(
            CANCEL_PACKAGE,
            partial(
                _cancel_package_request,
                order_id=order_id,
            ),
        )

    async def finish_order_early(
        self,
        *,
        order_id: str,
        ahead_finish_cause: str,
        device_type: DeviceType | Literal[""] | str | Unset = UNSET,
    ) -> RawResponse[None]:
        """End an active order before it expires

        Ends an order early. Only allowed when the order is active (opened and not paused).

        `POST /cmp-api/package/aheadFinishDeviceOrder` · family `cmp` · side effect `mutate`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: query the order and check whether it has finished
        (``packages.query_orders``).
        """
        return await self._invoker.call_raw(
            FINISH_ORDER_EARLY,
            partial(
                _finish_order_early_request,
                order_id=order_id,
                ahead_finish_cause=ahead_finish_cause,
                device_type=device_type,
            ),
        )

    async def get_traffic_pool_info(
        self,
        *,
        page_no: int,
        page_size: int | Unset = UNSET,
    ) -> RawResponse[TrafficPoolPage]:
        """List this enterprise's traffic pools, page by page

        Documented on the v1 pages only (the v2 overview does not list it); kept because it is the only
        CMP view of traffic pools.

        `POST /cmp-api/package/getTrafficPoolInfo` · family `cmp` · side effect `read`.
        """
        return await self._invoker.call_raw(
            GET_TRAFFIC_POOL_INFO,
            partial(
                _get_traffic_pool_info_request,
                page_no=page_no,
                page_size=page_size,
            ),
        )

    async def open_package(
        self,
        *,
        order_id: str,
    ) -> RawResponse[OpenPackageData]:
        """Open (activate) an ordered data plan (spends money)

        Opens an order that was placed earlier and not yet opened. Refused for unpaid orders and for
        the secondary plan of an OTA device. Opening starts billing, so it is treated as spending.

        `POST /cmp-api/package/openPackage` · family `cmp` · side effect `spend`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: query the order and check whether its status is active
        (``packages.query_orders``).
        """
        return await self._invoker.call_raw(
            OPEN_PACKAGE,
            partial(
                _open_package_request,
                order_id=order_id,
            ),
        )

    async def order_package(
        self,
        *,
        device_id: str,
        global_order: YesNoFlag | str,
        is_open: OpenFlag | str,
        order_period: str,
        package_code: str,
        package_name: str,
        package_type: PackageType | str,
        pay_amount: str,
        pay_rst: PayResult | str,
        test_flow: str,
        test_flow_flag: YesNoFlag | str,
        pay_type: PayType | str | Unset = UNSET,
    ) -> RawResponse[OrderPackageData]:
        """Order a data plan for one device through CSSS (spends money)

        Orders one package for one device. Every CSSS request carries the global parameters
        `access_code`, `timestamp`, `version` ("2.0") and `sign` in its body; the client adds and signs
        them, so callers pass only the business fields. `sign` is Base64(HMAC-SHA1(secret, signContent))
        where signContent is the compact, key-sorted JSON of every non-empty parameter except `sign`
        (the points the vendor leaves open are decided in R-CSSS-SIGN-*).

        `POST /package/orderPackage` · family `csss` · side effect `spend`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: query the device's orders and look for this package before ordering again
        (``packages.query_orders``).
        """
        return await self._invoker.call_raw(
            ORDER_PACKAGE,
            partial(
                _order_package_request,
                device_id=device_id,
                global_order=global_order,
                is_open=is_open,
                order_period=order_period,
                package_code=package_code,
                package_name=package_name,
                package_type=package_type,
                pay_amount=pay_amount,
                pay_rst=pay_rst,
                test_flow=test_flow,
                test_flow_flag=test_flow_flag,
                pay_type=pay_type,
            ),
        )

    async def query_orders(
        self,
        *,
        page_no: int,
        page_size: int,
        device_id: None | str | Unset = UNSET,
        order_id: None | str | Unset = UNSET,
        order_status: None | OrderStatus | str | Unset = UNSET,
    ) -> RawResponse[QueryOrdersData]:
        """Query package orders, page by page

        Orders of this account, filtered by device (fuzzy match), order id and order status.
        `page_size` is at most 100 (v1 page).

        `POST /cmp-api/package/queryOrder` · family `cmp` · side effect `read`.
        """
        return await self._invoker.call_raw(
            QUERY_ORDERS,
            partial(
                _query_orders_request,
                page_no=page_no,
                page_size=page_size,
                device_id=device_id,
                order_id=order_id,
                order_status=order_status,
            ),
        )

    async def sync_packages(
        self,
        *,
        page_no: int,
        page_size: int,
        version: float | str | Unset = UNSET,
    ) -> RawResponse[SyncPackagesData]:
        """Synchronise the catalogue of data plans (packages), page by page

        One page of the packages available to this account per call; call again with the next
        `page_no` until `page.cur_page_no == page.total_pages`.

        `POST /cmp-api/package/syncPackages` · family `cmp` · side effect `read`.
        """
        return await self._invoker.call_raw(
            SYNC_PACKAGES,
            partial(
                _sync_packages_request,
                page_no=page_no,
                page_size=page_size,
                version=version,
            ),
        )


class AsyncPackagesResource:
    """Operations tagged `packages` (async)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker
        self.with_raw_response = AsyncPackagesRawResource(invoker)

    async def batch_order_packages(
        self,
        *,
        device_list: list[str],
        package_code: str,
        is_open: OpenFlag | str,
        subscribed_count: int | Unset = UNSET,
        global_order: YesNoFlag | str | Unset = UNSET,
        package_name: str | Unset = UNSET,
        package_type: PackageType | str | Unset = UNSET,
        order_period: str | Unset = UNSET,
        pay_rst: PayResult | str | Unset = UNSET,
        pay_type: PayType | str | Unset = UNSET,
        pay_amount: str | Unset = UNSET,
        test_flow_flag: YesNoFlag | str | Unset = UNSET,
        test_flow: str | Unset = UNSET,
    ) -> BatchOrderPackagesData:
        """Order a data plan for many devices at once (spends money)

        Orders `package_code` for every device in `deviceList`; the result carries one entry per
        device (`error` is `0000` for a device whose order succeeded). With `is_open: "1"` a paid
        order is opened at once; unpaid orders, schedule packages and the secondary plan of an OTA
        device may not be opened immediately. Ordering spends money: the client never repeats this call
        after the request may have reached the server.

        `POST /cmp-api/package/batchOrderPackages` · family `cmp` · side effect `spend`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: query each device's orders and look for this package before ordering again
        (``packages.query_orders``).
        """
        return await self._invoker.call(
            BATCH_ORDER_PACKAGES,
            partial(
                _batch_order_packages_request,
                device_list=device_list,
                package_code=package_code,
                is_open=is_open,
                subscribed_count=subscribed_count,
                global_order=global_order,
                package_name=package_name,
                package_type=package_type,
                order_period=order_period,
                pay_rst=pay_rst,
                pay_type=pay_type,
                pay_amount=pay_amount,
                test_flow_flag=test_flow_flag,
                test_flow=test_flow,
            ),
        )

    async def cancel_package(
        self,
        *,
        order_id: str,
    ) -> None:
        """Cancel an order that has not been activated

        Cancels an order placed earlier. Only allowed before activation (or while unpaid); an opened
        order must be finished early instead.

        `POST /cmp-api/package/cancelPackage` · family `cmp` · side effect `mutate`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: query the order and check whether it is cancelled
        (``packages.query_orders``).
        """
        return await self._invoker.call(
            CANCEL_PACKAGE,
            partial(
                _cancel_package_request,
                order_id=order_id,
            ),
        )

    async def finish_order_early(
        self,
        *,
        order_id: str,
        ahead_finish_cause: str,
        device_type: DeviceType | Literal[""] | str | Unset = UNSET,
    ) -> None:
        """End an active order before it expires

        Ends an order early. Only allowed when the order is active (opened and not paused).

        `POST /cmp-api/package/aheadFinishDeviceOrder` · family `cmp` · side effect `mutate`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: query the order and check whether it has finished
        (``packages.query_orders``).
        """
        return await self._invoker.call(
            FINISH_ORDER_EARLY,
            partial(
                _finish_order_early_request,
                order_id=order_id,
                ahead_finish_cause=ahead_finish_cause,
                device_type=device_type,
            ),
        )

    async def get_traffic_pool_info(
        self,
        *,
        page_no: int,
        page_size: int | Unset = UNSET,
    ) -> TrafficPoolPage:
        """List this enterprise's traffic pools, page by page

        Documented on the v1 pages only (the v2 overview does not list it); kept because it is the only
        CMP view of traffic pools.

        `POST /cmp-api/package/getTrafficPoolInfo` · family `cmp` · side effect `read`.
        """
        return await self._invoker.call(
            GET_TRAFFIC_POOL_INFO,
            partial(
                _get_traffic_pool_info_request,
                page_no=page_no,
                page_size=page_size,
            ),
        )

    def iter_get_traffic_pool_info(
        self, *, page_size: int = 100, max_items: int | None = None, max_pages: int | None = None
    ) -> AsyncIterator[TrafficPool]:
        """Every item of `get_traffic_pool_info`, fetched page by page (stops on the last or an empty page, or a cap)."""

        async def fetch(page: int, size: int) -> TrafficPoolPage:
            return await self.get_traffic_pool_info(page_no=page, page_size=size)

        return self._invoker.paginate(
            GET_TRAFFIC_POOL_INFO_PAGES, fetch, page_size=page_size, max_items=max_items, max_pages=max_pages
        )

    async def open_package(
        self,
        *,
        order_id: str,
    ) -> OpenPackageData:
        """Open (activate) an ordered data plan (spends money)

        Opens an order that was placed earlier and not yet opened. Refused for unpaid orders and for
        the secondary plan of an OTA device. Opening starts billing, so it is treated as spending.

        `POST /cmp-api/package/openPackage` · family `cmp` · side effect `spend`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: query the order and check whether its status is active
        (``packages.query_orders``).
        """
        return await self._invoker.call(
            OPEN_PACKAGE,
            partial(
                _open_package_request,
                order_id=order_id,
            ),
        )

    async def order_package(
        self,
        *,
        device_id: str,
        global_order: YesNoFlag | str,
        is_open: OpenFlag | str,
        order_period: str,
        package_code: str,
        package_name: str,
        package_type: PackageType | str,
        pay_amount: str,
        pay_rst: PayResult | str,
        test_flow: str,
        test_flow_flag: YesNoFlag | str,
        pay_type: PayType | str | Unset = UNSET,
    ) -> OrderPackageData:
        """Order a data plan for one device through CSSS (spends money)

        Orders one package for one device. Every CSSS request carries the global parameters
        `access_code`, `timestamp`, `version` ("2.0") and `sign` in its body; the client adds and signs
        them, so callers pass only the business fields. `sign` is Base64(HMAC-SHA1(secret, signContent))
        where signContent is the compact, key-sorted JSON of every non-empty parameter except `sign`
        (the points the vendor leaves open are decided in R-CSSS-SIGN-*).

        `POST /package/orderPackage` · family `csss` · side effect `spend`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: query the device's orders and look for this package before ordering again
        (``packages.query_orders``).
        """
        return await self._invoker.call(
            ORDER_PACKAGE,
            partial(
                _order_package_request,
                device_id=device_id,
                global_order=global_order,
                is_open=is_open,
                order_period=order_period,
                package_code=package_code,
                package_name=package_name,
                package_type=package_type,
                pay_amount=pay_amount,
                pay_rst=pay_rst,
                test_flow=test_flow,
                test_flow_flag=test_flow_flag,
                pay_type=pay_type,
            ),
        )

    async def query_orders(
        self,
        *,
        page_no: int,
        page_size: int,
        device_id: None | str | Unset = UNSET,
        order_id: None | str | Unset = UNSET,
        order_status: None | OrderStatus | str | Unset = UNSET,
    ) -> QueryOrdersData:
        """Query package orders, page by page

        Orders of this account, filtered by device (fuzzy match), order id and order status.
        `page_size` is at most 100 (v1 page).

        `POST /cmp-api/package/queryOrder` · family `cmp` · side effect `read`.
        """
        return await self._invoker.call(
            QUERY_ORDERS,
            partial(
                _query_orders_request,
                page_no=page_no,
                page_size=page_size,
                device_id=device_id,
                order_id=order_id,
                order_status=order_status,
            ),
        )

    def iter_query_orders(
        self,
        *,
        device_id: None | str | Unset = UNSET,
        order_id: None | str | Unset = UNSET,
        order_status: None | OrderStatus | str | Unset = UNSET,
        page_size: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> AsyncIterator[PackageOrder]:
        """Every item of `query_orders`, fetched page by page (stops on the last or an empty page, or a cap)."""

        async def fetch(page: int, size: int) -> QueryOrdersData:
            return await self.query_orders(
                device_id=device_id,
                order_id=order_id,
                order_status=order_status,
                page_no=page,
                page_size=size,
            )

        return self._invoker.paginate(
            QUERY_ORDERS_PAGES, fetch, page_size=page_size, max_items=max_items, max_pages=max_pages
        )

    async def sync_packages(
        self,
        *,
        page_no: int,
        page_size: int,
        version: float | str | Unset = UNSET,
    ) -> SyncPackagesData:
        """Synchronise the catalogue of data plans (packages), page by page

        One page of the packages available to this account per call; call again with the next
        `page_no` until `page.cur_page_no == page.total_pages`.

        `POST /cmp-api/package/syncPackages` · family `cmp` · side effect `read`.
        """
        return await self._invoker.call(
            SYNC_PACKAGES,
            partial(
                _sync_packages_request,
                page_no=page_no,
                page_size=page_size,
                version=version,
            ),
        )

    def iter_sync_packages(
        self,
        *,
        version: float | str | Unset = UNSET,
        page_size: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> AsyncIterator[Package]:
        """Every item of `sync_packages`, fetched page by page (stops on the last or an empty page, or a cap)."""

        async def fetch(page: int, size: int) -> SyncPackagesData:
            return await self.sync_packages(version=version, page_no=page, page_size=size)

        return self._invoker.paginate(
            SYNC_PACKAGES_PAGES, fetch, page_size=page_size, max_items=max_items, max_pages=max_pages
        )


class PoolsRawResource:
    """The `pools` operations, answering with the HTTP exchange as well as the data."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    def get_pool_day_usage(
        self,
        *,
        pool_code: str,
        query_day: str | Unset = UNSET,
    ) -> RawResponse[PoolDayUsage]:
        """Get a pool's usage on one day of the last 30 days

        Usage of the pool on `queryDay` (yyyy-MM-dd, within the last 30 days), in KB. The page marks
        `queryDay` optional here (it is required for cards); without it the server's default day is
        used.

        `GET /api/v1/pool/getPoolDayUsage` · family `pool` · side effect `read`.
        """
        return self._invoker.call_raw(
            GET_POOL_DAY_USAGE,
            partial(
                _get_pool_day_usage_request,
                pool_code=pool_code,
                query_day=query_day,
            ),
        )

    def get_pool_detail(
        self,
        *,
        pool_code: str,
    ) -> RawResponse[PoolDetail]:
        """Get one traffic pool

        The pool's type, usage, card counts by status and its tariff package.

        `GET /api/v1/pool/detail` · family `pool` · side effect `read`.
        """
        return self._invoker.call_raw(
            GET_POOL_DETAIL,
            partial(
                _get_pool_detail_request,
                pool_code=pool_code,
            ),
        )

    def get_pool_month_usage(
        self,
        *,
        pool_code: str,
        query_month: str,
    ) -> RawResponse[PoolMonthUsage]:
        """Get a pool's usage in one month

        Total usage of the pool in `queryMonth` (yyyy-MM), in KB.

        `GET /api/v1/pool/getPoolMonthUsage` · family `pool` · side effect `read`.
        """
        return self._invoker.call_raw(
            GET_POOL_MONTH_USAGE,
            partial(
                _get_pool_month_usage_request,
                pool_code=pool_code,
                query_month=query_month,
            ),
        )


class PoolsResource:
    """Operations tagged `pools`."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker
        self.with_raw_response = PoolsRawResource(invoker)

    def get_pool_day_usage(
        self,
        *,
        pool_code: str,
        query_day: str | Unset = UNSET,
    ) -> PoolDayUsage:
        """Get a pool's usage on one day of the last 30 days

        Usage of the pool on `queryDay` (yyyy-MM-dd, within the last 30 days), in KB. The page marks
        `queryDay` optional here (it is required for cards); without it the server's default day is
        used.

        `GET /api/v1/pool/getPoolDayUsage` · family `pool` · side effect `read`.
        """
        return self._invoker.call(
            GET_POOL_DAY_USAGE,
            partial(
                _get_pool_day_usage_request,
                pool_code=pool_code,
                query_day=query_day,
            ),
        )

    def get_pool_detail(
        self,
        *,
        pool_code: str,
    ) -> PoolDetail:
        """Get one traffic pool

        The pool's type, usage, card counts by status and its tariff package.

        `GET /api/v1/pool/detail` · family `pool` · side effect `read`.
        """
        return self._invoker.call(
            GET_POOL_DETAIL,
            partial(
                _get_pool_detail_request,
                pool_code=pool_code,
            ),
        )

    def get_pool_month_usage(
        self,
        *,
        pool_code: str,
        query_month: str,
    ) -> PoolMonthUsage:
        """Get a pool's usage in one month

        Total usage of the pool in `queryMonth` (yyyy-MM), in KB.

        `GET /api/v1/pool/getPoolMonthUsage` · family `pool` · side effect `read`.
        """
        return self._invoker.call(
            GET_POOL_MONTH_USAGE,
            partial(
                _get_pool_month_usage_request,
                pool_code=pool_code,
                query_month=query_month,
            ),
        )


class AsyncPoolsRawResource:
    """The `pools` operations (async), answering with the HTTP exchange as well as the data."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def get_pool_day_usage(
        self,
        *,
        pool_code: str,
        query_day: str | Unset = UNSET,
    ) -> RawResponse[PoolDayUsage]:
        """Get a pool's usage on one day of the last 30 days

        Usage of the pool on `queryDay` (yyyy-MM-dd, within the last 30 days), in KB. The page marks
        `queryDay` optional here (it is required for cards); without it the server's default day is
        used.

        `GET /api/v1/pool/getPoolDayUsage` · family `pool` · side effect `read`.
        """
        return await self._invoker.call_raw(
            GET_POOL_DAY_USAGE,
            partial(
                _get_pool_day_usage_request,
                pool_code=pool_code,
                query_day=query_day,
            ),
        )

    async def get_pool_detail(
        self,
        *,
        pool_code: str,
    ) -> RawResponse[PoolDetail]:
        """Get one traffic pool

        The pool's type, usage, card counts by status and its tariff package.

        `GET /api/v1/pool/detail` · family `pool` · side effect `read`.
        """
        return await self._invoker.call_raw(
            GET_POOL_DETAIL,
            partial(
                _get_pool_detail_request,
                pool_code=pool_code,
            ),
        )

    async def get_pool_month_usage(
        self,
        *,
        pool_code: str,
        query_month: str,
    ) -> RawResponse[PoolMonthUsage]:
        """Get a pool's usage in one month

        Total usage of the pool in `queryMonth` (yyyy-MM), in KB.

        `GET /api/v1/pool/getPoolMonthUsage` · family `pool` · side effect `read`.
        """
        return await self._invoker.call_raw(
            GET_POOL_MONTH_USAGE,
            partial(
                _get_pool_month_usage_request,
                pool_code=pool_code,
                query_month=query_month,
            ),
        )


class AsyncPoolsResource:
    """Operations tagged `pools` (async)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker
        self.with_raw_response = AsyncPoolsRawResource(invoker)

    async def get_pool_day_usage(
        self,
        *,
        pool_code: str,
        query_day: str | Unset = UNSET,
    ) -> PoolDayUsage:
        """Get a pool's usage on one day of the last 30 days

        Usage of the pool on `queryDay` (yyyy-MM-dd, within the last 30 days), in KB. The page marks
        `queryDay` optional here (it is required for cards); without it the server's default day is
        used.

        `GET /api/v1/pool/getPoolDayUsage` · family `pool` · side effect `read`.
        """
        return await self._invoker.call(
            GET_POOL_DAY_USAGE,
            partial(
                _get_pool_day_usage_request,
                pool_code=pool_code,
                query_day=query_day,
            ),
        )

    async def get_pool_detail(
        self,
        *,
        pool_code: str,
    ) -> PoolDetail:
        """Get one traffic pool

        The pool's type, usage, card counts by status and its tariff package.

        `GET /api/v1/pool/detail` · family `pool` · side effect `read`.
        """
        return await self._invoker.call(
            GET_POOL_DETAIL,
            partial(
                _get_pool_detail_request,
                pool_code=pool_code,
            ),
        )

    async def get_pool_month_usage(
        self,
        *,
        pool_code: str,
        query_month: str,
    ) -> PoolMonthUsage:
        """Get a pool's usage in one month

        Total usage of the pool in `queryMonth` (yyyy-MM), in KB.

        `GET /api/v1/pool/getPoolMonthUsage` · family `pool` · side effect `read`.
        """
        return await self._invoker.call(
            GET_POOL_MONTH_USAGE,
            partial(
                _get_pool_month_usage_request,
                pool_code=pool_code,
                query_month=query_month,
            ),
        )


class SmsRawResource:
    """The `sms` operations, answering with the HTTP exchange as well as the data."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    def query_latest_cdr(
        self,
        *,
        imsi: str,
    ) -> RawResponse[LatestCdr]:
        """Query the latest session and SMS counters of one IMSI

        The current session (GPRS counters, PDP state) and SMS counters of one IMSI, as reported
        by the network. Counters and byte totals arrive as strings.

        `POST /cmp-api/sms/queryLatestCDR` · family `cmp` · side effect `read`.
        """
        return self._invoker.call_raw(
            QUERY_LATEST_CDR,
            partial(
                _query_latest_cdr_request,
                imsi=imsi,
            ),
        )

    def query_mt_sms_status(
        self,
        *,
        device_id: str | Unset = UNSET,
        msg_id: str | Unset = UNSET,
        page_no: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> RawResponse[MtSmsPage]:
        """Query the delivery status of sent (MT) SMS

        MT SMS records filtered by device and/or `msg_id` (the id given to `send_sms`).

        `POST /cmp-api/sms/queryMTSmsStatus` · family `cmp` · side effect `read`.
        """
        return self._invoker.call_raw(
            QUERY_MT_SMS_STATUS,
            partial(
                _query_mt_sms_status_request,
                device_id=device_id,
                msg_id=msg_id,
                page_no=page_no,
                page_size=page_size,
            ),
        )

    def query_sms_cdr(
        self,
        *,
        device_id: str,
        page_no: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        begin_time: str | Unset = UNSET,
        end_time: str | Unset = UNSET,
    ) -> RawResponse[SmsCdrPage]:
        """Query MO and MT SMS records of one device

        SMS records (both directions) of one device between `begin_time` and `end_time`
        (yyyy-MM-dd, UTC+8). Paging totals use their own names here (`totalData`, `totalPage`).

        `POST /cmp-api/sms/querySmsCDR` · family `cmp` · side effect `read`.
        """
        return self._invoker.call_raw(
            QUERY_SMS_CDR,
            partial(
                _query_sms_cdr_request,
                device_id=device_id,
                page_no=page_no,
                page_size=page_size,
                begin_time=begin_time,
                end_time=end_time,
            ),
        )

    def send_sms(
        self,
        *,
        flag_list: list[SmsTarget | Mapping[str, Any]],
        sms_content: str,
        message_type: MessageType | str,
    ) -> RawResponse[None]:
        """Send an SMS to one or more devices (sends a message)

        Sends `sms_content` to every device of `flag_list`. Each entry carries a caller-chosen
        `msg_id` that starts with `LK` and is at most 32 characters; use it later with
        `query_mt_sms_status`. Sending is not repeatable safely, so it is treated as spending.

        `POST /cmp-api/sms/sendSms` · family `cmp` · side effect `spend`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: query each message by the msg_id you chose before sending again
        (``sms.query_mt_sms_status``).
        """
        return self._invoker.call_raw(
            SEND_SMS,
            partial(
                _send_sms_request,
                flag_list=flag_list,
                sms_content=sms_content,
                message_type=message_type,
            ),
        )


class SmsResource:
    """Operations tagged `sms`."""

    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker
        self.with_raw_response = SmsRawResource(invoker)

    def query_latest_cdr(
        self,
        *,
        imsi: str,
    ) -> LatestCdr:
        """Query the latest session and SMS counters of one IMSI

        The current session (GPRS counters, PDP state) and SMS counters of one IMSI, as reported
        by the network. Counters and byte totals arrive as strings.

        `POST /cmp-api/sms/queryLatestCDR` · family `cmp` · side effect `read`.
        """
        return self._invoker.call(
            QUERY_LATEST_CDR,
            partial(
                _query_latest_cdr_request,
                imsi=imsi,
            ),
        )

    def query_mt_sms_status(
        self,
        *,
        device_id: str | Unset = UNSET,
        msg_id: str | Unset = UNSET,
        page_no: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> MtSmsPage:
        """Query the delivery status of sent (MT) SMS

        MT SMS records filtered by device and/or `msg_id` (the id given to `send_sms`).

        `POST /cmp-api/sms/queryMTSmsStatus` · family `cmp` · side effect `read`.
        """
        return self._invoker.call(
            QUERY_MT_SMS_STATUS,
            partial(
                _query_mt_sms_status_request,
                device_id=device_id,
                msg_id=msg_id,
                page_no=page_no,
                page_size=page_size,
            ),
        )

    def iter_query_mt_sms_status(
        self,
        *,
        device_id: str | Unset = UNSET,
        msg_id: str | Unset = UNSET,
        page_size: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> Iterator[MtSmsRecord]:
        """Every item of `query_mt_sms_status`, fetched page by page (stops on the last or an empty page, or a cap)."""

        def fetch(page: int, size: int) -> MtSmsPage:
            return self.query_mt_sms_status(device_id=device_id, msg_id=msg_id, page_no=page, page_size=size)

        return self._invoker.paginate(
            QUERY_MT_SMS_STATUS_PAGES, fetch, page_size=page_size, max_items=max_items, max_pages=max_pages
        )

    def query_sms_cdr(
        self,
        *,
        device_id: str,
        page_no: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        begin_time: str | Unset = UNSET,
        end_time: str | Unset = UNSET,
    ) -> SmsCdrPage:
        """Query MO and MT SMS records of one device

        SMS records (both directions) of one device between `begin_time` and `end_time`
        (yyyy-MM-dd, UTC+8). Paging totals use their own names here (`totalData`, `totalPage`).

        `POST /cmp-api/sms/querySmsCDR` · family `cmp` · side effect `read`.
        """
        return self._invoker.call(
            QUERY_SMS_CDR,
            partial(
                _query_sms_cdr_request,
                device_id=device_id,
                page_no=page_no,
                page_size=page_size,
                begin_time=begin_time,
                end_time=end_time,
            ),
        )

    def iter_query_sms_cdr(
        self,
        *,
        device_id: str,
        begin_time: str | Unset = UNSET,
        end_time: str | Unset = UNSET,
        page_size: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> Iterator[SmsCdrRecord]:
        """Every item of `query_sms_cdr`, fetched page by page (stops on the last or an empty page, or a cap)."""

        def fetch(page: int, size: int) -> SmsCdrPage:
            return self.query_sms_cdr(
                device_id=device_id, begin_time=begin_time, end_time=end_time, page_no=page, page_size=size
            )

        return self._invoker.paginate(
            QUERY_SMS_CDR_PAGES, fetch, page_size=page_size, max_items=max_items, max_pages=max_pages
        )

    def send_sms(
        self,
        *,
        flag_list: list[SmsTarget | Mapping[str, Any]],
        sms_content: str,
        message_type: MessageType | str,
    ) -> None:
        """Send an SMS to one or more devices (sends a message)

        Sends `sms_content` to every device of `flag_list`. Each entry carries a caller-chosen
        `msg_id` that starts with `LK` and is at most 32 characters; use it later with
        `query_mt_sms_status`. Sending is not repeatable safely, so it is treated as spending.

        `POST /cmp-api/sms/sendSms` · family `cmp` · side effect `spend`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: query each message by the msg_id you chose before sending again
        (``sms.query_mt_sms_status``).
        """
        return self._invoker.call(
            SEND_SMS,
            partial(
                _send_sms_request,
                flag_list=flag_list,
                sms_content=sms_content,
                message_type=message_type,
            ),
        )


class AsyncSmsRawResource:
    """The `sms` operations (async), answering with the HTTP exchange as well as the data."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def query_latest_cdr(
        self,
        *,
        imsi: str,
    ) -> RawResponse[LatestCdr]:
        """Query the latest session and SMS counters of one IMSI

        The current session (GPRS counters, PDP state) and SMS counters of one IMSI, as reported
        by the network. Counters and byte totals arrive as strings.

        `POST /cmp-api/sms/queryLatestCDR` · family `cmp` · side effect `read`.
        """
        return await self._invoker.call_raw(
            QUERY_LATEST_CDR,
            partial(
                _query_latest_cdr_request,
                imsi=imsi,
            ),
        )

    async def query_mt_sms_status(
        self,
        *,
        device_id: str | Unset = UNSET,
        msg_id: str | Unset = UNSET,
        page_no: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> RawResponse[MtSmsPage]:
        """Query the delivery status of sent (MT) SMS

        MT SMS records filtered by device and/or `msg_id` (the id given to `send_sms`).

        `POST /cmp-api/sms/queryMTSmsStatus` · family `cmp` · side effect `read`.
        """
        return await self._invoker.call_raw(
            QUERY_MT_SMS_STATUS,
            partial(
                _query_mt_sms_status_request,
                device_id=device_id,
                msg_id=msg_id,
                page_no=page_no,
                page_size=page_size,
            ),
        )

    async def query_sms_cdr(
        self,
        *,
        device_id: str,
        page_no: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        begin_time: str | Unset = UNSET,
        end_time: str | Unset = UNSET,
    ) -> RawResponse[SmsCdrPage]:
        """Query MO and MT SMS records of one device

        SMS records (both directions) of one device between `begin_time` and `end_time`
        (yyyy-MM-dd, UTC+8). Paging totals use their own names here (`totalData`, `totalPage`).

        `POST /cmp-api/sms/querySmsCDR` · family `cmp` · side effect `read`.
        """
        return await self._invoker.call_raw(
            QUERY_SMS_CDR,
            partial(
                _query_sms_cdr_request,
                device_id=device_id,
                page_no=page_no,
                page_size=page_size,
                begin_time=begin_time,
                end_time=end_time,
            ),
        )

    async def send_sms(
        self,
        *,
        flag_list: list[SmsTarget | Mapping[str, Any]],
        sms_content: str,
        message_type: MessageType | str,
    ) -> RawResponse[None]:
        """Send an SMS to one or more devices (sends a message)

        Sends `sms_content` to every device of `flag_list`. Each entry carries a caller-chosen
        `msg_id` that starts with `LK` and is at most 32 characters; use it later with
        `query_mt_sms_status`. Sending is not repeatable safely, so it is treated as spending.

        `POST /cmp-api/sms/sendSms` · family `cmp` · side effect `spend`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: query each message by the msg_id you chose before sending again
        (``sms.query_mt_sms_status``).
        """
        return await self._invoker.call_raw(
            SEND_SMS,
            partial(
                _send_sms_request,
                flag_list=flag_list,
                sms_content=sms_content,
                message_type=message_type,
            ),
        )


class AsyncSmsResource:
    """Operations tagged `sms` (async)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker
        self.with_raw_response = AsyncSmsRawResource(invoker)

    async def query_latest_cdr(
        self,
        *,
        imsi: str,
    ) -> LatestCdr:
        """Query the latest session and SMS counters of one IMSI

        The current session (GPRS counters, PDP state) and SMS counters of one IMSI, as reported
        by the network. Counters and byte totals arrive as strings.

        `POST /cmp-api/sms/queryLatestCDR` · family `cmp` · side effect `read`.
        """
        return await self._invoker.call(
            QUERY_LATEST_CDR,
            partial(
                _query_latest_cdr_request,
                imsi=imsi,
            ),
        )

    async def query_mt_sms_status(
        self,
        *,
        device_id: str | Unset = UNSET,
        msg_id: str | Unset = UNSET,
        page_no: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> MtSmsPage:
        """Query the delivery status of sent (MT) SMS

        MT SMS records filtered by device and/or `msg_id` (the id given to `send_sms`).

        `POST /cmp-api/sms/queryMTSmsStatus` · family `cmp` · side effect `read`.
        """
        return await self._invoker.call(
            QUERY_MT_SMS_STATUS,
            partial(
                _query_mt_sms_status_request,
                device_id=device_id,
                msg_id=msg_id,
                page_no=page_no,
                page_size=page_size,
            ),
        )

    def iter_query_mt_sms_status(
        self,
        *,
        device_id: str | Unset = UNSET,
        msg_id: str | Unset = UNSET,
        page_size: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> AsyncIterator[MtSmsRecord]:
        """Every item of `query_mt_sms_status`, fetched page by page (stops on the last or an empty page, or a cap)."""

        async def fetch(page: int, size: int) -> MtSmsPage:
            return await self.query_mt_sms_status(
                device_id=device_id, msg_id=msg_id, page_no=page, page_size=size
            )

        return self._invoker.paginate(
            QUERY_MT_SMS_STATUS_PAGES, fetch, page_size=page_size, max_items=max_items, max_pages=max_pages
        )

    async def query_sms_cdr(
        self,
        *,
        device_id: str,
        page_no: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        begin_time: str | Unset = UNSET,
        end_time: str | Unset = UNSET,
    ) -> SmsCdrPage:
        """Query MO and MT SMS records of one device

        SMS records (both directions) of one device between `begin_time` and `end_time`
        (yyyy-MM-dd, UTC+8). Paging totals use their own names here (`totalData`, `totalPage`).

        `POST /cmp-api/sms/querySmsCDR` · family `cmp` · side effect `read`.
        """
        return await self._invoker.call(
            QUERY_SMS_CDR,
            partial(
                _query_sms_cdr_request,
                device_id=device_id,
                page_no=page_no,
                page_size=page_size,
                begin_time=begin_time,
                end_time=end_time,
            ),
        )

    def iter_query_sms_cdr(
        self,
        *,
        device_id: str,
        begin_time: str | Unset = UNSET,
        end_time: str | Unset = UNSET,
        page_size: int = 100,
        max_items: int | None = None,
        max_pages: int | None = None,
    ) -> AsyncIterator[SmsCdrRecord]:
        """Every item of `query_sms_cdr`, fetched page by page (stops on the last or an empty page, or a cap)."""

        async def fetch(page: int, size: int) -> SmsCdrPage:
            return await self.query_sms_cdr(
                device_id=device_id, begin_time=begin_time, end_time=end_time, page_no=page, page_size=size
            )

        return self._invoker.paginate(
            QUERY_SMS_CDR_PAGES, fetch, page_size=page_size, max_items=max_items, max_pages=max_pages
        )

    async def send_sms(
        self,
        *,
        flag_list: list[SmsTarget | Mapping[str, Any]],
        sms_content: str,
        message_type: MessageType | str,
    ) -> None:
        """Send an SMS to one or more devices (sends a message)

        Sends `sms_content` to every device of `flag_list`. Each entry carries a caller-chosen
        `msg_id` that starts with `LK` and is at most 32 characters; use it later with
        `query_mt_sms_status`. Sending is not repeatable safely, so it is treated as spending.

        `POST /cmp-api/sms/sendSms` · family `cmp` · side effect `spend`.

        If the outcome is unknown (``OutcomeUnknownError``), do not repeat the call: query each message by the msg_id you chose before sending again
        (``sms.query_mt_sms_status``).
        """
        return await self._invoker.call(
            SEND_SMS,
            partial(
                _send_sms_request,
                flag_list=flag_list,
                sms_content=sms_content,
                message_type=message_type,
            ),
        )


class SyncNamespaces:
    """The per-tag resources of a synchronous client, one attribute per tag of the spec."""

    cards: CardsResource
    cdr: CdrResource
    devices: DevicesResource
    packages: PackagesResource
    pools: PoolsResource
    sms: SmsResource

    def __init__(self, invoker: SyncInvoker) -> None:
        self.cards = CardsResource(invoker)
        self.cdr = CdrResource(invoker)
        self.devices = DevicesResource(invoker)
        self.packages = PackagesResource(invoker)
        self.pools = PoolsResource(invoker)
        self.sms = SmsResource(invoker)


class AsyncNamespaces:
    """The per-tag resources of an asynchronous client, one attribute per tag of the spec."""

    cards: AsyncCardsResource
    cdr: AsyncCdrResource
    devices: AsyncDevicesResource
    packages: AsyncPackagesResource
    pools: AsyncPoolsResource
    sms: AsyncSmsResource

    def __init__(self, invoker: AsyncInvoker) -> None:
        self.cards = AsyncCardsResource(invoker)
        self.cdr = AsyncCdrResource(invoker)
        self.devices = AsyncDevicesResource(invoker)
        self.packages = AsyncPackagesResource(invoker)
        self.pools = AsyncPoolsResource(invoker)
        self.sms = AsyncSmsResource(invoker)
