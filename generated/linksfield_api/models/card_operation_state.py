# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.operation_card_status import OperationCardStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CardOperationState")


@_attrs_define
class CardOperationState:
    """The state of one card in a batch operation.

    Attributes:
        operation_card_status (int | OperationCardStatus | Unset): An OperationCardStatus, or a later code (kept as an
            integer).
        iccid (str | Unset): An ICCID (18 to 22 digits, an optional trailing hex check character).
        msisdn (None | str | Unset):
    """

    operation_card_status: int | OperationCardStatus | Unset = UNSET
    iccid: str | Unset = UNSET
    msisdn: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation_card_status: int | Unset
        if isinstance(self.operation_card_status, Unset):
            operation_card_status = UNSET
        elif isinstance(self.operation_card_status, OperationCardStatus):
            operation_card_status = self.operation_card_status.value
        else:
            operation_card_status = self.operation_card_status

        iccid = self.iccid

        msisdn: None | str | Unset
        if isinstance(self.msisdn, Unset):
            msisdn = UNSET
        else:
            msisdn = self.msisdn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation_card_status is not UNSET:
            field_dict["operationCardStatus"] = operation_card_status
        if iccid is not UNSET:
            field_dict["iccid"] = iccid
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_operation_card_status(data: object) -> int | OperationCardStatus | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_operation_card_status_value_type_0 = OperationCardStatus(data)

                return componentsschemas_operation_card_status_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | OperationCardStatus | Unset, data)

        operation_card_status = _parse_operation_card_status(d.pop("operationCardStatus", UNSET))

        iccid = d.pop("iccid", UNSET)

        def _parse_msisdn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        msisdn = _parse_msisdn(d.pop("msisdn", UNSET))

        card_operation_state = cls(
            operation_card_status=operation_card_status,
            iccid=iccid,
            msisdn=msisdn,
        )

        card_operation_state.additional_properties = d
        return card_operation_state

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
