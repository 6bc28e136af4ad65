# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
"""Fast decoding of answers that fit the spec: msgspec Structs, and converters to the models.

Rendered by ``generator/wire_step.py`` (see there why). ``ROOTS[cls]`` is ``(Struct, convert)`` for
a model the client or the receiver parses whole; ``msgspec.json.Decoder(Struct).decode(content)``
raises a ``msgspec`` error for anything the parsers would note (a misfit, an unknown code or key),
and ``convert`` builds from the Struct exactly what ``PARSERS[cls]`` builds. The Structs are private
to decoding: their repr shows no values (answers carry personal data and secrets).
"""

from __future__ import annotations

import collections.abc
import enum
import typing

import msgspec

from .models.batch_order_packages_data import BatchOrderPackagesData
from .models.batch_order_packages_response import BatchOrderPackagesResponse
from .models.billing_cycle import BillingCycle
from .models.billing_method import BillingMethod
from .models.bind_device_imei_response import BindDeviceImeiResponse
from .models.bind_track_record import BindTrackRecord
from .models.bip_flag import BipFlag
from .models.boolean_string import BooleanString
from .models.buy_type import BuyType
from .models.card_day_usage import CardDayUsage
from .models.card_detail import CardDetail
from .models.card_month_usage import CardMonthUsage
from .models.card_network_batch import CardNetworkBatch
from .models.card_operation_state import CardOperationState
from .models.card_status import CardStatus
from .models.card_status_count import CardStatusCount
from .models.card_switch_error import CardSwitchError
from .models.cdr_page import CdrPage
from .models.cdr_record import CdrRecord
from .models.cmp_empty_response import CmpEmptyResponse
from .models.delivery_report import DeliveryReport
from .models.delivery_report_text import DeliveryReportText
from .models.device import Device
from .models.device_list import DeviceList
from .models.device_order_result import DeviceOrderResult
from .models.epi_config import EpiConfig
from .models.epi_config_type import EpiConfigType
from .models.flow_package_type import FlowPackageType
from .models.get_batch_operation_status_response import GetBatchOperationStatusResponse
from .models.get_bind_history_response import GetBindHistoryResponse
from .models.get_card_day_usage_response import GetCardDayUsageResponse
from .models.get_card_detail_response import GetCardDetailResponse
from .models.get_card_month_usage_response import GetCardMonthUsageResponse
from .models.get_pool_day_usage_response import GetPoolDayUsageResponse
from .models.get_pool_detail_response import GetPoolDetailResponse
from .models.get_pool_month_usage_response import GetPoolMonthUsageResponse
from .models.get_traffic_pool_info_response import GetTrafficPoolInfoResponse
from .models.gprs_session import GprsSession
from .models.latest_cdr import LatestCdr
from .models.lifecycle import Lifecycle
from .models.mt_sms_page import MtSmsPage
from .models.mt_sms_record import MtSmsRecord
from .models.multi_imsi_flag import MultiImsiFlag
from .models.open_package_data import OpenPackageData
from .models.open_package_response import OpenPackageResponse
from .models.operation_card_status import OperationCardStatus
from .models.order_package_data import OrderPackageData
from .models.order_package_response import OrderPackageResponse
from .models.order_push_operation import OrderPushOperation
from .models.order_status import OrderStatus
from .models.order_status_push import OrderStatusPush
from .models.ota_flag import OtaFlag
from .models.package import Package
from .models.package_order import PackageOrder
from .models.package_status import PackageStatus
from .models.package_type import PackageType
from .models.package_usage_attribute import PackageUsageAttribute
from .models.page import Page
from .models.pool_day_usage import PoolDayUsage
from .models.pool_detail import PoolDetail
from .models.pool_month_usage import PoolMonthUsage
from .models.pool_package_info import PoolPackageInfo
from .models.pool_status import PoolStatus
from .models.pool_type import PoolType
from .models.price_type import PriceType
from .models.profile import Profile
from .models.query_device_response import QueryDeviceResponse
from .models.query_devices_response import QueryDevicesResponse
from .models.query_latest_cdr_response import QueryLatestCdrResponse
from .models.query_mt_sms_status_response import QueryMtSmsStatusResponse
from .models.query_orders_data import QueryOrdersData
from .models.query_orders_response import QueryOrdersResponse
from .models.query_sim_cdr_response import QuerySimCdrResponse
from .models.query_sms_cdr_response import QuerySmsCdrResponse
from .models.refueling_package import RefuelingPackage
from .models.refueling_status import RefuelingStatus
from .models.result_status import ResultStatus
from .models.result_status_code import ResultStatusCode
from .models.send_status import SendStatus
from .models.session_return_code import SessionReturnCode
from .models.sms_cdr_page import SmsCdrPage
from .models.sms_cdr_record import SmsCdrRecord
from .models.sms_mo_counters import SmsMoCounters
from .models.sms_mo_push import SmsMoPush
from .models.sms_mt_counters import SmsMtCounters
from .models.sms_mt_push import SmsMtPush
from .models.sms_type import SmsType
from .models.switch_card_network_response import SwitchCardNetworkResponse
from .models.sync_packages_data import SyncPackagesData
from .models.sync_packages_response import SyncPackagesResponse
from .models.traffic_pool import TrafficPool
from .models.traffic_pool_page import TrafficPoolPage
from .models.yes_no_flag import YesNoFlag
from .types import UNSET

_UNSET: typing.Any = UNSET
"""The default of a key the answer may leave out: the models' ``UNSET``, typed ``Any`` because each
annotation says what msgspec decodes, and msgspec does not decode ``Unset``."""


class _Wire(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, gc=False):
    """Base of the wire Structs: every key named, keyword-only, not tracked by the cycle collector
    (a decoded answer has no cycles)."""

    def __repr__(self) -> str:
        return f"<{type(self).__name__.removeprefix('_W_')} as decoded>"


class _C_BipFlag(str, enum.Enum):
    """The codes of ``BipFlag`` and the empty string, which is no code."""

    BIP = "1"
    NO_BIP = "2"
    NO_CODE_ = ""


_BIP_FLAG_CODES: dict[typing.Any, typing.Any] = {
    **{code: BipFlag(code.value) for code in _C_BipFlag if code.value},
    _C_BipFlag.NO_CODE_: "",
    None: None,
    UNSET: UNSET,
}


class _C_BooleanString(str, enum.Enum):
    """The codes of ``BooleanString`` and the empty string, which is no code."""

    FALSE = "false"
    TRUE = "true"
    NO_CODE_ = ""


_BOOLEAN_STRING_CODES: dict[typing.Any, typing.Any] = {
    **{code: BooleanString(code.value) for code in _C_BooleanString if code.value},
    _C_BooleanString.NO_CODE_: "",
    None: None,
    UNSET: UNSET,
}


class _C_BuyType(str, enum.Enum):
    """The codes of ``BuyType`` and the empty string, which is no code."""

    POSTPAID = "2"
    PREPAID = "1"
    NO_CODE_ = ""


_BUY_TYPE_CODES: dict[typing.Any, typing.Any] = {
    **{code: BuyType(code.value) for code in _C_BuyType if code.value},
    _C_BuyType.NO_CODE_: "",
    None: None,
    UNSET: UNSET,
}


class _C_DeliveryReport(str, enum.Enum):
    """The codes of ``DeliveryReport`` and the empty string, which is no code."""

    DELIVERED = "1"
    FAILED = "2"
    NO_CODE_ = ""


_DELIVERY_REPORT_CODES: dict[typing.Any, typing.Any] = {
    **{code: DeliveryReport(code.value) for code in _C_DeliveryReport if code.value},
    _C_DeliveryReport.NO_CODE_: "",
    None: None,
    UNSET: UNSET,
}


class _C_DeliveryReportText(str, enum.Enum):
    """The codes of ``DeliveryReportText`` and the empty string, which is no code."""

    DELIVRD = "DELIVRD"
    FAILED = "FAILED"
    NO_CODE_ = ""


_DELIVERY_REPORT_TEXT_CODES: dict[typing.Any, typing.Any] = {
    **{code: DeliveryReportText(code.value) for code in _C_DeliveryReportText if code.value},
    _C_DeliveryReportText.NO_CODE_: "",
    None: None,
    UNSET: UNSET,
}


class _C_Lifecycle(str, enum.Enum):
    """The codes of ``Lifecycle`` and the empty string, which is no code."""

    DISPOSAL = "4"
    INTERNAL_INVENTORY = "5"
    INVENTORY = "0"
    SILENT = "1"
    SUSPENDED = "3"
    USAGE = "2"
    NO_CODE_ = ""


_LIFECYCLE_CODES: dict[typing.Any, typing.Any] = {
    **{code: Lifecycle(code.value) for code in _C_Lifecycle if code.value},
    _C_Lifecycle.NO_CODE_: "",
    None: None,
    UNSET: UNSET,
}


class _C_MultiImsiFlag(str, enum.Enum):
    """The codes of ``MultiImsiFlag`` and the empty string, which is no code."""

    MULTI_IMSI = "1"
    SINGLE_IMSI = "0"
    NO_CODE_ = ""


_MULTI_IMSI_FLAG_CODES: dict[typing.Any, typing.Any] = {
    **{code: MultiImsiFlag(code.value) for code in _C_MultiImsiFlag if code.value},
    _C_MultiImsiFlag.NO_CODE_: "",
    None: None,
    UNSET: UNSET,
}


class _C_OrderPushOperation(str, enum.Enum):
    """The codes of ``OrderPushOperation`` and the empty string, which is no code."""

    CANCELLED = "1002"
    CYCLES_REDUCED = "1010"
    EXPIRED = "1008"
    FINISHED_EARLY = "1001"
    NEW_ORDER = "1000"
    NON_OTA_ENABLED = "1005"
    OTA_ENABLED = "1007"
    OTA_IMSI_REDOWNLOAD = "1012"
    PAUSED = "1003"
    RENEWED = "1009"
    RESTARTED = "1004"
    UNDOCUMENTED_1006 = "1006"
    NO_CODE_ = ""


_ORDER_PUSH_OPERATION_CODES: dict[typing.Any, typing.Any] = {
    **{code: OrderPushOperation(code.value) for code in _C_OrderPushOperation if code.value},
    _C_OrderPushOperation.NO_CODE_: "",
    None: None,
    UNSET: UNSET,
}


class _C_OrderStatus(str, enum.Enum):
    """The codes of ``OrderStatus`` and the empty string, which is no code."""

    ACTIVE = "2"
    ENDED = "3"
    NOT_ENABLED = "1"
    PAUSED = "5"
    NO_CODE_ = ""


_ORDER_STATUS_CODES: dict[typing.Any, typing.Any] = {
    **{code: OrderStatus(code.value) for code in _C_OrderStatus if code.value},
    _C_OrderStatus.NO_CODE_: "",
    None: None,
    UNSET: UNSET,
}


class _C_OtaFlag(str, enum.Enum):
    """The codes of ``OtaFlag`` and the empty string, which is no code."""

    NO_OTA = "2"
    OTA = "1"
    NO_CODE_ = ""


_OTA_FLAG_CODES: dict[typing.Any, typing.Any] = {
    **{code: OtaFlag(code.value) for code in _C_OtaFlag if code.value},
    _C_OtaFlag.NO_CODE_: "",
    None: None,
    UNSET: UNSET,
}


class _C_PackageStatus(str, enum.Enum):
    """The codes of ``PackageStatus`` and the empty string, which is no code."""

    AVAILABLE = "1"
    OBSOLETE = "2"
    NO_CODE_ = ""


_PACKAGE_STATUS_CODES: dict[typing.Any, typing.Any] = {
    **{code: PackageStatus(code.value) for code in _C_PackageStatus if code.value},
    _C_PackageStatus.NO_CODE_: "",
    None: None,
    UNSET: UNSET,
}


class _C_PackageType(str, enum.Enum):
    """The codes of ``PackageType`` and the empty string, which is no code."""

    DAILY = "1"
    HALF_YEARLY = "4"
    MONTHLY = "2"
    QUARTERLY = "3"
    UNLIMITED_DAILY = "0"
    YEARLY = "5"
    NO_CODE_ = ""


_PACKAGE_TYPE_CODES: dict[typing.Any, typing.Any] = {
    **{code: PackageType(code.value) for code in _C_PackageType if code.value},
    _C_PackageType.NO_CODE_: "",
    None: None,
    UNSET: UNSET,
}


class _C_PackageUsageAttribute(str, enum.Enum):
    """The codes of ``PackageUsageAttribute`` and the empty string, which is no code."""

    RESIDENT = "1"
    TEMPORARY = "2"
    NO_CODE_ = ""


_PACKAGE_USAGE_ATTRIBUTE_CODES: dict[typing.Any, typing.Any] = {
    **{code: PackageUsageAttribute(code.value) for code in _C_PackageUsageAttribute if code.value},
    _C_PackageUsageAttribute.NO_CODE_: "",
    None: None,
    UNSET: UNSET,
}


class _C_PriceType(str, enum.Enum):
    """The codes of ``PriceType`` and the empty string, which is no code."""

    PACKAGE = "2"
    SINGLE_DAY = "1"
    NO_CODE_ = ""


_PRICE_TYPE_CODES: dict[typing.Any, typing.Any] = {
    **{code: PriceType(code.value) for code in _C_PriceType if code.value},
    _C_PriceType.NO_CODE_: "",
    None: None,
    UNSET: UNSET,
}


class _C_RefuelingStatus(str, enum.Enum):
    """The codes of ``RefuelingStatus`` and the empty string, which is no code."""

    CANCELLED = "4"
    IN_USE = "2"
    NOT_ENABLED = "1"
    USED_UP = "3"
    NO_CODE_ = ""


_REFUELING_STATUS_CODES: dict[typing.Any, typing.Any] = {
    **{code: RefuelingStatus(code.value) for code in _C_RefuelingStatus if code.value},
    _C_RefuelingStatus.NO_CODE_: "",
    None: None,
    UNSET: UNSET,
}


class _C_ResultStatusCode(str, enum.Enum):
    """The codes of ``ResultStatusCode`` and the empty string, which is no code."""

    AUTHENTICATION_FAILED = "CB-99-9403"
    AUTHORIZATION_MISSING = "CB-99-9401"
    BUSY = "CB-99-9500"
    INTERNAL_ERROR = "CB-99-9999"
    INVALID_PARAMETERS = "CB-99-9400"
    MISSING_PARAMETERS = "CB-99-9402"
    SUCCESS = "CB-00-0000"
    NO_CODE_ = ""


_RESULT_STATUS_CODE_CODES: dict[typing.Any, typing.Any] = {
    **{code: ResultStatusCode(code.value) for code in _C_ResultStatusCode if code.value},
    _C_ResultStatusCode.NO_CODE_: "",
    None: None,
    UNSET: UNSET,
}


class _C_SendStatus(str, enum.Enum):
    """The codes of ``SendStatus`` and the empty string, which is no code."""

    NOT_SENT = "2"
    SENT = "1"
    NO_CODE_ = ""


_SEND_STATUS_CODES: dict[typing.Any, typing.Any] = {
    **{code: SendStatus(code.value) for code in _C_SendStatus if code.value},
    _C_SendStatus.NO_CODE_: "",
    None: None,
    UNSET: UNSET,
}


class _C_SessionReturnCode(str, enum.Enum):
    """The codes of ``SessionReturnCode`` and the empty string, which is no code."""

    INTERNAL_ERROR = "3"
    OK = "0"
    RESOURCE_NOT_AVAILABLE = "1"
    RESOURCE_NOT_VISIBLE = "4"
    SERVICE_ERROR = "2"
    NO_CODE_ = ""


_SESSION_RETURN_CODE_CODES: dict[typing.Any, typing.Any] = {
    **{code: SessionReturnCode(code.value) for code in _C_SessionReturnCode if code.value},
    _C_SessionReturnCode.NO_CODE_: "",
    None: None,
    UNSET: UNSET,
}


class _C_SmsType(str, enum.Enum):
    """The codes of ``SmsType`` and the empty string, which is no code."""

    MO = "MO"
    MT = "MT"
    NO_CODE_ = ""


_SMS_TYPE_CODES: dict[typing.Any, typing.Any] = {
    **{code: SmsType(code.value) for code in _C_SmsType if code.value},
    _C_SmsType.NO_CODE_: "",
    None: None,
    UNSET: UNSET,
}


class _C_YesNoFlag(str, enum.Enum):
    """The codes of ``YesNoFlag`` and the empty string, which is no code."""

    NO = "0"
    YES = "1"
    NO_CODE_ = ""


_YES_NO_FLAG_CODES: dict[typing.Any, typing.Any] = {
    **{code: YesNoFlag(code.value) for code in _C_YesNoFlag if code.value},
    _C_YesNoFlag.NO_CODE_: "",
    None: None,
    UNSET: UNSET,
}


class _W_BatchOrderPackagesResponse(_Wire):
    code: str
    message: str
    success: bool
    data: _W_BatchOrderPackagesData | None


class _W_BatchOrderPackagesData(_Wire):
    device_order: list[_W_DeviceOrderResult]


class _W_DeviceOrderResult(_Wire):
    error: str
    device_id: str
    error_msg: str | None = msgspec.field(name="errorMsg", default=_UNSET)
    order_id: str | None = _UNSET
    order_start_date: str | None = _UNSET
    order_expire_date: str | None = _UNSET


class _W_BindDeviceImeiResponse(_Wire):
    code: str
    message: str
    success: bool
    data: str | None


class _W_CmpEmptyResponse(_Wire):
    code: str
    message: str
    success: bool
    data: None


class _W_GetBatchOperationStatusResponse(_Wire):
    code: int
    message: str | None = _UNSET
    trace_id: str | None = msgspec.field(name="traceId", default=_UNSET)
    data: list[_W_CardOperationState] | None = _UNSET


class _W_CardOperationState(_Wire):
    operation_card_status: OperationCardStatus = msgspec.field(name="operationCardStatus", default=_UNSET)
    iccid: str = _UNSET
    msisdn: str | None = _UNSET


class _W_GetBindHistoryResponse(_Wire):
    code: str
    message: str
    success: bool
    data: list[_W_BindTrackRecord] | None


class _W_BindTrackRecord(_Wire):
    iccid: str
    imei: str
    create_time: str = msgspec.field(name="createTime")
    track: str | None = _UNSET
    oper_user: str | None = msgspec.field(name="operUser", default=_UNSET)


class _W_GetCardDayUsageResponse(_Wire):
    code: int
    message: str | None = _UNSET
    trace_id: str | None = msgspec.field(name="traceId", default=_UNSET)
    data: _W_CardDayUsage | None = _UNSET


class _W_CardDayUsage(_Wire):
    day: str = _UNSET
    iccid: str = _UNSET
    use_flow_kb: int | float = msgspec.field(name="useFlowKb", default=_UNSET)


class _W_GetCardDetailResponse(_Wire):
    code: int
    message: str | None = _UNSET
    trace_id: str | None = msgspec.field(name="traceId", default=_UNSET)
    data: _W_CardDetail | None = _UNSET


class _W_CardDetail(_Wire):
    iccid: str = _UNSET
    imei: str | None = _UNSET
    imsi: str | None = _UNSET
    msisdn: str | None = _UNSET
    total_flow: int | None = msgspec.field(name="totalFlow", default=_UNSET)
    use_month_flow: int | float | None = msgspec.field(name="useMonthFlow", default=_UNSET)
    use_flow: int | float | None = msgspec.field(name="useFlow", default=_UNSET)
    billing_method: BillingMethod | None = msgspec.field(name="billingMethod", default=_UNSET)
    apn: str | None = _UNSET
    card_status: CardStatus | None = msgspec.field(name="cardStatus", default=_UNSET)


class _W_GetCardMonthUsageResponse(_Wire):
    code: int
    message: str | None = _UNSET
    trace_id: str | None = msgspec.field(name="traceId", default=_UNSET)
    data: _W_CardMonthUsage | None = _UNSET


class _W_CardMonthUsage(_Wire):
    month: str = _UNSET
    iccid: str = _UNSET
    use_flow_kb: int | float = msgspec.field(name="useFlowKb", default=_UNSET)


class _W_GetPoolDayUsageResponse(_Wire):
    code: int
    message: str | None = _UNSET
    trace_id: str | None = msgspec.field(name="traceId", default=_UNSET)
    data: _W_PoolDayUsage | None = _UNSET


class _W_PoolDayUsage(_Wire):
    day: str = _UNSET
    pool_code: str = msgspec.field(name="poolCode", default=_UNSET)
    use_flow_kb: int | float = msgspec.field(name="useFlowKb", default=_UNSET)


class _W_GetPoolDetailResponse(_Wire):
    code: int
    message: str | None = _UNSET
    trace_id: str | None = msgspec.field(name="traceId", default=_UNSET)
    data: _W_PoolDetail | None = _UNSET


class _W_PoolDetail(_Wire):
    upool_code: str = msgspec.field(name="upoolCode", default=_UNSET)
    upool_name: str | None = msgspec.field(name="upoolName", default=_UNSET)
    en_upool_name: str | None = msgspec.field(name="enUpoolName", default=_UNSET)
    pool_type: PoolType | None = msgspec.field(name="poolType", default=_UNSET)
    use_flow: int | None = msgspec.field(name="useFlow", default=_UNSET)
    total_flow: int | float | None = msgspec.field(name="totalFlow", default=_UNSET)
    billing_cycle: BillingCycle | None = msgspec.field(name="billingCycle", default=_UNSET)
    total_card: int | None = msgspec.field(name="totalCard", default=_UNSET)
    raw_add_time: str | None = msgspec.field(name="rawAddTime", default=_UNSET)
    bind_card_status_count: list[_W_CardStatusCount] | None = msgspec.field(
        name="bindCardStatusCount", default=_UNSET
    )
    package_info: _W_PoolPackageInfo | None = msgspec.field(name="packageInfo", default=_UNSET)
    unit: str | None = _UNSET
    start_time: str | None = msgspec.field(name="startTime", default=_UNSET)
    end_time: str | None = msgspec.field(name="endTime", default=_UNSET)
    upool_status: PoolStatus | None = msgspec.field(name="upoolStatus", default=_UNSET)


class _W_CardStatusCount(_Wire):
    card_status: CardStatus = msgspec.field(name="cardStatus", default=_UNSET)
    total: int = _UNSET


class _W_PoolPackageInfo(_Wire):
    flow_package_type: FlowPackageType | None = msgspec.field(name="flowPackageType", default=_UNSET)
    client_flow_package_name: str | None = msgspec.field(name="clientFlowPackageName", default=_UNSET)
    channel_name: str | None = msgspec.field(name="channelName", default=_UNSET)
    epi_configs: list[_W_EpiConfig] | None = msgspec.field(name="epiConfigs", default=_UNSET)


class _W_EpiConfig(_Wire):
    epi_config_code: str | None = msgspec.field(name="epiConfigCode", default=_UNSET)
    epi_code: str | None = msgspec.field(name="epiCode", default=_UNSET)
    standard_charge: int | float | None = msgspec.field(name="standardCharge", default=_UNSET)
    real_fen_standard_charge: int | float | None = msgspec.field(name="realFenStandardCharge", default=_UNSET)
    epi_config_type: EpiConfigType | None = msgspec.field(name="epiConfigType", default=_UNSET)


class _W_GetPoolMonthUsageResponse(_Wire):
    code: int
    message: str | None = _UNSET
    trace_id: str | None = msgspec.field(name="traceId", default=_UNSET)
    data: _W_PoolMonthUsage | None = _UNSET


class _W_PoolMonthUsage(_Wire):
    month: str = _UNSET
    pool_code: str = msgspec.field(name="poolCode", default=_UNSET)
    use_flow_kb: int | float = msgspec.field(name="useFlowKb", default=_UNSET)


class _W_GetTrafficPoolInfoResponse(_Wire):
    code: str
    message: str
    success: bool
    data: _W_TrafficPoolPage | None


class _W_TrafficPoolPage(_Wire):
    rows: list[_W_TrafficPool]
    total: int


class _W_TrafficPool(_Wire):
    total_quota_byte: str = msgspec.field(name="totalQuotaByte")
    used_byte: str = msgspec.field(name="usedByte")
    traffic_pool_start_time: str = msgspec.field(name="trafficPoolStartTime")
    traffic_pool_end_time: str = msgspec.field(name="trafficPoolEndTime")
    traffic_pool_id: str = msgspec.field(name="trafficPoolId")
    traffic_pool_name: str = msgspec.field(name="trafficPoolName")


class _W_OpenPackageResponse(_Wire):
    code: str
    message: str
    success: bool
    data: _W_OpenPackageData | None


class _W_OpenPackageData(_Wire):
    order_id: str
    sign: str | None = _UNSET
    order_start_date: str | None = _UNSET
    order_expire_date: str | None = _UNSET


class _W_OrderPackageResponse(_Wire):
    code: str
    message: str
    success: bool
    data: _W_OrderPackageData | None


class _W_OrderPackageData(_Wire):
    sign: str | None
    order_id: str
    order_start_date: str | None
    order_expire_date: str | None


class _W_OrderStatusPush(_Wire):
    assetid: str
    imsi: str
    operation: _C_OrderPushOperation
    orderid: str
    time: str


class _W_QueryDeviceResponse(_Wire):
    code: str
    message: str
    success: bool
    data: _W_Device | None


class _W_Device(_Wire):
    device_id: str
    ota_flag: _C_OtaFlag
    bip_flag: _C_BipFlag
    multi_imsi_flag: _C_MultiImsiFlag = msgspec.field(name="multiImsi_flag")
    lifecycle: _C_Lifecycle
    lifecycle_start_time: str = _UNSET
    lifecycle_end_time: str = _UNSET
    lifecycle_slient_period: str = _UNSET
    lifecycle_shutdown_period: str = _UNSET
    package_order: _W_PackageOrder | None = _UNSET
    partner_name: str | None = msgspec.field(name="partnerName", default=_UNSET)
    partner_code: str | None = msgspec.field(name="partnerCode", default=_UNSET)
    msisdn: str | None = _UNSET
    task_no: str | None = _UNSET
    main_iccid: str | None = _UNSET


class _W_PackageOrder(_Wire):
    order_code: str = msgspec.field(name="orderCode")
    package_name: str = msgspec.field(name="packageName")
    package_code: str = msgspec.field(name="packageCode")
    package_type: _C_PackageType | None = msgspec.field(name="packageType")
    order_period: str = msgspec.field(name="orderPeriod")
    order_date: str = msgspec.field(name="orderDate")
    active_date: str = msgspec.field(name="activeDate")
    expire_date: str = msgspec.field(name="expireDate")
    order_status: _C_OrderStatus = msgspec.field(name="orderStatus")
    buy_type: _C_BuyType | None = msgspec.field(name="buyType", default=_UNSET)
    flow: str | None = _UNSET
    used_flow: str | None = msgspec.field(name="usedFlow", default=_UNSET)
    flow_use_rate: str | None = msgspec.field(name="flowUseRate", default=_UNSET)
    order_used_flow: str | None = msgspec.field(name="orderUsedFlow", default=_UNSET)
    supplier_code: str | None = msgspec.field(name="supplierCode", default=_UNSET)
    refueling_package_list: list[_W_RefuelingPackage] | None = msgspec.field(
        name="refuelingPackageList", default=_UNSET
    )
    has_test_flow: _C_YesNoFlag | None = msgspec.field(name="hasTestFlow", default=_UNSET)
    profile_list: list[_W_Profile] | None = msgspec.field(name="profileList", default=_UNSET)
    is_flow_plus: str | None = msgspec.field(name="isFlowPlus", default=_UNSET)
    deviceId: str = _UNSET
    device_id: str = _UNSET
    main_iccid: str | None = _UNSET
    imsi: str | None = _UNSET
    msisdn: str | None = _UNSET


class _W_RefuelingPackage(_Wire):
    ref_order_id: str = msgspec.field(name="ref_orderId", default=_UNSET)
    refpackage_flow: str = _UNSET
    refpackage_order_date: str = _UNSET
    refpackage_status: _C_RefuelingStatus = _UNSET


class _W_Profile(_Wire):
    iccid: str
    imsi: str
    msisdn: str


class _W_QueryDevicesResponse(_Wire):
    code: str
    message: str
    success: bool
    data: _W_DeviceList | None


class _W_DeviceList(_Wire):
    device: list[_W_Device]
    page: _W_Page
    device_num: int


class _W_Page(_Wire):
    cur_page_no: int
    page_size: int
    total_count: int
    total_pages: int


class _W_QueryLatestCdrResponse(_Wire):
    code: str
    message: str
    success: bool
    data: _W_LatestCdr | None


class _W_LatestCdr(_Wire):
    return_code: _C_SessionReturnCode = msgspec.field(name="returnCode")
    imsi: str | None = _UNSET
    msisdn: str | None = _UNSET
    imei: str | None = _UNSET
    session_start: str | None = msgspec.field(name="sessionStart", default=_UNSET)
    last_activity: str | None = msgspec.field(name="lastActivity", default=_UNSET)
    last_sms_error: str | None = msgspec.field(name="lastSmsError", default=_UNSET)
    last_sms_error_time: str | None = msgspec.field(name="lastSmsErrorTime", default=_UNSET)
    last_lu: str | None = msgspec.field(name="lastLu", default=_UNSET)
    customer_no: str | None = msgspec.field(name="customerNo", default=_UNSET)
    sms_mt: _W_SmsMtCounters | None = msgspec.field(name="smsMt", default=_UNSET)
    sms_mo: _W_SmsMoCounters | None = msgspec.field(name="smsMo", default=_UNSET)
    gprs: _W_GprsSession | None = _UNSET


class _W_SmsMtCounters(_Wire):
    count: str = _UNSET
    last_sms: str | None = msgspec.field(name="lastSms", default=_UNSET)
    sms_error_count: str = msgspec.field(name="smsErrorCount", default=_UNSET)


class _W_SmsMoCounters(_Wire):
    count: str = _UNSET
    last_dest: str | None = msgspec.field(name="lastDest", default=_UNSET)
    last_sms: str | None = msgspec.field(name="lastSms", default=_UNSET)
    sms_error_count: str = msgspec.field(name="smsErrorCount", default=_UNSET)


class _W_GprsSession(_Wire):
    pdp_active: _C_BooleanString = msgspec.field(name="pdpActive", default=_UNSET)
    activation: str | None = _UNSET
    ip: str | None = _UNSET
    tx: str = _UNSET
    last_tx: str | None = msgspec.field(name="lastTx", default=_UNSET)
    rx: str = _UNSET
    last_rx: str | None = msgspec.field(name="lastRx", default=_UNSET)
    gi_dest_address: str | None = msgspec.field(name="giDestAddress", default=_UNSET)


class _W_QueryMtSmsStatusResponse(_Wire):
    code: str
    message: str
    success: bool
    data: _W_MtSmsPage | None


class _W_MtSmsPage(_Wire):
    data: list[_W_MtSmsRecord]
    status: _W_ResultStatus
    total_count: int


class _W_MtSmsRecord(_Wire):
    asset_id: str = msgspec.field(name="assetId")
    send_start_time: str = msgspec.field(name="sendStartTime")
    send_status: _C_SendStatus = msgspec.field(name="sendStatus")
    msisdn: str | None = _UNSET
    send_end_time: str | None = msgspec.field(name="sendEndTime", default=_UNSET)
    status_report: _C_DeliveryReport | None = msgspec.field(name="statusReport", default=_UNSET)


class _W_ResultStatus(_Wire):
    code: _C_ResultStatusCode
    message: str
    detail: str | None = _UNSET


class _W_QueryOrdersResponse(_Wire):
    code: str
    message: str
    success: bool
    data: _W_QueryOrdersData | None


class _W_QueryOrdersData(_Wire):
    page: _W_Page
    package_order: list[_W_PackageOrder]
    package_order_num: int
    sign: str | None = _UNSET


class _W_QuerySimCdrResponse(_Wire):
    code: str
    message: str
    success: bool
    data: _W_CdrPage | None


class _W_CdrPage(_Wire):
    data: list[_W_CdrRecord]
    status: _W_ResultStatus
    total_count: int


class _W_CdrRecord(_Wire):
    data: int
    imsi: str
    mcc: str
    mnc: str
    session_started_at: str
    sim_id: str
    msisdn: str | None = _UNSET
    network: str | None = _UNSET
    plan_id: str | None = _UNSET
    session_ended_at: str | None = _UNSET
    apn: str | None = _UNSET
    duration: int | None = _UNSET


class _W_QuerySmsCdrResponse(_Wire):
    code: str
    message: str
    success: bool
    data: _W_SmsCdrPage | None


class _W_SmsCdrPage(_Wire):
    data: list[_W_SmsCdrRecord]
    total_data: int = msgspec.field(name="totalData", default=_UNSET)
    count: int = _UNSET
    total_page: int = msgspec.field(name="totalPage", default=_UNSET)


class _W_SmsCdrRecord(_Wire):
    device_id: str = msgspec.field(name="deviceId")
    from_iccid: str | None = msgspec.field(name="fromIccid", default=_UNSET)
    to_iccid: str | None = msgspec.field(name="toIccid", default=_UNSET)
    send_msisdn: str | None = msgspec.field(name="sendMsisdn", default=_UNSET)
    rec_msisdn: str | None = msgspec.field(name="recMsisdn", default=_UNSET)
    sms_type: _C_SmsType | None = msgspec.field(name="smsType", default=_UNSET)
    timestamp: str | None = _UNSET
    send_status: _C_DeliveryReport | None = msgspec.field(name="sendStatus", default=_UNSET)


class _W_SmsMoPush(_Wire):
    supplier_code: str
    phone: str
    iccid: str
    dest_address: str
    sms_content: str
    timestamp: str


class _W_SmsMtPush(_Wire):
    supplier_code: str
    msg_id: str
    phone: str
    iccid: str
    timestamp: str
    status_report: _C_DeliveryReport | None = _UNSET
    status_report_msg: _C_DeliveryReportText | None = _UNSET


class _W_SwitchCardNetworkResponse(_Wire):
    code: int
    message: str | None = _UNSET
    trace_id: str | None = msgspec.field(name="traceId", default=_UNSET)
    data: _W_CardNetworkBatch | None = _UNSET


class _W_CardNetworkBatch(_Wire):
    success_count: int = msgspec.field(name="successCount", default=_UNSET)
    batch_code: str | None = msgspec.field(name="batchCode", default=_UNSET)
    error_info: list[_W_CardSwitchError] | None = msgspec.field(name="errorInfo", default=_UNSET)


class _W_CardSwitchError(_Wire):
    info_message: str | None = msgspec.field(name="infoMessage", default=_UNSET)
    iccid: str = _UNSET


class _W_SyncPackagesResponse(_Wire):
    code: str
    message: str
    success: bool
    data: _W_SyncPackagesData | None


class _W_SyncPackagesData(_Wire):
    page: _W_Page
    package_num: int
    package: list[_W_Package]
    sign: str | None = _UNSET


class _W_Package(_Wire):
    package_code: str
    package_name: str
    package_type: _C_PackageType
    status: _C_PackageStatus
    package_desc: str = _UNSET
    cover_country_mcc: str = _UNSET
    cover_countrys: str = _UNSET
    price_type: _C_PriceType = _UNSET
    flow: str = _UNSET
    buy_type: _C_BuyType = _UNSET
    min_order_period: str = _UNSET
    max_order_period: str = _UNSET
    whole_price: str = _UNSET
    package_usage_attribute: _C_PackageUsageAttribute = _UNSET
    service_cycle_count: str = msgspec.field(name="serviceCycleCount", default=_UNSET)
    package_imsi_type: str = _UNSET


def _to_batch_order_packages_response(_s: _W_BatchOrderPackagesResponse) -> BatchOrderPackagesResponse:
    return BatchOrderPackagesResponse(
        _s.code,
        _s.message,
        _s.success,
        _to_batch_order_packages_data(_s.data) if isinstance(_s.data, _W_BatchOrderPackagesData) else _s.data,
    )


def _to_batch_order_packages_data(_s: _W_BatchOrderPackagesData) -> BatchOrderPackagesData:
    return BatchOrderPackagesData([_to_device_order_result(_item) for _item in _s.device_order])


def _to_device_order_result(_s: _W_DeviceOrderResult) -> DeviceOrderResult:
    return DeviceOrderResult(
        _s.error, _s.device_id, _s.error_msg, _s.order_id, _s.order_start_date, _s.order_expire_date
    )


def _to_bind_device_imei_response(_s: _W_BindDeviceImeiResponse) -> BindDeviceImeiResponse:
    return BindDeviceImeiResponse(_s.code, _s.message, _s.success, _s.data)


def _to_cmp_empty_response(_s: _W_CmpEmptyResponse) -> CmpEmptyResponse:
    return CmpEmptyResponse(_s.code, _s.message, _s.success, _s.data)


def _to_get_batch_operation_status_response(
    _s: _W_GetBatchOperationStatusResponse,
) -> GetBatchOperationStatusResponse:
    return GetBatchOperationStatusResponse(
        _s.code,
        _s.message,
        _s.trace_id,
        [_to_card_operation_state(_item) for _item in _s.data] if isinstance(_s.data, list) else _s.data,
    )


def _to_card_operation_state(_s: _W_CardOperationState) -> CardOperationState:
    return CardOperationState(_s.operation_card_status, _s.iccid, _s.msisdn)


def _to_get_bind_history_response(_s: _W_GetBindHistoryResponse) -> GetBindHistoryResponse:
    return GetBindHistoryResponse(
        _s.code,
        _s.message,
        _s.success,
        [_to_bind_track_record(_item) for _item in _s.data] if isinstance(_s.data, list) else _s.data,
    )


def _to_bind_track_record(_s: _W_BindTrackRecord) -> BindTrackRecord:
    return BindTrackRecord(_s.iccid, _s.imei, _s.create_time, _s.track, _s.oper_user)


def _to_get_card_day_usage_response(_s: _W_GetCardDayUsageResponse) -> GetCardDayUsageResponse:
    return GetCardDayUsageResponse(
        _s.code,
        _s.message,
        _s.trace_id,
        _to_card_day_usage(_s.data) if isinstance(_s.data, _W_CardDayUsage) else _s.data,
    )


def _to_card_day_usage(_s: _W_CardDayUsage) -> CardDayUsage:
    return CardDayUsage(_s.day, _s.iccid, _s.use_flow_kb)


def _to_get_card_detail_response(_s: _W_GetCardDetailResponse) -> GetCardDetailResponse:
    return GetCardDetailResponse(
        _s.code,
        _s.message,
        _s.trace_id,
        _to_card_detail(_s.data) if isinstance(_s.data, _W_CardDetail) else _s.data,
    )


def _to_card_detail(_s: _W_CardDetail) -> CardDetail:
    return CardDetail(
        _s.iccid,
        _s.imei,
        _s.imsi,
        _s.msisdn,
        _s.total_flow,
        _s.use_month_flow,
        _s.use_flow,
        _s.billing_method,
        _s.apn,
        _s.card_status,
    )


def _to_get_card_month_usage_response(_s: _W_GetCardMonthUsageResponse) -> GetCardMonthUsageResponse:
    return GetCardMonthUsageResponse(
        _s.code,
        _s.message,
        _s.trace_id,
        _to_card_month_usage(_s.data) if isinstance(_s.data, _W_CardMonthUsage) else _s.data,
    )


def _to_card_month_usage(_s: _W_CardMonthUsage) -> CardMonthUsage:
    return CardMonthUsage(_s.month, _s.iccid, _s.use_flow_kb)


def _to_get_pool_day_usage_response(_s: _W_GetPoolDayUsageResponse) -> GetPoolDayUsageResponse:
    return GetPoolDayUsageResponse(
        _s.code,
        _s.message,
        _s.trace_id,
        _to_pool_day_usage(_s.data) if isinstance(_s.data, _W_PoolDayUsage) else _s.data,
    )


def _to_pool_day_usage(_s: _W_PoolDayUsage) -> PoolDayUsage:
    return PoolDayUsage(_s.day, _s.pool_code, _s.use_flow_kb)


def _to_get_pool_detail_response(_s: _W_GetPoolDetailResponse) -> GetPoolDetailResponse:
    return GetPoolDetailResponse(
        _s.code,
        _s.message,
        _s.trace_id,
        _to_pool_detail(_s.data) if isinstance(_s.data, _W_PoolDetail) else _s.data,
    )


def _to_pool_detail(_s: _W_PoolDetail) -> PoolDetail:
    return PoolDetail(
        _s.upool_code,
        _s.upool_name,
        _s.en_upool_name,
        _s.pool_type,
        _s.use_flow,
        _s.total_flow,
        _s.billing_cycle,
        _s.total_card,
        _s.raw_add_time,
        [_to_card_status_count(_item) for _item in _s.bind_card_status_count]
        if isinstance(_s.bind_card_status_count, list)
        else _s.bind_card_status_count,
        _to_pool_package_info(_s.package_info)
        if isinstance(_s.package_info, _W_PoolPackageInfo)
        else _s.package_info,
        _s.unit,
        _s.start_time,
        _s.end_time,
        _s.upool_status,
    )


def _to_card_status_count(_s: _W_CardStatusCount) -> CardStatusCount:
    return CardStatusCount(_s.card_status, _s.total)


def _to_pool_package_info(_s: _W_PoolPackageInfo) -> PoolPackageInfo:
    return PoolPackageInfo(
        _s.flow_package_type,
        _s.client_flow_package_name,
        _s.channel_name,
        [_to_epi_config(_item) for _item in _s.epi_configs]
        if isinstance(_s.epi_configs, list)
        else _s.epi_configs,
    )


def _to_epi_config(_s: _W_EpiConfig) -> EpiConfig:
    return EpiConfig(
        _s.epi_config_code, _s.epi_code, _s.standard_charge, _s.real_fen_standard_charge, _s.epi_config_type
    )


def _to_get_pool_month_usage_response(_s: _W_GetPoolMonthUsageResponse) -> GetPoolMonthUsageResponse:
    return GetPoolMonthUsageResponse(
        _s.code,
        _s.message,
        _s.trace_id,
        _to_pool_month_usage(_s.data) if isinstance(_s.data, _W_PoolMonthUsage) else _s.data,
    )


def _to_pool_month_usage(_s: _W_PoolMonthUsage) -> PoolMonthUsage:
    return PoolMonthUsage(_s.month, _s.pool_code, _s.use_flow_kb)


def _to_get_traffic_pool_info_response(_s: _W_GetTrafficPoolInfoResponse) -> GetTrafficPoolInfoResponse:
    return GetTrafficPoolInfoResponse(
        _s.code,
        _s.message,
        _s.success,
        _to_traffic_pool_page(_s.data) if isinstance(_s.data, _W_TrafficPoolPage) else _s.data,
    )


def _to_traffic_pool_page(_s: _W_TrafficPoolPage) -> TrafficPoolPage:
    return TrafficPoolPage([_to_traffic_pool(_item) for _item in _s.rows], _s.total)


def _to_traffic_pool(_s: _W_TrafficPool) -> TrafficPool:
    return TrafficPool(
        _s.total_quota_byte,
        _s.used_byte,
        _s.traffic_pool_start_time,
        _s.traffic_pool_end_time,
        _s.traffic_pool_id,
        _s.traffic_pool_name,
    )


def _to_open_package_response(_s: _W_OpenPackageResponse) -> OpenPackageResponse:
    return OpenPackageResponse(
        _s.code,
        _s.message,
        _s.success,
        _to_open_package_data(_s.data) if isinstance(_s.data, _W_OpenPackageData) else _s.data,
    )


def _to_open_package_data(_s: _W_OpenPackageData) -> OpenPackageData:
    return OpenPackageData(_s.order_id, _s.sign, _s.order_start_date, _s.order_expire_date)


def _to_order_package_response(_s: _W_OrderPackageResponse) -> OrderPackageResponse:
    return OrderPackageResponse(
        _s.code,
        _s.message,
        _s.success,
        _to_order_package_data(_s.data) if isinstance(_s.data, _W_OrderPackageData) else _s.data,
    )


def _to_order_package_data(_s: _W_OrderPackageData) -> OrderPackageData:
    return OrderPackageData(_s.sign, _s.order_id, _s.order_start_date, _s.order_expire_date)


def _to_order_status_push(_s: _W_OrderStatusPush) -> OrderStatusPush:
    return OrderStatusPush(
        _s.assetid, _s.imsi, _ORDER_PUSH_OPERATION_CODES[_s.operation], _s.orderid, _s.time
    )


def _to_query_device_response(_s: _W_QueryDeviceResponse) -> QueryDeviceResponse:
    return QueryDeviceResponse(
        _s.code, _s.message, _s.success, _to_device(_s.data) if isinstance(_s.data, _W_Device) else _s.data
    )


def _to_device(_s: _W_Device) -> Device:
    return Device(
        _s.device_id,
        _OTA_FLAG_CODES[_s.ota_flag],
        _BIP_FLAG_CODES[_s.bip_flag],
        _MULTI_IMSI_FLAG_CODES[_s.multi_imsi_flag],
        _LIFECYCLE_CODES[_s.lifecycle],
        _s.lifecycle_start_time,
        _s.lifecycle_end_time,
        _s.lifecycle_slient_period,
        _s.lifecycle_shutdown_period,
        _to_package_order(_s.package_order)
        if isinstance(_s.package_order, _W_PackageOrder)
        else _s.package_order,
        _s.partner_name,
        _s.partner_code,
        _s.msisdn,
        _s.task_no,
        _s.main_iccid,
    )


def _to_package_order(_s: _W_PackageOrder) -> PackageOrder:
    return PackageOrder(
        _s.order_code,
        _s.package_name,
        _s.package_code,
        _PACKAGE_TYPE_CODES[_s.package_type],
        _s.order_period,
        _s.order_date,
        _s.active_date,
        _s.expire_date,
        _ORDER_STATUS_CODES[_s.order_status],
        _BUY_TYPE_CODES[_s.buy_type],
        _s.flow,
        _s.used_flow,
        _s.flow_use_rate,
        _s.order_used_flow,
        _s.supplier_code,
        [_to_refueling_package(_item) for _item in _s.refueling_package_list]
        if isinstance(_s.refueling_package_list, list)
        else _s.refueling_package_list,
        _YES_NO_FLAG_CODES[_s.has_test_flow],
        [_to_profile(_item) for _item in _s.profile_list]
        if isinstance(_s.profile_list, list)
        else _s.profile_list,
        _s.is_flow_plus,
        _s.deviceId,
        _s.device_id,
        _s.main_iccid,
        _s.imsi,
        _s.msisdn,
    )


def _to_refueling_package(_s: _W_RefuelingPackage) -> RefuelingPackage:
    return RefuelingPackage(
        _s.ref_order_id,
        _s.refpackage_flow,
        _s.refpackage_order_date,
        _REFUELING_STATUS_CODES[_s.refpackage_status],
    )


def _to_profile(_s: _W_Profile) -> Profile:
    return Profile(_s.iccid, _s.imsi, _s.msisdn)


def _to_query_devices_response(_s: _W_QueryDevicesResponse) -> QueryDevicesResponse:
    return QueryDevicesResponse(
        _s.code,
        _s.message,
        _s.success,
        _to_device_list(_s.data) if isinstance(_s.data, _W_DeviceList) else _s.data,
    )


def _to_device_list(_s: _W_DeviceList) -> DeviceList:
    return DeviceList([_to_device(_item) for _item in _s.device], _to_page(_s.page), _s.device_num)


def _to_page(_s: _W_Page) -> Page:
    return Page(_s.cur_page_no, _s.page_size, _s.total_count, _s.total_pages)


def _to_query_latest_cdr_response(_s: _W_QueryLatestCdrResponse) -> QueryLatestCdrResponse:
    return QueryLatestCdrResponse(
        _s.code,
        _s.message,
        _s.success,
        _to_latest_cdr(_s.data) if isinstance(_s.data, _W_LatestCdr) else _s.data,
    )


def _to_latest_cdr(_s: _W_LatestCdr) -> LatestCdr:
    return LatestCdr(
        _SESSION_RETURN_CODE_CODES[_s.return_code],
        _s.imsi,
        _s.msisdn,
        _s.imei,
        _s.session_start,
        _s.last_activity,
        _s.last_sms_error,
        _s.last_sms_error_time,
        _s.last_lu,
        _s.customer_no,
        _to_sms_mt_counters(_s.sms_mt) if isinstance(_s.sms_mt, _W_SmsMtCounters) else _s.sms_mt,
        _to_sms_mo_counters(_s.sms_mo) if isinstance(_s.sms_mo, _W_SmsMoCounters) else _s.sms_mo,
        _to_gprs_session(_s.gprs) if isinstance(_s.gprs, _W_GprsSession) else _s.gprs,
    )


def _to_sms_mt_counters(_s: _W_SmsMtCounters) -> SmsMtCounters:
    return SmsMtCounters(_s.count, _s.last_sms, _s.sms_error_count)


def _to_sms_mo_counters(_s: _W_SmsMoCounters) -> SmsMoCounters:
    return SmsMoCounters(_s.count, _s.last_dest, _s.last_sms, _s.sms_error_count)


def _to_gprs_session(_s: _W_GprsSession) -> GprsSession:
    return GprsSession(
        _BOOLEAN_STRING_CODES[_s.pdp_active],
        _s.activation,
        _s.ip,
        _s.tx,
        _s.last_tx,
        _s.rx,
        _s.last_rx,
        _s.gi_dest_address,
    )


def _to_query_mt_sms_status_response(_s: _W_QueryMtSmsStatusResponse) -> QueryMtSmsStatusResponse:
    return QueryMtSmsStatusResponse(
        _s.code,
        _s.message,
        _s.success,
        _to_mt_sms_page(_s.data) if isinstance(_s.data, _W_MtSmsPage) else _s.data,
    )


def _to_mt_sms_page(_s: _W_MtSmsPage) -> MtSmsPage:
    return MtSmsPage(
        [_to_mt_sms_record(_item) for _item in _s.data], _to_result_status(_s.status), _s.total_count
    )


def _to_mt_sms_record(_s: _W_MtSmsRecord) -> MtSmsRecord:
    return MtSmsRecord(
        _s.asset_id,
        _s.send_start_time,
        _SEND_STATUS_CODES[_s.send_status],
        _s.msisdn,
        _s.send_end_time,
        _DELIVERY_REPORT_CODES[_s.status_report],
    )


def _to_result_status(_s: _W_ResultStatus) -> ResultStatus:
    return ResultStatus(_RESULT_STATUS_CODE_CODES[_s.code], _s.message, _s.detail)


def _to_query_orders_response(_s: _W_QueryOrdersResponse) -> QueryOrdersResponse:
    return QueryOrdersResponse(
        _s.code,
        _s.message,
        _s.success,
        _to_query_orders_data(_s.data) if isinstance(_s.data, _W_QueryOrdersData) else _s.data,
    )


def _to_query_orders_data(_s: _W_QueryOrdersData) -> QueryOrdersData:
    return QueryOrdersData(
        _to_page(_s.page),
        [_to_package_order(_item) for _item in _s.package_order],
        _s.package_order_num,
        _s.sign,
    )


def _to_query_sim_cdr_response(_s: _W_QuerySimCdrResponse) -> QuerySimCdrResponse:
    return QuerySimCdrResponse(
        _s.code, _s.message, _s.success, _to_cdr_page(_s.data) if isinstance(_s.data, _W_CdrPage) else _s.data
    )


def _to_cdr_page(_s: _W_CdrPage) -> CdrPage:
    return CdrPage([_to_cdr_record(_item) for _item in _s.data], _to_result_status(_s.status), _s.total_count)


def _to_cdr_record(_s: _W_CdrRecord) -> CdrRecord:
    return CdrRecord(
        _s.data,
        _s.imsi,
        _s.mcc,
        _s.mnc,
        _s.session_started_at,
        _s.sim_id,
        _s.msisdn,
        _s.network,
        _s.plan_id,
        _s.session_ended_at,
        _s.apn,
        _s.duration,
    )


def _to_query_sms_cdr_response(_s: _W_QuerySmsCdrResponse) -> QuerySmsCdrResponse:
    return QuerySmsCdrResponse(
        _s.code,
        _s.message,
        _s.success,
        _to_sms_cdr_page(_s.data) if isinstance(_s.data, _W_SmsCdrPage) else _s.data,
    )


def _to_sms_cdr_page(_s: _W_SmsCdrPage) -> SmsCdrPage:
    return SmsCdrPage(
        [_to_sms_cdr_record(_item) for _item in _s.data], _s.total_data, _s.count, _s.total_page
    )


def _to_sms_cdr_record(_s: _W_SmsCdrRecord) -> SmsCdrRecord:
    return SmsCdrRecord(
        _s.device_id,
        _s.from_iccid,
        _s.to_iccid,
        _s.send_msisdn,
        _s.rec_msisdn,
        _SMS_TYPE_CODES[_s.sms_type],
        _s.timestamp,
        _DELIVERY_REPORT_CODES[_s.send_status],
    )


def _to_sms_mo_push(_s: _W_SmsMoPush) -> SmsMoPush:
    return SmsMoPush(_s.supplier_code, _s.phone, _s.iccid, _s.dest_address, _s.sms_content, _s.timestamp)


def _to_sms_mt_push(_s: _W_SmsMtPush) -> SmsMtPush:
    return SmsMtPush(
        _s.supplier_code,
        _s.msg_id,
        _s.phone,
        _s.iccid,
        _s.timestamp,
        _DELIVERY_REPORT_CODES[_s.status_report],
        _DELIVERY_REPORT_TEXT_CODES[_s.status_report_msg],
    )


def _to_switch_card_network_response(_s: _W_SwitchCardNetworkResponse) -> SwitchCardNetworkResponse:
    return SwitchCardNetworkResponse(
        _s.code,
        _s.message,
        _s.trace_id,
        _to_card_network_batch(_s.data) if isinstance(_s.data, _W_CardNetworkBatch) else _s.data,
    )


def _to_card_network_batch(_s: _W_CardNetworkBatch) -> CardNetworkBatch:
    return CardNetworkBatch(
        _s.success_count,
        _s.batch_code,
        [_to_card_switch_error(_item) for _item in _s.error_info]
        if isinstance(_s.error_info, list)
        else _s.error_info,
    )


def _to_card_switch_error(_s: _W_CardSwitchError) -> CardSwitchError:
    return CardSwitchError(_s.info_message, _s.iccid)


def _to_sync_packages_response(_s: _W_SyncPackagesResponse) -> SyncPackagesResponse:
    return SyncPackagesResponse(
        _s.code,
        _s.message,
        _s.success,
        _to_sync_packages_data(_s.data) if isinstance(_s.data, _W_SyncPackagesData) else _s.data,
    )


def _to_sync_packages_data(_s: _W_SyncPackagesData) -> SyncPackagesData:
    return SyncPackagesData(
        _to_page(_s.page), _s.package_num, [_to_package(_item) for _item in _s.package], _s.sign
    )


def _to_package(_s: _W_Package) -> Package:
    return Package(
        _s.package_code,
        _s.package_name,
        _PACKAGE_TYPE_CODES[_s.package_type],
        _PACKAGE_STATUS_CODES[_s.status],
        _s.package_desc,
        _s.cover_country_mcc,
        _s.cover_countrys,
        _PRICE_TYPE_CODES[_s.price_type],
        _s.flow,
        _BUY_TYPE_CODES[_s.buy_type],
        _s.min_order_period,
        _s.max_order_period,
        _s.whole_price,
        _PACKAGE_USAGE_ATTRIBUTE_CODES[_s.package_usage_attribute],
        _s.service_cycle_count,
        _s.package_imsi_type,
    )


ROOTS: dict[type[typing.Any], tuple[type[_Wire], collections.abc.Callable[[typing.Any], typing.Any]]] = {
    BatchOrderPackagesResponse: (_W_BatchOrderPackagesResponse, _to_batch_order_packages_response),
    BindDeviceImeiResponse: (_W_BindDeviceImeiResponse, _to_bind_device_imei_response),
    CmpEmptyResponse: (_W_CmpEmptyResponse, _to_cmp_empty_response),
    GetBatchOperationStatusResponse: (
        _W_GetBatchOperationStatusResponse,
        _to_get_batch_operation_status_response,
    ),
    GetBindHistoryResponse: (_W_GetBindHistoryResponse, _to_get_bind_history_response),
    GetCardDayUsageResponse: (_W_GetCardDayUsageResponse, _to_get_card_day_usage_response),
    GetCardDetailResponse: (_W_GetCardDetailResponse, _to_get_card_detail_response),
    GetCardMonthUsageResponse: (_W_GetCardMonthUsageResponse, _to_get_card_month_usage_response),
    GetPoolDayUsageResponse: (_W_GetPoolDayUsageResponse, _to_get_pool_day_usage_response),
    GetPoolDetailResponse: (_W_GetPoolDetailResponse, _to_get_pool_detail_response),
    GetPoolMonthUsageResponse: (_W_GetPoolMonthUsageResponse, _to_get_pool_month_usage_response),
    GetTrafficPoolInfoResponse: (_W_GetTrafficPoolInfoResponse, _to_get_traffic_pool_info_response),
    OpenPackageResponse: (_W_OpenPackageResponse, _to_open_package_response),
    OrderPackageResponse: (_W_OrderPackageResponse, _to_order_package_response),
    OrderStatusPush: (_W_OrderStatusPush, _to_order_status_push),
    QueryDeviceResponse: (_W_QueryDeviceResponse, _to_query_device_response),
    QueryDevicesResponse: (_W_QueryDevicesResponse, _to_query_devices_response),
    QueryLatestCdrResponse: (_W_QueryLatestCdrResponse, _to_query_latest_cdr_response),
    QueryMtSmsStatusResponse: (_W_QueryMtSmsStatusResponse, _to_query_mt_sms_status_response),
    QueryOrdersResponse: (_W_QueryOrdersResponse, _to_query_orders_response),
    QuerySimCdrResponse: (_W_QuerySimCdrResponse, _to_query_sim_cdr_response),
    QuerySmsCdrResponse: (_W_QuerySmsCdrResponse, _to_query_sms_cdr_response),
    SmsMoPush: (_W_SmsMoPush, _to_sms_mo_push),
    SmsMtPush: (_W_SmsMtPush, _to_sms_mt_push),
    SwitchCardNetworkResponse: (_W_SwitchCardNetworkResponse, _to_switch_card_network_response),
    SyncPackagesResponse: (_W_SyncPackagesResponse, _to_sync_packages_response),
}
