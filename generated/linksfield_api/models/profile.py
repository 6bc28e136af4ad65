# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Profile")


@_attrs_define
class Profile:
    """One SIM profile (ICCID, IMSI, MSISDN) attached to an order.

    Attributes:
        iccid (str): An ICCID (18 to 22 digits, an optional trailing hex check character).
        imsi (str): An IMSI (E.212), 6 to 15 digits.
        msisdn (str): An MSISDN (E.164). Placeholder profiles carry `FFFFFFFFFF`.
    """

    iccid: str
    imsi: str
    msisdn: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        iccid = self.iccid

        imsi = self.imsi

        msisdn = self.msisdn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "iccid": iccid,
                "imsi": imsi,
                "msisdn": msisdn,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        iccid = d.pop("iccid")

        imsi = d.pop("imsi")

        msisdn = d.pop("msisdn")

        profile = cls(
            iccid=iccid,
            imsi=imsi,
            msisdn=msisdn,
        )

        profile.additional_properties = d
        return profile

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
