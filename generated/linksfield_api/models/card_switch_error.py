# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CardSwitchError")


@_attrs_define
class CardSwitchError:
    """A card that failed the switch check, and why.

    Attributes:
        info_message (None | str | Unset):
        iccid (str | Unset): An ICCID (18 to 22 digits, an optional trailing hex check character).
    """

    info_message: None | str | Unset = UNSET
    iccid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        info_message: None | str | Unset
        if isinstance(self.info_message, Unset):
            info_message = UNSET
        else:
            info_message = self.info_message

        iccid = self.iccid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if info_message is not UNSET:
            field_dict["infoMessage"] = info_message
        if iccid is not UNSET:
            field_dict["iccid"] = iccid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_info_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        info_message = _parse_info_message(d.pop("infoMessage", UNSET))

        iccid = d.pop("iccid", UNSET)

        card_switch_error = cls(
            info_message=info_message,
            iccid=iccid,
        )

        card_switch_error.additional_properties = d
        return card_switch_error

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
