# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
"""Contains all the data models used in inputs/outputs.

Each class is imported from its own module on first use (PEP 562): importing this package, or one
model, does not load the other models.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .auto_bind_flag import AutoBindFlag
    from .batch_order_packages_data import BatchOrderPackagesData
    from .batch_order_packages_request import BatchOrderPackagesRequest
    from .batch_order_packages_response import BatchOrderPackagesResponse
    from .billing_cycle import BillingCycle
    from .billing_method import BillingMethod
    from .bind_device_imei_request import BindDeviceImeiRequest
    from .bind_device_imei_response import BindDeviceImeiResponse
    from .bind_operation import BindOperation
    from .bind_track_record import BindTrackRecord
    from .bip_flag import BipFlag
    from .boolean_string import BooleanString
    from .buy_type import BuyType
    from .card_day_usage import CardDayUsage
    from .card_detail import CardDetail
    from .card_month_usage import CardMonthUsage
    from .card_network_batch import CardNetworkBatch
    from .card_operation_state import CardOperationState
    from .card_status import CardStatus
    from .card_status_count import CardStatusCount
    from .card_switch_error import CardSwitchError
    from .cdr_page import CdrPage
    from .cdr_record import CdrRecord
    from .cmp_empty_response import CmpEmptyResponse
    from .cmp_envelope import CmpEnvelope
    from .cmp_envelope_base import CmpEnvelopeBase
    from .csss_envelope import CsssEnvelope
    from .csss_global_parameters import CsssGlobalParameters
    from .delivery_report import DeliveryReport
    from .delivery_report_text import DeliveryReportText
    from .device import Device
    from .device_id_request import DeviceIdRequest
    from .device_list import DeviceList
    from .device_order_result import DeviceOrderResult
    from .device_type import DeviceType
    from .epi_config import EpiConfig
    from .epi_config_type import EpiConfigType
    from .finish_order_early_request import FinishOrderEarlyRequest
    from .flow_package_type import FlowPackageType
    from .gateway_error import GatewayError
    from .get_batch_operation_status_response import GetBatchOperationStatusResponse
    from .get_bind_history_response import GetBindHistoryResponse
    from .get_card_day_usage_response import GetCardDayUsageResponse
    from .get_card_detail_response import GetCardDetailResponse
    from .get_card_month_usage_response import GetCardMonthUsageResponse
    from .get_pool_day_usage_response import GetPoolDayUsageResponse
    from .get_pool_detail_response import GetPoolDetailResponse
    from .get_pool_month_usage_response import GetPoolMonthUsageResponse
    from .get_traffic_pool_info_request import GetTrafficPoolInfoRequest
    from .get_traffic_pool_info_response import GetTrafficPoolInfoResponse
    from .gprs_session import GprsSession
    from .latest_cdr import LatestCdr
    from .lifecycle import Lifecycle
    from .message_type import MessageType
    from .mt_sms_page import MtSmsPage
    from .mt_sms_record import MtSmsRecord
    from .multi_imsi_flag import MultiImsiFlag
    from .open_flag import OpenFlag
    from .open_package_data import OpenPackageData
    from .open_package_response import OpenPackageResponse
    from .operation_card_status import OperationCardStatus
    from .order_id_request import OrderIdRequest
    from .order_package_data import OrderPackageData
    from .order_package_request import OrderPackageRequest
    from .order_package_response import OrderPackageResponse
    from .order_push_operation import OrderPushOperation
    from .order_service_request import OrderServiceRequest
    from .order_status import OrderStatus
    from .order_status_push import OrderStatusPush
    from .ota_flag import OtaFlag
    from .package import Package
    from .package_order import PackageOrder
    from .package_status import PackageStatus
    from .package_type import PackageType
    from .package_usage_attribute import PackageUsageAttribute
    from .page import Page
    from .pay_result import PayResult
    from .pay_type import PayType
    from .pool_day_usage import PoolDayUsage
    from .pool_detail import PoolDetail
    from .pool_envelope import PoolEnvelope
    from .pool_envelope_base import PoolEnvelopeBase
    from .pool_month_usage import PoolMonthUsage
    from .pool_package_info import PoolPackageInfo
    from .pool_status import PoolStatus
    from .pool_type import PoolType
    from .price_type import PriceType
    from .profile import Profile
    from .query_device_request import QueryDeviceRequest
    from .query_device_response import QueryDeviceResponse
    from .query_devices_request import QueryDevicesRequest
    from .query_devices_response import QueryDevicesResponse
    from .query_latest_cdr_request import QueryLatestCdrRequest
    from .query_latest_cdr_response import QueryLatestCdrResponse
    from .query_mt_sms_status_request import QueryMtSmsStatusRequest
    from .query_mt_sms_status_response import QueryMtSmsStatusResponse
    from .query_orders_data import QueryOrdersData
    from .query_orders_request import QueryOrdersRequest
    from .query_orders_response import QueryOrdersResponse
    from .query_sim_cdr_response import QuerySimCdrResponse
    from .query_sms_cdr_request import QuerySmsCdrRequest
    from .query_sms_cdr_response import QuerySmsCdrResponse
    from .refueling_package import RefuelingPackage
    from .refueling_status import RefuelingStatus
    from .result_status import ResultStatus
    from .result_status_code import ResultStatusCode
    from .send_sms_request import SendSmsRequest
    from .send_status import SendStatus
    from .session_return_code import SessionReturnCode
    from .sms_cdr_page import SmsCdrPage
    from .sms_cdr_record import SmsCdrRecord
    from .sms_mo_counters import SmsMoCounters
    from .sms_mo_push import SmsMoPush
    from .sms_mt_counters import SmsMtCounters
    from .sms_mt_push import SmsMtPush
    from .sms_target import SmsTarget
    from .sms_type import SmsType
    from .switch_card_network_request import SwitchCardNetworkRequest
    from .switch_card_network_response import SwitchCardNetworkResponse
    from .sync_packages_data import SyncPackagesData
    from .sync_packages_request import SyncPackagesRequest
    from .sync_packages_response import SyncPackagesResponse
    from .traffic_pool import TrafficPool
    from .traffic_pool_page import TrafficPoolPage
    from .webhook_ack import WebhookAck
    from .yes_no_flag import YesNoFlag

_MODULES: dict[str, str] = {
    "AutoBindFlag": ".auto_bind_flag",
    "BatchOrderPackagesData": ".batch_order_packages_data",
    "BatchOrderPackagesRequest": ".batch_order_packages_request",
    "BatchOrderPackagesResponse": ".batch_order_packages_response",
    "BillingCycle": ".billing_cycle",
    "BillingMethod": ".billing_method",
    "BindDeviceImeiRequest": ".bind_device_imei_request",
    "BindDeviceImeiResponse": ".bind_device_imei_response",
    "BindOperation": ".bind_operation",
    "BindTrackRecord": ".bind_track_record",
    "BipFlag": ".bip_flag",
    "BooleanString": ".boolean_string",
    "BuyType": ".buy_type",
    "CardDayUsage": ".card_day_usage",
    "CardDetail": ".card_detail",
    "CardMonthUsage": ".card_month_usage",
    "CardNetworkBatch": ".card_network_batch",
    "CardOperationState": ".card_operation_state",
    "CardStatus": ".card_status",
    "CardStatusCount": ".card_status_count",
    "CardSwitchError": ".card_switch_error",
    "CdrPage": ".cdr_page",
    "CdrRecord": ".cdr_record",
    "CmpEmptyResponse": ".cmp_empty_response",
    "CmpEnvelope": ".cmp_envelope",
    "CmpEnvelopeBase": ".cmp_envelope_base",
    "CsssEnvelope": ".csss_envelope",
    "CsssGlobalParameters": ".csss_global_parameters",
    "DeliveryReport": ".delivery_report",
    "DeliveryReportText": ".delivery_report_text",
    "Device": ".device",
    "DeviceIdRequest": ".device_id_request",
    "DeviceList": ".device_list",
    "DeviceOrderResult": ".device_order_result",
    "DeviceType": ".device_type",
    "EpiConfig": ".epi_config",
    "EpiConfigType": ".epi_config_type",
    "FinishOrderEarlyRequest": ".finish_order_early_request",
    "FlowPackageType": ".flow_package_type",
    "GatewayError": ".gateway_error",
    "GetBatchOperationStatusResponse": ".get_batch_operation_status_response",
    "GetBindHistoryResponse": ".get_bind_history_response",
    "GetCardDayUsageResponse": ".get_card_day_usage_response",
    "GetCardDetailResponse": ".get_card_detail_response",
    "GetCardMonthUsageResponse": ".get_card_month_usage_response",
    "GetPoolDayUsageResponse": ".get_pool_day_usage_response",
    "GetPoolDetailResponse": ".get_pool_detail_response",
    "GetPoolMonthUsageResponse": ".get_pool_month_usage_response",
    "GetTrafficPoolInfoRequest": ".get_traffic_pool_info_request",
    "GetTrafficPoolInfoResponse": ".get_traffic_pool_info_response",
    "GprsSession": ".gprs_session",
    "LatestCdr": ".latest_cdr",
    "Lifecycle": ".lifecycle",
    "MessageType": ".message_type",
    "MtSmsPage": ".mt_sms_page",
    "MtSmsRecord": ".mt_sms_record",
    "MultiImsiFlag": ".multi_imsi_flag",
    "OpenFlag": ".open_flag",
    "OpenPackageData": ".open_package_data",
    "OpenPackageResponse": ".open_package_response",
    "OperationCardStatus": ".operation_card_status",
    "OrderIdRequest": ".order_id_request",
    "OrderPackageData": ".order_package_data",
    "OrderPackageRequest": ".order_package_request",
    "OrderPackageResponse": ".order_package_response",
    "OrderPushOperation": ".order_push_operation",
    "OrderServiceRequest": ".order_service_request",
    "OrderStatus": ".order_status",
    "OrderStatusPush": ".order_status_push",
    "OtaFlag": ".ota_flag",
    "Package": ".package",
    "PackageOrder": ".package_order",
    "PackageStatus": ".package_status",
    "PackageType": ".package_type",
    "PackageUsageAttribute": ".package_usage_attribute",
    "Page": ".page",
    "PayResult": ".pay_result",
    "PayType": ".pay_type",
    "PoolDayUsage": ".pool_day_usage",
    "PoolDetail": ".pool_detail",
    "PoolEnvelope": ".pool_envelope",
    "PoolEnvelopeBase": ".pool_envelope_base",
    "PoolMonthUsage": ".pool_month_usage",
    "PoolPackageInfo": ".pool_package_info",
    "PoolStatus": ".pool_status",
    "PoolType": ".pool_type",
    "PriceType": ".price_type",
    "Profile": ".profile",
    "QueryDeviceRequest": ".query_device_request",
    "QueryDeviceResponse": ".query_device_response",
    "QueryDevicesRequest": ".query_devices_request",
    "QueryDevicesResponse": ".query_devices_response",
    "QueryLatestCdrRequest": ".query_latest_cdr_request",
    "QueryLatestCdrResponse": ".query_latest_cdr_response",
    "QueryMtSmsStatusRequest": ".query_mt_sms_status_request",
    "QueryMtSmsStatusResponse": ".query_mt_sms_status_response",
    "QueryOrdersData": ".query_orders_data",
    "QueryOrdersRequest": ".query_orders_request",
    "QueryOrdersResponse": ".query_orders_response",
    "QuerySimCdrResponse": ".query_sim_cdr_response",
    "QuerySmsCdrRequest": ".query_sms_cdr_request",
    "QuerySmsCdrResponse": ".query_sms_cdr_response",
    "RefuelingPackage": ".refueling_package",
    "RefuelingStatus": ".refueling_status",
    "ResultStatus": ".result_status",
    "ResultStatusCode": ".result_status_code",
    "SendSmsRequest": ".send_sms_request",
    "SendStatus": ".send_status",
    "SessionReturnCode": ".session_return_code",
    "SmsCdrPage": ".sms_cdr_page",
    "SmsCdrRecord": ".sms_cdr_record",
    "SmsMoCounters": ".sms_mo_counters",
    "SmsMoPush": ".sms_mo_push",
    "SmsMtCounters": ".sms_mt_counters",
    "SmsMtPush": ".sms_mt_push",
    "SmsTarget": ".sms_target",
    "SmsType": ".sms_type",
    "SwitchCardNetworkRequest": ".switch_card_network_request",
    "SwitchCardNetworkResponse": ".switch_card_network_response",
    "SyncPackagesData": ".sync_packages_data",
    "SyncPackagesRequest": ".sync_packages_request",
    "SyncPackagesResponse": ".sync_packages_response",
    "TrafficPool": ".traffic_pool",
    "TrafficPoolPage": ".traffic_pool_page",
    "WebhookAck": ".webhook_ack",
    "YesNoFlag": ".yes_no_flag",
}
"""Each class's module, relative to this package."""


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


__all__ = (
    "AutoBindFlag",
    "BatchOrderPackagesData",
    "BatchOrderPackagesRequest",
    "BatchOrderPackagesResponse",
    "BillingCycle",
    "BillingMethod",
    "BindDeviceImeiRequest",
    "BindDeviceImeiResponse",
    "BindOperation",
    "BindTrackRecord",
    "BipFlag",
    "BooleanString",
    "BuyType",
    "CardDayUsage",
    "CardDetail",
    "CardMonthUsage",
    "CardNetworkBatch",
    "CardOperationState",
    "CardStatus",
    "CardStatusCount",
    "CardSwitchError",
    "CdrPage",
    "CdrRecord",
    "CmpEmptyResponse",
    "CmpEnvelope",
    "CmpEnvelopeBase",
    "CsssEnvelope",
    "CsssGlobalParameters",
    "DeliveryReport",
    "DeliveryReportText",
    "Device",
    "DeviceIdRequest",
    "DeviceList",
    "DeviceOrderResult",
    "DeviceType",
    "EpiConfig",
    "EpiConfigType",
    "FinishOrderEarlyRequest",
    "FlowPackageType",
    "GatewayError",
    "GetBatchOperationStatusResponse",
    "GetBindHistoryResponse",
    "GetCardDayUsageResponse",
    "GetCardDetailResponse",
    "GetCardMonthUsageResponse",
    "GetPoolDayUsageResponse",
    "GetPoolDetailResponse",
    "GetPoolMonthUsageResponse",
    "GetTrafficPoolInfoRequest",
    "GetTrafficPoolInfoResponse",
    "GprsSession",
    "LatestCdr",
    "Lifecycle",
    "MessageType",
    "MtSmsPage",
    "MtSmsRecord",
    "MultiImsiFlag",
    "OpenFlag",
    "OpenPackageData",
    "OpenPackageResponse",
    "OperationCardStatus",
    "OrderIdRequest",
    "OrderPackageData",
    "OrderPackageRequest",
    "OrderPackageResponse",
    "OrderPushOperation",
    "OrderServiceRequest",
    "OrderStatus",
    "OrderStatusPush",
    "OtaFlag",
    "Package",
    "PackageOrder",
    "PackageStatus",
    "PackageType",
    "PackageUsageAttribute",
    "Page",
    "PayResult",
    "PayType",
    "PoolDayUsage",
    "PoolDetail",
    "PoolEnvelope",
    "PoolEnvelopeBase",
    "PoolMonthUsage",
    "PoolPackageInfo",
    "PoolStatus",
    "PoolType",
    "PriceType",
    "Profile",
    "QueryDeviceRequest",
    "QueryDeviceResponse",
    "QueryDevicesRequest",
    "QueryDevicesResponse",
    "QueryLatestCdrRequest",
    "QueryLatestCdrResponse",
    "QueryMtSmsStatusRequest",
    "QueryMtSmsStatusResponse",
    "QueryOrdersData",
    "QueryOrdersRequest",
    "QueryOrdersResponse",
    "QuerySimCdrResponse",
    "QuerySmsCdrRequest",
    "QuerySmsCdrResponse",
    "RefuelingPackage",
    "RefuelingStatus",
    "ResultStatus",
    "ResultStatusCode",
    "SendSmsRequest",
    "SendStatus",
    "SessionReturnCode",
    "SmsCdrPage",
    "SmsCdrRecord",
    "SmsMoCounters",
    "SmsMoPush",
    "SmsMtCounters",
    "SmsMtPush",
    "SmsTarget",
    "SmsType",
    "SwitchCardNetworkRequest",
    "SwitchCardNetworkResponse",
    "SyncPackagesData",
    "SyncPackagesRequest",
    "SyncPackagesResponse",
    "TrafficPool",
    "TrafficPoolPage",
    "WebhookAck",
    "YesNoFlag",
)
