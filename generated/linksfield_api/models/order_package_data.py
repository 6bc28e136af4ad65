# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OrderPackageData")


@_attrs_define
class OrderPackageData:
    """The order placed through CSSS. Dates are null until the order is opened; when set they are
    YYYYMMDD in UTC+8, the vendor's time zone (the page's "UTC 8"). Page 004 marks all four fields
    required and its example carries them (R-REQUIRED-FLAGS).

        Attributes:
            sign (None | str): The vendor's signature over the business data (the "response verification signature" page,
                whose
                text is not public). Kept opaque; CSSS sends null.
            order_id (str): An order id as the vendor issues it (e.g. `ORDER_47454030993031168`, `202107061625560742397`).
            order_start_date (None | str):
            order_expire_date (None | str):
    """

    sign: None | str = _attrs_field(repr=False)
    order_id: str
    order_start_date: None | str
    order_expire_date: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sign: None | str
        sign = self.sign

        order_id = self.order_id

        order_start_date: None | str
        order_start_date = self.order_start_date

        order_expire_date: None | str
        order_expire_date = self.order_expire_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sign": sign,
                "order_id": order_id,
                "order_start_date": order_start_date,
                "order_expire_date": order_expire_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_sign(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sign = _parse_sign(d.pop("sign"))

        order_id = d.pop("order_id")

        def _parse_order_start_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        order_start_date = _parse_order_start_date(d.pop("order_start_date"))

        def _parse_order_expire_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        order_expire_date = _parse_order_expire_date(d.pop("order_expire_date"))

        order_package_data = cls(
            sign=sign,
            order_id=order_id,
            order_start_date=order_start_date,
            order_expire_date=order_expire_date,
        )

        order_package_data.additional_properties = d
        return order_package_data

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
