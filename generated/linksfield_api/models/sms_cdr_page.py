# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_cdr_record import SmsCdrRecord


T = TypeVar("T", bound="SmsCdrPage")


@_attrs_define
class SmsCdrPage:
    """One page of SMS records. This answer pages with `totalData` (records over all pages),
    `totalPage` and `count` instead of the `page` object used elsewhere (R-SMS-CDR-PAGING).

        Attributes:
            data (list[SmsCdrRecord]):
            total_data (int | Unset): Records over all pages.
            count (int | Unset): Undocumented; not the number of records on the page.
            total_page (int | Unset): Pages over all records.
    """

    data: list[SmsCdrRecord]
    total_data: int | Unset = UNSET
    count: int | Unset = UNSET
    total_page: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        total_data = self.total_data

        count = self.count

        total_page = self.total_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if total_data is not UNSET:
            field_dict["totalData"] = total_data
        if count is not UNSET:
            field_dict["count"] = count
        if total_page is not UNSET:
            field_dict["totalPage"] = total_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sms_cdr_record import SmsCdrRecord  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = SmsCdrRecord.from_dict(data_item_data)

            data.append(data_item)

        total_data = d.pop("totalData", UNSET)

        count = d.pop("count", UNSET)

        total_page = d.pop("totalPage", UNSET)

        sms_cdr_page = cls(
            data=data,
            total_data=total_data,
            count=count,
            total_page=total_page,
        )

        sms_cdr_page.additional_properties = d
        return sms_cdr_page

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
