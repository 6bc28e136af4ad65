# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PoolDayUsage")


@_attrs_define
class PoolDayUsage:
    """A pool's usage on one day.

    Attributes:
        day (str | Unset): A calendar date, yyyy-MM-dd.
        pool_code (str | Unset): A traffic pool code.
        use_flow_kb (float | Unset): Usage in KB.
    """

    day: str | Unset = UNSET
    pool_code: str | Unset = UNSET
    use_flow_kb: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        day = self.day

        pool_code = self.pool_code

        use_flow_kb = self.use_flow_kb

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if day is not UNSET:
            field_dict["day"] = day
        if pool_code is not UNSET:
            field_dict["poolCode"] = pool_code
        if use_flow_kb is not UNSET:
            field_dict["useFlowKb"] = use_flow_kb

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        day = d.pop("day", UNSET)

        pool_code = d.pop("poolCode", UNSET)

        use_flow_kb = d.pop("useFlowKb", UNSET)

        pool_day_usage = cls(
            day=day,
            pool_code=pool_code,
            use_flow_kb=use_flow_kb,
        )

        pool_day_usage.additional_properties = d
        return pool_day_usage

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
