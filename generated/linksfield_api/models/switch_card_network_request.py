# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SwitchCardNetworkRequest")


@_attrs_define
class SwitchCardNetworkRequest:
    """
    Attributes:
        iccids (list[str]): The cards, at most 10.
        switch_on (bool): true enables the network, false disables it.
    """

    iccids: list[str]
    switch_on: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        iccids = self.iccids

        switch_on = self.switch_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "iccids": iccids,
                "switchOn": switch_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        iccids = cast(list[str], d.pop("iccids"))

        switch_on = d.pop("switchOn")

        switch_card_network_request = cls(
            iccids=iccids,
            switch_on=switch_on,
        )

        switch_card_network_request.additional_properties = d
        return switch_card_network_request

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
