# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_type import DeviceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FinishOrderEarlyRequest")


@_attrs_define
class FinishOrderEarlyRequest:
    """
    Attributes:
        order_id (str): An order id as the vendor issues it (e.g. `ORDER_47454030993031168`, `202107061625560742397`).
        ahead_finish_cause (str): Why the order ends early.
        device_type (DeviceType | Literal[''] | Unset): The device type, or empty.
    """

    order_id: str
    ahead_finish_cause: str
    device_type: DeviceType | Literal[""] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        ahead_finish_cause = self.ahead_finish_cause

        device_type: Literal[""] | str | Unset
        if isinstance(self.device_type, Unset):
            device_type = UNSET
        elif isinstance(self.device_type, DeviceType):
            device_type = self.device_type.value
        else:
            device_type = self.device_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "ahead_finish_cause": ahead_finish_cause,
            }
        )
        if device_type is not UNSET:
            field_dict["device_type"] = device_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id = d.pop("order_id")

        ahead_finish_cause = d.pop("ahead_finish_cause")

        def _parse_device_type(data: object) -> DeviceType | Literal[""] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                device_type_type_0 = DeviceType(data)

                return device_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            device_type_type_1 = cast(Literal[""], data)
            if device_type_type_1 != "":
                raise ValueError(f"device_type_type_1 must match const '', got '{device_type_type_1}'")
            return device_type_type_1

        device_type = _parse_device_type(d.pop("device_type", UNSET))

        finish_order_early_request = cls(
            order_id=order_id,
            ahead_finish_cause=ahead_finish_cause,
            device_type=device_type,
        )

        finish_order_early_request.additional_properties = d
        return finish_order_early_request

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
