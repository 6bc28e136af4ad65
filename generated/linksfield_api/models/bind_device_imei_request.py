# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auto_bind_flag import AutoBindFlag
from ..models.bind_operation import BindOperation
from ..models.ota_flag import OtaFlag

T = TypeVar("T", bound="BindDeviceImeiRequest")


@_attrs_define
class BindDeviceImeiRequest:
    """
    Attributes:
        device_id (str): A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use
            opaque ids.
        imei (str): A 15-16 digit IMEI or IMEISV.
        oper_type (BindOperation): 1 bind the device to the IMEI; 2 unbind it.
        ota_flag (OtaFlag): OTA capability. 1 has OTA; 2 has no OTA.
        auto_bind_flag (AutoBindFlag): Bind automatically on first network attach. 1 yes; 2 no.
    """

    device_id: str
    imei: str
    oper_type: BindOperation
    ota_flag: OtaFlag
    auto_bind_flag: AutoBindFlag
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_id = self.device_id

        imei = self.imei

        oper_type = self.oper_type.value

        ota_flag = self.ota_flag.value

        auto_bind_flag = self.auto_bind_flag.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "device_id": device_id,
                "imei": imei,
                "oper_type": oper_type,
                "ota_flag": ota_flag,
                "auto_bind_flag": auto_bind_flag,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        device_id = d.pop("device_id")

        imei = d.pop("imei")

        oper_type = BindOperation(d.pop("oper_type"))

        ota_flag = OtaFlag(d.pop("ota_flag"))

        auto_bind_flag = AutoBindFlag(d.pop("auto_bind_flag"))

        bind_device_imei_request = cls(
            device_id=device_id,
            imei=imei,
            oper_type=oper_type,
            ota_flag=ota_flag,
            auto_bind_flag=auto_bind_flag,
        )

        bind_device_imei_request.additional_properties = d
        return bind_device_imei_request

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
