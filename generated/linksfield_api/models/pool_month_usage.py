# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolMonthUsage")


@_attrs_define
class PoolMonthUsage:
    """A pool's usage in one month.

    Attributes:
        month (str | Unset): A month, yyyy-MM.
        pool_code (str | Unset): A traffic pool code.
        use_flow_kb (float | Unset): Usage in KB.
    """

    month: str | Unset = UNSET
    pool_code: str | Unset = UNSET
    use_flow_kb: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        month = self.month

        pool_code = self.pool_code

        use_flow_kb = self.use_flow_kb

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if month is not UNSET:
            field_dict["month"] = month
        if pool_code is not UNSET:
            field_dict["poolCode"] = pool_code
        if use_flow_kb is not UNSET:
            field_dict["useFlowKb"] = use_flow_kb

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        month = d.pop("month", UNSET)

        pool_code = d.pop("poolCode", UNSET)

        use_flow_kb = d.pop("useFlowKb", UNSET)

        pool_month_usage = cls(
            month=month,
            pool_code=pool_code,
            use_flow_kb=use_flow_kb,
        )

        pool_month_usage.additional_properties = d
        return pool_month_usage

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
