# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Page")


@_attrs_define
class Page:
    """Paging information of a CMP page (syncPackages, queryOrder, queryBatchDevice).

    Attributes:
        cur_page_no (int): The current page number.
        page_size (int): Records per page.
        total_count (int): Total records over all pages.
        total_pages (int): Total pages.
    """

    cur_page_no: int
    page_size: int
    total_count: int
    total_pages: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cur_page_no = self.cur_page_no

        page_size = self.page_size

        total_count = self.total_count

        total_pages = self.total_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cur_page_no": cur_page_no,
                "page_size": page_size,
                "total_count": total_count,
                "total_pages": total_pages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cur_page_no = d.pop("cur_page_no")

        page_size = d.pop("page_size")

        total_count = d.pop("total_count")

        total_pages = d.pop("total_pages")

        page = cls(
            cur_page_no=cur_page_no,
            page_size=page_size,
            total_count=total_count,
            total_pages=total_pages,
        )

        page.additional_properties = d
        return page

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
