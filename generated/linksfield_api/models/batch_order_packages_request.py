# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_flag import OpenFlag
from ..models.package_type import PackageType
from ..models.pay_result import PayResult
from ..models.pay_type import PayType
from ..models.yes_no_flag import YesNoFlag
from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchOrderPackagesRequest")


@_attrs_define
class BatchOrderPackagesRequest:
    """A bulk order. The v1 page defines `deviceList`, `package_code`, `is_open`, `subscribed_count`;
    the v2 page adds the order, payment and test-traffic fields and drops `subscribed_count`. Both
    sets are accepted; the fields both versions require are required (R-BATCH-FIELDS,
    R-REQUIRED-FLAGS). `x-required-in` lists where a page marks an optional field required.

        Attributes:
            device_list (list[str]): The devices to order for, as plain id strings, each once (R-BATCH-DEVICELIST, R-BATCH-
                UNIQUE-DEVICES).
            package_code (str): A package (data plan) code, e.g. `DP20190726001274` or `LP14231124004197`.
            is_open (OpenFlag): Whether to open the ordered package at once. 1 open immediately; 0 do not.
            subscribed_count (int | Unset): v1 only. Refused with "Traffic pool order count exceeds the allowable limit"
                beyond the pool's limit.
            global_order (YesNoFlag | Unset): 1 yes; 0 no (`global_order`, `test_flow_flag`, `hasTestFlow`).
            package_name (str | Unset): Package name (v2).
            package_type (PackageType | Unset): Package (plan) type. 0 unlimited daily plan (CSSS only); 1 daily; 2 monthly;
                3 quarterly;
                4 half-yearly; 5 yearly.
            order_period (str | Unset): A whole number sent as a JSON string (counts, periods, traffic in MB or KB).
            pay_rst (PayResult | Unset): Payment result. 1 unpaid; 2 paid.
            pay_type (PayType | Unset): Payment method. 0 ipay88; 1 WeChat Pay; 2 Alipay.
            pay_amount (str | Unset): An amount in yuan sent as a JSON string, at most two decimals ("supports two digits
                after the decimal point", CMP v2; "two decimal places", CSSS).
            test_flow_flag (YesNoFlag | Unset): 1 yes; 0 no (`global_order`, `test_flow_flag`, `hasTestFlow`).
            test_flow (str | Unset): A whole number sent as a JSON string, or the empty string when the vendor leaves it
                blank.
    """

    device_list: list[str]
    package_code: str
    is_open: OpenFlag
    subscribed_count: int | Unset = UNSET
    global_order: YesNoFlag | Unset = UNSET
    package_name: str | Unset = UNSET
    package_type: PackageType | Unset = UNSET
    order_period: str | Unset = UNSET
    pay_rst: PayResult | Unset = UNSET
    pay_type: PayType | Unset = UNSET
    pay_amount: str | Unset = UNSET
    test_flow_flag: YesNoFlag | Unset = UNSET
    test_flow: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_list = self.device_list

        package_code = self.package_code

        is_open = self.is_open.value

        subscribed_count = self.subscribed_count

        global_order: str | Unset = UNSET
        if not isinstance(self.global_order, Unset):
            global_order = self.global_order.value

        package_name = self.package_name

        package_type: str | Unset = UNSET
        if not isinstance(self.package_type, Unset):
            package_type = self.package_type.value

        order_period = self.order_period

        pay_rst: str | Unset = UNSET
        if not isinstance(self.pay_rst, Unset):
            pay_rst = self.pay_rst.value

        pay_type: str | Unset = UNSET
        if not isinstance(self.pay_type, Unset):
            pay_type = self.pay_type.value

        pay_amount = self.pay_amount

        test_flow_flag: str | Unset = UNSET
        if not isinstance(self.test_flow_flag, Unset):
            test_flow_flag = self.test_flow_flag.value

        test_flow = self.test_flow

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deviceList": device_list,
                "package_code": package_code,
                "is_open": is_open,
            }
        )
        if subscribed_count is not UNSET:
            field_dict["subscribed_count"] = subscribed_count
        if global_order is not UNSET:
            field_dict["global_order"] = global_order
        if package_name is not UNSET:
            field_dict["package_name"] = package_name
        if package_type is not UNSET:
            field_dict["package_type"] = package_type
        if order_period is not UNSET:
            field_dict["order_period"] = order_period
        if pay_rst is not UNSET:
            field_dict["pay_rst"] = pay_rst
        if pay_type is not UNSET:
            field_dict["pay_type"] = pay_type
        if pay_amount is not UNSET:
            field_dict["pay_amount"] = pay_amount
        if test_flow_flag is not UNSET:
            field_dict["test_flow_flag"] = test_flow_flag
        if test_flow is not UNSET:
            field_dict["test_flow"] = test_flow

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        device_list = cast(list[str], d.pop("deviceList"))

        package_code = d.pop("package_code")

        is_open = OpenFlag(d.pop("is_open"))

        subscribed_count = d.pop("subscribed_count", UNSET)

        _global_order = d.pop("global_order", UNSET)
        global_order: YesNoFlag | Unset
        if isinstance(_global_order, Unset):
            global_order = UNSET
        else:
            global_order = YesNoFlag(_global_order)

        package_name = d.pop("package_name", UNSET)

        _package_type = d.pop("package_type", UNSET)
        package_type: PackageType | Unset
        if isinstance(_package_type, Unset):
            package_type = UNSET
        else:
            package_type = PackageType(_package_type)

        order_period = d.pop("order_period", UNSET)

        _pay_rst = d.pop("pay_rst", UNSET)
        pay_rst: PayResult | Unset
        if isinstance(_pay_rst, Unset):
            pay_rst = UNSET
        else:
            pay_rst = PayResult(_pay_rst)

        _pay_type = d.pop("pay_type", UNSET)
        pay_type: PayType | Unset
        if isinstance(_pay_type, Unset):
            pay_type = UNSET
        else:
            pay_type = PayType(_pay_type)

        pay_amount = d.pop("pay_amount", UNSET)

        _test_flow_flag = d.pop("test_flow_flag", UNSET)
        test_flow_flag: YesNoFlag | Unset
        if isinstance(_test_flow_flag, Unset):
            test_flow_flag = UNSET
        else:
            test_flow_flag = YesNoFlag(_test_flow_flag)

        test_flow = d.pop("test_flow", UNSET)

        batch_order_packages_request = cls(
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
        )

        batch_order_packages_request.additional_properties = d
        return batch_order_packages_request

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
