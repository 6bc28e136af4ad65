# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.device import Device
    from ..models.page import Page


T = TypeVar("T", bound="DeviceList")


@_attrs_define
class DeviceList:
    """One page of devices.

    Attributes:
        device (list[Device]):
        page (Page): Paging information of a CMP page (syncPackages, queryOrder, queryBatchDevice).
        device_num (int): Number of devices on this page.
    """

    device: list[Device]
    page: Page
    device_num: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device = []
        for device_item_data in self.device:
            device_item = device_item_data.to_dict()
            device.append(device_item)

        page = self.page.to_dict()

        device_num = self.device_num

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "device": device,
                "page": page,
                "device_num": device_num,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.device import Device  # noqa: PLC0415
        from ..models.page import Page  # noqa: PLC0415

        d = dict(src_dict)
        device = []
        _device = d.pop("device")
        for device_item_data in _device:
            device_item = Device.from_dict(device_item_data)

            device.append(device_item)

        page = Page.from_dict(d.pop("page"))

        device_num = d.pop("device_num")

        device_list = cls(
            device=device,
            page=page,
            device_num=device_num,
        )

        device_list.additional_properties = d
        return device_list

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
