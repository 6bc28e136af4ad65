# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SyncPackagesRequest")


@_attrs_define
class SyncPackagesRequest:
    """
    Attributes:
        page_no (int): A page number, from 1.
        page_size (int): Records per page. Only queryOrder documents a maximum (QueryOrdersPageSize).
        version (float | str | Unset): Version of the package information. The table says string, the example sends the
            number
            1.0; both are accepted and sent as given (R-SYNC-VERSION-TYPE).
    """

    page_no: int
    page_size: int
    version: float | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_no = self.page_no

        page_size = self.page_size

        version: float | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page_no": page_no,
                "page_size": page_size,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        page_no = d.pop("page_no")

        page_size = d.pop("page_size")

        def _parse_version(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        sync_packages_request = cls(
            page_no=page_no,
            page_size=page_size,
            version=version,
        )

        sync_packages_request.additional_properties = d
        return sync_packages_request

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
