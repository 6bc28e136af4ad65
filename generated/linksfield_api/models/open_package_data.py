# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OpenPackageData")


@_attrs_define
class OpenPackageData:
    """The opened order's dates.

    Attributes:
        order_id (str): An order id as the vendor issues it (e.g. `ORDER_47454030993031168`, `202107061625560742397`).
        sign (None | str | Unset): The vendor's signature over the business data (the "response verification signature"
            page, whose
            text is not public). Kept opaque; CSSS sends null.
        order_start_date (None | str | Unset):
        order_expire_date (None | str | Unset):
    """

    order_id: str
    sign: None | str | Unset = _attrs_field(default=UNSET, repr=False)
    order_start_date: None | str | Unset = UNSET
    order_expire_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        sign: None | str | Unset
        if isinstance(self.sign, Unset):
            sign = UNSET
        else:
            sign = self.sign

        order_start_date: None | str | Unset
        if isinstance(self.order_start_date, Unset):
            order_start_date = UNSET
        else:
            order_start_date = self.order_start_date

        order_expire_date: None | str | Unset
        if isinstance(self.order_expire_date, Unset):
            order_expire_date = UNSET
        else:
            order_expire_date = self.order_expire_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
            }
        )
        if sign is not UNSET:
            field_dict["sign"] = sign
        if order_start_date is not UNSET:
            field_dict["order_start_date"] = order_start_date
        if order_expire_date is not UNSET:
            field_dict["order_expire_date"] = order_expire_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("order_id")

        def _parse_sign(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sign = _parse_sign(d.pop("sign", UNSET))

        def _parse_order_start_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_start_date = _parse_order_start_date(d.pop("order_start_date", UNSET))

        def _parse_order_expire_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_expire_date = _parse_order_expire_date(d.pop("order_expire_date", UNSET))

        open_package_data = cls(
            order_id=order_id,
            sign=sign,
            order_start_date=order_start_date,
            order_expire_date=order_expire_date,
        )

        open_package_data.additional_properties = d
        return open_package_data

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
