# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
# Pydantic v2 models of components/schemas; field aliases are the wire names.

from __future__ import annotations

from enum import Enum, IntEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel


class AssetId(RootModel[str]):
    root: Annotated[str, Field(min_length=1)]
    """
    A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use opaque ids.
    """


class Iccid(RootModel[str]):
    root: Annotated[str, Field(pattern="^[0-9]{18,22}[0-9A-Fa-f]?$")]
    """
    An ICCID (18 to 22 digits, an optional trailing hex check character).
    """


class Imsi(RootModel[str]):
    root: Annotated[str, Field(pattern="^[0-9]{6,15}$")]
    """
    An IMSI (E.212), 6 to 15 digits.
    """


class Msisdn(RootModel[str]):
    root: Annotated[str, Field(pattern="^\\+?[0-9A-Fa-f]{1,20}$")]
    """
    An MSISDN (E.164). Placeholder profiles carry `FFFFFFFFFF`.
    """


class Imei(RootModel[str]):
    root: Annotated[str, Field(pattern="^[0-9]{15,16}$")]
    """
    A 15-16 digit IMEI or IMEISV.
    """


class OrderId(RootModel[str]):
    root: Annotated[str, Field(min_length=1)]
    """
    An order id as the vendor issues it (e.g. `ORDER_47454030993031168`, `202107061625560742397`).
    """


class BatchCode(RootModel[str]):
    root: Annotated[str, Field(min_length=1)]
    """
    A batch code of the pool/card API.
    """


class IsoDate(RootModel[str]):
    root: Annotated[str, Field(pattern="^[12][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")]
    """
    A calendar date, yyyy-MM-dd.
    """


class VendorDateTime(RootModel[str]):
    root: Annotated[str, Field(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$")]
    """
    A naive local time (UTC+8 unless stated), `yyyy-MM-dd HH:mm:ss`.
    """


class OrderDateOrDateTime(RootModel[str]):
    root: Annotated[
        str,
        Field(pattern="^([0-9]{8}|[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2})$"),
    ]
    """
    An order start or expiry. The tables say `YYYYMMDD`; the openPackage example sends
    `yyyy-MM-dd HH:mm:ss` (R-OPEN-DATE-FORMAT). Both are accepted.

    """


class OptionalDigitString(RootModel[str]):
    root: Annotated[str, Field(pattern="^(-?[0-9]+)?$")]
    """
    A whole number sent as a JSON string, or the empty string when the vendor leaves it blank.
    """


class OptionalPercentage(RootModel[str]):
    root: Annotated[str, Field(pattern="^([0-9]+(\\.[0-9]+)?%)?$")]
    """
    A percentage sent as a string (`0.00%`), or the empty string where the vendor leaves it blank.
    """


class BooleanString(Enum):
    """
    `true` or `false` as a string.
    """

    TRUE = "true"
    """
    active
    """
    FALSE = "false"
    """
    inactive
    """


class OrderStatus(Enum):
    """
    Order status. 1 not enabled (ordered, not yet opened); 2 enabled (active); 3 ended or
    cancelled; 5 suspended (paused). The pages skip 4.

    """

    NOT_ENABLED = "1"
    """
    not enabled
    """
    ACTIVE = "2"
    """
    get started (active)
    """
    ENDED = "3"
    """
    has ended or canceled
    """
    PAUSED = "5"
    """
    suspended
    """


class PackageType(Enum):
    """
    Package (plan) type. 0 unlimited daily plan (CSSS only); 1 daily; 2 monthly; 3 quarterly;
    4 half-yearly; 5 yearly.

    """

    UNLIMITED_DAILY = "0"
    """
    unlimited daily plan (CSSS page)
    """
    DAILY = "1"
    """
    day traffic package
    """
    MONTHLY = "2"
    """
    month data plan
    """
    QUARTERLY = "3"
    """
    quarter traffic package
    """
    HALF_YEARLY = "4"
    """
    half year traffic package
    """
    YEARLY = "5"
    """
    year traffic package
    """


class BuyType(Enum):
    """
    How a package is bought. 1 prepaid (refuelling allowed, fixed period, no renewal); 2 postpaid (renewable).
    """

    PREPAID = "1"
    """
    prepaid
    """
    POSTPAID = "2"
    """
    post payment
    """


class PackageStatus(Enum):
    """
    Package availability. 1 available; 2 obsolete.
    """

    AVAILABLE = "1"
    """
    available
    """
    OBSOLETE = "2"
    """
    obsolete
    """


class PackageUsageAttribute(Enum):
    """
    1 resident package; 2 temporary package.
    """

    RESIDENT = "1"
    """
    resident package
    """
    TEMPORARY = "2"
    """
    temporary package
    """


class PriceType(Enum):
    """
    Pricing of a type-0 package. 1 single-day pricing; 2 package pricing. Empty for other types.
    """

    SINGLE_DAY = "1"
    """
    single-day pricing
    """
    PACKAGE = "2"
    """
    package pricing
    """


class OpenFlag(Enum):
    """
    Whether to open the ordered package at once. 1 open immediately; 0 do not.
    """

    NO = "0"
    """
    do not open
    """
    YES = "1"
    """
    open immediately
    """


class YesNoFlag(Enum):
    """
    1 yes; 0 no (`global_order`, `test_flow_flag`, `hasTestFlow`).
    """

    NO = "0"
    """
    no
    """
    YES = "1"
    """
    yes
    """


class PayResult(Enum):
    """
    Payment result. 1 unpaid; 2 paid.
    """

    UNPAID = "1"
    """
    unpaid
    """
    PAID = "2"
    """
    payment is successful
    """


class PayType(Enum):
    """
    Payment method. 0 ipay88; 1 WeChat Pay; 2 Alipay.
    """

    IPAY88 = "0"
    """
    ipay88
    """
    WECHAT = "1"
    """
    WeChat
    """
    ALIPAY = "2"
    """
    Alipay
    """


class DeviceType(Enum):
    """
    Device type. 1 mifi; 2 module; 3 tour card; 4 IoT card; 5 soc.
    """

    MIFI = "1"
    """
    mifi
    """
    MODULE = "2"
    """
    module
    """
    TOUR_CARD = "3"
    """
    tour card
    """
    IOT_CARD = "4"
    """
    IoT card
    """
    SOC = "5"
    """
    soc
    """


class OtaFlag(Enum):
    """
    OTA capability. 1 has OTA; 2 has no OTA.
    """

    OTA = "1"
    """
    has OTA functionality
    """
    NO_OTA = "2"
    """
    does not have OTA functionality
    """


class BipFlag(Enum):
    """
    BIP capability. 1 has BIP; 2 has no BIP.
    """

    BIP = "1"
    """
    has BIP functionality
    """
    NO_BIP = "2"
    """
    does not have BIP functionality
    """


class MultiImsiFlag(Enum):
    """
    1 a multi-IMSI device; 0 not.
    """

    SINGLE_IMSI = "0"
    """
    not a multi-IMSI device
    """
    MULTI_IMSI = "1"
    """
    a multi-IMSI device
    """


class Lifecycle(Enum):
    """
    Device lifecycle stage. 0 inventory; 1 silent; 2 usage; 3 suspended service; 4 disposal and
    recycling; 5 internal inventory.

    """

    INVENTORY = "0"
    """
    inventory period
    """
    SILENT = "1"
    """
    silent period
    """
    USAGE = "2"
    """
    usage period
    """
    SUSPENDED = "3"
    """
    suspended service period
    """
    DISPOSAL = "4"
    """
    disposal and recycling period
    """
    INTERNAL_INVENTORY = "5"
    """
    internal inventory period
    """


class BindOperation(Enum):
    """
    1 bind the device to the IMEI; 2 unbind it.
    """

    BIND = "1"
    """
    device binding IMEI
    """
    UNBIND = "2"
    """
    device unbinding IMEI
    """


class AutoBindFlag(Enum):
    """
    Bind automatically on first network attach. 1 yes; 2 no.
    """

    YES = "1"
    """
    yes
    """
    NO = "2"
    """
    no
    """


class MessageType(Enum):
    """
    SMS content type. 1 text; 2 binary.
    """

    TEXT = "1"
    """
    text type
    """
    BINARY = "2"
    """
    binary type
    """


class SendStatus(Enum):
    """
    Whether an MT SMS was sent. 1 sent; 2 not sent.
    """

    SENT = "1"
    """
    was sent
    """
    NOT_SENT = "2"
    """
    was not sent
    """


class DeliveryReport(Enum):
    """
    Operator delivery report. 1 delivered (DELIVRD); 2 failed.
    """

    DELIVERED = "1"
    """
    DELIVRD
    """
    FAILED = "2"
    """
    FAILED
    """


class DeliveryReportText(Enum):
    """
    The operator's delivery report text.
    """

    DELIVRD = "DELIVRD"
    """
    delivered
    """
    FAILED = "FAILED"
    """
    failed
    """


class SmsType(Enum):
    """
    Direction of an SMS record. MO from the device; MT to the device.
    """

    MO = "MO"
    """
    mobile originated
    """
    MT = "MT"
    """
    mobile terminated
    """


class SessionReturnCode(Enum):
    """
    Session status of queryLatestCDR. 0 OK; 1 resource not available; 2 error in service; 3 internal error; 4 resource not visible.
    """

    OK = "0"
    """
    OK
    """
    RESOURCE_NOT_AVAILABLE = "1"
    """
    resource not available
    """
    SERVICE_ERROR = "2"
    """
    error in service
    """
    INTERNAL_ERROR = "3"
    """
    internal error
    """
    RESOURCE_NOT_VISIBLE = "4"
    """
    resource not visible
    """


class OrderPushOperation(Enum):
    """
    The order action reported by the order status push. 1001-1010 come from the CMP pages (1006 is
    a blank row in every version: kept as a known-but-undocumented code); 1000 and 1012 are used by
    the vendor's newer notifications (reference material). Receivers keep unknown codes and flag them.

    """

    NEW_ORDER = "1000"
    """
    new order (newer vendor notifications)
    """
    FINISHED_EARLY = "1001"
    """
    terminate the order early; order closed before the expected time and services disabled
    """
    CANCELLED = "1002"
    """
    cancel the order; order closed and resource released
    """
    PAUSED = "1003"
    """
    pause the order; order paused and services disabled
    """
    RESTARTED = "1004"
    """
    restart the order; order started and services available
    """
    NON_OTA_ENABLED = "1005"
    """
    non-OTA order enabled; order started and services available
    """
    UNDOCUMENTED_1006 = "1006"
    """
    blank in every version of the page; meaning unknown
    """
    OTA_ENABLED = "1007"
    """
    OTA order enabled (location report in a covered country); order started and services available
    """
    EXPIRED = "1008"
    """
    the order expired; order closed and services disabled
    """
    RENEWED = "1009"
    """
    renewal of the order period; more cycles added
    """
    CYCLES_REDUCED = "1010"
    """
    reduce cycles; the order's cycles cut down
    """
    OTA_IMSI_REDOWNLOAD = "1012"
    """
    OTA IMSI re-download (newer vendor notifications)
    """


class ResultStatusCode(Enum):
    """
    Inner status code of CDR and SMS answers (`CB-00-0000` success).
    """

    SUCCESS = "CB-00-0000"
    """
    success
    """
    INVALID_PARAMETERS = "CB-99-9400"
    """
    invalid parameters
    """
    AUTHORIZATION_MISSING = "CB-99-9401"
    """
    authorization missing
    """
    MISSING_PARAMETERS = "CB-99-9402"
    """
    missing parameters
    """
    AUTHENTICATION_FAILED = "CB-99-9403"
    """
    authentication failed
    """
    BUSY = "CB-99-9500"
    """
    busy
    """
    INTERNAL_ERROR = "CB-99-9999"
    """
    internal error
    """


class PoolType(IntEnum):
    """
    1 user pool; 2 usage-billed pool; 3 unified-payment pool.
    """

    USER_POOL = 1
    """
    用户池 user pool
    """
    USAGE_BILLED = 2
    """
    使用量计费池 usage-billed pool
    """
    UNIFIED_PAYMENT = 3
    """
    统付池 unified-payment pool
    """


class BillingCycle(IntEnum):
    """
    Billing cycle in months. 1 monthly; 3 quarterly; 6 half-yearly; 12 yearly.
    """

    MONTHLY = 1
    """
    monthly
    """
    QUARTERLY = 3
    """
    quarterly
    """
    HALF_YEARLY = 6
    """
    half-yearly
    """
    YEARLY = 12
    """
    yearly
    """


class CardStatus(IntEnum):
    """
    Card status. 1 silent; 4 shut down; 8 normal; 12 test; 16 shutdown keeping the number; 18 liquidation; 99 abnormal.
    """

    SILENT_PERIOD = 1
    """
    silent period
    """
    SHUT_DOWN = 4
    """
    shutdown
    """
    NORMAL = 8
    """
    normal
    """
    TEST_PERIOD = 12
    """
    test period
    """
    SHUTDOWN_PROTECTION = 16
    """
    shutdown protection number
    """
    LIQUIDATION = 18
    """
    liquidation
    """
    ABNORMAL = 99
    """
    abnormal
    """


class FlowPackageType(IntEnum):
    """
    Tariff package type. 1 ordinary plan; 2 usage-billed; 3 unified-payment pool.
    """

    ORDINARY = 1
    """
    普通套餐流量包 ordinary plan
    """
    USAGE_BILLED = 2
    """
    按量计费流量包 usage-billed
    """
    UNIFIED_PAYMENT = 3
    """
    统付池 unified-payment pool
    """


class EpiConfigType(IntEnum):
    """
    Enterprise tariff configuration type. 1 card purchase; 2 renewal; 3 add-on.
    """

    PURCHASE = 1
    """
    购卡 card purchase
    """
    RENEWAL = 2
    """
    续费 renewal
    """
    ADD_ON = 3
    """
    叠加 add-on
    """


class PoolStatus(IntEnum):
    """
    Pool status. 1 valid; 2 invalid.
    """

    VALID = 1
    """
    valid
    """
    INVALID = 2
    """
    invalid
    """


class BillingMethod(IntEnum):
    """
    Card billing method. 0 not set; 1 plan billing; 2 usage billing; 3 unified-payment pool billing.
    """

    NOT_SET = 0
    """
    未设置 not set
    """
    PLAN = 1
    """
    套餐计费 plan billing
    """
    USAGE = 2
    """
    使用量计费 usage billing
    """
    UNIFIED_PAYMENT_POOL = 3
    """
    统付池计费 unified-payment pool billing
    """


class OperationCardStatus(IntEnum):
    """
    State of one card in a batch operation. 1 not run; 2 running; 3 done; 4 failed.
    """

    PENDING = 1
    """
    未执行 not executed
    """
    RUNNING = 2
    """
    执行中 executing
    """
    DONE = 3
    """
    执行完成 completed
    """
    FAILED = 4
    """
    执行失败 failed
    """


class RefuelingStatus(Enum):
    """
    Status of a refuelling package. 1 not enabled; 2 in use; 3 used up; 4 cancelled.
    """

    NOT_ENABLED = "1"
    """
    not enabled
    """
    IN_USE = "2"
    """
    in use
    """
    USED_UP = "3"
    """
    used up
    """
    CANCELLED = "4"
    """
    cancelled
    """


class CmpEnvelopeBase(BaseModel):
    """
    The CMP envelope without its `data` (each operation's response adds a typed `data`). Success is
    `success: true` with `code: "0000"`; anything else is a refusal whose `message` says why.
    Business refusals arrive with HTTP 200 (R-HTTP-STATUS-ON-REFUSAL).

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    code: Annotated[str, Field(min_length=1)]
    """
    `0000` on success; otherwise a business code.
    """
    message: str
    """
    Human-readable result (`success`, `Success`, `成功`, or the reason of a refusal).
    """
    success: bool
    """
    true on success.
    """


class CmpEnvelope(CmpEnvelopeBase):
    """
    The CMP envelope with an untyped `data`, as sent with refusals and bad-request answers.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    data: Any | None = None
    """
    The business payload; null on refusals.
    """


class CsssEnvelopeBase(CmpEnvelopeBase):
    """
    The CSSS envelope without its `data`; the same shape and codes as CMP's.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )


class CsssEnvelope(CsssEnvelopeBase):
    """
    The CSSS envelope with an untyped `data`, as sent with refusals.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    data: Any | None = None
    """
    The business payload; null on refusals.
    """


class PoolEnvelopeBase(BaseModel):
    """
    The pool/card envelope without its `data`: an integer `code`, a `message` and a `traceId` for
    support. The page marks every field optional and does not give the success code; the toolkit
    treats 0 and 200 as success (R-POOL-SUCCESS-CODE) and requires `code`.

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    code: int
    """
    Result code; 0 or 200 on success.
    """
    message: str | None = None
    """
    Human-readable result.
    """
    trace_id: Annotated[str | None, Field(alias="traceId")] = None
    """
    The request's trace id; quote it to the vendor's support.
    """


class PoolEnvelope(PoolEnvelopeBase):
    """
    The pool envelope with an untyped `data`, as sent with refusals.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    data: Any | None = None
    """
    The business payload; null on refusals.
    """


class GatewayError(BaseModel):
    """
    The CMP gateway's own answer when it refuses a request (HTTP 401), outside the envelope.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    message: str
    """
    The reason (older gateways) or `client request can't be validated` (newer ones).
    """


class ResultStatus(BaseModel):
    """
    The inner status carried by CDR and SMS answers in `data.status`.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    code: ResultStatusCode | str
    """
    A ResultStatusCode, or another business code (kept as a string).
    """
    detail: str | None = None
    """
    Detail of a failure; null on success.
    """
    message: str
    """
    Human-readable status.
    """


class WebhookAck(BaseModel):
    """
    The acknowledgement of an SMS push. `code` "0" means received.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    code: Annotated[str, Field(pattern="^-?[0-9]+$")]
    """
    "0" on success, anything else is a failure.
    """
    message: str
    """
    Description of the error details, or `success`.
    """


class OrderPushAck(RootModel[Literal["1"]]):
    root: Literal["1"]
    """
    The acknowledgement of the order status push, the plain text body `1`.
    """


class Page(BaseModel):
    """
    Paging information of a CMP page (syncPackages, queryOrder, queryBatchDevice).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    cur_page_no: Annotated[int, Field(ge=0)]
    """
    The current page number.
    """
    page_size: Annotated[int, Field(ge=0)]
    """
    Records per page.
    """
    total_count: Annotated[int, Field(ge=0)]
    """
    Total records over all pages.
    """
    total_pages: Annotated[int, Field(ge=0)]
    """
    Total pages.
    """


class Profile(BaseModel):
    """
    One SIM profile (ICCID, IMSI, MSISDN) attached to an order.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    iccid: Annotated[str, Field(pattern="^[0-9]{18,22}[0-9A-Fa-f]?$")]
    """
    An ICCID (18 to 22 digits, an optional trailing hex check character).
    """
    imsi: Annotated[str, Field(pattern="^[0-9]{6,15}$")]
    """
    An IMSI (E.212), 6 to 15 digits.
    """
    msisdn: Annotated[str, Field(pattern="^\\+?[0-9A-Fa-f]{1,20}$")]
    """
    An MSISDN (E.164). Placeholder profiles carry `FFFFFFFFFF`.
    """


class RefuelingPackage(BaseModel):
    """
    A refuelling (top-up) package of a prepaid order. Only the field table describes it (every example
    has an empty list), so the table's names are used.

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    ref_order_id: Annotated[str | None, Field(alias="ref_orderId")] = None
    """
    Order code of the refuelling package.
    """
    refpackage_flow: Annotated[str | None, Field(pattern="^-?[0-9]+$")] = None
    """
    A whole number sent as a JSON string (counts, periods, traffic in MB or KB).
    """
    refpackage_order_date: str | None = None
    """
    Order date, YYYY-MM-DD hh:mi:ss.
    """
    refpackage_status: RefuelingStatus | str | None = None
    """
    A RefuelingStatus, or a code the vendor added later (kept as a string, flagged by the client).
    """


class PackageOrder(BaseModel):
    """
    A package order as queryOrder, queryDevice and queryBatchDevice send it. Wire names are
    camelCase although the field tables use snake_case (`orderCode` vs `order_code`;
    R-TABLE-CASE); queryOrder and queryBatchDevice send the device id twice, as `deviceId` and
    `device_id` (R-DEVICE-ID-TWICE). Required are the fields present in every example.

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    order_code: Annotated[str, Field(alias="orderCode", min_length=1)]
    """
    An order id as the vendor issues it (e.g. `ORDER_47454030993031168`, `202107061625560742397`).
    """
    package_name: Annotated[str, Field(alias="packageName")]
    """
    Package name.
    """
    package_code: Annotated[str, Field(alias="packageCode", min_length=1)]
    """
    A package (data plan) code, e.g. `DP20190726001274` or `LP14231124004197`.
    """
    package_type: Annotated[PackageType | str | None, Field(alias="packageType")]
    """
    The package type; null for schedule packages.
    """
    buy_type: Annotated[BuyType | str | None, Field(alias="buyType")] = None
    """
    Prepaid or postpaid; empty for schedule packages.
    """
    order_period: Annotated[str, Field(alias="orderPeriod", pattern="^-?[0-9]+$")]
    """
    A whole number sent as a JSON string (counts, periods, traffic in MB or KB).
    """
    flow: OptionalDigitString | None = None
    """
    Package traffic in MB; empty for schedule packages.
    """
    used_flow: Annotated[OptionalDigitString | None, Field(alias="usedFlow")] = None
    """
    Traffic used (KB) in the current cycle.
    """
    flow_use_rate: Annotated[OptionalPercentage | None, Field(alias="flowUseRate")] = None
    """
    usedFlow / flow as a percentage; empty for schedule packages (R-FLOW-USE-RATE-EMPTY).
    """
    order_used_flow: Annotated[OptionalDigitString | None, Field(alias="orderUsedFlow")] = None
    """
    Total traffic used by the order (KB).
    """
    order_date: Annotated[
        str,
        Field(
            alias="orderDate",
            pattern="^([0-9]{14}|[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2})$",
        ),
    ]
    """
    An order's timestamp. queryOrder sends `YYYYMMDDhhmmss`; queryDevice and queryBatchDevice send
    `yyyy-MM-dd HH:mm:ss` (R-ORDER-DATE-FORMAT). Both are accepted.

    """
    active_date: Annotated[str, Field(alias="activeDate", pattern="^([0-9]{8})?$")]
    """
    A date `YYYYMMDD`, or the empty string when not set (e.g. not yet activated).
    """
    expire_date: Annotated[str, Field(alias="expireDate", pattern="^([0-9]{8})?$")]
    """
    A date `YYYYMMDD`, or the empty string when not set (e.g. not yet activated).
    """
    order_status: Annotated[OrderStatus | str, Field(alias="orderStatus")]
    """
    An OrderStatus, or a code the vendor added later (kept as a string, flagged by the client).
    """
    supplier_code: Annotated[str | None, Field(alias="supplierCode")] = None
    """
    The supplier of the profile.
    """
    refueling_package_list: Annotated[list[RefuelingPackage] | None, Field(alias="refuelingPackageList")] = (
        None
    )
    """
    Refuelling packages of a prepaid order.
    """
    has_test_flow: Annotated[YesNoFlag | str | None, Field(alias="hasTestFlow")] = None
    """
    Whether the order has test traffic.
    """
    profile_list: Annotated[list[Profile] | None, Field(alias="profileList")] = None
    """
    The SIM profiles of the order.
    """
    is_flow_plus: Annotated[str | None, Field(alias="isFlowPlus")] = None
    """
    Undocumented; always null in the examples.
    """
    device_id: Annotated[str | None, Field(alias="deviceId", min_length=1)] = None
    """
    A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use opaque ids.
    """
    device_id_1: Annotated[str | None, Field(alias="device_id", min_length=1)] = None
    """
    A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use opaque ids.
    """
    main_iccid: Iccid | None = None
    """
    The main ICCID of a multi-profile device.
    """
    imsi: Imsi | None = None
    """
    The active IMSI (queryBatchDevice).
    """
    msisdn: Msisdn | None = None
    """
    The active MSISDN (queryBatchDevice).
    """


class Package(BaseModel):
    """
    One data plan of the catalogue (syncPackages).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    package_code: Annotated[str, Field(min_length=1)]
    """
    A package (data plan) code, e.g. `DP20190726001274` or `LP14231124004197`.
    """
    package_name: str
    """
    Package name.
    """
    package_desc: str | None = None
    """
    Package description.
    """
    package_type: PackageType | str
    """
    A PackageType, or a later code (kept as a string).
    """
    cover_country_mcc: Annotated[str | None, Field(pattern="^([0-9]{3}(;[0-9]{3})*)?$")] = None
    """
    MCCs of the covered countries, joined by `;`.
    """
    cover_countrys: str | None = None
    """
    Names of the covered countries, joined by `;`.
    """
    price_type: PriceType | str | None = None
    """
    A PriceType, or the empty string for packages that are not type 0, or a later code.
    """
    flow: Annotated[str | None, Field(pattern="^(-?[0-9]+)?$")] = None
    """
    A whole number sent as a JSON string, or the empty string when the vendor leaves it blank.
    """
    buy_type: BuyType | str | None = None
    """
    A BuyType, or a later code (kept as a string); empty for schedule packages.
    """
    min_order_period: Annotated[str | None, Field(pattern="^(-?[0-9]+)?$")] = None
    """
    A whole number sent as a JSON string, or the empty string when the vendor leaves it blank.
    """
    max_order_period: Annotated[str | None, Field(pattern="^(-?[0-9]+)?$")] = None
    """
    Maximum order period; -1 means no limit.
    """
    whole_price: Annotated[str | None, Field(pattern="^([0-9]+(\\.[0-9]+)?)?$")] = None
    """
    Price, or empty.
    """
    status: PackageStatus | str
    """
    A PackageStatus, or a later code (kept as a string).
    """
    package_usage_attribute: PackageUsageAttribute | str | None = None
    """
    A PackageUsageAttribute, or a later code (kept as a string).
    """
    service_cycle_count: Annotated[str | None, Field(alias="serviceCycleCount", pattern="^(-?[0-9]+)?$")] = (
        None
    )
    """
    A whole number sent as a JSON string, or the empty string when the vendor leaves it blank.
    """
    package_imsi_type: str | None = None
    """
    Undocumented IMSI type of the package.
    """


class Device(BaseModel):
    """
    One device with its lifecycle and its active or paused order (queryDevice, queryBatchDevice).
    `package_order` is one object or null although the text says "each node"
    (R-QUERYDEVICE-PACKAGE-ORDER).

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    device_id: Annotated[str, Field(min_length=1)]
    """
    A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use opaque ids.
    """
    ota_flag: OtaFlag | str
    """
    An OtaFlag, or a later code (kept as a string).
    """
    bip_flag: BipFlag | str
    """
    A BipFlag, or a later code (kept as a string).
    """
    multi_imsi_flag: Annotated[MultiImsiFlag | str, Field(alias="multiImsi_flag")]
    """
    A MultiImsiFlag, or a later code (kept as a string).
    """
    lifecycle: Lifecycle | str
    """
    A Lifecycle stage, or a later code (kept as a string).
    """
    lifecycle_start_time: Annotated[str | None, Field(pattern="^([0-9]{8})?$")] = None
    """
    A date `YYYYMMDD`, or the empty string when not set (e.g. not yet activated).
    """
    lifecycle_end_time: Annotated[str | None, Field(pattern="^([0-9]{8})?$")] = None
    """
    A date `YYYYMMDD`, or the empty string when not set (e.g. not yet activated).
    """
    lifecycle_slient_period: Annotated[str | None, Field(pattern="^(-?[0-9]+)?$")] = None
    """
    Length of the silent period in months (the vendor's spelling).
    """
    lifecycle_shutdown_period: Annotated[str | None, Field(pattern="^(-?[0-9]+)?$")] = None
    """
    Length of the suspended-service period in months.
    """
    package_order: PackageOrder | None = None
    """
    The active or paused order, if any.
    """
    partner_name: Annotated[str | None, Field(alias="partnerName")] = None
    """
    The partner's name (queryBatchDevice).
    """
    partner_code: Annotated[str | None, Field(alias="partnerCode")] = None
    """
    The partner's code (queryBatchDevice).
    """
    msisdn: Msisdn | None = None
    """
    The device's MSISDN (queryBatchDevice).
    """
    task_no: str | None = None
    """
    Undocumented (queryBatchDevice).
    """
    main_iccid: Iccid | None = None
    """
    The main ICCID of a multi-profile device.
    """


class CdrRecord(BaseModel):
    """
    One portion of data usage. `duration` (seconds) is described by the pages but only the v2 apn
    example carries it (null); `apn` likewise (R-CDR-DURATION).

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    data: Annotated[int, Field(ge=0)]
    """
    Bytes used in this portion.
    """
    imsi: Annotated[str, Field(pattern="^[0-9]{6,15}$")]
    """
    An IMSI (E.212), 6 to 15 digits.
    """
    mcc: Annotated[str, Field(pattern="^[0-9]{3}$")]
    """
    Mobile country code.
    """
    mnc: Annotated[str, Field(pattern="^[0-9]{2,3}$")]
    """
    Mobile network code.
    """
    msisdn: Msisdn | None = None
    network: str | None = None
    """
    Radio access type, e.g. 4G.
    """
    plan_id: str | None = None
    """
    Package id (bundle id).
    """
    session_started_at: Annotated[
        str, Field(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$")
    ]
    """
    A naive local time (UTC+8 unless stated), `yyyy-MM-dd HH:mm:ss`.
    """
    session_ended_at: VendorDateTime | None = None
    """
    End of the portion; may be null.
    """
    sim_id: Annotated[str, Field(min_length=1)]
    """
    A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use opaque ids.
    """
    apn: str | None = None
    """
    The APN of the session (apn query).
    """
    duration: Annotated[int | None, Field(ge=0)] = None
    """
    Seconds between start and end.
    """


class CdrPage(BaseModel):
    """
    One page of data CDRs.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    data: list[CdrRecord]
    status: ResultStatus
    total_count: Annotated[int, Field(ge=0)]
    """
    Records over all pages.
    """


class SyncPackagesData(BaseModel):
    """
    One page of the package catalogue.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    page: Page
    sign: Annotated[str | None, Field(repr=False)] = None
    """
    The vendor's signature over the business data (the "response verification signature" page, whose
    text is not public). Kept opaque; CSSS sends null.

    """
    package_num: Annotated[int, Field(ge=0)]
    """
    Number of packages (the page's example gives the total).
    """
    package: list[Package]


class DeviceOrderResult(BaseModel):
    """
    The result of one device in a bulk order. `error` is `0000` when its order succeeded; then
    `order_id` is set. The table capitalises `Error`, `ErrorMsg`, `Device_id`; the wire does not.

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    error: str
    """
    `0000` on success, else a business code.
    """
    error_msg: Annotated[str | None, Field(alias="errorMsg")] = None
    """
    The result message.
    """
    order_id: OrderId | None = None
    """
    The new order's id when `error` is `0000`.
    """
    device_id: Annotated[str, Field(min_length=1)]
    """
    A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use opaque ids.
    """
    order_start_date: OrderDateOrDateTime | None = None
    """
    Set when the order was opened at once.
    """
    order_expire_date: OrderDateOrDateTime | None = None
    """
    Set when the order was opened at once.
    """


class BatchOrderPackagesData(BaseModel):
    """
    One result per device of the bulk order.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    device_order: list[DeviceOrderResult]


class QueryOrdersData(BaseModel):
    """
    One page of orders.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    page: Page
    sign: Annotated[str | None, Field(repr=False)] = None
    """
    The vendor's signature over the business data (the "response verification signature" page, whose
    text is not public). Kept opaque; CSSS sends null.

    """
    package_order: list[PackageOrder]
    package_order_num: Annotated[int, Field(ge=0)]
    """
    Number of orders on this page.
    """


class OpenPackageData(BaseModel):
    """
    The opened order's dates.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    sign: Annotated[str | None, Field(repr=False)] = None
    """
    The vendor's signature over the business data (the "response verification signature" page, whose
    text is not public). Kept opaque; CSSS sends null.

    """
    order_id: Annotated[str, Field(min_length=1)]
    """
    An order id as the vendor issues it (e.g. `ORDER_47454030993031168`, `202107061625560742397`).
    """
    order_start_date: OrderDateOrDateTime | None = None
    order_expire_date: OrderDateOrDateTime | None = None


class TrafficPool(BaseModel):
    """
    One enterprise traffic pool (CMP). Byte counts are strings. The table lists
    `trafficPoolStartTime` twice; the second row is the end time (R-TRAFFIC-POOL-END-TIME).

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    total_quota_byte: Annotated[str, Field(alias="totalQuotaByte", pattern="^-?[0-9]+$")]
    """
    A whole number sent as a JSON string (counts, periods, traffic in MB or KB).
    """
    used_byte: Annotated[str, Field(alias="usedByte", pattern="^-?[0-9]+$")]
    """
    A whole number sent as a JSON string (counts, periods, traffic in MB or KB).
    """
    traffic_pool_start_time: Annotated[
        str,
        Field(
            alias="trafficPoolStartTime",
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
        ),
    ]
    """
    A naive local time (UTC+8 unless stated), `yyyy-MM-dd HH:mm:ss`.
    """
    traffic_pool_end_time: Annotated[
        str,
        Field(
            alias="trafficPoolEndTime",
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
        ),
    ]
    """
    A naive local time (UTC+8 unless stated), `yyyy-MM-dd HH:mm:ss`.
    """
    traffic_pool_id: Annotated[str, Field(alias="trafficPoolId", min_length=1)]
    traffic_pool_name: Annotated[str, Field(alias="trafficPoolName")]


class TrafficPoolPage(BaseModel):
    """
    One page of traffic pools.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    rows: list[TrafficPool]
    total: Annotated[int, Field(ge=0)]
    """
    Pools over all pages.
    """


class MtSmsRecord(BaseModel):
    """
    One MT SMS and its delivery state.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    asset_id: Annotated[str, Field(alias="assetId", min_length=1)]
    """
    A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use opaque ids.
    """
    msisdn: Msisdn | None = None
    send_start_time: Annotated[
        str,
        Field(
            alias="sendStartTime",
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
        ),
    ]
    """
    A naive local time (UTC+8 unless stated), `yyyy-MM-dd HH:mm:ss`.
    """
    send_end_time: Annotated[VendorDateTime | None, Field(alias="sendEndTime")] = None
    send_status: Annotated[SendStatus | str, Field(alias="sendStatus")]
    """
    A SendStatus, or a later code (kept as a string).
    """
    status_report: Annotated[DeliveryReport | str | None, Field(alias="statusReport")] = None


class MtSmsPage(BaseModel):
    """
    One page of MT SMS records.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    data: list[MtSmsRecord]
    status: ResultStatus
    total_count: Annotated[int, Field(ge=0)]


class SmsCdrRecord(BaseModel):
    """
    One MO or MT SMS record.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    device_id: Annotated[str, Field(alias="deviceId", min_length=1)]
    """
    A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use opaque ids.
    """
    from_iccid: Annotated[Iccid | None, Field(alias="fromIccid")] = None
    """
    The sending ICCID (MO).
    """
    to_iccid: Annotated[Iccid | None, Field(alias="toIccid")] = None
    """
    The receiving ICCID (MT).
    """
    send_msisdn: Annotated[Msisdn | None, Field(alias="sendMsisdn")] = None
    """
    The sender's number (MO).
    """
    rec_msisdn: Annotated[Msisdn | None, Field(alias="recMsisdn")] = None
    """
    The recipient's number (MT).
    """
    sms_type: Annotated[SmsType | str | None, Field(alias="smsType")] = None
    timestamp: VendorDateTime | None = None
    """
    MT send time or MO receive time (UTC+8).
    """
    send_status: Annotated[DeliveryReport | str | None, Field(alias="sendStatus")] = None
    """
    Delivery report of an MT SMS (1 success, 2 failure); empty when none.
    """


class SmsCdrPage(BaseModel):
    """
    One page of SMS records. This answer pages with `totalData` (records over all pages),
    `totalPage` and `count` instead of the `page` object used elsewhere (R-SMS-CDR-PAGING).

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    total_data: Annotated[int | None, Field(alias="totalData", ge=0)] = None
    """
    Records over all pages.
    """
    count: Annotated[int | None, Field(ge=0)] = None
    """
    Undocumented; not the number of records on the page.
    """
    total_page: Annotated[int | None, Field(alias="totalPage", ge=0)] = None
    """
    Pages over all records.
    """
    data: list[SmsCdrRecord]


class SmsMtCounters(BaseModel):
    """
    MT SMS counters (table 1).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    count: Annotated[str | None, Field(pattern="^-?[0-9]+$")] = None
    """
    A whole number sent as a JSON string (counts, periods, traffic in MB or KB).
    """
    last_sms: Annotated[str | None, Field(alias="lastSms")] = None
    """
    Time of the last MT SMS.
    """
    sms_error_count: Annotated[str | None, Field(alias="smsErrorCount", pattern="^-?[0-9]+$")] = None
    """
    A whole number sent as a JSON string (counts, periods, traffic in MB or KB).
    """


class SmsMoCounters(BaseModel):
    """
    MO SMS counters (table 2).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    count: Annotated[str | None, Field(pattern="^-?[0-9]+$")] = None
    """
    A whole number sent as a JSON string (counts, periods, traffic in MB or KB).
    """
    last_dest: Annotated[str | None, Field(alias="lastDest")] = None
    """
    The number the last MO SMS went to.
    """
    last_sms: Annotated[str | None, Field(alias="lastSms")] = None
    """
    Time of the last MO SMS.
    """
    sms_error_count: Annotated[str | None, Field(alias="smsErrorCount", pattern="^-?[0-9]+$")] = None
    """
    A whole number sent as a JSON string (counts, periods, traffic in MB or KB).
    """


class GprsSession(BaseModel):
    """
    The data session (table 3). Byte counts are doubles written as text.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    pdp_active: Annotated[BooleanString | str | None, Field(alias="pdpActive")] = None
    """
    A BooleanString, or another text the vendor sends (kept as a string, flagged by the client; R-ENUM-OPEN).
    """
    activation: str | None = None
    """
    Time of the PDP activation.
    """
    ip: str | None = None
    """
    IPv4 address in the mobile network.
    """
    tx: Annotated[
        str | None,
        Field(pattern="^([+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?|[+-]?INF|NaN)$"),
    ] = None
    """
    An IEEE 754 double written as text (`123.456`, `+1234.456`, `-1.2344e56`, `-.45E-6`, `INF`, `-INF`, `NaN`).
    """
    last_tx: Annotated[str | None, Field(alias="lastTx")] = None
    """
    Time of the last transmitted data.
    """
    rx: Annotated[
        str | None,
        Field(pattern="^([+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?|[+-]?INF|NaN)$"),
    ] = None
    """
    An IEEE 754 double written as text (`123.456`, `+1234.456`, `-1.2344e56`, `-.45E-6`, `INF`, `-INF`, `NaN`).
    """
    last_rx: Annotated[str | None, Field(alias="lastRx")] = None
    """
    Time of the last received data.
    """
    gi_dest_address: Annotated[str | None, Field(alias="giDestAddress")] = None
    """
    IPv4 address on the Internet.
    """


class LatestCdr(BaseModel):
    """
    The latest session record of one IMSI (every field but `returnCode` optional).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    return_code: Annotated[SessionReturnCode | str, Field(alias="returnCode")]
    """
    A SessionReturnCode, or a later code (kept as a string).
    """
    imsi: Imsi | None = None
    msisdn: Msisdn | None = None
    imei: Imei | None = None
    session_start: Annotated[str | None, Field(alias="sessionStart")] = None
    """
    Start of the 3G/LTE session.
    """
    last_activity: Annotated[str | None, Field(alias="lastActivity")] = None
    """
    Time of the last event of the session.
    """
    last_sms_error: Annotated[str | None, Field(alias="lastSmsError")] = None
    """
    Last SMS error.
    """
    last_sms_error_time: Annotated[str | None, Field(alias="lastSmsErrorTime")] = None
    """
    Time of the last SMS error.
    """
    last_lu: Annotated[str | None, Field(alias="lastLu")] = None
    """
    Last location update.
    """
    customer_no: Annotated[str | None, Field(alias="customerNo")] = None
    """
    The customer number.
    """
    sms_mt: Annotated[SmsMtCounters | None, Field(alias="smsMt")] = None
    sms_mo: Annotated[SmsMoCounters | None, Field(alias="smsMo")] = None
    gprs: GprsSession | None = None


class DeviceList(BaseModel):
    """
    One page of devices.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    device: list[Device]
    page: Page
    device_num: Annotated[int, Field(ge=0)]
    """
    Number of devices on this page.
    """


class BindTrackRecord(BaseModel):
    """
    One bind or unbind event.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    iccid: Annotated[str, Field(pattern="^[0-9]{18,22}[0-9A-Fa-f]?$")]
    """
    An ICCID (18 to 22 digits, an optional trailing hex check character).
    """
    track: str | None = None
    """
    What happened (e.g. 机卡绑定, bound).
    """
    imei: Annotated[str, Field(pattern="^[0-9]{15,16}$")]
    """
    A 15-16 digit IMEI or IMEISV.
    """
    oper_user: Annotated[str | None, Field(alias="operUser")] = None
    """
    Who did it.
    """
    create_time: Annotated[
        str,
        Field(
            alias="createTime",
            pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$",
        ),
    ]
    """
    A naive local time (UTC+8 unless stated), `yyyy-MM-dd HH:mm:ss`.
    """


class OrderPackageData(BaseModel):
    """
    The order placed through CSSS. Dates are null until the order is opened; when set they are
    YYYYMMDD in UTC+8, the vendor's time zone (the page's "UTC 8"). Page 004 marks all four fields
    required and its example carries them (R-REQUIRED-FLAGS).

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    sign: Annotated[str | None, Field(repr=False)]
    """
    The vendor's signature over the business data (the "response verification signature" page, whose
    text is not public). Kept opaque; CSSS sends null.

    """
    order_id: Annotated[str, Field(min_length=1)]
    """
    An order id as the vendor issues it (e.g. `ORDER_47454030993031168`, `202107061625560742397`).
    """
    order_start_date: OrderDateOrDateTime | None
    order_expire_date: OrderDateOrDateTime | None


class CardStatusCount(BaseModel):
    """
    How many of the pool's cards are in one status.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    card_status: Annotated[CardStatus | int | None, Field(alias="cardStatus")] = None
    """
    A CardStatus, or a later code (kept as an integer).
    """
    total: Annotated[int | None, Field(ge=0)] = None


class EpiConfig(BaseModel):
    """
    One configuration of the enterprise tariff package.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    epi_config_code: Annotated[str | None, Field(alias="epiConfigCode")] = None
    """
    Configuration code.
    """
    epi_code: Annotated[str | None, Field(alias="epiCode")] = None
    """
    Enterprise tariff package code.
    """
    standard_charge: Annotated[float | None, Field(alias="standardCharge")] = None
    """
    Service charge in yuan.
    """
    real_fen_standard_charge: Annotated[float | None, Field(alias="realFenStandardCharge")] = None
    """
    Actual charge in fen (1/100 yuan).
    """
    epi_config_type: Annotated[EpiConfigType | int | None, Field(alias="epiConfigType")] = None


class PoolPackageInfo(BaseModel):
    """
    The enterprise tariff package of a pool.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    flow_package_type: Annotated[FlowPackageType | int | None, Field(alias="flowPackageType")] = None
    client_flow_package_name: Annotated[str | None, Field(alias="clientFlowPackageName")] = None
    """
    Package name shown to the customer.
    """
    channel_name: Annotated[str | None, Field(alias="channelName")] = None
    """
    Channel name.
    """
    epi_configs: Annotated[list[EpiConfig] | None, Field(alias="epiConfigs")] = None


class PoolDetail(BaseModel):
    """
    One traffic pool. The page flattens its tree, so which object `unit`, `startTime`, `endTime`
    and `upoolStatus` belong to is read from their meaning: they describe the pool
    (R-POOL-TREE-DEPTH). Traffic figures are KB; `totalFlow` is unused for usage-billed pools.

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    upool_code: Annotated[str | None, Field(alias="upoolCode", min_length=1)] = None
    """
    A traffic pool code.
    """
    upool_name: Annotated[str | None, Field(alias="upoolName")] = None
    """
    Pool name.
    """
    en_upool_name: Annotated[str | None, Field(alias="enUpoolName")] = None
    """
    Pool name in English.
    """
    pool_type: Annotated[PoolType | int | None, Field(alias="poolType")] = None
    use_flow: Annotated[int | None, Field(alias="useFlow")] = None
    """
    Usage in KB.
    """
    total_flow: Annotated[float | None, Field(alias="totalFlow")] = None
    """
    Total traffic in KB (unused when poolType is 2).
    """
    billing_cycle: Annotated[BillingCycle | int | None, Field(alias="billingCycle")] = None
    total_card: Annotated[int | None, Field(alias="totalCard", ge=0)] = None
    """
    Number of cards.
    """
    raw_add_time: Annotated[str | None, Field(alias="rawAddTime")] = None
    """
    Creation time.
    """
    bind_card_status_count: Annotated[list[CardStatusCount] | None, Field(alias="bindCardStatusCount")] = None
    package_info: Annotated[PoolPackageInfo | None, Field(alias="packageInfo")] = None
    unit: str | None = None
    """
    Unit of a usage-billed pool (KB, MB, GB, TB).
    """
    start_time: Annotated[IsoDate | None, Field(alias="startTime")] = None
    """
    Start of a unified-payment pool, yyyy-MM-dd.
    """
    end_time: Annotated[IsoDate | None, Field(alias="endTime")] = None
    """
    End of a unified-payment pool, yyyy-MM-dd.
    """
    upool_status: Annotated[PoolStatus | int | None, Field(alias="upoolStatus")] = None


class PoolMonthUsage(BaseModel):
    """
    A pool's usage in one month.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    month: Annotated[str | None, Field(pattern="^[12][0-9]{3}-(0[1-9]|1[0-2])$")] = None
    """
    A month, yyyy-MM.
    """
    pool_code: Annotated[str | None, Field(alias="poolCode", min_length=1)] = None
    """
    A traffic pool code.
    """
    use_flow_kb: Annotated[float | None, Field(alias="useFlowKb", ge=0.0)] = None
    """
    Usage in KB.
    """


class PoolDayUsage(BaseModel):
    """
    A pool's usage on one day.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    day: Annotated[
        str | None,
        Field(pattern="^[12][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"),
    ] = None
    """
    A calendar date, yyyy-MM-dd.
    """
    pool_code: Annotated[str | None, Field(alias="poolCode", min_length=1)] = None
    """
    A traffic pool code.
    """
    use_flow_kb: Annotated[float | None, Field(alias="useFlowKb", ge=0.0)] = None
    """
    Usage in KB.
    """


class CardOperationState(BaseModel):
    """
    The state of one card in a batch operation.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    operation_card_status: Annotated[OperationCardStatus | int | None, Field(alias="operationCardStatus")] = (
        None
    )
    """
    An OperationCardStatus, or a later code (kept as an integer).
    """
    iccid: Annotated[str | None, Field(pattern="^[0-9]{18,22}[0-9A-Fa-f]?$")] = None
    """
    An ICCID (18 to 22 digits, an optional trailing hex check character).
    """
    msisdn: Msisdn | None = None


class CardDetail(BaseModel):
    """
    One card of the pool/card API. Traffic figures are KB.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    iccid: Annotated[str | None, Field(pattern="^[0-9]{18,22}[0-9A-Fa-f]?$")] = None
    """
    An ICCID (18 to 22 digits, an optional trailing hex check character).
    """
    imei: Imei | None = None
    imsi: Imsi | None = None
    msisdn: Msisdn | None = None
    total_flow: Annotated[int | None, Field(alias="totalFlow")] = None
    """
    Total traffic in KB (unused when billingMethod is 2).
    """
    use_month_flow: Annotated[float | None, Field(alias="useMonthFlow")] = None
    """
    Usage this month in KB.
    """
    use_flow: Annotated[float | None, Field(alias="useFlow")] = None
    """
    Usage this cycle in KB.
    """
    billing_method: Annotated[BillingMethod | int | None, Field(alias="billingMethod")] = None
    apn: str | None = None
    """
    The APN.
    """
    card_status: Annotated[CardStatus | int | None, Field(alias="cardStatus")] = None


class CardSwitchError(BaseModel):
    """
    A card that failed the switch check, and why.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    info_message: Annotated[str | None, Field(alias="infoMessage")] = None
    iccid: Annotated[str | None, Field(pattern="^[0-9]{18,22}[0-9A-Fa-f]?$")] = None
    """
    An ICCID (18 to 22 digits, an optional trailing hex check character).
    """


class CardNetworkBatch(BaseModel):
    """
    The batch started by a network switch.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    success_count: Annotated[int | None, Field(alias="successCount", ge=0)] = None
    """
    Cards that passed the switch check.
    """
    batch_code: Annotated[BatchCode | None, Field(alias="batchCode")] = None
    """
    The batch to follow with get_batch_operation_status; null when no card passed.
    """
    error_info: Annotated[list[CardSwitchError] | None, Field(alias="errorInfo")] = None


class CardMonthUsage(BaseModel):
    """
    A card's usage in one month.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    month: Annotated[str | None, Field(pattern="^[12][0-9]{3}-(0[1-9]|1[0-2])$")] = None
    """
    A month, yyyy-MM.
    """
    iccid: Annotated[str | None, Field(pattern="^[0-9]{18,22}[0-9A-Fa-f]?$")] = None
    """
    An ICCID (18 to 22 digits, an optional trailing hex check character).
    """
    use_flow_kb: Annotated[float | None, Field(alias="useFlowKb", ge=0.0)] = None
    """
    Usage in KB.
    """


class CardDayUsage(BaseModel):
    """
    A card's usage on one day.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    day: Annotated[
        str | None,
        Field(pattern="^[12][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"),
    ] = None
    """
    A calendar date, yyyy-MM-dd.
    """
    iccid: Annotated[str | None, Field(pattern="^[0-9]{18,22}[0-9A-Fa-f]?$")] = None
    """
    An ICCID (18 to 22 digits, an optional trailing hex check character).
    """
    use_flow_kb: Annotated[float | None, Field(alias="useFlowKb", ge=0.0)] = None
    """
    Usage in KB.
    """


class SyncPackagesRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    page_no: Annotated[int, Field(ge=1)]
    """
    A page number, from 1.
    """
    page_size: Annotated[int, Field(ge=1)]
    """
    Records per page. Only queryOrder documents a maximum (QueryOrdersPageSize).
    """
    version: str | float | None = None
    """
    Version of the package information. The table says string, the example sends the number
    1.0; both are accepted and sent as given (R-SYNC-VERSION-TYPE).

    """


class BatchOrderPackagesRequest(BaseModel):
    """
    A bulk order. The v1 page defines `deviceList`, `package_code`, `is_open`, `subscribed_count`;
    the v2 page adds the order, payment and test-traffic fields and drops `subscribed_count`. Both
    sets are accepted; the fields both versions require are required (R-BATCH-FIELDS,
    R-REQUIRED-FLAGS). `x-required-in` lists where a page marks an optional field required.

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    device_list: Annotated[list[AssetId], Field(alias="deviceList", min_length=1)]
    """
    The devices to order for, as plain id strings, each once (R-BATCH-DEVICELIST, R-BATCH-UNIQUE-DEVICES).
    """
    package_code: Annotated[str, Field(min_length=1)]
    """
    A package (data plan) code, e.g. `DP20190726001274` or `LP14231124004197`.
    """
    is_open: OpenFlag
    subscribed_count: Annotated[int | None, Field(ge=1)] = None
    """
    v1 only. Refused with "Traffic pool order count exceeds the allowable limit" beyond the pool's limit.
    """
    global_order: YesNoFlag | None = None
    """
    Whether the package is ordered for the main number (v2).
    """
    package_name: Annotated[str | None, Field(min_length=1)] = None
    """
    Package name (v2).
    """
    package_type: PackageType | None = None
    order_period: Annotated[str | None, Field(pattern="^-?[0-9]+$")] = None
    """
    Order cycles (v2).
    """
    pay_rst: PayResult | None = None
    pay_type: PayType | None = None
    pay_amount: Annotated[str | None, Field(pattern="^-?[0-9]+(\\.[0-9]{1,2})?$")] = None
    """
    Amount paid for this order in yuan, two decimals at most (v2).
    """
    test_flow_flag: YesNoFlag | None = None
    """
    Whether the order has test traffic; only a device's first order may (v2).
    """
    test_flow: Annotated[str | None, Field(pattern="^(-?[0-9]+)?$")] = None
    """
    Test traffic size; required when test_flow_flag is 1 (v2).
    """


class QueryOrdersRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    device_id: AssetId | None = None
    """
    Device filter (fuzzy match); null or absent for all.
    """
    order_id: OrderId | None = None
    """
    Order filter; null or absent for all.
    """
    order_status: OrderStatus | None = None
    """
    Status filter; null or absent for all.
    """
    page_no: Annotated[int, Field(ge=1)]
    """
    A page number, from 1.
    """
    page_size: Annotated[int, Field(ge=1, le=100)]
    """
    Records per page of queryOrder, at most 100 (its v1 table).
    """


class OrderIdRequest(BaseModel):
    """
    A request naming one order (openPackage, cancelPackage).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    order_id: Annotated[str, Field(min_length=1)]
    """
    An order id as the vendor issues it (e.g. `ORDER_47454030993031168`, `202107061625560742397`).
    """


class FinishOrderEarlyRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    order_id: Annotated[str, Field(min_length=1)]
    """
    An order id as the vendor issues it (e.g. `ORDER_47454030993031168`, `202107061625560742397`).
    """
    ahead_finish_cause: Annotated[str, Field(min_length=1)]
    """
    Why the order ends early.
    """
    device_type: DeviceType | Literal[""] | None = None
    """
    The device type, or empty.
    """


class GetTrafficPoolInfoRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    page_no: Annotated[int, Field(ge=1)]
    """
    A page number, from 1.
    """
    page_size: Annotated[int | None, Field(ge=1)] = None
    """
    Records per page. Only queryOrder documents a maximum (QueryOrdersPageSize).
    """


class SmsTarget(BaseModel):
    """
    One recipient of an MT SMS and the caller's id for that message.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    msg_id: Annotated[str, Field(max_length=32, min_length=2, pattern="^LK")]
    """
    The caller's id for one MT SMS; starts with `LK`, at most 32 characters (the v2 page).
    """
    device_id: Annotated[str, Field(min_length=1, pattern="^[^,]+(,[^,]+)*$")]
    """
    One or more device ids joined by commas.
    """


class SendSmsRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    flag_list: Annotated[list[SmsTarget], Field(min_length=1)]
    sms_content: Annotated[str, Field(min_length=1)]
    """
    The text (or hex for binary) to send.
    """
    message_type: MessageType


class QueryMtSmsStatusRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    device_id: Annotated[str | None, Field(min_length=1)] = None
    """
    A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use opaque ids.
    """
    msg_id: Annotated[str | None, Field(max_length=32, min_length=2, pattern="^LK")] = None
    """
    The caller's id for one MT SMS; starts with `LK`, at most 32 characters (the v2 page).
    """
    page_no: Annotated[int | None, Field(ge=1)] = None
    """
    A page number, from 1.
    """
    page_size: Annotated[int | None, Field(ge=1)] = None
    """
    Records per page. Only queryOrder documents a maximum (QueryOrdersPageSize).
    """


class QuerySmsCdrRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    device_id: Annotated[str, Field(min_length=1)]
    """
    A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use opaque ids.
    """
    page_no: Annotated[int | None, Field(ge=1)] = None
    """
    A page number, from 1.
    """
    page_size: Annotated[int | None, Field(ge=1)] = None
    """
    Records per page. Only queryOrder documents a maximum (QueryOrdersPageSize).
    """
    begin_time: Annotated[
        str | None,
        Field(pattern="^[12][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"),
    ] = None
    """
    A calendar date, yyyy-MM-dd.
    """
    end_time: Annotated[
        str | None,
        Field(pattern="^[12][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"),
    ] = None
    """
    A calendar date, yyyy-MM-dd.
    """


class QueryLatestCdrRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    imsi: Annotated[str, Field(pattern="^[0-9]{6,15}$")]
    """
    An IMSI (E.212), 6 to 15 digits.
    """


class OrderServiceRequest(BaseModel):
    """
    Pause or restart one order (restartService, pauseService).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    device_id: Annotated[str | None, Field(min_length=1)] = None
    """
    A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use opaque ids.
    """
    order_id: Annotated[str, Field(min_length=1)]
    """
    An order id as the vendor issues it (e.g. `ORDER_47454030993031168`, `202107061625560742397`).
    """


class QueryDeviceRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    device_id: Annotated[str, Field(min_length=1)]
    """
    A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use opaque ids.
    """
    timestamp: Annotated[str | None, Field(pattern="^[0-9]{13}$")] = None
    """
    Current UTC time in milliseconds (v2 only; optional).
    """


class QueryDevicesRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    page_no: Annotated[int | None, Field(ge=1)] = None
    """
    A page number, from 1.
    """
    page_size: Annotated[int | None, Field(ge=1)] = None
    """
    Records per page. Only queryOrder documents a maximum (QueryOrdersPageSize).
    """


class DeviceIdRequest(BaseModel):
    """
    A request naming one device (getBindTrackList).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    device_id: Annotated[str, Field(min_length=1)]
    """
    A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use opaque ids.
    """


class BindDeviceImeiRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    device_id: Annotated[str, Field(min_length=1)]
    """
    A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use opaque ids.
    """
    imei: Annotated[str, Field(pattern="^[0-9]{15,16}$")]
    """
    A 15-16 digit IMEI or IMEISV.
    """
    oper_type: BindOperation
    ota_flag: OtaFlag
    auto_bind_flag: AutoBindFlag


class SwitchCardNetworkRequest(BaseModel):
    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    iccids: Annotated[list[Iccid], Field(max_length=10, min_length=1)]
    """
    The cards, at most 10.
    """
    switch_on: Annotated[bool, Field(alias="switchOn")]
    """
    true enables the network, false disables it.
    """


class CsssGlobalParameters(BaseModel):
    """
    The parameters every CSSS request carries (in the JSON body for POST). The client fills and
    signs them; callers never pass them.

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    access_code: Annotated[str, Field(pattern="^[A-Za-z0-9]{1,32}$")]
    """
    The partner code, e.g. P000270.
    """
    timestamp: Annotated[str, Field(pattern="^[0-9]{10}([0-9]{3})?$")]
    """
    Request time in seconds since the epoch (10 digits); 13-digit milliseconds are accepted.
    """
    version: Literal["2.0"]
    """
    API version.
    """
    sign: Annotated[str, Field(pattern="^[A-Za-z0-9+/]+={0,2}$")]
    """
    Base64 HMAC-SHA1 of the sorted, non-empty parameters.
    """


class OrderPackageRequest(CsssGlobalParameters):
    """
    A CSSS order for one device. `pay_type` is optional here but required by the CMP v2 batch order (R-CSSS-PAY-TYPE).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    device_id: Annotated[str, Field(min_length=1)]
    """
    The SIM's ICCID.
    """
    global_order: YesNoFlag
    """
    Whether it is a host-number package; usually 0.
    """
    is_open: OpenFlag
    """
    Open at once; must be 0 for OTA SIMs.
    """
    order_period: Annotated[str, Field(pattern="^-?[0-9]+$")]
    """
    A whole number sent as a JSON string (counts, periods, traffic in MB or KB).
    """
    package_code: Annotated[str, Field(min_length=1)]
    """
    A package (data plan) code, e.g. `DP20190726001274` or `LP14231124004197`.
    """
    package_name: Annotated[str, Field(min_length=1)]
    package_type: PackageType
    pay_amount: Annotated[str, Field(pattern="^-?[0-9]+(\\.[0-9]{1,2})?$")]
    """
    An amount in yuan sent as a JSON string, at most two decimals ("supports two digits after the decimal point", CMP v2; "two decimal places", CSSS).
    """
    pay_rst: PayResult
    pay_type: PayType | None = None
    test_flow: Annotated[str, Field(pattern="^-?[0-9]+$")]
    """
    A whole number sent as a JSON string (counts, periods, traffic in MB or KB).
    """
    test_flow_flag: YesNoFlag


class QuerySimCdrResponse(CmpEnvelopeBase):
    """
    The CMP envelope of query_sim_cdr and query_sim_cdr_by_apn. `data` is null when the call was refused.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    data: CdrPage | None


class SyncPackagesResponse(CmpEnvelopeBase):
    """
    The CMP envelope of sync_packages. `data` is null when the call was refused.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    data: SyncPackagesData | None


class BatchOrderPackagesResponse(CmpEnvelopeBase):
    """
    The CMP envelope of batch_order_packages. `data` is null when the call was refused.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    data: BatchOrderPackagesData | None


class QueryOrdersResponse(CmpEnvelopeBase):
    """
    The CMP envelope of query_orders. `data` is null when the call was refused.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    data: QueryOrdersData | None


class OpenPackageResponse(CmpEnvelopeBase):
    """
    The CMP envelope of open_package. `data` is null when the call was refused.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    data: OpenPackageData | None


class GetTrafficPoolInfoResponse(CmpEnvelopeBase):
    """
    The CMP envelope of get_traffic_pool_info. `data` is null when the call was refused.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    data: TrafficPoolPage | None


class QueryMtSmsStatusResponse(CmpEnvelopeBase):
    """
    The CMP envelope of query_mt_sms_status. `data` is null when the call was refused.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    data: MtSmsPage | None


class QuerySmsCdrResponse(CmpEnvelopeBase):
    """
    The CMP envelope of query_sms_cdr. `data` is null when the call was refused.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    data: SmsCdrPage | None


class QueryLatestCdrResponse(CmpEnvelopeBase):
    """
    The CMP envelope of query_latest_cdr. `data` is null when the call was refused.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    data: LatestCdr | None


class QueryDeviceResponse(CmpEnvelopeBase):
    """
    The CMP envelope of query_device. `data` is null when the call was refused.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    data: Device | None


class QueryDevicesResponse(CmpEnvelopeBase):
    """
    The CMP envelope of query_devices. `data` is null when the call was refused.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    data: DeviceList | None


class OrderPackageResponse(CsssEnvelopeBase):
    """
    The CSSS envelope of order_package. `data` is null when the call was refused.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    data: OrderPackageData | None


class GetPoolDetailResponse(PoolEnvelopeBase):
    """
    The pool envelope of get_pool_detail. `data` is null when the call was refused.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    data: PoolDetail | None = None


class GetPoolMonthUsageResponse(PoolEnvelopeBase):
    """
    The pool envelope of get_pool_month_usage. `data` is null when the call was refused.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    data: PoolMonthUsage | None = None


class GetPoolDayUsageResponse(PoolEnvelopeBase):
    """
    The pool envelope of get_pool_day_usage. `data` is null when the call was refused.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    data: PoolDayUsage | None = None


class GetCardDetailResponse(PoolEnvelopeBase):
    """
    The pool envelope of get_card_detail. `data` is null when the call was refused.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    data: CardDetail | None = None


class SwitchCardNetworkResponse(PoolEnvelopeBase):
    """
    The pool envelope of switch_card_network. `data` is null when the call was refused.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    data: CardNetworkBatch | None = None


class GetCardMonthUsageResponse(PoolEnvelopeBase):
    """
    The pool envelope of get_card_month_usage. `data` is null when the call was refused.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    data: CardMonthUsage | None = None


class GetCardDayUsageResponse(PoolEnvelopeBase):
    """
    The pool envelope of get_card_day_usage. `data` is null when the call was refused.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    data: CardDayUsage | None = None


class Data(Enum):
    """
    Always null.
    """

    NONE_TYPE_NONE = None


class CmpEmptyResponse(CmpEnvelopeBase):
    """
    The CMP envelope of operations whose `data` is always null (cancel, finish, pause, restart, sendSms).
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    data: Data
    """
    Always null.
    """


class BindDeviceImeiResponse(CmpEnvelopeBase):
    """
    The CMP envelope of bind_device_imei; `data` is a result text such as 操作成功 ("operation succeeded").
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    data: str | None


class GetBindHistoryResponse(CmpEnvelopeBase):
    """
    The CMP envelope of get_bind_history; `data` is the list of events.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    data: list[BindTrackRecord] | None


class GetBatchOperationStatusResponse(PoolEnvelopeBase):
    """
    The pool envelope of get_batch_operation_status; `data` lists the cards of the batch.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    data: list[CardOperationState] | None = None


class OrderStatusPush(BaseModel):
    """
    The order status push. `time` is called "order creation time" by the pages but changes with every
    push of the same order, so it is read as the time of the event (R-PUSH-TIME).

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    assetid: Annotated[str, Field(min_length=1)]
    """
    A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use opaque ids.
    """
    imsi: Annotated[str, Field(pattern="^[0-9]{6,15}(,[0-9]{6,15})*$")]
    """
    One or more IMSIs joined by commas.
    """
    operation: OrderPushOperation | str
    """
    An OrderPushOperation, or a code the vendor added later (kept as a string and flagged).
    """
    orderid: Annotated[str, Field(min_length=1)]
    """
    An order id as the vendor issues it (e.g. `ORDER_47454030993031168`, `202107061625560742397`).
    """
    time: Annotated[str, Field(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$")]
    """
    A naive local time (UTC+8 unless stated), `yyyy-MM-dd HH:mm:ss`.
    """


class SmsMtPush(BaseModel):
    """
    The operator's delivery report of an MT SMS. `msg_id` is the provider's own id (the example is a
    32-digit hex string, not the caller's `LK...` id; R-SMS-MSGID).

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    supplier_code: Annotated[str, Field(min_length=1)]
    """
    The supplier of the profile.
    """
    msg_id: Annotated[str, Field(min_length=1)]
    """
    The SMS's unique id, generated by the service provider.
    """
    phone: Annotated[str, Field(pattern="^\\+?[0-9A-Fa-f]{1,20}$")]
    """
    An MSISDN (E.164). Placeholder profiles carry `FFFFFFFFFF`.
    """
    iccid: Annotated[str, Field(pattern="^[0-9]{18,22}[0-9A-Fa-f]?$")]
    """
    An ICCID (18 to 22 digits, an optional trailing hex check character).
    """
    status_report: DeliveryReport | str | None = None
    """
    1 delivered, 2 otherwise.
    """
    status_report_msg: DeliveryReportText | str | None = None
    """
    DELIVRD or FAILED.
    """
    timestamp: Annotated[str, Field(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$")]
    """
    A naive local time (UTC+8 unless stated), `yyyy-MM-dd HH:mm:ss`.
    """


class SmsMoPush(BaseModel):
    """
    An SMS sent by the device to a service short code. The page reuses the MT push's description
    sentence; the fields say what it is (R-SMS-MO-DESCRIPTION). `sms_content` may be empty.

    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
    )
    supplier_code: Annotated[str, Field(min_length=1)]
    """
    The supplier of the profile.
    """
    phone: Annotated[str, Field(pattern="^\\+?[0-9A-Fa-f]{1,20}$")]
    """
    An MSISDN (E.164). Placeholder profiles carry `FFFFFFFFFF`.
    """
    iccid: Annotated[str, Field(pattern="^[0-9]{18,22}[0-9A-Fa-f]?$")]
    """
    An ICCID (18 to 22 digits, an optional trailing hex check character).
    """
    dest_address: Annotated[str, Field(min_length=1)]
    """
    The service short code.
    """
    sms_content: str
    """
    The text the device sent.
    """
    timestamp: Annotated[str, Field(pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$")]
    """
    A naive local time (UTC+8 unless stated), `yyyy-MM-dd HH:mm:ss`.
    """
