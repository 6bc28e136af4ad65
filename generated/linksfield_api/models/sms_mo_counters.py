# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsMoCounters")


@_attrs_define
class SmsMoCounters:
    """MO SMS counters (table 2).

    Attributes:
        count (str | Unset): A whole number sent as a JSON string (counts, periods, traffic in MB or KB).
        last_dest (None | str | Unset): The number the last MO SMS went to.
        last_sms (None | str | Unset): Time of the last MO SMS.
        sms_error_count (str | Unset): A whole number sent as a JSON string (counts, periods, traffic in MB or KB).
    """

    count: str | Unset = UNSET
    last_dest: None | str | Unset = UNSET
    last_sms: None | str | Unset = UNSET
    sms_error_count: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        last_dest: None | str | Unset
        if isinstance(self.last_dest, Unset):
            last_dest = UNSET
        else:
            last_dest = self.last_dest

        last_sms: None | str | Unset
        if isinstance(self.last_sms, Unset):
            last_sms = UNSET
        else:
            last_sms = self.last_sms

        sms_error_count = self.sms_error_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if last_dest is not UNSET:
            field_dict["lastDest"] = last_dest
        if last_sms is not UNSET:
            field_dict["lastSms"] = last_sms
        if sms_error_count is not UNSET:
            field_dict["smsErrorCount"] = sms_error_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count", UNSET)

        def _parse_last_dest(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_dest = _parse_last_dest(d.pop("lastDest", UNSET))

        def _parse_last_sms(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_sms = _parse_last_sms(d.pop("lastSms", UNSET))

        sms_error_count = d.pop("smsErrorCount", UNSET)

        sms_mo_counters = cls(
            count=count,
            last_dest=last_dest,
            last_sms=last_sms,
            sms_error_count=sms_error_count,
        )

        sms_mo_counters.additional_properties = d
        return sms_mo_counters

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
