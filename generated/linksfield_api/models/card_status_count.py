# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.card_status import CardStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CardStatusCount")


@_attrs_define
class CardStatusCount:
    """How many of the pool's cards are in one status.

    Attributes:
        card_status (CardStatus | int | Unset): A CardStatus, or a later code (kept as an integer).
        total (int | Unset):
    """

    card_status: CardStatus | int | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_status: int | Unset
        if isinstance(self.card_status, Unset):
            card_status = UNSET
        elif isinstance(self.card_status, CardStatus):
            card_status = self.card_status.value
        else:
            card_status = self.card_status

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card_status is not UNSET:
            field_dict["cardStatus"] = card_status
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_card_status(data: object) -> CardStatus | int | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_card_status_value_type_0 = CardStatus(data)

                return componentsschemas_card_status_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CardStatus | int | Unset, data)

        card_status = _parse_card_status(d.pop("cardStatus", UNSET))

        total = d.pop("total", UNSET)

        card_status_count = cls(
            card_status=card_status,
            total=total,
        )

        card_status_count.additional_properties = d
        return card_status_count

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
