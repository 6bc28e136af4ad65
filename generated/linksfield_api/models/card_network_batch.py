# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_switch_error import CardSwitchError


T = TypeVar("T", bound="CardNetworkBatch")


@_attrs_define
class CardNetworkBatch:
    """The batch started by a network switch.

    Attributes:
        success_count (int | Unset): Cards that passed the switch check.
        batch_code (None | str | Unset): The batch to follow with get_batch_operation_status; null when no card passed.
        error_info (list[CardSwitchError] | None | Unset):
    """

    success_count: int | Unset = UNSET
    batch_code: None | str | Unset = UNSET
    error_info: list[CardSwitchError] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success_count = self.success_count

        batch_code: None | str | Unset
        if isinstance(self.batch_code, Unset):
            batch_code = UNSET
        else:
            batch_code = self.batch_code

        error_info: list[dict[str, Any]] | None | Unset
        if isinstance(self.error_info, Unset):
            error_info = UNSET
        elif isinstance(self.error_info, list):
            error_info = []
            for error_info_type_0_item_data in self.error_info:
                error_info_type_0_item = error_info_type_0_item_data.to_dict()
                error_info.append(error_info_type_0_item)

        else:
            error_info = self.error_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success_count is not UNSET:
            field_dict["successCount"] = success_count
        if batch_code is not UNSET:
            field_dict["batchCode"] = batch_code
        if error_info is not UNSET:
            field_dict["errorInfo"] = error_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card_switch_error import CardSwitchError  # noqa: PLC0415

        d = dict(src_dict)
        success_count = d.pop("successCount", UNSET)

        def _parse_batch_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        batch_code = _parse_batch_code(d.pop("batchCode", UNSET))

        def _parse_error_info(data: object) -> list[CardSwitchError] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                error_info_type_0 = []
                _error_info_type_0 = data
                for error_info_type_0_item_data in _error_info_type_0:
                    error_info_type_0_item = CardSwitchError.from_dict(error_info_type_0_item_data)

                    error_info_type_0.append(error_info_type_0_item)

                return error_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CardSwitchError] | None | Unset, data)

        error_info = _parse_error_info(d.pop("errorInfo", UNSET))

        card_network_batch = cls(
            success_count=success_count,
            batch_code=batch_code,
            error_info=error_info,
        )

        card_network_batch.additional_properties = d
        return card_network_batch

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
