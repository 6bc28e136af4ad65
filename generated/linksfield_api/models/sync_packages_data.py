# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package import Package
    from ..models.page import Page


T = TypeVar("T", bound="SyncPackagesData")


@_attrs_define
class SyncPackagesData:
    """One page of the package catalogue.

    Attributes:
        page (Page): Paging information of a CMP page (syncPackages, queryOrder, queryBatchDevice).
        package_num (int): Number of packages (the page's example gives the total).
        package (list[Package]):
        sign (None | str | Unset): The vendor's signature over the business data (the "response verification signature"
            page, whose
            text is not public). Kept opaque; CSSS sends null.
    """

    page: Page
    package_num: int
    package: list[Package]
    sign: None | str | Unset = _attrs_field(default=UNSET, repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page.to_dict()

        package_num = self.package_num

        package = []
        for package_item_data in self.package:
            package_item = package_item_data.to_dict()
            package.append(package_item)

        sign: None | str | Unset
        if isinstance(self.sign, Unset):
            sign = UNSET
        else:
            sign = self.sign

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "package_num": package_num,
                "package": package,
            }
        )
        if sign is not UNSET:
            field_dict["sign"] = sign

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.package import Package  # noqa: PLC0415
        from ..models.page import Page  # noqa: PLC0415

        d = dict(src_dict)
        page = Page.from_dict(d.pop("page"))

        package_num = d.pop("package_num")

        package = []
        _package = d.pop("package")
        for package_item_data in _package:
            package_item = Package.from_dict(package_item_data)

            package.append(package_item)

        def _parse_sign(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sign = _parse_sign(d.pop("sign", UNSET))

        sync_packages_data = cls(
            page=page,
            package_num=package_num,
            package=package,
            sign=sign,
        )

        sync_packages_data.additional_properties = d
        return sync_packages_data

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
