# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_flag import OpenFlag
from ..models.package_type import PackageType
from ..models.pay_result import PayResult
from ..models.pay_type import PayType
from ..models.yes_no_flag import YesNoFlag
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderPackageRequest")


@_attrs_define
class OrderPackageRequest:
    """A CSSS order for one device. `pay_type` is optional here but required by the CMP v2 batch order (R-CSSS-PAY-TYPE).

    Attributes:
        access_code (str): The partner code, e.g. P000270.
        timestamp (str): Request time in seconds since the epoch (10 digits); 13-digit milliseconds are accepted.
        version (Literal['2.0']): API version.
        sign (str): Base64 HMAC-SHA1 of the sorted, non-empty parameters.
        device_id (str): A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use
            opaque ids.
        global_order (YesNoFlag): 1 yes; 0 no (`global_order`, `test_flow_flag`, `hasTestFlow`).
        is_open (OpenFlag): Whether to open the ordered package at once. 1 open immediately; 0 do not.
        order_period (str): A whole number sent as a JSON string (counts, periods, traffic in MB or KB).
        package_code (str): A package (data plan) code, e.g. `DP20190726001274` or `LP14231124004197`.
        package_name (str):
        package_type (PackageType): Package (plan) type. 0 unlimited daily plan (CSSS only); 1 daily; 2 monthly; 3
            quarterly;
            4 half-yearly; 5 yearly.
        pay_amount (str): An amount in yuan sent as a JSON string, at most two decimals ("supports two digits after the
            decimal point", CMP v2; "two decimal places", CSSS).
        pay_rst (PayResult): Payment result. 1 unpaid; 2 paid.
        test_flow (str): A whole number sent as a JSON string (counts, periods, traffic in MB or KB).
        test_flow_flag (YesNoFlag): 1 yes; 0 no (`global_order`, `test_flow_flag`, `hasTestFlow`).
        pay_type (PayType | Unset): Payment method. 0 ipay88; 1 WeChat Pay; 2 Alipay.
    """

    access_code: str
    timestamp: str
    version: Literal["2.0"]
    sign: str
    device_id: str
    global_order: YesNoFlag
    is_open: OpenFlag
    order_period: str
    package_code: str
    package_name: str
    package_type: PackageType
    pay_amount: str
    pay_rst: PayResult
    test_flow: str
    test_flow_flag: YesNoFlag
    pay_type: PayType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_code = self.access_code

        timestamp = self.timestamp

        version = self.version

        sign = self.sign

        device_id = self.device_id

        global_order = self.global_order.value

        is_open = self.is_open.value

        order_period = self.order_period

        package_code = self.package_code

        package_name = self.package_name

        package_type = self.package_type.value

        pay_amount = self.pay_amount

        pay_rst = self.pay_rst.value

        test_flow = self.test_flow

        test_flow_flag = self.test_flow_flag.value

        pay_type: str | Unset = UNSET
        if not isinstance(self.pay_type, Unset):
            pay_type = self.pay_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_code": access_code,
                "timestamp": timestamp,
                "version": version,
                "sign": sign,
                "device_id": device_id,
                "global_order": global_order,
                "is_open": is_open,
                "order_period": order_period,
                "package_code": package_code,
                "package_name": package_name,
                "package_type": package_type,
                "pay_amount": pay_amount,
                "pay_rst": pay_rst,
                "test_flow": test_flow,
                "test_flow_flag": test_flow_flag,
            }
        )
        if pay_type is not UNSET:
            field_dict["pay_type"] = pay_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_code = d.pop("access_code")

        timestamp = d.pop("timestamp")

        version = cast(Literal["2.0"], d.pop("version"))
        if version != "2.0":
            raise ValueError(f"version must match const '2.0', got '{version}'")

        sign = d.pop("sign")

        device_id = d.pop("device_id")

        global_order = YesNoFlag(d.pop("global_order"))

        is_open = OpenFlag(d.pop("is_open"))

        order_period = d.pop("order_period")

        package_code = d.pop("package_code")

        package_name = d.pop("package_name")

        package_type = PackageType(d.pop("package_type"))

        pay_amount = d.pop("pay_amount")

        pay_rst = PayResult(d.pop("pay_rst"))

        test_flow = d.pop("test_flow")

        test_flow_flag = YesNoFlag(d.pop("test_flow_flag"))

        _pay_type = d.pop("pay_type", UNSET)
        pay_type: PayType | Unset
        if isinstance(_pay_type, Unset):
            pay_type = UNSET
        else:
            pay_type = PayType(_pay_type)

        order_package_request = cls(
            access_code=access_code,
            timestamp=timestamp,
            version=version,
            sign=sign,
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
        )

        order_package_request.additional_properties = d
        return order_package_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
