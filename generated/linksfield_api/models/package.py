# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.buy_type import BuyType
from ..models.package_status import PackageStatus
from ..models.package_type import PackageType
from ..models.package_usage_attribute import PackageUsageAttribute
from ..models.price_type import PriceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Package")


@_attrs_define
class Package:
    """One data plan of the catalogue (syncPackages).

    Attributes:
        package_code (str): A package (data plan) code, e.g. `DP20190726001274` or `LP14231124004197`.
        package_name (str): Package name.
        package_type (PackageType | str): A PackageType, or a later code (kept as a string).
        status (PackageStatus | str): A PackageStatus, or a later code (kept as a string).
        package_desc (str | Unset): Package description.
        cover_country_mcc (str | Unset): MCCs of the covered countries, joined by `;`.
        cover_countrys (str | Unset): Names of the covered countries, joined by `;`.
        price_type (PriceType | str | Unset): A PriceType, or the empty string for packages that are not type 0, or a
            later code.
        flow (str | Unset): A whole number sent as a JSON string, or the empty string when the vendor leaves it blank.
        buy_type (BuyType | str | Unset): A BuyType, or a later code (kept as a string); empty for schedule packages.
        min_order_period (str | Unset): A whole number sent as a JSON string, or the empty string when the vendor leaves
            it blank.
        max_order_period (str | Unset): A whole number sent as a JSON string, or the empty string when the vendor leaves
            it blank.
        whole_price (str | Unset): Price, or empty.
        package_usage_attribute (PackageUsageAttribute | str | Unset): A PackageUsageAttribute, or a later code (kept as
            a string).
        service_cycle_count (str | Unset): A whole number sent as a JSON string, or the empty string when the vendor
            leaves it blank.
        package_imsi_type (str | Unset): Undocumented IMSI type of the package.
    """

    package_code: str
    package_name: str
    package_type: PackageType | str
    status: PackageStatus | str
    package_desc: str | Unset = UNSET
    cover_country_mcc: str | Unset = UNSET
    cover_countrys: str | Unset = UNSET
    price_type: PriceType | str | Unset = UNSET
    flow: str | Unset = UNSET
    buy_type: BuyType | str | Unset = UNSET
    min_order_period: str | Unset = UNSET
    max_order_period: str | Unset = UNSET
    whole_price: str | Unset = UNSET
    package_usage_attribute: PackageUsageAttribute | str | Unset = UNSET
    service_cycle_count: str | Unset = UNSET
    package_imsi_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_code = self.package_code

        package_name = self.package_name

        package_type: str
        if isinstance(self.package_type, PackageType):
            package_type = self.package_type.value
        else:
            package_type = self.package_type

        status: str
        if isinstance(self.status, PackageStatus):
            status = self.status.value
        else:
            status = self.status

        package_desc = self.package_desc

        cover_country_mcc = self.cover_country_mcc

        cover_countrys = self.cover_countrys

        price_type: str | Unset
        if isinstance(self.price_type, Unset):
            price_type = UNSET
        elif isinstance(self.price_type, PriceType):
            price_type = self.price_type.value
        else:
            price_type = self.price_type

        flow = self.flow

        buy_type: str | Unset
        if isinstance(self.buy_type, Unset):
            buy_type = UNSET
        elif isinstance(self.buy_type, BuyType):
            buy_type = self.buy_type.value
        else:
            buy_type = self.buy_type

        min_order_period = self.min_order_period

        max_order_period = self.max_order_period

        whole_price = self.whole_price

        package_usage_attribute: str | Unset
        if isinstance(self.package_usage_attribute, Unset):
            package_usage_attribute = UNSET
        elif isinstance(self.package_usage_attribute, PackageUsageAttribute):
            package_usage_attribute = self.package_usage_attribute.value
        else:
            package_usage_attribute = self.package_usage_attribute

        service_cycle_count = self.service_cycle_count

        package_imsi_type = self.package_imsi_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "package_code": package_code,
                "package_name": package_name,
                "package_type": package_type,
                "status": status,
            }
        )
        if package_desc is not UNSET:
            field_dict["package_desc"] = package_desc
        if cover_country_mcc is not UNSET:
            field_dict["cover_country_mcc"] = cover_country_mcc
        if cover_countrys is not UNSET:
            field_dict["cover_countrys"] = cover_countrys
        if price_type is not UNSET:
            field_dict["price_type"] = price_type
        if flow is not UNSET:
            field_dict["flow"] = flow
        if buy_type is not UNSET:
            field_dict["buy_type"] = buy_type
        if min_order_period is not UNSET:
            field_dict["min_order_period"] = min_order_period
        if max_order_period is not UNSET:
            field_dict["max_order_period"] = max_order_period
        if whole_price is not UNSET:
            field_dict["whole_price"] = whole_price
        if package_usage_attribute is not UNSET:
            field_dict["package_usage_attribute"] = package_usage_attribute
        if service_cycle_count is not UNSET:
            field_dict["serviceCycleCount"] = service_cycle_count
        if package_imsi_type is not UNSET:
            field_dict["package_imsi_type"] = package_imsi_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        package_code = d.pop("package_code")

        package_name = d.pop("package_name")

        def _parse_package_type(data: object) -> PackageType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_package_type_value_type_0 = PackageType(data)

                return componentsschemas_package_type_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PackageType | str, data)

        package_type = _parse_package_type(d.pop("package_type"))

        def _parse_status(data: object) -> PackageStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_package_status_value_type_0 = PackageStatus(data)

                return componentsschemas_package_status_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PackageStatus | str, data)

        status = _parse_status(d.pop("status"))

        package_desc = d.pop("package_desc", UNSET)

        cover_country_mcc = d.pop("cover_country_mcc", UNSET)

        cover_countrys = d.pop("cover_countrys", UNSET)

        def _parse_price_type(data: object) -> PriceType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_price_type_value_type_0 = PriceType(data)

                return componentsschemas_price_type_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PriceType | str | Unset, data)

        price_type = _parse_price_type(d.pop("price_type", UNSET))

        flow = d.pop("flow", UNSET)

        def _parse_buy_type(data: object) -> BuyType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_buy_type_value_type_0 = BuyType(data)

                return componentsschemas_buy_type_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BuyType | str | Unset, data)

        buy_type = _parse_buy_type(d.pop("buy_type", UNSET))

        min_order_period = d.pop("min_order_period", UNSET)

        max_order_period = d.pop("max_order_period", UNSET)

        whole_price = d.pop("whole_price", UNSET)

        def _parse_package_usage_attribute(data: object) -> PackageUsageAttribute | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_package_usage_attribute_value_type_0 = PackageUsageAttribute(data)

                return componentsschemas_package_usage_attribute_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PackageUsageAttribute | str | Unset, data)

        package_usage_attribute = _parse_package_usage_attribute(d.pop("package_usage_attribute", UNSET))

        service_cycle_count = d.pop("serviceCycleCount", UNSET)

        package_imsi_type = d.pop("package_imsi_type", UNSET)

        package = cls(
            package_code=package_code,
            package_name=package_name,
            package_type=package_type,
            status=status,
            package_desc=package_desc,
            cover_country_mcc=cover_country_mcc,
            cover_countrys=cover_countrys,
            price_type=price_type,
            flow=flow,
            buy_type=buy_type,
            min_order_period=min_order_period,
            max_order_period=max_order_period,
            whole_price=whole_price,
            package_usage_attribute=package_usage_attribute,
            service_cycle_count=service_cycle_count,
            package_imsi_type=package_imsi_type,
        )

        package.additional_properties = d
        return package

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
