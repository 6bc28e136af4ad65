# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
"""Parsers of the response and push models: the generated objects, with each value that misfits noted.

Rendered by ``generator/parsers_step.py`` from openapi-python-client's parse of the spec (see
there why they exist and why they read on). For an answer that fits the spec,
``PARSERS[cls](document, (), notes)`` equals ``cls.from_dict(document)`` and ``notes`` stays empty.
Otherwise every value that does not fit stays in the result as it came off the wire (a missing
required field as ``UNSET``) and a ``Misfit`` is appended to ``notes``; an unknown code of an open
enum is kept as the plain value and appended as ``(path, value)``. ``document`` must be a JSON
object (the caller checks the root; below it every object is checked here).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

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

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Misfit:
    """A value that does not fit the type the spec declares at ``path`` (a tuple of wire keys and indexes).

    ``found`` is the value as received (``UNSET`` for a missing required key); it is left out of
    the repr and of ``reason`` because answers carry personal data and secrets.
    """

    path: Path
    found: object = field(repr=False)
    expected: str

    @property
    def reason(self) -> str:
        if self.found is UNSET:
            return "is required"
        return f"expected {self.expected}, got {type(self.found).__name__}"

    def __str__(self) -> str:
        return f"{'.'.join(map(str, self.path)) or '<root>'}: {self.reason}"


Note = tuple[Path, object] | Misfit
"""An unknown code of an open enum as ``(path, value)``, or a ``Misfit``."""
Notes = list[Note]
Parser = Callable[[dict[str, Any], Path, Notes], Any]


def _misfit(notes: Notes, at: Path, found: Any, expected: str) -> Any:
    """Note a misfit and hand back the value unchanged (it stays in the result as received)."""
    notes.append(Misfit(at, found, expected))
    return found


def _items(
    value: list[Any], kinds: tuple[type, ...], at: Path, key: str, expected: str, notes: Notes
) -> None:
    """Note a ``Misfit`` for each item whose exact type is not one of ``kinds`` (items are kept).

    Exact types, as ``json.loads`` produces them: ``True`` is not an ``int`` item. The list is at
    ``at`` + ``key``; that path is only built for an item that misfits.
    """
    for index, item in enumerate(value):
        if type(item) not in kinds:
            notes.append(Misfit((*at, key, index), item, expected))


_BILLING_CYCLE: dict[object, BillingCycle] = {member.value: member for member in BillingCycle}
_BILLING_METHOD: dict[object, BillingMethod] = {member.value: member for member in BillingMethod}
_BIP_FLAG: dict[object, BipFlag] = {member.value: member for member in BipFlag}
_BOOLEAN_STRING: dict[object, BooleanString] = {member.value: member for member in BooleanString}
_BUY_TYPE: dict[object, BuyType] = {member.value: member for member in BuyType}
_CARD_STATUS: dict[object, CardStatus] = {member.value: member for member in CardStatus}
_DELIVERY_REPORT: dict[object, DeliveryReport] = {member.value: member for member in DeliveryReport}
_DELIVERY_REPORT_TEXT: dict[object, DeliveryReportText] = {
    member.value: member for member in DeliveryReportText
}
_EPI_CONFIG_TYPE: dict[object, EpiConfigType] = {member.value: member for member in EpiConfigType}
_FLOW_PACKAGE_TYPE: dict[object, FlowPackageType] = {member.value: member for member in FlowPackageType}
_LIFECYCLE: dict[object, Lifecycle] = {member.value: member for member in Lifecycle}
_MULTI_IMSI_FLAG: dict[object, MultiImsiFlag] = {member.value: member for member in MultiImsiFlag}
_OPERATION_CARD_STATUS: dict[object, OperationCardStatus] = {
    member.value: member for member in OperationCardStatus
}
_ORDER_PUSH_OPERATION: dict[object, OrderPushOperation] = {
    member.value: member for member in OrderPushOperation
}
_ORDER_STATUS: dict[object, OrderStatus] = {member.value: member for member in OrderStatus}
_OTA_FLAG: dict[object, OtaFlag] = {member.value: member for member in OtaFlag}
_PACKAGE_STATUS: dict[object, PackageStatus] = {member.value: member for member in PackageStatus}
_PACKAGE_TYPE: dict[object, PackageType] = {member.value: member for member in PackageType}
_PACKAGE_USAGE_ATTRIBUTE: dict[object, PackageUsageAttribute] = {
    member.value: member for member in PackageUsageAttribute
}
_POOL_STATUS: dict[object, PoolStatus] = {member.value: member for member in PoolStatus}
_POOL_TYPE: dict[object, PoolType] = {member.value: member for member in PoolType}
_PRICE_TYPE: dict[object, PriceType] = {member.value: member for member in PriceType}
_REFUELING_STATUS: dict[object, RefuelingStatus] = {member.value: member for member in RefuelingStatus}
_RESULT_STATUS_CODE: dict[object, ResultStatusCode] = {member.value: member for member in ResultStatusCode}
_SEND_STATUS: dict[object, SendStatus] = {member.value: member for member in SendStatus}
_SESSION_RETURN_CODE: dict[object, SessionReturnCode] = {member.value: member for member in SessionReturnCode}
_SMS_TYPE: dict[object, SmsType] = {member.value: member for member in SmsType}
_YES_NO_FLAG: dict[object, YesNoFlag] = {member.value: member for member in YesNoFlag}

_BATCH_ORDER_PACKAGES_DATA_KEYS = frozenset(["device_order"])
_BATCH_ORDER_PACKAGES_RESPONSE_KEYS = frozenset(["code", "data", "message", "success"])
_BIND_DEVICE_IMEI_RESPONSE_KEYS = frozenset(["code", "data", "message", "success"])
_BIND_TRACK_RECORD_KEYS = frozenset(["createTime", "iccid", "imei", "operUser", "track"])
_CARD_DAY_USAGE_KEYS = frozenset(["day", "iccid", "useFlowKb"])
_CARD_DETAIL_KEYS = frozenset(
    [
        "apn",
        "billingMethod",
        "cardStatus",
        "iccid",
        "imei",
        "imsi",
        "msisdn",
        "totalFlow",
        "useFlow",
        "useMonthFlow",
    ]
)
_CARD_MONTH_USAGE_KEYS = frozenset(["iccid", "month", "useFlowKb"])
_CARD_NETWORK_BATCH_KEYS = frozenset(["batchCode", "errorInfo", "successCount"])
_CARD_OPERATION_STATE_KEYS = frozenset(["iccid", "msisdn", "operationCardStatus"])
_CARD_STATUS_COUNT_KEYS = frozenset(["cardStatus", "total"])
_CARD_SWITCH_ERROR_KEYS = frozenset(["iccid", "infoMessage"])
_CDR_PAGE_KEYS = frozenset(["data", "status", "total_count"])
_CDR_RECORD_KEYS = frozenset(
    [
        "apn",
        "data",
        "duration",
        "imsi",
        "mcc",
        "mnc",
        "msisdn",
        "network",
        "plan_id",
        "session_ended_at",
        "session_started_at",
        "sim_id",
    ]
)
_CMP_EMPTY_RESPONSE_KEYS = frozenset(["code", "data", "message", "success"])
_DEVICE_KEYS = frozenset(
    [
        "bip_flag",
        "device_id",
        "lifecycle",
        "lifecycle_end_time",
        "lifecycle_shutdown_period",
        "lifecycle_slient_period",
        "lifecycle_start_time",
        "main_iccid",
        "msisdn",
        "multiImsi_flag",
        "ota_flag",
        "package_order",
        "partnerCode",
        "partnerName",
        "task_no",
    ]
)
_DEVICE_LIST_KEYS = frozenset(["device", "device_num", "page"])
_DEVICE_ORDER_RESULT_KEYS = frozenset(
    ["device_id", "error", "errorMsg", "order_expire_date", "order_id", "order_start_date"]
)
_EPI_CONFIG_KEYS = frozenset(
    ["epiCode", "epiConfigCode", "epiConfigType", "realFenStandardCharge", "standardCharge"]
)
_GET_BATCH_OPERATION_STATUS_RESPONSE_KEYS = frozenset(["code", "data", "message", "traceId"])
_GET_BIND_HISTORY_RESPONSE_KEYS = frozenset(["code", "data", "message", "success"])
_GET_CARD_DAY_USAGE_RESPONSE_KEYS = frozenset(["code", "data", "message", "traceId"])
_GET_CARD_DETAIL_RESPONSE_KEYS = frozenset(["code", "data", "message", "traceId"])
_GET_CARD_MONTH_USAGE_RESPONSE_KEYS = frozenset(["code", "data", "message", "traceId"])
_GET_POOL_DAY_USAGE_RESPONSE_KEYS = frozenset(["code", "data", "message", "traceId"])
_GET_POOL_DETAIL_RESPONSE_KEYS = frozenset(["code", "data", "message", "traceId"])
_GET_POOL_MONTH_USAGE_RESPONSE_KEYS = frozenset(["code", "data", "message", "traceId"])
_GET_TRAFFIC_POOL_INFO_RESPONSE_KEYS = frozenset(["code", "data", "message", "success"])
_GPRS_SESSION_KEYS = frozenset(
    ["activation", "giDestAddress", "ip", "lastRx", "lastTx", "pdpActive", "rx", "tx"]
)
_LATEST_CDR_KEYS = frozenset(
    [
        "customerNo",
        "gprs",
        "imei",
        "imsi",
        "lastActivity",
        "lastLu",
        "lastSmsError",
        "lastSmsErrorTime",
        "msisdn",
        "returnCode",
        "sessionStart",
        "smsMo",
        "smsMt",
    ]
)
_MT_SMS_PAGE_KEYS = frozenset(["data", "status", "total_count"])
_MT_SMS_RECORD_KEYS = frozenset(
    ["assetId", "msisdn", "sendEndTime", "sendStartTime", "sendStatus", "statusReport"]
)
_OPEN_PACKAGE_DATA_KEYS = frozenset(["order_expire_date", "order_id", "order_start_date", "sign"])
_OPEN_PACKAGE_RESPONSE_KEYS = frozenset(["code", "data", "message", "success"])
_ORDER_PACKAGE_DATA_KEYS = frozenset(["order_expire_date", "order_id", "order_start_date", "sign"])
_ORDER_PACKAGE_RESPONSE_KEYS = frozenset(["code", "data", "message", "success"])
_ORDER_STATUS_PUSH_KEYS = frozenset(["assetid", "imsi", "operation", "orderid", "time"])
_PACKAGE_KEYS = frozenset(
    [
        "buy_type",
        "cover_country_mcc",
        "cover_countrys",
        "flow",
        "max_order_period",
        "min_order_period",
        "package_code",
        "package_desc",
        "package_imsi_type",
        "package_name",
        "package_type",
        "package_usage_attribute",
        "price_type",
        "serviceCycleCount",
        "status",
        "whole_price",
    ]
)
_PACKAGE_ORDER_KEYS = frozenset(
    [
        "activeDate",
        "buyType",
        "deviceId",
        "device_id",
        "expireDate",
        "flow",
        "flowUseRate",
        "hasTestFlow",
        "imsi",
        "isFlowPlus",
        "main_iccid",
        "msisdn",
        "orderCode",
        "orderDate",
        "orderPeriod",
        "orderStatus",
        "orderUsedFlow",
        "packageCode",
        "packageName",
        "packageType",
        "profileList",
        "refuelingPackageList",
        "supplierCode",
        "usedFlow",
    ]
)
_PAGE_KEYS = frozenset(["cur_page_no", "page_size", "total_count", "total_pages"])
_POOL_DAY_USAGE_KEYS = frozenset(["day", "poolCode", "useFlowKb"])
_POOL_DETAIL_KEYS = frozenset(
    [
        "billingCycle",
        "bindCardStatusCount",
        "enUpoolName",
        "endTime",
        "packageInfo",
        "poolType",
        "rawAddTime",
        "startTime",
        "totalCard",
        "totalFlow",
        "unit",
        "upoolCode",
        "upoolName",
        "upoolStatus",
        "useFlow",
    ]
)
_POOL_MONTH_USAGE_KEYS = frozenset(["month", "poolCode", "useFlowKb"])
_POOL_PACKAGE_INFO_KEYS = frozenset(["channelName", "clientFlowPackageName", "epiConfigs", "flowPackageType"])
_PROFILE_KEYS = frozenset(["iccid", "imsi", "msisdn"])
_QUERY_DEVICES_RESPONSE_KEYS = frozenset(["code", "data", "message", "success"])
_QUERY_DEVICE_RESPONSE_KEYS = frozenset(["code", "data", "message", "success"])
_QUERY_LATEST_CDR_RESPONSE_KEYS = frozenset(["code", "data", "message", "success"])
_QUERY_MT_SMS_STATUS_RESPONSE_KEYS = frozenset(["code", "data", "message", "success"])
_QUERY_ORDERS_DATA_KEYS = frozenset(["package_order", "package_order_num", "page", "sign"])
_QUERY_ORDERS_RESPONSE_KEYS = frozenset(["code", "data", "message", "success"])
_QUERY_SIM_CDR_RESPONSE_KEYS = frozenset(["code", "data", "message", "success"])
_QUERY_SMS_CDR_RESPONSE_KEYS = frozenset(["code", "data", "message", "success"])
_REFUELING_PACKAGE_KEYS = frozenset(
    ["ref_orderId", "refpackage_flow", "refpackage_order_date", "refpackage_status"]
)
_RESULT_STATUS_KEYS = frozenset(["code", "detail", "message"])
_SMS_CDR_PAGE_KEYS = frozenset(["count", "data", "totalData", "totalPage"])
_SMS_CDR_RECORD_KEYS = frozenset(
    ["deviceId", "fromIccid", "recMsisdn", "sendMsisdn", "sendStatus", "smsType", "timestamp", "toIccid"]
)
_SMS_MO_COUNTERS_KEYS = frozenset(["count", "lastDest", "lastSms", "smsErrorCount"])
_SMS_MO_PUSH_KEYS = frozenset(["dest_address", "iccid", "phone", "sms_content", "supplier_code", "timestamp"])
_SMS_MT_COUNTERS_KEYS = frozenset(["count", "lastSms", "smsErrorCount"])
_SMS_MT_PUSH_KEYS = frozenset(
    ["iccid", "msg_id", "phone", "status_report", "status_report_msg", "supplier_code", "timestamp"]
)
_SWITCH_CARD_NETWORK_RESPONSE_KEYS = frozenset(["code", "data", "message", "traceId"])
_SYNC_PACKAGES_DATA_KEYS = frozenset(["package", "package_num", "page", "sign"])
_SYNC_PACKAGES_RESPONSE_KEYS = frozenset(["code", "data", "message", "success"])
_TRAFFIC_POOL_KEYS = frozenset(
    [
        "totalQuotaByte",
        "trafficPoolEndTime",
        "trafficPoolId",
        "trafficPoolName",
        "trafficPoolStartTime",
        "usedByte",
    ]
)
_TRAFFIC_POOL_PAGE_KEYS = frozenset(["rows", "total"])


def parse_device_order_result(_src: dict[str, Any], _at: Path, _notes: Notes) -> DeviceOrderResult:
    _get = _src.get
    error = _get("error", UNSET)
    if type(error) is not str:
        _notes.append(Misfit((*_at, "error"), error, "str"))
    device_id = _get("device_id", UNSET)
    if type(device_id) is not str:
        _notes.append(Misfit((*_at, "device_id"), device_id, "str"))
    error_msg = _get("errorMsg", UNSET)
    if type(error_msg) is not str and error_msg is not None and error_msg is not UNSET:
        _notes.append(Misfit((*_at, "errorMsg"), error_msg, "None | str | missing"))
    order_id = _get("order_id", UNSET)
    if type(order_id) is not str and order_id is not None and order_id is not UNSET:
        _notes.append(Misfit((*_at, "order_id"), order_id, "None | str | missing"))
    order_start_date = _get("order_start_date", UNSET)
    if type(order_start_date) is not str and order_start_date is not None and order_start_date is not UNSET:
        _notes.append(Misfit((*_at, "order_start_date"), order_start_date, "None | str | missing"))
    order_expire_date = _get("order_expire_date", UNSET)
    if (
        type(order_expire_date) is not str
        and order_expire_date is not None
        and order_expire_date is not UNSET
    ):
        _notes.append(Misfit((*_at, "order_expire_date"), order_expire_date, "None | str | missing"))
    _parsed = DeviceOrderResult(error, device_id, error_msg, order_id, order_start_date, order_expire_date)
    if not _DEVICE_ORDER_RESULT_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _DEVICE_ORDER_RESULT_KEYS}
    return _parsed


def parse_batch_order_packages_data(_src: dict[str, Any], _at: Path, _notes: Notes) -> BatchOrderPackagesData:
    _get = _src.get
    device_order = _get("device_order", UNSET)
    if type(device_order) is list:
        _mark = len(_notes)
        _parsed_items = [
            parse_device_order_result(_item, _at, _notes)
            if type(_item) is dict
            else _misfit(_notes, _at, _item, "DeviceOrderResult")
            for _item in device_order
        ]
        if len(_notes) != _mark:
            del _notes[_mark:]
            _parsed_items = [
                parse_device_order_result(_item, (*_at, "device_order", _index), _notes)
                if type(_item) is dict
                else _misfit(_notes, (*_at, "device_order", _index), _item, "DeviceOrderResult")
                for _index, _item in enumerate(device_order)
            ]
        device_order = _parsed_items
    else:
        _notes.append(Misfit((*_at, "device_order"), device_order, "list[DeviceOrderResult]"))
    _parsed = BatchOrderPackagesData(device_order)
    if not _BATCH_ORDER_PACKAGES_DATA_KEYS.issuperset(_src):
        _parsed.additional_properties = {
            k: v for k, v in _src.items() if k not in _BATCH_ORDER_PACKAGES_DATA_KEYS
        }
    return _parsed


def parse_batch_order_packages_response(
    _src: dict[str, Any], _at: Path, _notes: Notes
) -> BatchOrderPackagesResponse:
    _get = _src.get
    code = _get("code", UNSET)
    if type(code) is not str:
        _notes.append(Misfit((*_at, "code"), code, "str"))
    message = _get("message", UNSET)
    if type(message) is not str:
        _notes.append(Misfit((*_at, "message"), message, "str"))
    success = _get("success", UNSET)
    if type(success) is not bool:
        _notes.append(Misfit((*_at, "success"), success, "bool"))
    data = _get("data", UNSET)
    if type(data) is dict:
        data = parse_batch_order_packages_data(data, (*_at, "data"), _notes)
    elif data is None:
        pass
    else:
        _notes.append(Misfit((*_at, "data"), data, "BatchOrderPackagesData | None"))
    _parsed = BatchOrderPackagesResponse(code, message, success, data)
    if not _BATCH_ORDER_PACKAGES_RESPONSE_KEYS.issuperset(_src):
        _parsed.additional_properties = {
            k: v for k, v in _src.items() if k not in _BATCH_ORDER_PACKAGES_RESPONSE_KEYS
        }
    return _parsed


def parse_bind_device_imei_response(_src: dict[str, Any], _at: Path, _notes: Notes) -> BindDeviceImeiResponse:
    _get = _src.get
    code = _get("code", UNSET)
    if type(code) is not str:
        _notes.append(Misfit((*_at, "code"), code, "str"))
    message = _get("message", UNSET)
    if type(message) is not str:
        _notes.append(Misfit((*_at, "message"), message, "str"))
    success = _get("success", UNSET)
    if type(success) is not bool:
        _notes.append(Misfit((*_at, "success"), success, "bool"))
    data = _get("data", UNSET)
    if type(data) is not str and data is not None:
        _notes.append(Misfit((*_at, "data"), data, "None | str"))
    _parsed = BindDeviceImeiResponse(code, message, success, data)
    if not _BIND_DEVICE_IMEI_RESPONSE_KEYS.issuperset(_src):
        _parsed.additional_properties = {
            k: v for k, v in _src.items() if k not in _BIND_DEVICE_IMEI_RESPONSE_KEYS
        }
    return _parsed


def parse_cmp_empty_response(_src: dict[str, Any], _at: Path, _notes: Notes) -> CmpEmptyResponse:
    _get = _src.get
    code = _get("code", UNSET)
    if type(code) is not str:
        _notes.append(Misfit((*_at, "code"), code, "str"))
    message = _get("message", UNSET)
    if type(message) is not str:
        _notes.append(Misfit((*_at, "message"), message, "str"))
    success = _get("success", UNSET)
    if type(success) is not bool:
        _notes.append(Misfit((*_at, "success"), success, "bool"))
    data = _get("data", UNSET)
    if data is not None:
        _notes.append(Misfit((*_at, "data"), data, "None"))
    _parsed = CmpEmptyResponse(code, message, success, data)
    if not _CMP_EMPTY_RESPONSE_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _CMP_EMPTY_RESPONSE_KEYS}
    return _parsed


def parse_card_operation_state(_src: dict[str, Any], _at: Path, _notes: Notes) -> CardOperationState:
    _get = _src.get
    operation_card_status = _get("operationCardStatus", UNSET)
    if type(operation_card_status) is int:
        if operation_card_status in _OPERATION_CARD_STATUS:
            operation_card_status = _OPERATION_CARD_STATUS[operation_card_status]
        else:
            _notes.append(((*_at, "operationCardStatus"), operation_card_status))
    elif operation_card_status is UNSET:
        pass
    else:
        _notes.append(
            Misfit(
                (*_at, "operationCardStatus"), operation_card_status, "int | OperationCardStatus | missing"
            )
        )
    iccid = _get("iccid", UNSET)
    if type(iccid) is not str and iccid is not UNSET:
        _notes.append(Misfit((*_at, "iccid"), iccid, "str | missing"))
    msisdn = _get("msisdn", UNSET)
    if type(msisdn) is not str and msisdn is not None and msisdn is not UNSET:
        _notes.append(Misfit((*_at, "msisdn"), msisdn, "None | str | missing"))
    _parsed = CardOperationState(operation_card_status, iccid, msisdn)
    if not _CARD_OPERATION_STATE_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _CARD_OPERATION_STATE_KEYS}
    return _parsed


def parse_get_batch_operation_status_response(
    _src: dict[str, Any], _at: Path, _notes: Notes
) -> GetBatchOperationStatusResponse:
    _get = _src.get
    code = _get("code", UNSET)
    if type(code) is not int:
        _notes.append(Misfit((*_at, "code"), code, "int"))
    message = _get("message", UNSET)
    if type(message) is not str and message is not None and message is not UNSET:
        _notes.append(Misfit((*_at, "message"), message, "None | str | missing"))
    trace_id = _get("traceId", UNSET)
    if type(trace_id) is not str and trace_id is not None and trace_id is not UNSET:
        _notes.append(Misfit((*_at, "traceId"), trace_id, "None | str | missing"))
    data = _get("data", UNSET)
    if type(data) is list:
        _mark = len(_notes)
        _parsed_items = [
            parse_card_operation_state(_item, _at, _notes)
            if type(_item) is dict
            else _misfit(_notes, _at, _item, "CardOperationState")
            for _item in data
        ]
        if len(_notes) != _mark:
            del _notes[_mark:]
            _parsed_items = [
                parse_card_operation_state(_item, (*_at, "data", _index), _notes)
                if type(_item) is dict
                else _misfit(_notes, (*_at, "data", _index), _item, "CardOperationState")
                for _index, _item in enumerate(data)
            ]
        data = _parsed_items
    elif data is None:
        pass
    elif data is UNSET:
        pass
    else:
        _notes.append(Misfit((*_at, "data"), data, "list[CardOperationState] | None | missing"))
    _parsed = GetBatchOperationStatusResponse(code, message, trace_id, data)
    if not _GET_BATCH_OPERATION_STATUS_RESPONSE_KEYS.issuperset(_src):
        _parsed.additional_properties = {
            k: v for k, v in _src.items() if k not in _GET_BATCH_OPERATION_STATUS_RESPONSE_KEYS
        }
    return _parsed


def parse_bind_track_record(_src: dict[str, Any], _at: Path, _notes: Notes) -> BindTrackRecord:
    _get = _src.get
    iccid = _get("iccid", UNSET)
    if type(iccid) is not str:
        _notes.append(Misfit((*_at, "iccid"), iccid, "str"))
    imei = _get("imei", UNSET)
    if type(imei) is not str:
        _notes.append(Misfit((*_at, "imei"), imei, "str"))
    create_time = _get("createTime", UNSET)
    if type(create_time) is not str:
        _notes.append(Misfit((*_at, "createTime"), create_time, "str"))
    track = _get("track", UNSET)
    if type(track) is not str and track is not None and track is not UNSET:
        _notes.append(Misfit((*_at, "track"), track, "None | str | missing"))
    oper_user = _get("operUser", UNSET)
    if type(oper_user) is not str and oper_user is not None and oper_user is not UNSET:
        _notes.append(Misfit((*_at, "operUser"), oper_user, "None | str | missing"))
    _parsed = BindTrackRecord(iccid, imei, create_time, track, oper_user)
    if not _BIND_TRACK_RECORD_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _BIND_TRACK_RECORD_KEYS}
    return _parsed


def parse_get_bind_history_response(_src: dict[str, Any], _at: Path, _notes: Notes) -> GetBindHistoryResponse:
    _get = _src.get
    code = _get("code", UNSET)
    if type(code) is not str:
        _notes.append(Misfit((*_at, "code"), code, "str"))
    message = _get("message", UNSET)
    if type(message) is not str:
        _notes.append(Misfit((*_at, "message"), message, "str"))
    success = _get("success", UNSET)
    if type(success) is not bool:
        _notes.append(Misfit((*_at, "success"), success, "bool"))
    data = _get("data", UNSET)
    if type(data) is list:
        _mark = len(_notes)
        _parsed_items = [
            parse_bind_track_record(_item, _at, _notes)
            if type(_item) is dict
            else _misfit(_notes, _at, _item, "BindTrackRecord")
            for _item in data
        ]
        if len(_notes) != _mark:
            del _notes[_mark:]
            _parsed_items = [
                parse_bind_track_record(_item, (*_at, "data", _index), _notes)
                if type(_item) is dict
                else _misfit(_notes, (*_at, "data", _index), _item, "BindTrackRecord")
                for _index, _item in enumerate(data)
            ]
        data = _parsed_items
    elif data is None:
        pass
    else:
        _notes.append(Misfit((*_at, "data"), data, "list[BindTrackRecord] | None"))
    _parsed = GetBindHistoryResponse(code, message, success, data)
    if not _GET_BIND_HISTORY_RESPONSE_KEYS.issuperset(_src):
        _parsed.additional_properties = {
            k: v for k, v in _src.items() if k not in _GET_BIND_HISTORY_RESPONSE_KEYS
        }
    return _parsed


def parse_card_day_usage(_src: dict[str, Any], _at: Path, _notes: Notes) -> CardDayUsage:
    _get = _src.get
    day = _get("day", UNSET)
    if type(day) is not str and day is not UNSET:
        _notes.append(Misfit((*_at, "day"), day, "str | missing"))
    iccid = _get("iccid", UNSET)
    if type(iccid) is not str and iccid is not UNSET:
        _notes.append(Misfit((*_at, "iccid"), iccid, "str | missing"))
    use_flow_kb = _get("useFlowKb", UNSET)
    if type(use_flow_kb) is not int and type(use_flow_kb) is not float and use_flow_kb is not UNSET:
        _notes.append(Misfit((*_at, "useFlowKb"), use_flow_kb, "float | missing"))
    _parsed = CardDayUsage(day, iccid, use_flow_kb)
    if not _CARD_DAY_USAGE_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _CARD_DAY_USAGE_KEYS}
    return _parsed


def parse_get_card_day_usage_response(
    _src: dict[str, Any], _at: Path, _notes: Notes
) -> GetCardDayUsageResponse:
    _get = _src.get
    code = _get("code", UNSET)
    if type(code) is not int:
        _notes.append(Misfit((*_at, "code"), code, "int"))
    message = _get("message", UNSET)
    if type(message) is not str and message is not None and message is not UNSET:
        _notes.append(Misfit((*_at, "message"), message, "None | str | missing"))
    trace_id = _get("traceId", UNSET)
    if type(trace_id) is not str and trace_id is not None and trace_id is not UNSET:
        _notes.append(Misfit((*_at, "traceId"), trace_id, "None | str | missing"))
    data = _get("data", UNSET)
    if type(data) is dict:
        data = parse_card_day_usage(data, (*_at, "data"), _notes)
    elif data is None:
        pass
    elif data is UNSET:
        pass
    else:
        _notes.append(Misfit((*_at, "data"), data, "CardDayUsage | None | missing"))
    _parsed = GetCardDayUsageResponse(code, message, trace_id, data)
    if not _GET_CARD_DAY_USAGE_RESPONSE_KEYS.issuperset(_src):
        _parsed.additional_properties = {
            k: v for k, v in _src.items() if k not in _GET_CARD_DAY_USAGE_RESPONSE_KEYS
        }
    return _parsed


def parse_card_detail(_src: dict[str, Any], _at: Path, _notes: Notes) -> CardDetail:
    _get = _src.get
    iccid = _get("iccid", UNSET)
    if type(iccid) is not str and iccid is not UNSET:
        _notes.append(Misfit((*_at, "iccid"), iccid, "str | missing"))
    imei = _get("imei", UNSET)
    if type(imei) is not str and imei is not None and imei is not UNSET:
        _notes.append(Misfit((*_at, "imei"), imei, "None | str | missing"))
    imsi = _get("imsi", UNSET)
    if type(imsi) is not str and imsi is not None and imsi is not UNSET:
        _notes.append(Misfit((*_at, "imsi"), imsi, "None | str | missing"))
    msisdn = _get("msisdn", UNSET)
    if type(msisdn) is not str and msisdn is not None and msisdn is not UNSET:
        _notes.append(Misfit((*_at, "msisdn"), msisdn, "None | str | missing"))
    total_flow = _get("totalFlow", UNSET)
    if type(total_flow) is not int and total_flow is not None and total_flow is not UNSET:
        _notes.append(Misfit((*_at, "totalFlow"), total_flow, "int | None | missing"))
    use_month_flow = _get("useMonthFlow", UNSET)
    if (
        type(use_month_flow) is not int
        and type(use_month_flow) is not float
        and use_month_flow is not None
        and use_month_flow is not UNSET
    ):
        _notes.append(Misfit((*_at, "useMonthFlow"), use_month_flow, "float | None | missing"))
    use_flow = _get("useFlow", UNSET)
    if (
        type(use_flow) is not int
        and type(use_flow) is not float
        and use_flow is not None
        and use_flow is not UNSET
    ):
        _notes.append(Misfit((*_at, "useFlow"), use_flow, "float | None | missing"))
    billing_method = _get("billingMethod", UNSET)
    if type(billing_method) is int:
        if billing_method in _BILLING_METHOD:
            billing_method = _BILLING_METHOD[billing_method]
        else:
            _notes.append(((*_at, "billingMethod"), billing_method))
    elif billing_method is None:
        pass
    elif billing_method is UNSET:
        pass
    else:
        _notes.append(Misfit((*_at, "billingMethod"), billing_method, "BillingMethod | int | None | missing"))
    apn = _get("apn", UNSET)
    if type(apn) is not str and apn is not None and apn is not UNSET:
        _notes.append(Misfit((*_at, "apn"), apn, "None | str | missing"))
    card_status = _get("cardStatus", UNSET)
    if type(card_status) is int:
        if card_status in _CARD_STATUS:
            card_status = _CARD_STATUS[card_status]
        else:
            _notes.append(((*_at, "cardStatus"), card_status))
    elif card_status is None:
        pass
    elif card_status is UNSET:
        pass
    else:
        _notes.append(Misfit((*_at, "cardStatus"), card_status, "CardStatus | int | None | missing"))
    _parsed = CardDetail(
        iccid, imei, imsi, msisdn, total_flow, use_month_flow, use_flow, billing_method, apn, card_status
    )
    if not _CARD_DETAIL_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _CARD_DETAIL_KEYS}
    return _parsed


def parse_get_card_detail_response(_src: dict[str, Any], _at: Path, _notes: Notes) -> GetCardDetailResponse:
    _get = _src.get
    code = _get("code", UNSET)
    if type(code) is not int:
        _notes.append(Misfit((*_at, "code"), code, "int"))
    message = _get("message", UNSET)
    if type(message) is not str and message is not None and message is not UNSET:
        _notes.append(Misfit((*_at, "message"), message, "None | str | missing"))
    trace_id = _get("traceId", UNSET)
    if type(trace_id) is not str and trace_id is not None and trace_id is not UNSET:
        _notes.append(Misfit((*_at, "traceId"), trace_id, "None | str | missing"))
    data = _get("data", UNSET)
    if type(data) is dict:
        data = parse_card_detail(data, (*_at, "data"), _notes)
    elif data is None:
        pass
    elif data is UNSET:
        pass
    else:
        _notes.append(Misfit((*_at, "data"), data, "CardDetail | None | missing"))
    _parsed = GetCardDetailResponse(code, message, trace_id, data)
    if not _GET_CARD_DETAIL_RESPONSE_KEYS.issuperset(_src):
        _parsed.additional_properties = {
            k: v for k, v in _src.items() if k not in _GET_CARD_DETAIL_RESPONSE_KEYS
        }
    return _parsed


def parse_card_month_usage(_src: dict[str, Any], _at: Path, _notes: Notes) -> CardMonthUsage:
    _get = _src.get
    month = _get("month", UNSET)
    if type(month) is not str and month is not UNSET:
        _notes.append(Misfit((*_at, "month"), month, "str | missing"))
    iccid = _get("iccid", UNSET)
    if type(iccid) is not str and iccid is not UNSET:
        _notes.append(Misfit((*_at, "iccid"), iccid, "str | missing"))
    use_flow_kb = _get("useFlowKb", UNSET)
    if type(use_flow_kb) is not int and type(use_flow_kb) is not float and use_flow_kb is not UNSET:
        _notes.append(Misfit((*_at, "useFlowKb"), use_flow_kb, "float | missing"))
    _parsed = CardMonthUsage(month, iccid, use_flow_kb)
    if not _CARD_MONTH_USAGE_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _CARD_MONTH_USAGE_KEYS}
    return _parsed


def parse_get_card_month_usage_response(
    _src: dict[str, Any], _at: Path, _notes: Notes
) -> GetCardMonthUsageResponse:
    _get = _src.get
    code = _get("code", UNSET)
    if type(code) is not int:
        _notes.append(Misfit((*_at, "code"), code, "int"))
    message = _get("message", UNSET)
    if type(message) is not str and message is not None and message is not UNSET:
        _notes.append(Misfit((*_at, "message"), message, "None | str | missing"))
    trace_id = _get("traceId", UNSET)
    if type(trace_id) is not str and trace_id is not None and trace_id is not UNSET:
        _notes.append(Misfit((*_at, "traceId"), trace_id, "None | str | missing"))
    data = _get("data", UNSET)
    if type(data) is dict:
        data = parse_card_month_usage(data, (*_at, "data"), _notes)
    elif data is None:
        pass
    elif data is UNSET:
        pass
    else:
        _notes.append(Misfit((*_at, "data"), data, "CardMonthUsage | None | missing"))
    _parsed = GetCardMonthUsageResponse(code, message, trace_id, data)
    if not _GET_CARD_MONTH_USAGE_RESPONSE_KEYS.issuperset(_src):
        _parsed.additional_properties = {
            k: v for k, v in _src.items() if k not in _GET_CARD_MONTH_USAGE_RESPONSE_KEYS
        }
    return _parsed


def parse_pool_day_usage(_src: dict[str, Any], _at: Path, _notes: Notes) -> PoolDayUsage:
    _get = _src.get
    day = _get("day", UNSET)
    if type(day) is not str and day is not UNSET:
        _notes.append(Misfit((*_at, "day"), day, "str | missing"))
    pool_code = _get("poolCode", UNSET)
    if type(pool_code) is not str and pool_code is not UNSET:
        _notes.append(Misfit((*_at, "poolCode"), pool_code, "str | missing"))
    use_flow_kb = _get("useFlowKb", UNSET)
    if type(use_flow_kb) is not int and type(use_flow_kb) is not float and use_flow_kb is not UNSET:
        _notes.append(Misfit((*_at, "useFlowKb"), use_flow_kb, "float | missing"))
    _parsed = PoolDayUsage(day, pool_code, use_flow_kb)
    if not _POOL_DAY_USAGE_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _POOL_DAY_USAGE_KEYS}
    return _parsed


def parse_get_pool_day_usage_response(
    _src: dict[str, Any], _at: Path, _notes: Notes
) -> GetPoolDayUsageResponse:
    _get = _src.get
    code = _get("code", UNSET)
    if type(code) is not int:
        _notes.append(Misfit((*_at, "code"), code, "int"))
    message = _get("message", UNSET)
    if type(message) is not str and message is not None and message is not UNSET:
        _notes.append(Misfit((*_at, "message"), message, "None | str | missing"))
    trace_id = _get("traceId", UNSET)
    if type(trace_id) is not str and trace_id is not None and trace_id is not UNSET:
        _notes.append(Misfit((*_at, "traceId"), trace_id, "None | str | missing"))
    data = _get("data", UNSET)
    if type(data) is dict:
        data = parse_pool_day_usage(data, (*_at, "data"), _notes)
    elif data is None:
        pass
    elif data is UNSET:
        pass
    else:
        _notes.append(Misfit((*_at, "data"), data, "None | PoolDayUsage | missing"))
    _parsed = GetPoolDayUsageResponse(code, message, trace_id, data)
    if not _GET_POOL_DAY_USAGE_RESPONSE_KEYS.issuperset(_src):
        _parsed.additional_properties = {
            k: v for k, v in _src.items() if k not in _GET_POOL_DAY_USAGE_RESPONSE_KEYS
        }
    return _parsed


def parse_card_status_count(_src: dict[str, Any], _at: Path, _notes: Notes) -> CardStatusCount:
    _get = _src.get
    card_status = _get("cardStatus", UNSET)
    if type(card_status) is int:
        if card_status in _CARD_STATUS:
            card_status = _CARD_STATUS[card_status]
        else:
            _notes.append(((*_at, "cardStatus"), card_status))
    elif card_status is UNSET:
        pass
    else:
        _notes.append(Misfit((*_at, "cardStatus"), card_status, "CardStatus | int | missing"))
    total = _get("total", UNSET)
    if type(total) is not int and total is not UNSET:
        _notes.append(Misfit((*_at, "total"), total, "int | missing"))
    _parsed = CardStatusCount(card_status, total)
    if not _CARD_STATUS_COUNT_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _CARD_STATUS_COUNT_KEYS}
    return _parsed


def parse_epi_config(_src: dict[str, Any], _at: Path, _notes: Notes) -> EpiConfig:
    _get = _src.get
    epi_config_code = _get("epiConfigCode", UNSET)
    if type(epi_config_code) is not str and epi_config_code is not None and epi_config_code is not UNSET:
        _notes.append(Misfit((*_at, "epiConfigCode"), epi_config_code, "None | str | missing"))
    epi_code = _get("epiCode", UNSET)
    if type(epi_code) is not str and epi_code is not None and epi_code is not UNSET:
        _notes.append(Misfit((*_at, "epiCode"), epi_code, "None | str | missing"))
    standard_charge = _get("standardCharge", UNSET)
    if (
        type(standard_charge) is not int
        and type(standard_charge) is not float
        and standard_charge is not None
        and standard_charge is not UNSET
    ):
        _notes.append(Misfit((*_at, "standardCharge"), standard_charge, "float | None | missing"))
    real_fen_standard_charge = _get("realFenStandardCharge", UNSET)
    if (
        type(real_fen_standard_charge) is not int
        and type(real_fen_standard_charge) is not float
        and real_fen_standard_charge is not None
        and real_fen_standard_charge is not UNSET
    ):
        _notes.append(
            Misfit((*_at, "realFenStandardCharge"), real_fen_standard_charge, "float | None | missing")
        )
    epi_config_type = _get("epiConfigType", UNSET)
    if type(epi_config_type) is int:
        if epi_config_type in _EPI_CONFIG_TYPE:
            epi_config_type = _EPI_CONFIG_TYPE[epi_config_type]
        else:
            _notes.append(((*_at, "epiConfigType"), epi_config_type))
    elif epi_config_type is None:
        pass
    elif epi_config_type is UNSET:
        pass
    else:
        _notes.append(
            Misfit((*_at, "epiConfigType"), epi_config_type, "EpiConfigType | int | None | missing")
        )
    _parsed = EpiConfig(epi_config_code, epi_code, standard_charge, real_fen_standard_charge, epi_config_type)
    if not _EPI_CONFIG_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _EPI_CONFIG_KEYS}
    return _parsed


def parse_pool_package_info(_src: dict[str, Any], _at: Path, _notes: Notes) -> PoolPackageInfo:
    _get = _src.get
    flow_package_type = _get("flowPackageType", UNSET)
    if type(flow_package_type) is int:
        if flow_package_type in _FLOW_PACKAGE_TYPE:
            flow_package_type = _FLOW_PACKAGE_TYPE[flow_package_type]
        else:
            _notes.append(((*_at, "flowPackageType"), flow_package_type))
    elif flow_package_type is None:
        pass
    elif flow_package_type is UNSET:
        pass
    else:
        _notes.append(
            Misfit((*_at, "flowPackageType"), flow_package_type, "FlowPackageType | int | None | missing")
        )
    client_flow_package_name = _get("clientFlowPackageName", UNSET)
    if (
        type(client_flow_package_name) is not str
        and client_flow_package_name is not None
        and client_flow_package_name is not UNSET
    ):
        _notes.append(
            Misfit((*_at, "clientFlowPackageName"), client_flow_package_name, "None | str | missing")
        )
    channel_name = _get("channelName", UNSET)
    if type(channel_name) is not str and channel_name is not None and channel_name is not UNSET:
        _notes.append(Misfit((*_at, "channelName"), channel_name, "None | str | missing"))
    epi_configs = _get("epiConfigs", UNSET)
    if type(epi_configs) is list:
        _mark = len(_notes)
        _parsed_items = [
            parse_epi_config(_item, _at, _notes)
            if type(_item) is dict
            else _misfit(_notes, _at, _item, "EpiConfig")
            for _item in epi_configs
        ]
        if len(_notes) != _mark:
            del _notes[_mark:]
            _parsed_items = [
                parse_epi_config(_item, (*_at, "epiConfigs", _index), _notes)
                if type(_item) is dict
                else _misfit(_notes, (*_at, "epiConfigs", _index), _item, "EpiConfig")
                for _index, _item in enumerate(epi_configs)
            ]
        epi_configs = _parsed_items
    elif epi_configs is None:
        pass
    elif epi_configs is UNSET:
        pass
    else:
        _notes.append(Misfit((*_at, "epiConfigs"), epi_configs, "list[EpiConfig] | None | missing"))
    _parsed = PoolPackageInfo(flow_package_type, client_flow_package_name, channel_name, epi_configs)
    if not _POOL_PACKAGE_INFO_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _POOL_PACKAGE_INFO_KEYS}
    return _parsed


def parse_pool_detail(_src: dict[str, Any], _at: Path, _notes: Notes) -> PoolDetail:
    _get = _src.get
    upool_code = _get("upoolCode", UNSET)
    if type(upool_code) is not str and upool_code is not UNSET:
        _notes.append(Misfit((*_at, "upoolCode"), upool_code, "str | missing"))
    upool_name = _get("upoolName", UNSET)
    if type(upool_name) is not str and upool_name is not None and upool_name is not UNSET:
        _notes.append(Misfit((*_at, "upoolName"), upool_name, "None | str | missing"))
    en_upool_name = _get("enUpoolName", UNSET)
    if type(en_upool_name) is not str and en_upool_name is not None and en_upool_name is not UNSET:
        _notes.append(Misfit((*_at, "enUpoolName"), en_upool_name, "None | str | missing"))
    pool_type = _get("poolType", UNSET)
    if type(pool_type) is int:
        if pool_type in _POOL_TYPE:
            pool_type = _POOL_TYPE[pool_type]
        else:
            _notes.append(((*_at, "poolType"), pool_type))
    elif pool_type is None:
        pass
    elif pool_type is UNSET:
        pass
    else:
        _notes.append(Misfit((*_at, "poolType"), pool_type, "int | None | PoolType | missing"))
    use_flow = _get("useFlow", UNSET)
    if type(use_flow) is not int and use_flow is not None and use_flow is not UNSET:
        _notes.append(Misfit((*_at, "useFlow"), use_flow, "int | None | missing"))
    total_flow = _get("totalFlow", UNSET)
    if (
        type(total_flow) is not int
        and type(total_flow) is not float
        and total_flow is not None
        and total_flow is not UNSET
    ):
        _notes.append(Misfit((*_at, "totalFlow"), total_flow, "float | None | missing"))
    billing_cycle = _get("billingCycle", UNSET)
    if type(billing_cycle) is int:
        if billing_cycle in _BILLING_CYCLE:
            billing_cycle = _BILLING_CYCLE[billing_cycle]
        else:
            _notes.append(((*_at, "billingCycle"), billing_cycle))
    elif billing_cycle is None:
        pass
    elif billing_cycle is UNSET:
        pass
    else:
        _notes.append(Misfit((*_at, "billingCycle"), billing_cycle, "BillingCycle | int | None | missing"))
    total_card = _get("totalCard", UNSET)
    if type(total_card) is not int and total_card is not None and total_card is not UNSET:
        _notes.append(Misfit((*_at, "totalCard"), total_card, "int | None | missing"))
    raw_add_time = _get("rawAddTime", UNSET)
    if type(raw_add_time) is not str and raw_add_time is not None and raw_add_time is not UNSET:
        _notes.append(Misfit((*_at, "rawAddTime"), raw_add_time, "None | str | missing"))
    bind_card_status_count = _get("bindCardStatusCount", UNSET)
    if type(bind_card_status_count) is list:
        _mark = len(_notes)
        _parsed_items = [
            parse_card_status_count(_item, _at, _notes)
            if type(_item) is dict
            else _misfit(_notes, _at, _item, "CardStatusCount")
            for _item in bind_card_status_count
        ]
        if len(_notes) != _mark:
            del _notes[_mark:]
            _parsed_items = [
                parse_card_status_count(_item, (*_at, "bindCardStatusCount", _index), _notes)
                if type(_item) is dict
                else _misfit(_notes, (*_at, "bindCardStatusCount", _index), _item, "CardStatusCount")
                for _index, _item in enumerate(bind_card_status_count)
            ]
        bind_card_status_count = _parsed_items
    elif bind_card_status_count is None:
        pass
    elif bind_card_status_count is UNSET:
        pass
    else:
        _notes.append(
            Misfit(
                (*_at, "bindCardStatusCount"),
                bind_card_status_count,
                "list[CardStatusCount] | None | missing",
            )
        )
    package_info = _get("packageInfo", UNSET)
    if type(package_info) is dict:
        package_info = parse_pool_package_info(package_info, (*_at, "packageInfo"), _notes)
    elif package_info is None:
        pass
    elif package_info is UNSET:
        pass
    else:
        _notes.append(Misfit((*_at, "packageInfo"), package_info, "None | PoolPackageInfo | missing"))
    unit = _get("unit", UNSET)
    if type(unit) is not str and unit is not None and unit is not UNSET:
        _notes.append(Misfit((*_at, "unit"), unit, "None | str | missing"))
    start_time = _get("startTime", UNSET)
    if type(start_time) is not str and start_time is not None and start_time is not UNSET:
        _notes.append(Misfit((*_at, "startTime"), start_time, "None | str | missing"))
    end_time = _get("endTime", UNSET)
    if type(end_time) is not str and end_time is not None and end_time is not UNSET:
        _notes.append(Misfit((*_at, "endTime"), end_time, "None | str | missing"))
    upool_status = _get("upoolStatus", UNSET)
    if type(upool_status) is int:
        if upool_status in _POOL_STATUS:
            upool_status = _POOL_STATUS[upool_status]
        else:
            _notes.append(((*_at, "upoolStatus"), upool_status))
    elif upool_status is None:
        pass
    elif upool_status is UNSET:
        pass
    else:
        _notes.append(Misfit((*_at, "upoolStatus"), upool_status, "int | None | PoolStatus | missing"))
    _parsed = PoolDetail(
        upool_code,
        upool_name,
        en_upool_name,
        pool_type,
        use_flow,
        total_flow,
        billing_cycle,
        total_card,
        raw_add_time,
        bind_card_status_count,
        package_info,
        unit,
        start_time,
        end_time,
        upool_status,
    )
    if not _POOL_DETAIL_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _POOL_DETAIL_KEYS}
    return _parsed


def parse_get_pool_detail_response(_src: dict[str, Any], _at: Path, _notes: Notes) -> GetPoolDetailResponse:
    _get = _src.get
    code = _get("code", UNSET)
    if type(code) is not int:
        _notes.append(Misfit((*_at, "code"), code, "int"))
    message = _get("message", UNSET)
    if type(message) is not str and message is not None and message is not UNSET:
        _notes.append(Misfit((*_at, "message"), message, "None | str | missing"))
    trace_id = _get("traceId", UNSET)
    if type(trace_id) is not str and trace_id is not None and trace_id is not UNSET:
        _notes.append(Misfit((*_at, "traceId"), trace_id, "None | str | missing"))
    data = _get("data", UNSET)
    if type(data) is dict:
        data = parse_pool_detail(data, (*_at, "data"), _notes)
    elif data is None:
        pass
    elif data is UNSET:
        pass
    else:
        _notes.append(Misfit((*_at, "data"), data, "None | PoolDetail | missing"))
    _parsed = GetPoolDetailResponse(code, message, trace_id, data)
    if not _GET_POOL_DETAIL_RESPONSE_KEYS.issuperset(_src):
        _parsed.additional_properties = {
            k: v for k, v in _src.items() if k not in _GET_POOL_DETAIL_RESPONSE_KEYS
        }
    return _parsed


def parse_pool_month_usage(_src: dict[str, Any], _at: Path, _notes: Notes) -> PoolMonthUsage:
    _get = _src.get
    month = _get("month", UNSET)
    if type(month) is not str and month is not UNSET:
        _notes.append(Misfit((*_at, "month"), month, "str | missing"))
    pool_code = _get("poolCode", UNSET)
    if type(pool_code) is not str and pool_code is not UNSET:
        _notes.append(Misfit((*_at, "poolCode"), pool_code, "str | missing"))
    use_flow_kb = _get("useFlowKb", UNSET)
    if type(use_flow_kb) is not int and type(use_flow_kb) is not float and use_flow_kb is not UNSET:
        _notes.append(Misfit((*_at, "useFlowKb"), use_flow_kb, "float | missing"))
    _parsed = PoolMonthUsage(month, pool_code, use_flow_kb)
    if not _POOL_MONTH_USAGE_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _POOL_MONTH_USAGE_KEYS}
    return _parsed


def parse_get_pool_month_usage_response(
    _src: dict[str, Any], _at: Path, _notes: Notes
) -> GetPoolMonthUsageResponse:
    _get = _src.get
    code = _get("code", UNSET)
    if type(code) is not int:
        _notes.append(Misfit((*_at, "code"), code, "int"))
    message = _get("message", UNSET)
    if type(message) is not str and message is not None and message is not UNSET:
        _notes.append(Misfit((*_at, "message"), message, "None | str | missing"))
    trace_id = _get("traceId", UNSET)
    if type(trace_id) is not str and trace_id is not None and trace_id is not UNSET:
        _notes.append(Misfit((*_at, "traceId"), trace_id, "None | str | missing"))
    data = _get("data", UNSET)
    if type(data) is dict:
        data = parse_pool_month_usage(data, (*_at, "data"), _notes)
    elif data is None:
        pass
    elif data is UNSET:
        pass
    else:
        _notes.append(Misfit((*_at, "data"), data, "None | PoolMonthUsage | missing"))
    _parsed = GetPoolMonthUsageResponse(code, message, trace_id, data)
    if not _GET_POOL_MONTH_USAGE_RESPONSE_KEYS.issuperset(_src):
        _parsed.additional_properties = {
            k: v for k, v in _src.items() if k not in _GET_POOL_MONTH_USAGE_RESPONSE_KEYS
        }
    return _parsed


def parse_traffic_pool(_src: dict[str, Any], _at: Path, _notes: Notes) -> TrafficPool:
    _get = _src.get
    total_quota_byte = _get("totalQuotaByte", UNSET)
    if type(total_quota_byte) is not str:
        _notes.append(Misfit((*_at, "totalQuotaByte"), total_quota_byte, "str"))
    used_byte = _get("usedByte", UNSET)
    if type(used_byte) is not str:
        _notes.append(Misfit((*_at, "usedByte"), used_byte, "str"))
    traffic_pool_start_time = _get("trafficPoolStartTime", UNSET)
    if type(traffic_pool_start_time) is not str:
        _notes.append(Misfit((*_at, "trafficPoolStartTime"), traffic_pool_start_time, "str"))
    traffic_pool_end_time = _get("trafficPoolEndTime", UNSET)
    if type(traffic_pool_end_time) is not str:
        _notes.append(Misfit((*_at, "trafficPoolEndTime"), traffic_pool_end_time, "str"))
    traffic_pool_id = _get("trafficPoolId", UNSET)
    if type(traffic_pool_id) is not str:
        _notes.append(Misfit((*_at, "trafficPoolId"), traffic_pool_id, "str"))
    traffic_pool_name = _get("trafficPoolName", UNSET)
    if type(traffic_pool_name) is not str:
        _notes.append(Misfit((*_at, "trafficPoolName"), traffic_pool_name, "str"))
    _parsed = TrafficPool(
        total_quota_byte,
        used_byte,
        traffic_pool_start_time,
        traffic_pool_end_time,
        traffic_pool_id,
        traffic_pool_name,
    )
    if not _TRAFFIC_POOL_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _TRAFFIC_POOL_KEYS}
    return _parsed


def parse_traffic_pool_page(_src: dict[str, Any], _at: Path, _notes: Notes) -> TrafficPoolPage:
    _get = _src.get
    rows = _get("rows", UNSET)
    if type(rows) is list:
        _mark = len(_notes)
        _parsed_items = [
            parse_traffic_pool(_item, _at, _notes)
            if type(_item) is dict
            else _misfit(_notes, _at, _item, "TrafficPool")
            for _item in rows
        ]
        if len(_notes) != _mark:
            del _notes[_mark:]
            _parsed_items = [
                parse_traffic_pool(_item, (*_at, "rows", _index), _notes)
                if type(_item) is dict
                else _misfit(_notes, (*_at, "rows", _index), _item, "TrafficPool")
                for _index, _item in enumerate(rows)
            ]
        rows = _parsed_items
    else:
        _notes.append(Misfit((*_at, "rows"), rows, "list[TrafficPool]"))
    total = _get("total", UNSET)
    if type(total) is not int:
        _notes.append(Misfit((*_at, "total"), total, "int"))
    _parsed = TrafficPoolPage(rows, total)
    if not _TRAFFIC_POOL_PAGE_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _TRAFFIC_POOL_PAGE_KEYS}
    return _parsed


def parse_get_traffic_pool_info_response(
    _src: dict[str, Any], _at: Path, _notes: Notes
) -> GetTrafficPoolInfoResponse:
    _get = _src.get
    code = _get("code", UNSET)
    if type(code) is not str:
        _notes.append(Misfit((*_at, "code"), code, "str"))
    message = _get("message", UNSET)
    if type(message) is not str:
        _notes.append(Misfit((*_at, "message"), message, "str"))
    success = _get("success", UNSET)
    if type(success) is not bool:
        _notes.append(Misfit((*_at, "success"), success, "bool"))
    data = _get("data", UNSET)
    if type(data) is dict:
        data = parse_traffic_pool_page(data, (*_at, "data"), _notes)
    elif data is None:
        pass
    else:
        _notes.append(Misfit((*_at, "data"), data, "None | TrafficPoolPage"))
    _parsed = GetTrafficPoolInfoResponse(code, message, success, data)
    if not _GET_TRAFFIC_POOL_INFO_RESPONSE_KEYS.issuperset(_src):
        _parsed.additional_properties = {
            k: v for k, v in _src.items() if k not in _GET_TRAFFIC_POOL_INFO_RESPONSE_KEYS
        }
    return _parsed


def parse_open_package_data(_src: dict[str, Any], _at: Path, _notes: Notes) -> OpenPackageData:
    _get = _src.get
    order_id = _get("order_id", UNSET)
    if type(order_id) is not str:
        _notes.append(Misfit((*_at, "order_id"), order_id, "str"))
    sign = _get("sign", UNSET)
    if type(sign) is not str and sign is not None and sign is not UNSET:
        _notes.append(Misfit((*_at, "sign"), sign, "None | str | missing"))
    order_start_date = _get("order_start_date", UNSET)
    if type(order_start_date) is not str and order_start_date is not None and order_start_date is not UNSET:
        _notes.append(Misfit((*_at, "order_start_date"), order_start_date, "None | str | missing"))
    order_expire_date = _get("order_expire_date", UNSET)
    if (
        type(order_expire_date) is not str
        and order_expire_date is not None
        and order_expire_date is not UNSET
    ):
        _notes.append(Misfit((*_at, "order_expire_date"), order_expire_date, "None | str | missing"))
    _parsed = OpenPackageData(order_id, sign, order_start_date, order_expire_date)
    if not _OPEN_PACKAGE_DATA_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _OPEN_PACKAGE_DATA_KEYS}
    return _parsed


def parse_open_package_response(_src: dict[str, Any], _at: Path, _notes: Notes) -> OpenPackageResponse:
    _get = _src.get
    code = _get("code", UNSET)
    if type(code) is not str:
        _notes.append(Misfit((*_at, "code"), code, "str"))
    message = _get("message", UNSET)
    if type(message) is not str:
        _notes.append(Misfit((*_at, "message"), message, "str"))
    success = _get("success", UNSET)
    if type(success) is not bool:
        _notes.append(Misfit((*_at, "success"), success, "bool"))
    data = _get("data", UNSET)
    if type(data) is dict:
        data = parse_open_package_data(data, (*_at, "data"), _notes)
    elif data is None:
        pass
    else:
        _notes.append(Misfit((*_at, "data"), data, "None | OpenPackageData"))
    _parsed = OpenPackageResponse(code, message, success, data)
    if not _OPEN_PACKAGE_RESPONSE_KEYS.issuperset(_src):
        _parsed.additional_properties = {
            k: v for k, v in _src.items() if k not in _OPEN_PACKAGE_RESPONSE_KEYS
        }
    return _parsed


def parse_order_package_data(_src: dict[str, Any], _at: Path, _notes: Notes) -> OrderPackageData:
    _get = _src.get
    sign = _get("sign", UNSET)
    if type(sign) is not str and sign is not None:
        _notes.append(Misfit((*_at, "sign"), sign, "None | str"))
    order_id = _get("order_id", UNSET)
    if type(order_id) is not str:
        _notes.append(Misfit((*_at, "order_id"), order_id, "str"))
    order_start_date = _get("order_start_date", UNSET)
    if type(order_start_date) is not str and order_start_date is not None:
        _notes.append(Misfit((*_at, "order_start_date"), order_start_date, "None | str"))
    order_expire_date = _get("order_expire_date", UNSET)
    if type(order_expire_date) is not str and order_expire_date is not None:
        _notes.append(Misfit((*_at, "order_expire_date"), order_expire_date, "None | str"))
    _parsed = OrderPackageData(sign, order_id, order_start_date, order_expire_date)
    if not _ORDER_PACKAGE_DATA_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _ORDER_PACKAGE_DATA_KEYS}
    return _parsed


def parse_order_package_response(_src: dict[str, Any], _at: Path, _notes: Notes) -> OrderPackageResponse:
    _get = _src.get
    code = _get("code", UNSET)
    if type(code) is not str:
        _notes.append(Misfit((*_at, "code"), code, "str"))
    message = _get("message", UNSET)
    if type(message) is not str:
        _notes.append(Misfit((*_at, "message"), message, "str"))
    success = _get("success", UNSET)
    if type(success) is not bool:
        _notes.append(Misfit((*_at, "success"), success, "bool"))
    data = _get("data", UNSET)
    if type(data) is dict:
        data = parse_order_package_data(data, (*_at, "data"), _notes)
    elif data is None:
        pass
    else:
        _notes.append(Misfit((*_at, "data"), data, "None | OrderPackageData"))
    _parsed = OrderPackageResponse(code, message, success, data)
    if not _ORDER_PACKAGE_RESPONSE_KEYS.issuperset(_src):
        _parsed.additional_properties = {
            k: v for k, v in _src.items() if k not in _ORDER_PACKAGE_RESPONSE_KEYS
        }
    return _parsed


def parse_order_status_push(_src: dict[str, Any], _at: Path, _notes: Notes) -> OrderStatusPush:
    _get = _src.get
    assetid = _get("assetid", UNSET)
    if type(assetid) is not str:
        _notes.append(Misfit((*_at, "assetid"), assetid, "str"))
    imsi = _get("imsi", UNSET)
    if type(imsi) is not str:
        _notes.append(Misfit((*_at, "imsi"), imsi, "str"))
    operation = _get("operation", UNSET)
    if type(operation) is str:
        if operation in _ORDER_PUSH_OPERATION:
            operation = _ORDER_PUSH_OPERATION[operation]
        else:
            if operation != "":
                _notes.append(((*_at, "operation"), operation))
    else:
        _notes.append(Misfit((*_at, "operation"), operation, "OrderPushOperation | str"))
    orderid = _get("orderid", UNSET)
    if type(orderid) is not str:
        _notes.append(Misfit((*_at, "orderid"), orderid, "str"))
    time = _get("time", UNSET)
    if type(time) is not str:
        _notes.append(Misfit((*_at, "time"), time, "str"))
    _parsed = OrderStatusPush(assetid, imsi, operation, orderid, time)
    if not _ORDER_STATUS_PUSH_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _ORDER_STATUS_PUSH_KEYS}
    return _parsed


def parse_refueling_package(_src: dict[str, Any], _at: Path, _notes: Notes) -> RefuelingPackage:
    _get = _src.get
    ref_order_id = _get("ref_orderId", UNSET)
    if type(ref_order_id) is not str and ref_order_id is not UNSET:
        _notes.append(Misfit((*_at, "ref_orderId"), ref_order_id, "str | missing"))
    refpackage_flow = _get("refpackage_flow", UNSET)
    if type(refpackage_flow) is not str and refpackage_flow is not UNSET:
        _notes.append(Misfit((*_at, "refpackage_flow"), refpackage_flow, "str | missing"))
    refpackage_order_date = _get("refpackage_order_date", UNSET)
    if type(refpackage_order_date) is not str and refpackage_order_date is not UNSET:
        _notes.append(Misfit((*_at, "refpackage_order_date"), refpackage_order_date, "str | missing"))
    refpackage_status = _get("refpackage_status", UNSET)
    if type(refpackage_status) is str:
        if refpackage_status in _REFUELING_STATUS:
            refpackage_status = _REFUELING_STATUS[refpackage_status]
        else:
            if refpackage_status != "":
                _notes.append(((*_at, "refpackage_status"), refpackage_status))
    elif refpackage_status is UNSET:
        pass
    else:
        _notes.append(
            Misfit((*_at, "refpackage_status"), refpackage_status, "RefuelingStatus | str | missing")
        )
    _parsed = RefuelingPackage(ref_order_id, refpackage_flow, refpackage_order_date, refpackage_status)
    if not _REFUELING_PACKAGE_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _REFUELING_PACKAGE_KEYS}
    return _parsed


def parse_profile(_src: dict[str, Any], _at: Path, _notes: Notes) -> Profile:
    _get = _src.get
    iccid = _get("iccid", UNSET)
    if type(iccid) is not str:
        _notes.append(Misfit((*_at, "iccid"), iccid, "str"))
    imsi = _get("imsi", UNSET)
    if type(imsi) is not str:
        _notes.append(Misfit((*_at, "imsi"), imsi, "str"))
    msisdn = _get("msisdn", UNSET)
    if type(msisdn) is not str:
        _notes.append(Misfit((*_at, "msisdn"), msisdn, "str"))
    _parsed = Profile(iccid, imsi, msisdn)
    if not _PROFILE_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _PROFILE_KEYS}
    return _parsed


def parse_package_order(_src: dict[str, Any], _at: Path, _notes: Notes) -> PackageOrder:
    _get = _src.get
    order_code = _get("orderCode", UNSET)
    if type(order_code) is not str:
        _notes.append(Misfit((*_at, "orderCode"), order_code, "str"))
    package_name = _get("packageName", UNSET)
    if type(package_name) is not str:
        _notes.append(Misfit((*_at, "packageName"), package_name, "str"))
    package_code = _get("packageCode", UNSET)
    if type(package_code) is not str:
        _notes.append(Misfit((*_at, "packageCode"), package_code, "str"))
    package_type = _get("packageType", UNSET)
    if type(package_type) is str:
        if package_type in _PACKAGE_TYPE:
            package_type = _PACKAGE_TYPE[package_type]
        else:
            if package_type != "":
                _notes.append(((*_at, "packageType"), package_type))
    elif package_type is None:
        pass
    else:
        _notes.append(Misfit((*_at, "packageType"), package_type, "None | PackageType | str"))
    order_period = _get("orderPeriod", UNSET)
    if type(order_period) is not str:
        _notes.append(Misfit((*_at, "orderPeriod"), order_period, "str"))
    order_date = _get("orderDate", UNSET)
    if type(order_date) is not str:
        _notes.append(Misfit((*_at, "orderDate"), order_date, "str"))
    active_date = _get("activeDate", UNSET)
    if type(active_date) is not str:
        _notes.append(Misfit((*_at, "activeDate"), active_date, "str"))
    expire_date = _get("expireDate", UNSET)
    if type(expire_date) is not str:
        _notes.append(Misfit((*_at, "expireDate"), expire_date, "str"))
    order_status = _get("orderStatus", UNSET)
    if type(order_status) is str:
        if order_status in _ORDER_STATUS:
            order_status = _ORDER_STATUS[order_status]
        else:
            if order_status != "":
                _notes.append(((*_at, "orderStatus"), order_status))
    else:
        _notes.append(Misfit((*_at, "orderStatus"), order_status, "OrderStatus | str"))
    buy_type = _get("buyType", UNSET)
    if type(buy_type) is str:
        if buy_type in _BUY_TYPE:
            buy_type = _BUY_TYPE[buy_type]
        else:
            if buy_type != "":
                _notes.append(((*_at, "buyType"), buy_type))
    elif buy_type is None:
        pass
    elif buy_type is UNSET:
        pass
    else:
        _notes.append(Misfit((*_at, "buyType"), buy_type, "BuyType | None | str | missing"))
    flow = _get("flow", UNSET)
    if type(flow) is not str and flow is not None and flow is not UNSET:
        _notes.append(Misfit((*_at, "flow"), flow, "None | str | missing"))
    used_flow = _get("usedFlow", UNSET)
    if type(used_flow) is not str and used_flow is not None and used_flow is not UNSET:
        _notes.append(Misfit((*_at, "usedFlow"), used_flow, "None | str | missing"))
    flow_use_rate = _get("flowUseRate", UNSET)
    if type(flow_use_rate) is not str and flow_use_rate is not None and flow_use_rate is not UNSET:
        _notes.append(Misfit((*_at, "flowUseRate"), flow_use_rate, "None | str | missing"))
    order_used_flow = _get("orderUsedFlow", UNSET)
    if type(order_used_flow) is not str and order_used_flow is not None and order_used_flow is not UNSET:
        _notes.append(Misfit((*_at, "orderUsedFlow"), order_used_flow, "None | str | missing"))
    supplier_code = _get("supplierCode", UNSET)
    if type(supplier_code) is not str and supplier_code is not None and supplier_code is not UNSET:
        _notes.append(Misfit((*_at, "supplierCode"), supplier_code, "None | str | missing"))
    refueling_package_list = _get("refuelingPackageList", UNSET)
    if type(refueling_package_list) is list:
        _mark = len(_notes)
        _parsed_items = [
            parse_refueling_package(_item, _at, _notes)
            if type(_item) is dict
            else _misfit(_notes, _at, _item, "RefuelingPackage")
            for _item in refueling_package_list
        ]
        if len(_notes) != _mark:
            del _notes[_mark:]
            _parsed_items = [
                parse_refueling_package(_item, (*_at, "refuelingPackageList", _index), _notes)
                if type(_item) is dict
                else _misfit(_notes, (*_at, "refuelingPackageList", _index), _item, "RefuelingPackage")
                for _index, _item in enumerate(refueling_package_list)
            ]
        refueling_package_list = _parsed_items
    elif refueling_package_list is None:
        pass
    elif refueling_package_list is UNSET:
        pass
    else:
        _notes.append(
            Misfit(
                (*_at, "refuelingPackageList"),
                refueling_package_list,
                "list[RefuelingPackage] | None | missing",
            )
        )
    has_test_flow = _get("hasTestFlow", UNSET)
    if type(has_test_flow) is str:
        if has_test_flow in _YES_NO_FLAG:
            has_test_flow = _YES_NO_FLAG[has_test_flow]
        else:
            if has_test_flow != "":
                _notes.append(((*_at, "hasTestFlow"), has_test_flow))
    elif has_test_flow is None:
        pass
    elif has_test_flow is UNSET:
        pass
    else:
        _notes.append(Misfit((*_at, "hasTestFlow"), has_test_flow, "None | str | missing | YesNoFlag"))
    profile_list = _get("profileList", UNSET)
    if type(profile_list) is list:
        _mark = len(_notes)
        _parsed_items = [
            parse_profile(_item, _at, _notes)
            if type(_item) is dict
            else _misfit(_notes, _at, _item, "Profile")
            for _item in profile_list
        ]
        if len(_notes) != _mark:
            del _notes[_mark:]
            _parsed_items = [
                parse_profile(_item, (*_at, "profileList", _index), _notes)
                if type(_item) is dict
                else _misfit(_notes, (*_at, "profileList", _index), _item, "Profile")
                for _index, _item in enumerate(profile_list)
            ]
        profile_list = _parsed_items
    elif profile_list is None:
        pass
    elif profile_list is UNSET:
        pass
    else:
        _notes.append(Misfit((*_at, "profileList"), profile_list, "list[Profile] | None | missing"))
    is_flow_plus = _get("isFlowPlus", UNSET)
    if type(is_flow_plus) is not str and is_flow_plus is not None and is_flow_plus is not UNSET:
        _notes.append(Misfit((*_at, "isFlowPlus"), is_flow_plus, "None | str | missing"))
    deviceId = _get("deviceId", UNSET)
    if type(deviceId) is not str and deviceId is not UNSET:
        _notes.append(Misfit((*_at, "deviceId"), deviceId, "str | missing"))
    device_id = _get("device_id", UNSET)
    if type(device_id) is not str and device_id is not UNSET:
        _notes.append(Misfit((*_at, "device_id"), device_id, "str | missing"))
    main_iccid = _get("main_iccid", UNSET)
    if type(main_iccid) is not str and main_iccid is not None and main_iccid is not UNSET:
        _notes.append(Misfit((*_at, "main_iccid"), main_iccid, "None | str | missing"))
    imsi = _get("imsi", UNSET)
    if type(imsi) is not str and imsi is not None and imsi is not UNSET:
        _notes.append(Misfit((*_at, "imsi"), imsi, "None | str | missing"))
    msisdn = _get("msisdn", UNSET)
    if type(msisdn) is not str and msisdn is not None and msisdn is not UNSET:
        _notes.append(Misfit((*_at, "msisdn"), msisdn, "None | str | missing"))
    _parsed = PackageOrder(
        order_code,
        package_name,
        package_code,
        package_type,
        order_period,
        order_date,
        active_date,
        expire_date,
        order_status,
        buy_type,
        flow,
        used_flow,
        flow_use_rate,
        order_used_flow,
        supplier_code,
        refueling_package_list,
        has_test_flow,
        profile_list,
        is_flow_plus,
        deviceId,
        device_id,
        main_iccid,
        imsi,
        msisdn,
    )
    if not _PACKAGE_ORDER_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _PACKAGE_ORDER_KEYS}
    return _parsed


def parse_device(_src: dict[str, Any], _at: Path, _notes: Notes) -> Device:
    _get = _src.get
    device_id = _get("device_id", UNSET)
    if type(device_id) is not str:
        _notes.append(Misfit((*_at, "device_id"), device_id, "str"))
    ota_flag = _get("ota_flag", UNSET)
    if type(ota_flag) is str:
        if ota_flag in _OTA_FLAG:
            ota_flag = _OTA_FLAG[ota_flag]
        else:
            if ota_flag != "":
                _notes.append(((*_at, "ota_flag"), ota_flag))
    else:
        _notes.append(Misfit((*_at, "ota_flag"), ota_flag, "OtaFlag | str"))
    bip_flag = _get("bip_flag", UNSET)
    if type(bip_flag) is str:
        if bip_flag in _BIP_FLAG:
            bip_flag = _BIP_FLAG[bip_flag]
        else:
            if bip_flag != "":
                _notes.append(((*_at, "bip_flag"), bip_flag))
    else:
        _notes.append(Misfit((*_at, "bip_flag"), bip_flag, "BipFlag | str"))
    multi_imsi_flag = _get("multiImsi_flag", UNSET)
    if type(multi_imsi_flag) is str:
        if multi_imsi_flag in _MULTI_IMSI_FLAG:
            multi_imsi_flag = _MULTI_IMSI_FLAG[multi_imsi_flag]
        else:
            if multi_imsi_flag != "":
                _notes.append(((*_at, "multiImsi_flag"), multi_imsi_flag))
    else:
        _notes.append(Misfit((*_at, "multiImsi_flag"), multi_imsi_flag, "MultiImsiFlag | str"))
    lifecycle = _get("lifecycle", UNSET)
    if type(lifecycle) is str:
        if lifecycle in _LIFECYCLE:
            lifecycle = _LIFECYCLE[lifecycle]
        else:
            if lifecycle != "":
                _notes.append(((*_at, "lifecycle"), lifecycle))
    else:
        _notes.append(Misfit((*_at, "lifecycle"), lifecycle, "Lifecycle | str"))
    lifecycle_start_time = _get("lifecycle_start_time", UNSET)
    if type(lifecycle_start_time) is not str and lifecycle_start_time is not UNSET:
        _notes.append(Misfit((*_at, "lifecycle_start_time"), lifecycle_start_time, "str | missing"))
    lifecycle_end_time = _get("lifecycle_end_time", UNSET)
    if type(lifecycle_end_time) is not str and lifecycle_end_time is not UNSET:
        _notes.append(Misfit((*_at, "lifecycle_end_time"), lifecycle_end_time, "str | missing"))
    lifecycle_slient_period = _get("lifecycle_slient_period", UNSET)
    if type(lifecycle_slient_period) is not str and lifecycle_slient_period is not UNSET:
        _notes.append(Misfit((*_at, "lifecycle_slient_period"), lifecycle_slient_period, "str | missing"))
    lifecycle_shutdown_period = _get("lifecycle_shutdown_period", UNSET)
    if type(lifecycle_shutdown_period) is not str and lifecycle_shutdown_period is not UNSET:
        _notes.append(Misfit((*_at, "lifecycle_shutdown_period"), lifecycle_shutdown_period, "str | missing"))
    package_order = _get("package_order", UNSET)
    if type(package_order) is dict:
        package_order = parse_package_order(package_order, (*_at, "package_order"), _notes)
    elif package_order is None:
        pass
    elif package_order is UNSET:
        pass
    else:
        _notes.append(Misfit((*_at, "package_order"), package_order, "None | PackageOrder | missing"))
    partner_name = _get("partnerName", UNSET)
    if type(partner_name) is not str and partner_name is not None and partner_name is not UNSET:
        _notes.append(Misfit((*_at, "partnerName"), partner_name, "None | str | missing"))
    partner_code = _get("partnerCode", UNSET)
    if type(partner_code) is not str and partner_code is not None and partner_code is not UNSET:
        _notes.append(Misfit((*_at, "partnerCode"), partner_code, "None | str | missing"))
    msisdn = _get("msisdn", UNSET)
    if type(msisdn) is not str and msisdn is not None and msisdn is not UNSET:
        _notes.append(Misfit((*_at, "msisdn"), msisdn, "None | str | missing"))
    task_no = _get("task_no", UNSET)
    if type(task_no) is not str and task_no is not None and task_no is not UNSET:
        _notes.append(Misfit((*_at, "task_no"), task_no, "None | str | missing"))
    main_iccid = _get("main_iccid", UNSET)
    if type(main_iccid) is not str and main_iccid is not None and main_iccid is not UNSET:
        _notes.append(Misfit((*_at, "main_iccid"), main_iccid, "None | str | missing"))
    _parsed = Device(
        device_id,
        ota_flag,
        bip_flag,
        multi_imsi_flag,
        lifecycle,
        lifecycle_start_time,
        lifecycle_end_time,
        lifecycle_slient_period,
        lifecycle_shutdown_period,
        package_order,
        partner_name,
        partner_code,
        msisdn,
        task_no,
        main_iccid,
    )
    if not _DEVICE_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _DEVICE_KEYS}
    return _parsed


def parse_query_device_response(_src: dict[str, Any], _at: Path, _notes: Notes) -> QueryDeviceResponse:
    _get = _src.get
    code = _get("code", UNSET)
    if type(code) is not str:
        _notes.append(Misfit((*_at, "code"), code, "str"))
    message = _get("message", UNSET)
    if type(message) is not str:
        _notes.append(Misfit((*_at, "message"), message, "str"))
    success = _get("success", UNSET)
    if type(success) is not bool:
        _notes.append(Misfit((*_at, "success"), success, "bool"))
    data = _get("data", UNSET)
    if type(data) is dict:
        data = parse_device(data, (*_at, "data"), _notes)
    elif data is None:
        pass
    else:
        _notes.append(Misfit((*_at, "data"), data, "Device | None"))
    _parsed = QueryDeviceResponse(code, message, success, data)
    if not _QUERY_DEVICE_RESPONSE_KEYS.issuperset(_src):
        _parsed.additional_properties = {
            k: v for k, v in _src.items() if k not in _QUERY_DEVICE_RESPONSE_KEYS
        }
    return _parsed


def parse_page(_src: dict[str, Any], _at: Path, _notes: Notes) -> Page:
    _get = _src.get
    cur_page_no = _get("cur_page_no", UNSET)
    if type(cur_page_no) is not int:
        _notes.append(Misfit((*_at, "cur_page_no"), cur_page_no, "int"))
    page_size = _get("page_size", UNSET)
    if type(page_size) is not int:
        _notes.append(Misfit((*_at, "page_size"), page_size, "int"))
    total_count = _get("total_count", UNSET)
    if type(total_count) is not int:
        _notes.append(Misfit((*_at, "total_count"), total_count, "int"))
    total_pages = _get("total_pages", UNSET)
    if type(total_pages) is not int:
        _notes.append(Misfit((*_at, "total_pages"), total_pages, "int"))
    _parsed = Page(cur_page_no, page_size, total_count, total_pages)
    if not _PAGE_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _PAGE_KEYS}
    return _parsed


def parse_device_list(_src: dict[str, Any], _at: Path, _notes: Notes) -> DeviceList:
    _get = _src.get
    device = _get("device", UNSET)
    if type(device) is list:
        _mark = len(_notes)
        _parsed_items = [
            parse_device(_item, _at, _notes) if type(_item) is dict else _misfit(_notes, _at, _item, "Device")
            for _item in device
        ]
        if len(_notes) != _mark:
            del _notes[_mark:]
            _parsed_items = [
                parse_device(_item, (*_at, "device", _index), _notes)
                if type(_item) is dict
                else _misfit(_notes, (*_at, "device", _index), _item, "Device")
                for _index, _item in enumerate(device)
            ]
        device = _parsed_items
    else:
        _notes.append(Misfit((*_at, "device"), device, "list[Device]"))
    page = _get("page", UNSET)
    if type(page) is dict:
        page = parse_page(page, (*_at, "page"), _notes)
    else:
        _notes.append(Misfit((*_at, "page"), page, "Page"))
    device_num = _get("device_num", UNSET)
    if type(device_num) is not int:
        _notes.append(Misfit((*_at, "device_num"), device_num, "int"))
    _parsed = DeviceList(device, page, device_num)
    if not _DEVICE_LIST_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _DEVICE_LIST_KEYS}
    return _parsed


def parse_query_devices_response(_src: dict[str, Any], _at: Path, _notes: Notes) -> QueryDevicesResponse:
    _get = _src.get
    code = _get("code", UNSET)
    if type(code) is not str:
        _notes.append(Misfit((*_at, "code"), code, "str"))
    message = _get("message", UNSET)
    if type(message) is not str:
        _notes.append(Misfit((*_at, "message"), message, "str"))
    success = _get("success", UNSET)
    if type(success) is not bool:
        _notes.append(Misfit((*_at, "success"), success, "bool"))
    data = _get("data", UNSET)
    if type(data) is dict:
        data = parse_device_list(data, (*_at, "data"), _notes)
    elif data is None:
        pass
    else:
        _notes.append(Misfit((*_at, "data"), data, "DeviceList | None"))
    _parsed = QueryDevicesResponse(code, message, success, data)
    if not _QUERY_DEVICES_RESPONSE_KEYS.issuperset(_src):
        _parsed.additional_properties = {
            k: v for k, v in _src.items() if k not in _QUERY_DEVICES_RESPONSE_KEYS
        }
    return _parsed


def parse_sms_mt_counters(_src: dict[str, Any], _at: Path, _notes: Notes) -> SmsMtCounters:
    _get = _src.get
    count = _get("count", UNSET)
    if type(count) is not str and count is not UNSET:
        _notes.append(Misfit((*_at, "count"), count, "str | missing"))
    last_sms = _get("lastSms", UNSET)
    if type(last_sms) is not str and last_sms is not None and last_sms is not UNSET:
        _notes.append(Misfit((*_at, "lastSms"), last_sms, "None | str | missing"))
    sms_error_count = _get("smsErrorCount", UNSET)
    if type(sms_error_count) is not str and sms_error_count is not UNSET:
        _notes.append(Misfit((*_at, "smsErrorCount"), sms_error_count, "str | missing"))
    _parsed = SmsMtCounters(count, last_sms, sms_error_count)
    if not _SMS_MT_COUNTERS_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _SMS_MT_COUNTERS_KEYS}
    return _parsed


def parse_sms_mo_counters(_src: dict[str, Any], _at: Path, _notes: Notes) -> SmsMoCounters:
    _get = _src.get
    count = _get("count", UNSET)
    if type(count) is not str and count is not UNSET:
        _notes.append(Misfit((*_at, "count"), count, "str | missing"))
    last_dest = _get("lastDest", UNSET)
    if type(last_dest) is not str and last_dest is not None and last_dest is not UNSET:
        _notes.append(Misfit((*_at, "lastDest"), last_dest, "None | str | missing"))
    last_sms = _get("lastSms", UNSET)
    if type(last_sms) is not str and last_sms is not None and last_sms is not UNSET:
        _notes.append(Misfit((*_at, "lastSms"), last_sms, "None | str | missing"))
    sms_error_count = _get("smsErrorCount", UNSET)
    if type(sms_error_count) is not str and sms_error_count is not UNSET:
        _notes.append(Misfit((*_at, "smsErrorCount"), sms_error_count, "str | missing"))
    _parsed = SmsMoCounters(count, last_dest, last_sms, sms_error_count)
    if not _SMS_MO_COUNTERS_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _SMS_MO_COUNTERS_KEYS}
    return _parsed


def parse_gprs_session(_src: dict[str, Any], _at: Path, _notes: Notes) -> GprsSession:
    _get = _src.get
    pdp_active = _get("pdpActive", UNSET)
    if type(pdp_active) is str:
        if pdp_active in _BOOLEAN_STRING:
            pdp_active = _BOOLEAN_STRING[pdp_active]
        else:
            if pdp_active != "":
                _notes.append(((*_at, "pdpActive"), pdp_active))
    elif pdp_active is UNSET:
        pass
    else:
        _notes.append(Misfit((*_at, "pdpActive"), pdp_active, "BooleanString | str | missing"))
    activation = _get("activation", UNSET)
    if type(activation) is not str and activation is not None and activation is not UNSET:
        _notes.append(Misfit((*_at, "activation"), activation, "None | str | missing"))
    ip = _get("ip", UNSET)
    if type(ip) is not str and ip is not None and ip is not UNSET:
        _notes.append(Misfit((*_at, "ip"), ip, "None | str | missing"))
    tx = _get("tx", UNSET)
    if type(tx) is not str and tx is not UNSET:
        _notes.append(Misfit((*_at, "tx"), tx, "str | missing"))
    last_tx = _get("lastTx", UNSET)
    if type(last_tx) is not str and last_tx is not None and last_tx is not UNSET:
        _notes.append(Misfit((*_at, "lastTx"), last_tx, "None | str | missing"))
    rx = _get("rx", UNSET)
    if type(rx) is not str and rx is not UNSET:
        _notes.append(Misfit((*_at, "rx"), rx, "str | missing"))
    last_rx = _get("lastRx", UNSET)
    if type(last_rx) is not str and last_rx is not None and last_rx is not UNSET:
        _notes.append(Misfit((*_at, "lastRx"), last_rx, "None | str | missing"))
    gi_dest_address = _get("giDestAddress", UNSET)
    if type(gi_dest_address) is not str and gi_dest_address is not None and gi_dest_address is not UNSET:
        _notes.append(Misfit((*_at, "giDestAddress"), gi_dest_address, "None | str | missing"))
    _parsed = GprsSession(pdp_active, activation, ip, tx, last_tx, rx, last_rx, gi_dest_address)
    if not _GPRS_SESSION_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _GPRS_SESSION_KEYS}
    return _parsed


def parse_latest_cdr(_src: dict[str, Any], _at: Path, _notes: Notes) -> LatestCdr:
    _get = _src.get
    return_code = _get("returnCode", UNSET)
    if type(return_code) is str:
        if return_code in _SESSION_RETURN_CODE:
            return_code = _SESSION_RETURN_CODE[return_code]
        else:
            if return_code != "":
                _notes.append(((*_at, "returnCode"), return_code))
    else:
        _notes.append(Misfit((*_at, "returnCode"), return_code, "SessionReturnCode | str"))
    imsi = _get("imsi", UNSET)
    if type(imsi) is not str and imsi is not None and imsi is not UNSET:
        _notes.append(Misfit((*_at, "imsi"), imsi, "None | str | missing"))
    msisdn = _get("msisdn", UNSET)
    if type(msisdn) is not str and msisdn is not None and msisdn is not UNSET:
        _notes.append(Misfit((*_at, "msisdn"), msisdn, "None | str | missing"))
    imei = _get("imei", UNSET)
    if type(imei) is not str and imei is not None and imei is not UNSET:
        _notes.append(Misfit((*_at, "imei"), imei, "None | str | missing"))
    session_start = _get("sessionStart", UNSET)
    if type(session_start) is not str and session_start is not None and session_start is not UNSET:
        _notes.append(Misfit((*_at, "sessionStart"), session_start, "None | str | missing"))
    last_activity = _get("lastActivity", UNSET)
    if type(last_activity) is not str and last_activity is not None and last_activity is not UNSET:
        _notes.append(Misfit((*_at, "lastActivity"), last_activity, "None | str | missing"))
    last_sms_error = _get("lastSmsError", UNSET)
    if type(last_sms_error) is not str and last_sms_error is not None and last_sms_error is not UNSET:
        _notes.append(Misfit((*_at, "lastSmsError"), last_sms_error, "None | str | missing"))
    last_sms_error_time = _get("lastSmsErrorTime", UNSET)
    if (
        type(last_sms_error_time) is not str
        and last_sms_error_time is not None
        and last_sms_error_time is not UNSET
    ):
        _notes.append(Misfit((*_at, "lastSmsErrorTime"), last_sms_error_time, "None | str | missing"))
    last_lu = _get("lastLu", UNSET)
    if type(last_lu) is not str and last_lu is not None and last_lu is not UNSET:
        _notes.append(Misfit((*_at, "lastLu"), last_lu, "None | str | missing"))
    customer_no = _get("customerNo", UNSET)
    if type(customer_no) is not str and customer_no is not None and customer_no is not UNSET:
        _notes.append(Misfit((*_at, "customerNo"), customer_no, "None | str | missing"))
    sms_mt = _get("smsMt", UNSET)
    if type(sms_mt) is dict:
        sms_mt = parse_sms_mt_counters(sms_mt, (*_at, "smsMt"), _notes)
    elif sms_mt is None:
        pass
    elif sms_mt is UNSET:
        pass
    else:
        _notes.append(Misfit((*_at, "smsMt"), sms_mt, "None | SmsMtCounters | missing"))
    sms_mo = _get("smsMo", UNSET)
    if type(sms_mo) is dict:
        sms_mo = parse_sms_mo_counters(sms_mo, (*_at, "smsMo"), _notes)
    elif sms_mo is None:
        pass
    elif sms_mo is UNSET:
        pass
    else:
        _notes.append(Misfit((*_at, "smsMo"), sms_mo, "None | SmsMoCounters | missing"))
    gprs = _get("gprs", UNSET)
    if type(gprs) is dict:
        gprs = parse_gprs_session(gprs, (*_at, "gprs"), _notes)
    elif gprs is None:
        pass
    elif gprs is UNSET:
        pass
    else:
        _notes.append(Misfit((*_at, "gprs"), gprs, "GprsSession | None | missing"))
    _parsed = LatestCdr(
        return_code,
        imsi,
        msisdn,
        imei,
        session_start,
        last_activity,
        last_sms_error,
        last_sms_error_time,
        last_lu,
        customer_no,
        sms_mt,
        sms_mo,
        gprs,
    )
    if not _LATEST_CDR_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _LATEST_CDR_KEYS}
    return _parsed


def parse_query_latest_cdr_response(_src: dict[str, Any], _at: Path, _notes: Notes) -> QueryLatestCdrResponse:
    _get = _src.get
    code = _get("code", UNSET)
    if type(code) is not str:
        _notes.append(Misfit((*_at, "code"), code, "str"))
    message = _get("message", UNSET)
    if type(message) is not str:
        _notes.append(Misfit((*_at, "message"), message, "str"))
    success = _get("success", UNSET)
    if type(success) is not bool:
        _notes.append(Misfit((*_at, "success"), success, "bool"))
    data = _get("data", UNSET)
    if type(data) is dict:
        data = parse_latest_cdr(data, (*_at, "data"), _notes)
    elif data is None:
        pass
    else:
        _notes.append(Misfit((*_at, "data"), data, "LatestCdr | None"))
    _parsed = QueryLatestCdrResponse(code, message, success, data)
    if not _QUERY_LATEST_CDR_RESPONSE_KEYS.issuperset(_src):
        _parsed.additional_properties = {
            k: v for k, v in _src.items() if k not in _QUERY_LATEST_CDR_RESPONSE_KEYS
        }
    return _parsed


def parse_mt_sms_record(_src: dict[str, Any], _at: Path, _notes: Notes) -> MtSmsRecord:
    _get = _src.get
    asset_id = _get("assetId", UNSET)
    if type(asset_id) is not str:
        _notes.append(Misfit((*_at, "assetId"), asset_id, "str"))
    send_start_time = _get("sendStartTime", UNSET)
    if type(send_start_time) is not str:
        _notes.append(Misfit((*_at, "sendStartTime"), send_start_time, "str"))
    send_status = _get("sendStatus", UNSET)
    if type(send_status) is str:
        if send_status in _SEND_STATUS:
            send_status = _SEND_STATUS[send_status]
        else:
            if send_status != "":
                _notes.append(((*_at, "sendStatus"), send_status))
    else:
        _notes.append(Misfit((*_at, "sendStatus"), send_status, "SendStatus | str"))
    msisdn = _get("msisdn", UNSET)
    if type(msisdn) is not str and msisdn is not None and msisdn is not UNSET:
        _notes.append(Misfit((*_at, "msisdn"), msisdn, "None | str | missing"))
    send_end_time = _get("sendEndTime", UNSET)
    if type(send_end_time) is not str and send_end_time is not None and send_end_time is not UNSET:
        _notes.append(Misfit((*_at, "sendEndTime"), send_end_time, "None | str | missing"))
    status_report = _get("statusReport", UNSET)
    if type(status_report) is str:
        if status_report in _DELIVERY_REPORT:
            status_report = _DELIVERY_REPORT[status_report]
        else:
            if status_report != "":
                _notes.append(((*_at, "statusReport"), status_report))
    elif status_report is None:
        pass
    elif status_report is UNSET:
        pass
    else:
        _notes.append(Misfit((*_at, "statusReport"), status_report, "DeliveryReport | None | str | missing"))
    _parsed = MtSmsRecord(asset_id, send_start_time, send_status, msisdn, send_end_time, status_report)
    if not _MT_SMS_RECORD_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _MT_SMS_RECORD_KEYS}
    return _parsed


def parse_result_status(_src: dict[str, Any], _at: Path, _notes: Notes) -> ResultStatus:
    _get = _src.get
    code = _get("code", UNSET)
    if type(code) is str:
        if code in _RESULT_STATUS_CODE:
            code = _RESULT_STATUS_CODE[code]
        else:
            if code != "":
                _notes.append(((*_at, "code"), code))
    else:
        _notes.append(Misfit((*_at, "code"), code, "ResultStatusCode | str"))
    message = _get("message", UNSET)
    if type(message) is not str:
        _notes.append(Misfit((*_at, "message"), message, "str"))
    detail = _get("detail", UNSET)
    if type(detail) is not str and detail is not None and detail is not UNSET:
        _notes.append(Misfit((*_at, "detail"), detail, "None | str | missing"))
    _parsed = ResultStatus(code, message, detail)
    if not _RESULT_STATUS_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _RESULT_STATUS_KEYS}
    return _parsed


def parse_mt_sms_page(_src: dict[str, Any], _at: Path, _notes: Notes) -> MtSmsPage:
    _get = _src.get
    data = _get("data", UNSET)
    if type(data) is list:
        _mark = len(_notes)
        _parsed_items = [
            parse_mt_sms_record(_item, _at, _notes)
            if type(_item) is dict
            else _misfit(_notes, _at, _item, "MtSmsRecord")
            for _item in data
        ]
        if len(_notes) != _mark:
            del _notes[_mark:]
            _parsed_items = [
                parse_mt_sms_record(_item, (*_at, "data", _index), _notes)
                if type(_item) is dict
                else _misfit(_notes, (*_at, "data", _index), _item, "MtSmsRecord")
                for _index, _item in enumerate(data)
            ]
        data = _parsed_items
    else:
        _notes.append(Misfit((*_at, "data"), data, "list[MtSmsRecord]"))
    status = _get("status", UNSET)
    if type(status) is dict:
        status = parse_result_status(status, (*_at, "status"), _notes)
    else:
        _notes.append(Misfit((*_at, "status"), status, "ResultStatus"))
    total_count = _get("total_count", UNSET)
    if type(total_count) is not int:
        _notes.append(Misfit((*_at, "total_count"), total_count, "int"))
    _parsed = MtSmsPage(data, status, total_count)
    if not _MT_SMS_PAGE_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _MT_SMS_PAGE_KEYS}
    return _parsed


def parse_query_mt_sms_status_response(
    _src: dict[str, Any], _at: Path, _notes: Notes
) -> QueryMtSmsStatusResponse:
    _get = _src.get
    code = _get("code", UNSET)
    if type(code) is not str:
        _notes.append(Misfit((*_at, "code"), code, "str"))
    message = _get("message", UNSET)
    if type(message) is not str:
        _notes.append(Misfit((*_at, "message"), message, "str"))
    success = _get("success", UNSET)
    if type(success) is not bool:
        _notes.append(Misfit((*_at, "success"), success, "bool"))
    data = _get("data", UNSET)
    if type(data) is dict:
        data = parse_mt_sms_page(data, (*_at, "data"), _notes)
    elif data is None:
        pass
    else:
        _notes.append(Misfit((*_at, "data"), data, "MtSmsPage | None"))
    _parsed = QueryMtSmsStatusResponse(code, message, success, data)
    if not _QUERY_MT_SMS_STATUS_RESPONSE_KEYS.issuperset(_src):
        _parsed.additional_properties = {
            k: v for k, v in _src.items() if k not in _QUERY_MT_SMS_STATUS_RESPONSE_KEYS
        }
    return _parsed


def parse_query_orders_data(_src: dict[str, Any], _at: Path, _notes: Notes) -> QueryOrdersData:
    _get = _src.get
    page = _get("page", UNSET)
    if type(page) is dict:
        page = parse_page(page, (*_at, "page"), _notes)
    else:
        _notes.append(Misfit((*_at, "page"), page, "Page"))
    package_order = _get("package_order", UNSET)
    if type(package_order) is list:
        _mark = len(_notes)
        _parsed_items = [
            parse_package_order(_item, _at, _notes)
            if type(_item) is dict
            else _misfit(_notes, _at, _item, "PackageOrder")
            for _item in package_order
        ]
        if len(_notes) != _mark:
            del _notes[_mark:]
            _parsed_items = [
                parse_package_order(_item, (*_at, "package_order", _index), _notes)
                if type(_item) is dict
                else _misfit(_notes, (*_at, "package_order", _index), _item, "PackageOrder")
                for _index, _item in enumerate(package_order)
            ]
        package_order = _parsed_items
    else:
        _notes.append(Misfit((*_at, "package_order"), package_order, "list[PackageOrder]"))
    package_order_num = _get("package_order_num", UNSET)
    if type(package_order_num) is not int:
        _notes.append(Misfit((*_at, "package_order_num"), package_order_num, "int"))
    sign = _get("sign", UNSET)
    if type(sign) is not str and sign is not None and sign is not UNSET:
        _notes.append(Misfit((*_at, "sign"), sign, "None | str | missing"))
    _parsed = QueryOrdersData(page, package_order, package_order_num, sign)
    if not _QUERY_ORDERS_DATA_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _QUERY_ORDERS_DATA_KEYS}
    return _parsed


def parse_query_orders_response(_src: dict[str, Any], _at: Path, _notes: Notes) -> QueryOrdersResponse:
    _get = _src.get
    code = _get("code", UNSET)
    if type(code) is not str:
        _notes.append(Misfit((*_at, "code"), code, "str"))
    message = _get("message", UNSET)
    if type(message) is not str:
        _notes.append(Misfit((*_at, "message"), message, "str"))
    success = _get("success", UNSET)
    if type(success) is not bool:
        _notes.append(Misfit((*_at, "success"), success, "bool"))
    data = _get("data", UNSET)
    if type(data) is dict:
        data = parse_query_orders_data(data, (*_at, "data"), _notes)
    elif data is None:
        pass
    else:
        _notes.append(Misfit((*_at, "data"), data, "None | QueryOrdersData"))
    _parsed = QueryOrdersResponse(code, message, success, data)
    if not _QUERY_ORDERS_RESPONSE_KEYS.issuperset(_src):
        _parsed.additional_properties = {
            k: v for k, v in _src.items() if k not in _QUERY_ORDERS_RESPONSE_KEYS
        }
    return _parsed


def parse_cdr_record(_src: dict[str, Any], _at: Path, _notes: Notes) -> CdrRecord:
    _get = _src.get
    data = _get("data", UNSET)
    if type(data) is not int:
        _notes.append(Misfit((*_at, "data"), data, "int"))
    imsi = _get("imsi", UNSET)
    if type(imsi) is not str:
        _notes.append(Misfit((*_at, "imsi"), imsi, "str"))
    mcc = _get("mcc", UNSET)
    if type(mcc) is not str:
        _notes.append(Misfit((*_at, "mcc"), mcc, "str"))
    mnc = _get("mnc", UNSET)
    if type(mnc) is not str:
        _notes.append(Misfit((*_at, "mnc"), mnc, "str"))
    session_started_at = _get("session_started_at", UNSET)
    if type(session_started_at) is not str:
        _notes.append(Misfit((*_at, "session_started_at"), session_started_at, "str"))
    sim_id = _get("sim_id", UNSET)
    if type(sim_id) is not str:
        _notes.append(Misfit((*_at, "sim_id"), sim_id, "str"))
    msisdn = _get("msisdn", UNSET)
    if type(msisdn) is not str and msisdn is not None and msisdn is not UNSET:
        _notes.append(Misfit((*_at, "msisdn"), msisdn, "None | str | missing"))
    network = _get("network", UNSET)
    if type(network) is not str and network is not None and network is not UNSET:
        _notes.append(Misfit((*_at, "network"), network, "None | str | missing"))
    plan_id = _get("plan_id", UNSET)
    if type(plan_id) is not str and plan_id is not None and plan_id is not UNSET:
        _notes.append(Misfit((*_at, "plan_id"), plan_id, "None | str | missing"))
    session_ended_at = _get("session_ended_at", UNSET)
    if type(session_ended_at) is not str and session_ended_at is not None and session_ended_at is not UNSET:
        _notes.append(Misfit((*_at, "session_ended_at"), session_ended_at, "None | str | missing"))
    apn = _get("apn", UNSET)
    if type(apn) is not str and apn is not None and apn is not UNSET:
        _notes.append(Misfit((*_at, "apn"), apn, "None | str | missing"))
    duration = _get("duration", UNSET)
    if type(duration) is not int and duration is not None and duration is not UNSET:
        _notes.append(Misfit((*_at, "duration"), duration, "int | None | missing"))
    _parsed = CdrRecord(
        data,
        imsi,
        mcc,
        mnc,
        session_started_at,
        sim_id,
        msisdn,
        network,
        plan_id,
        session_ended_at,
        apn,
        duration,
    )
    if not _CDR_RECORD_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _CDR_RECORD_KEYS}
    return _parsed


def parse_cdr_page(_src: dict[str, Any], _at: Path, _notes: Notes) -> CdrPage:
    _get = _src.get
    data = _get("data", UNSET)
    if type(data) is list:
        _mark = len(_notes)
        _parsed_items = [
            parse_cdr_record(_item, _at, _notes)
            if type(_item) is dict
            else _misfit(_notes, _at, _item, "CdrRecord")
            for _item in data
        ]
        if len(_notes) != _mark:
            del _notes[_mark:]
            _parsed_items = [
                parse_cdr_record(_item, (*_at, "data", _index), _notes)
                if type(_item) is dict
                else _misfit(_notes, (*_at, "data", _index), _item, "CdrRecord")
                for _index, _item in enumerate(data)
            ]
        data = _parsed_items
    else:
        _notes.append(Misfit((*_at, "data"), data, "list[CdrRecord]"))
    status = _get("status", UNSET)
    if type(status) is dict:
        status = parse_result_status(status, (*_at, "status"), _notes)
    else:
        _notes.append(Misfit((*_at, "status"), status, "ResultStatus"))
    total_count = _get("total_count", UNSET)
    if type(total_count) is not int:
        _notes.append(Misfit((*_at, "total_count"), total_count, "int"))
    _parsed = CdrPage(data, status, total_count)
    if not _CDR_PAGE_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _CDR_PAGE_KEYS}
    return _parsed


def parse_query_sim_cdr_response(_src: dict[str, Any], _at: Path, _notes: Notes) -> QuerySimCdrResponse:
    _get = _src.get
    code = _get("code", UNSET)
    if type(code) is not str:
        _notes.append(Misfit((*_at, "code"), code, "str"))
    message = _get("message", UNSET)
    if type(message) is not str:
        _notes.append(Misfit((*_at, "message"), message, "str"))
    success = _get("success", UNSET)
    if type(success) is not bool:
        _notes.append(Misfit((*_at, "success"), success, "bool"))
    data = _get("data", UNSET)
    if type(data) is dict:
        data = parse_cdr_page(data, (*_at, "data"), _notes)
    elif data is None:
        pass
    else:
        _notes.append(Misfit((*_at, "data"), data, "CdrPage | None"))
    _parsed = QuerySimCdrResponse(code, message, success, data)
    if not _QUERY_SIM_CDR_RESPONSE_KEYS.issuperset(_src):
        _parsed.additional_properties = {
            k: v for k, v in _src.items() if k not in _QUERY_SIM_CDR_RESPONSE_KEYS
        }
    return _parsed


def parse_sms_cdr_record(_src: dict[str, Any], _at: Path, _notes: Notes) -> SmsCdrRecord:
    _get = _src.get
    device_id = _get("deviceId", UNSET)
    if type(device_id) is not str:
        _notes.append(Misfit((*_at, "deviceId"), device_id, "str"))
    from_iccid = _get("fromIccid", UNSET)
    if type(from_iccid) is not str and from_iccid is not None and from_iccid is not UNSET:
        _notes.append(Misfit((*_at, "fromIccid"), from_iccid, "None | str | missing"))
    to_iccid = _get("toIccid", UNSET)
    if type(to_iccid) is not str and to_iccid is not None and to_iccid is not UNSET:
        _notes.append(Misfit((*_at, "toIccid"), to_iccid, "None | str | missing"))
    send_msisdn = _get("sendMsisdn", UNSET)
    if type(send_msisdn) is not str and send_msisdn is not None and send_msisdn is not UNSET:
        _notes.append(Misfit((*_at, "sendMsisdn"), send_msisdn, "None | str | missing"))
    rec_msisdn = _get("recMsisdn", UNSET)
    if type(rec_msisdn) is not str and rec_msisdn is not None and rec_msisdn is not UNSET:
        _notes.append(Misfit((*_at, "recMsisdn"), rec_msisdn, "None | str | missing"))
    sms_type = _get("smsType", UNSET)
    if type(sms_type) is str:
        if sms_type in _SMS_TYPE:
            sms_type = _SMS_TYPE[sms_type]
        else:
            if sms_type != "":
                _notes.append(((*_at, "smsType"), sms_type))
    elif sms_type is None:
        pass
    elif sms_type is UNSET:
        pass
    else:
        _notes.append(Misfit((*_at, "smsType"), sms_type, "None | SmsType | str | missing"))
    timestamp = _get("timestamp", UNSET)
    if type(timestamp) is not str and timestamp is not None and timestamp is not UNSET:
        _notes.append(Misfit((*_at, "timestamp"), timestamp, "None | str | missing"))
    send_status = _get("sendStatus", UNSET)
    if type(send_status) is str:
        if send_status in _DELIVERY_REPORT:
            send_status = _DELIVERY_REPORT[send_status]
        else:
            if send_status != "":
                _notes.append(((*_at, "sendStatus"), send_status))
    elif send_status is None:
        pass
    elif send_status is UNSET:
        pass
    else:
        _notes.append(Misfit((*_at, "sendStatus"), send_status, "DeliveryReport | None | str | missing"))
    _parsed = SmsCdrRecord(
        device_id, from_iccid, to_iccid, send_msisdn, rec_msisdn, sms_type, timestamp, send_status
    )
    if not _SMS_CDR_RECORD_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _SMS_CDR_RECORD_KEYS}
    return _parsed


def parse_sms_cdr_page(_src: dict[str, Any], _at: Path, _notes: Notes) -> SmsCdrPage:
    _get = _src.get
    data = _get("data", UNSET)
    if type(data) is list:
        _mark = len(_notes)
        _parsed_items = [
            parse_sms_cdr_record(_item, _at, _notes)
            if type(_item) is dict
            else _misfit(_notes, _at, _item, "SmsCdrRecord")
            for _item in data
        ]
        if len(_notes) != _mark:
            del _notes[_mark:]
            _parsed_items = [
                parse_sms_cdr_record(_item, (*_at, "data", _index), _notes)
                if type(_item) is dict
                else _misfit(_notes, (*_at, "data", _index), _item, "SmsCdrRecord")
                for _index, _item in enumerate(data)
            ]
        data = _parsed_items
    else:
        _notes.append(Misfit((*_at, "data"), data, "list[SmsCdrRecord]"))
    total_data = _get("totalData", UNSET)
    if type(total_data) is not int and total_data is not UNSET:
        _notes.append(Misfit((*_at, "totalData"), total_data, "int | missing"))
    count = _get("count", UNSET)
    if type(count) is not int and count is not UNSET:
        _notes.append(Misfit((*_at, "count"), count, "int | missing"))
    total_page = _get("totalPage", UNSET)
    if type(total_page) is not int and total_page is not UNSET:
        _notes.append(Misfit((*_at, "totalPage"), total_page, "int | missing"))
    _parsed = SmsCdrPage(data, total_data, count, total_page)
    if not _SMS_CDR_PAGE_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _SMS_CDR_PAGE_KEYS}
    return _parsed


def parse_query_sms_cdr_response(_src: dict[str, Any], _at: Path, _notes: Notes) -> QuerySmsCdrResponse:
    _get = _src.get
    code = _get("code", UNSET)
    if type(code) is not str:
        _notes.append(Misfit((*_at, "code"), code, "str"))
    message = _get("message", UNSET)
    if type(message) is not str:
        _notes.append(Misfit((*_at, "message"), message, "str"))
    success = _get("success", UNSET)
    if type(success) is not bool:
        _notes.append(Misfit((*_at, "success"), success, "bool"))
    data = _get("data", UNSET)
    if type(data) is dict:
        data = parse_sms_cdr_page(data, (*_at, "data"), _notes)
    elif data is None:
        pass
    else:
        _notes.append(Misfit((*_at, "data"), data, "None | SmsCdrPage"))
    _parsed = QuerySmsCdrResponse(code, message, success, data)
    if not _QUERY_SMS_CDR_RESPONSE_KEYS.issuperset(_src):
        _parsed.additional_properties = {
            k: v for k, v in _src.items() if k not in _QUERY_SMS_CDR_RESPONSE_KEYS
        }
    return _parsed


def parse_sms_mo_push(_src: dict[str, Any], _at: Path, _notes: Notes) -> SmsMoPush:
    _get = _src.get
    supplier_code = _get("supplier_code", UNSET)
    if type(supplier_code) is not str:
        _notes.append(Misfit((*_at, "supplier_code"), supplier_code, "str"))
    phone = _get("phone", UNSET)
    if type(phone) is not str:
        _notes.append(Misfit((*_at, "phone"), phone, "str"))
    iccid = _get("iccid", UNSET)
    if type(iccid) is not str:
        _notes.append(Misfit((*_at, "iccid"), iccid, "str"))
    dest_address = _get("dest_address", UNSET)
    if type(dest_address) is not str:
        _notes.append(Misfit((*_at, "dest_address"), dest_address, "str"))
    sms_content = _get("sms_content", UNSET)
    if type(sms_content) is not str:
        _notes.append(Misfit((*_at, "sms_content"), sms_content, "str"))
    timestamp = _get("timestamp", UNSET)
    if type(timestamp) is not str:
        _notes.append(Misfit((*_at, "timestamp"), timestamp, "str"))
    _parsed = SmsMoPush(supplier_code, phone, iccid, dest_address, sms_content, timestamp)
    if not _SMS_MO_PUSH_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _SMS_MO_PUSH_KEYS}
    return _parsed


def parse_sms_mt_push(_src: dict[str, Any], _at: Path, _notes: Notes) -> SmsMtPush:
    _get = _src.get
    supplier_code = _get("supplier_code", UNSET)
    if type(supplier_code) is not str:
        _notes.append(Misfit((*_at, "supplier_code"), supplier_code, "str"))
    msg_id = _get("msg_id", UNSET)
    if type(msg_id) is not str:
        _notes.append(Misfit((*_at, "msg_id"), msg_id, "str"))
    phone = _get("phone", UNSET)
    if type(phone) is not str:
        _notes.append(Misfit((*_at, "phone"), phone, "str"))
    iccid = _get("iccid", UNSET)
    if type(iccid) is not str:
        _notes.append(Misfit((*_at, "iccid"), iccid, "str"))
    timestamp = _get("timestamp", UNSET)
    if type(timestamp) is not str:
        _notes.append(Misfit((*_at, "timestamp"), timestamp, "str"))
    status_report = _get("status_report", UNSET)
    if type(status_report) is str:
        if status_report in _DELIVERY_REPORT:
            status_report = _DELIVERY_REPORT[status_report]
        else:
            if status_report != "":
                _notes.append(((*_at, "status_report"), status_report))
    elif status_report is None:
        pass
    elif status_report is UNSET:
        pass
    else:
        _notes.append(Misfit((*_at, "status_report"), status_report, "DeliveryReport | None | str | missing"))
    status_report_msg = _get("status_report_msg", UNSET)
    if type(status_report_msg) is str:
        if status_report_msg in _DELIVERY_REPORT_TEXT:
            status_report_msg = _DELIVERY_REPORT_TEXT[status_report_msg]
        else:
            if status_report_msg != "":
                _notes.append(((*_at, "status_report_msg"), status_report_msg))
    elif status_report_msg is None:
        pass
    elif status_report_msg is UNSET:
        pass
    else:
        _notes.append(
            Misfit(
                (*_at, "status_report_msg"), status_report_msg, "DeliveryReportText | None | str | missing"
            )
        )
    _parsed = SmsMtPush(supplier_code, msg_id, phone, iccid, timestamp, status_report, status_report_msg)
    if not _SMS_MT_PUSH_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _SMS_MT_PUSH_KEYS}
    return _parsed


def parse_card_switch_error(_src: dict[str, Any], _at: Path, _notes: Notes) -> CardSwitchError:
    _get = _src.get
    info_message = _get("infoMessage", UNSET)
    if type(info_message) is not str and info_message is not None and info_message is not UNSET:
        _notes.append(Misfit((*_at, "infoMessage"), info_message, "None | str | missing"))
    iccid = _get("iccid", UNSET)
    if type(iccid) is not str and iccid is not UNSET:
        _notes.append(Misfit((*_at, "iccid"), iccid, "str | missing"))
    _parsed = CardSwitchError(info_message, iccid)
    if not _CARD_SWITCH_ERROR_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _CARD_SWITCH_ERROR_KEYS}
    return _parsed


def parse_card_network_batch(_src: dict[str, Any], _at: Path, _notes: Notes) -> CardNetworkBatch:
    _get = _src.get
    success_count = _get("successCount", UNSET)
    if type(success_count) is not int and success_count is not UNSET:
        _notes.append(Misfit((*_at, "successCount"), success_count, "int | missing"))
    batch_code = _get("batchCode", UNSET)
    if type(batch_code) is not str and batch_code is not None and batch_code is not UNSET:
        _notes.append(Misfit((*_at, "batchCode"), batch_code, "None | str | missing"))
    error_info = _get("errorInfo", UNSET)
    if type(error_info) is list:
        _mark = len(_notes)
        _parsed_items = [
            parse_card_switch_error(_item, _at, _notes)
            if type(_item) is dict
            else _misfit(_notes, _at, _item, "CardSwitchError")
            for _item in error_info
        ]
        if len(_notes) != _mark:
            del _notes[_mark:]
            _parsed_items = [
                parse_card_switch_error(_item, (*_at, "errorInfo", _index), _notes)
                if type(_item) is dict
                else _misfit(_notes, (*_at, "errorInfo", _index), _item, "CardSwitchError")
                for _index, _item in enumerate(error_info)
            ]
        error_info = _parsed_items
    elif error_info is None:
        pass
    elif error_info is UNSET:
        pass
    else:
        _notes.append(Misfit((*_at, "errorInfo"), error_info, "list[CardSwitchError] | None | missing"))
    _parsed = CardNetworkBatch(success_count, batch_code, error_info)
    if not _CARD_NETWORK_BATCH_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _CARD_NETWORK_BATCH_KEYS}
    return _parsed


def parse_switch_card_network_response(
    _src: dict[str, Any], _at: Path, _notes: Notes
) -> SwitchCardNetworkResponse:
    _get = _src.get
    code = _get("code", UNSET)
    if type(code) is not int:
        _notes.append(Misfit((*_at, "code"), code, "int"))
    message = _get("message", UNSET)
    if type(message) is not str and message is not None and message is not UNSET:
        _notes.append(Misfit((*_at, "message"), message, "None | str | missing"))
    trace_id = _get("traceId", UNSET)
    if type(trace_id) is not str and trace_id is not None and trace_id is not UNSET:
        _notes.append(Misfit((*_at, "traceId"), trace_id, "None | str | missing"))
    data = _get("data", UNSET)
    if type(data) is dict:
        data = parse_card_network_batch(data, (*_at, "data"), _notes)
    elif data is None:
        pass
    elif data is UNSET:
        pass
    else:
        _notes.append(Misfit((*_at, "data"), data, "CardNetworkBatch | None | missing"))
    _parsed = SwitchCardNetworkResponse(code, message, trace_id, data)
    if not _SWITCH_CARD_NETWORK_RESPONSE_KEYS.issuperset(_src):
        _parsed.additional_properties = {
            k: v for k, v in _src.items() if k not in _SWITCH_CARD_NETWORK_RESPONSE_KEYS
        }
    return _parsed


def parse_package(_src: dict[str, Any], _at: Path, _notes: Notes) -> Package:
    _get = _src.get
    package_code = _get("package_code", UNSET)
    if type(package_code) is not str:
        _notes.append(Misfit((*_at, "package_code"), package_code, "str"))
    package_name = _get("package_name", UNSET)
    if type(package_name) is not str:
        _notes.append(Misfit((*_at, "package_name"), package_name, "str"))
    package_type = _get("package_type", UNSET)
    if type(package_type) is str:
        if package_type in _PACKAGE_TYPE:
            package_type = _PACKAGE_TYPE[package_type]
        else:
            if package_type != "":
                _notes.append(((*_at, "package_type"), package_type))
    else:
        _notes.append(Misfit((*_at, "package_type"), package_type, "PackageType | str"))
    status = _get("status", UNSET)
    if type(status) is str:
        if status in _PACKAGE_STATUS:
            status = _PACKAGE_STATUS[status]
        else:
            if status != "":
                _notes.append(((*_at, "status"), status))
    else:
        _notes.append(Misfit((*_at, "status"), status, "PackageStatus | str"))
    package_desc = _get("package_desc", UNSET)
    if type(package_desc) is not str and package_desc is not UNSET:
        _notes.append(Misfit((*_at, "package_desc"), package_desc, "str | missing"))
    cover_country_mcc = _get("cover_country_mcc", UNSET)
    if type(cover_country_mcc) is not str and cover_country_mcc is not UNSET:
        _notes.append(Misfit((*_at, "cover_country_mcc"), cover_country_mcc, "str | missing"))
    cover_countrys = _get("cover_countrys", UNSET)
    if type(cover_countrys) is not str and cover_countrys is not UNSET:
        _notes.append(Misfit((*_at, "cover_countrys"), cover_countrys, "str | missing"))
    price_type = _get("price_type", UNSET)
    if type(price_type) is str:
        if price_type in _PRICE_TYPE:
            price_type = _PRICE_TYPE[price_type]
        else:
            if price_type != "":
                _notes.append(((*_at, "price_type"), price_type))
    elif price_type is UNSET:
        pass
    else:
        _notes.append(Misfit((*_at, "price_type"), price_type, "PriceType | str | missing"))
    flow = _get("flow", UNSET)
    if type(flow) is not str and flow is not UNSET:
        _notes.append(Misfit((*_at, "flow"), flow, "str | missing"))
    buy_type = _get("buy_type", UNSET)
    if type(buy_type) is str:
        if buy_type in _BUY_TYPE:
            buy_type = _BUY_TYPE[buy_type]
        else:
            if buy_type != "":
                _notes.append(((*_at, "buy_type"), buy_type))
    elif buy_type is UNSET:
        pass
    else:
        _notes.append(Misfit((*_at, "buy_type"), buy_type, "BuyType | str | missing"))
    min_order_period = _get("min_order_period", UNSET)
    if type(min_order_period) is not str and min_order_period is not UNSET:
        _notes.append(Misfit((*_at, "min_order_period"), min_order_period, "str | missing"))
    max_order_period = _get("max_order_period", UNSET)
    if type(max_order_period) is not str and max_order_period is not UNSET:
        _notes.append(Misfit((*_at, "max_order_period"), max_order_period, "str | missing"))
    whole_price = _get("whole_price", UNSET)
    if type(whole_price) is not str and whole_price is not UNSET:
        _notes.append(Misfit((*_at, "whole_price"), whole_price, "str | missing"))
    package_usage_attribute = _get("package_usage_attribute", UNSET)
    if type(package_usage_attribute) is str:
        if package_usage_attribute in _PACKAGE_USAGE_ATTRIBUTE:
            package_usage_attribute = _PACKAGE_USAGE_ATTRIBUTE[package_usage_attribute]
        else:
            if package_usage_attribute != "":
                _notes.append(((*_at, "package_usage_attribute"), package_usage_attribute))
    elif package_usage_attribute is UNSET:
        pass
    else:
        _notes.append(
            Misfit(
                (*_at, "package_usage_attribute"),
                package_usage_attribute,
                "PackageUsageAttribute | str | missing",
            )
        )
    service_cycle_count = _get("serviceCycleCount", UNSET)
    if type(service_cycle_count) is not str and service_cycle_count is not UNSET:
        _notes.append(Misfit((*_at, "serviceCycleCount"), service_cycle_count, "str | missing"))
    package_imsi_type = _get("package_imsi_type", UNSET)
    if type(package_imsi_type) is not str and package_imsi_type is not UNSET:
        _notes.append(Misfit((*_at, "package_imsi_type"), package_imsi_type, "str | missing"))
    _parsed = Package(
        package_code,
        package_name,
        package_type,
        status,
        package_desc,
        cover_country_mcc,
        cover_countrys,
        price_type,
        flow,
        buy_type,
        min_order_period,
        max_order_period,
        whole_price,
        package_usage_attribute,
        service_cycle_count,
        package_imsi_type,
    )
    if not _PACKAGE_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _PACKAGE_KEYS}
    return _parsed


def parse_sync_packages_data(_src: dict[str, Any], _at: Path, _notes: Notes) -> SyncPackagesData:
    _get = _src.get
    page = _get("page", UNSET)
    if type(page) is dict:
        page = parse_page(page, (*_at, "page"), _notes)
    else:
        _notes.append(Misfit((*_at, "page"), page, "Page"))
    package_num = _get("package_num", UNSET)
    if type(package_num) is not int:
        _notes.append(Misfit((*_at, "package_num"), package_num, "int"))
    package = _get("package", UNSET)
    if type(package) is list:
        _mark = len(_notes)
        _parsed_items = [
            parse_package(_item, _at, _notes)
            if type(_item) is dict
            else _misfit(_notes, _at, _item, "Package")
            for _item in package
        ]
        if len(_notes) != _mark:
            del _notes[_mark:]
            _parsed_items = [
                parse_package(_item, (*_at, "package", _index), _notes)
                if type(_item) is dict
                else _misfit(_notes, (*_at, "package", _index), _item, "Package")
                for _index, _item in enumerate(package)
            ]
        package = _parsed_items
    else:
        _notes.append(Misfit((*_at, "package"), package, "list[Package]"))
    sign = _get("sign", UNSET)
    if type(sign) is not str and sign is not None and sign is not UNSET:
        _notes.append(Misfit((*_at, "sign"), sign, "None | str | missing"))
    _parsed = SyncPackagesData(page, package_num, package, sign)
    if not _SYNC_PACKAGES_DATA_KEYS.issuperset(_src):
        _parsed.additional_properties = {k: v for k, v in _src.items() if k not in _SYNC_PACKAGES_DATA_KEYS}
    return _parsed


def parse_sync_packages_response(_src: dict[str, Any], _at: Path, _notes: Notes) -> SyncPackagesResponse:
    _get = _src.get
    code = _get("code", UNSET)
    if type(code) is not str:
        _notes.append(Misfit((*_at, "code"), code, "str"))
    message = _get("message", UNSET)
    if type(message) is not str:
        _notes.append(Misfit((*_at, "message"), message, "str"))
    success = _get("success", UNSET)
    if type(success) is not bool:
        _notes.append(Misfit((*_at, "success"), success, "bool"))
    data = _get("data", UNSET)
    if type(data) is dict:
        data = parse_sync_packages_data(data, (*_at, "data"), _notes)
    elif data is None:
        pass
    else:
        _notes.append(Misfit((*_at, "data"), data, "None | SyncPackagesData"))
    _parsed = SyncPackagesResponse(code, message, success, data)
    if not _SYNC_PACKAGES_RESPONSE_KEYS.issuperset(_src):
        _parsed.additional_properties = {
            k: v for k, v in _src.items() if k not in _SYNC_PACKAGES_RESPONSE_KEYS
        }
    return _parsed


PARSERS: dict[type[Any], Parser] = {
    BatchOrderPackagesData: parse_batch_order_packages_data,
    BatchOrderPackagesResponse: parse_batch_order_packages_response,
    BindDeviceImeiResponse: parse_bind_device_imei_response,
    BindTrackRecord: parse_bind_track_record,
    CardDayUsage: parse_card_day_usage,
    CardDetail: parse_card_detail,
    CardMonthUsage: parse_card_month_usage,
    CardNetworkBatch: parse_card_network_batch,
    CardOperationState: parse_card_operation_state,
    CardStatusCount: parse_card_status_count,
    CardSwitchError: parse_card_switch_error,
    CdrPage: parse_cdr_page,
    CdrRecord: parse_cdr_record,
    CmpEmptyResponse: parse_cmp_empty_response,
    Device: parse_device,
    DeviceList: parse_device_list,
    DeviceOrderResult: parse_device_order_result,
    EpiConfig: parse_epi_config,
    GetBatchOperationStatusResponse: parse_get_batch_operation_status_response,
    GetBindHistoryResponse: parse_get_bind_history_response,
    GetCardDayUsageResponse: parse_get_card_day_usage_response,
    GetCardDetailResponse: parse_get_card_detail_response,
    GetCardMonthUsageResponse: parse_get_card_month_usage_response,
    GetPoolDayUsageResponse: parse_get_pool_day_usage_response,
    GetPoolDetailResponse: parse_get_pool_detail_response,
    GetPoolMonthUsageResponse: parse_get_pool_month_usage_response,
    GetTrafficPoolInfoResponse: parse_get_traffic_pool_info_response,
    GprsSession: parse_gprs_session,
    LatestCdr: parse_latest_cdr,
    MtSmsPage: parse_mt_sms_page,
    MtSmsRecord: parse_mt_sms_record,
    OpenPackageData: parse_open_package_data,
    OpenPackageResponse: parse_open_package_response,
    OrderPackageData: parse_order_package_data,
    OrderPackageResponse: parse_order_package_response,
    OrderStatusPush: parse_order_status_push,
    Package: parse_package,
    PackageOrder: parse_package_order,
    Page: parse_page,
    PoolDayUsage: parse_pool_day_usage,
    PoolDetail: parse_pool_detail,
    PoolMonthUsage: parse_pool_month_usage,
    PoolPackageInfo: parse_pool_package_info,
    Profile: parse_profile,
    QueryDeviceResponse: parse_query_device_response,
    QueryDevicesResponse: parse_query_devices_response,
    QueryLatestCdrResponse: parse_query_latest_cdr_response,
    QueryMtSmsStatusResponse: parse_query_mt_sms_status_response,
    QueryOrdersData: parse_query_orders_data,
    QueryOrdersResponse: parse_query_orders_response,
    QuerySimCdrResponse: parse_query_sim_cdr_response,
    QuerySmsCdrResponse: parse_query_sms_cdr_response,
    RefuelingPackage: parse_refueling_package,
    ResultStatus: parse_result_status,
    SmsCdrPage: parse_sms_cdr_page,
    SmsCdrRecord: parse_sms_cdr_record,
    SmsMoCounters: parse_sms_mo_counters,
    SmsMoPush: parse_sms_mo_push,
    SmsMtCounters: parse_sms_mt_counters,
    SmsMtPush: parse_sms_mt_push,
    SwitchCardNetworkResponse: parse_switch_card_network_response,
    SyncPackagesData: parse_sync_packages_data,
    SyncPackagesResponse: parse_sync_packages_response,
    TrafficPool: parse_traffic_pool,
    TrafficPoolPage: parse_traffic_pool_page,
}
