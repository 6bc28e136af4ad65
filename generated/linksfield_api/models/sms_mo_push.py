# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SmsMoPush")


@_attrs_define
class SmsMoPush:
    """An SMS sent by the device to a service short code. The page reuses the MT push's description
    sentence; the fields say what it is (R-SMS-MO-DESCRIPTION). `sms_content` may be empty.

        Attributes:
            supplier_code (str): The supplier of the profile.
            phone (str): An MSISDN (E.164). Placeholder profiles carry `FFFFFFFFFF`.
            iccid (str): An ICCID (18 to 22 digits, an optional trailing hex check character).
            dest_address (str): The service short code.
            sms_content (str): The text the device sent.
            timestamp (str): A naive local time (UTC+8 unless stated), `yyyy-MM-dd HH:mm:ss`.
    """

    supplier_code: str
    phone: str
    iccid: str
    dest_address: str
    sms_content: str
    timestamp: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supplier_code = self.supplier_code

        phone = self.phone

        iccid = self.iccid

        dest_address = self.dest_address

        sms_content = self.sms_content

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "supplier_code": supplier_code,
                "phone": phone,
                "iccid": iccid,
                "dest_address": dest_address,
                "sms_content": sms_content,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        supplier_code = d.pop("supplier_code")

        phone = d.pop("phone")

        iccid = d.pop("iccid")

        dest_address = d.pop("dest_address")

        sms_content = d.pop("sms_content")

        timestamp = d.pop("timestamp")

        sms_mo_push = cls(
            supplier_code=supplier_code,
            phone=phone,
            iccid=iccid,
            dest_address=dest_address,
            sms_content=sms_content,
            timestamp=timestamp,
        )

        sms_mo_push.additional_properties = d
        return sms_mo_push

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
