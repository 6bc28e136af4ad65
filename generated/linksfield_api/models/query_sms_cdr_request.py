# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuerySmsCdrRequest")


@_attrs_define
class QuerySmsCdrRequest:
    """
    Attributes:
        device_id (str): A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use
            opaque ids.
        page_no (int | Unset): A page number, from 1.
        page_size (int | Unset): Records per page. Only queryOrder documents a maximum (QueryOrdersPageSize).
        begin_time (str | Unset): A calendar date, yyyy-MM-dd.
        end_time (str | Unset): A calendar date, yyyy-MM-dd.
    """

    device_id: str
    page_no: int | Unset = UNSET
    page_size: int | Unset = UNSET
    begin_time: str | Unset = UNSET
    end_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_id = self.device_id

        page_no = self.page_no

        page_size = self.page_size

        begin_time = self.begin_time

        end_time = self.end_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "device_id": device_id,
            }
        )
        if page_no is not UNSET:
            field_dict["page_no"] = page_no
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if begin_time is not UNSET:
            field_dict["begin_time"] = begin_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        device_id = d.pop("device_id")

        page_no = d.pop("page_no", UNSET)

        page_size = d.pop("page_size", UNSET)

        begin_time = d.pop("begin_time", UNSET)

        end_time = d.pop("end_time", UNSET)

        query_sms_cdr_request = cls(
            device_id=device_id,
            page_no=page_no,
            page_size=page_size,
            begin_time=begin_time,
            end_time=end_time,
        )

        query_sms_cdr_request.additional_properties = d
        return query_sms_cdr_request

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
