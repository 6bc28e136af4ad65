# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_order import PackageOrder
    from ..models.page import Page


T = TypeVar("T", bound="QueryOrdersData")


@_attrs_define
class QueryOrdersData:
    """One page of orders.

    Attributes:
        page (Page): Paging information of a CMP page (syncPackages, queryOrder, queryBatchDevice).
        package_order (list[PackageOrder]):
        package_order_num (int): Number of orders on this page.
        sign (None | str | Unset): The vendor's signature over the business data (the "response verification signature"
            page, whose
            text is not public). Kept opaque; CSSS sends null.
    """

    page: Page
    package_order: list[PackageOrder]
    package_order_num: int
    sign: None | str | Unset = _attrs_field(default=UNSET, repr=False)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page.to_dict()

        package_order = []
        for package_order_item_data in self.package_order:
            package_order_item = package_order_item_data.to_dict()
            package_order.append(package_order_item)

        package_order_num = self.package_order_num

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
                "package_order": package_order,
                "package_order_num": package_order_num,
            }
        )
        if sign is not UNSET:
            field_dict["sign"] = sign

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.package_order import PackageOrder  # noqa: PLC0415
        from ..models.page import Page  # noqa: PLC0415

        d = dict(src_dict)
        page = Page.from_dict(d.pop("page"))

        package_order = []
        _package_order = d.pop("package_order")
        for package_order_item_data in _package_order:
            package_order_item = PackageOrder.from_dict(package_order_item_data)

            package_order.append(package_order_item)

        package_order_num = d.pop("package_order_num")

        def _parse_sign(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sign = _parse_sign(d.pop("sign", UNSET))

        query_orders_data = cls(
            page=page,
            package_order=package_order,
            package_order_num=package_order_num,
            sign=sign,
        )

        query_orders_data.additional_properties = d
        return query_orders_data

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
