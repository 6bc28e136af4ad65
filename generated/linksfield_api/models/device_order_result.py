# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceOrderResult")


@_attrs_define
class DeviceOrderResult:
    """The result of one device in a bulk order. `error` is `0000` when its order succeeded; then
    `order_id` is set. The table capitalises `Error`, `ErrorMsg`, `Device_id`; the wire does not.

        Attributes:
            error (str): `0000` on success, else a business code.
            device_id (str): A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use
                opaque ids.
            error_msg (None | str | Unset): The result message.
            order_id (None | str | Unset): The new order's id when `error` is `0000`.
            order_start_date (None | str | Unset): Set when the order was opened at once.
            order_expire_date (None | str | Unset): Set when the order was opened at once.
    """

    error: str
    device_id: str
    error_msg: None | str | Unset = UNSET
    order_id: None | str | Unset = UNSET
    order_start_date: None | str | Unset = UNSET
    order_expire_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        device_id = self.device_id

        error_msg: None | str | Unset
        if isinstance(self.error_msg, Unset):
            error_msg = UNSET
        else:
            error_msg = self.error_msg

        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

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
                "error": error,
                "device_id": device_id,
            }
        )
        if error_msg is not UNSET:
            field_dict["errorMsg"] = error_msg
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if order_start_date is not UNSET:
            field_dict["order_start_date"] = order_start_date
        if order_expire_date is not UNSET:
            field_dict["order_expire_date"] = order_expire_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error")

        device_id = d.pop("device_id")

        def _parse_error_msg(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_msg = _parse_error_msg(d.pop("errorMsg", UNSET))

        def _parse_order_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_id = _parse_order_id(d.pop("order_id", UNSET))

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

        device_order_result = cls(
            error=error,
            device_id=device_id,
            error_msg=error_msg,
            order_id=order_id,
            order_start_date=order_start_date,
            order_expire_date=order_expire_date,
        )

        device_order_result.additional_properties = d
        return device_order_result

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
