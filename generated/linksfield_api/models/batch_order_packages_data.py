# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.device_order_result import DeviceOrderResult


T = TypeVar("T", bound="BatchOrderPackagesData")


@_attrs_define
class BatchOrderPackagesData:
    """One result per device of the bulk order.

    Attributes:
        device_order (list[DeviceOrderResult]):
    """

    device_order: list[DeviceOrderResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_order = []
        for device_order_item_data in self.device_order:
            device_order_item = device_order_item_data.to_dict()
            device_order.append(device_order_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "device_order": device_order,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.device_order_result import DeviceOrderResult  # noqa: PLC0415

        d = dict(src_dict)
        device_order = []
        _device_order = d.pop("device_order")
        for device_order_item_data in _device_order:
            device_order_item = DeviceOrderResult.from_dict(device_order_item_data)

            device_order.append(device_order_item)

        batch_order_packages_data = cls(
            device_order=device_order,
        )

        batch_order_packages_data.additional_properties = d
        return batch_order_packages_data

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
