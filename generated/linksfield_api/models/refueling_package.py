# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.refueling_status import RefuelingStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RefuelingPackage")


@_attrs_define
class RefuelingPackage:
    """A refuelling (top-up) package of a prepaid order. Only the field table describes it (every example
    has an empty list), so the table's names are used.

        Attributes:
            ref_order_id (str | Unset): Order code of the refuelling package.
            refpackage_flow (str | Unset): A whole number sent as a JSON string (counts, periods, traffic in MB or KB).
            refpackage_order_date (str | Unset): Order date, YYYY-MM-DD hh:mi:ss.
            refpackage_status (RefuelingStatus | str | Unset): A RefuelingStatus, or a code the vendor added later (kept as
                a string, flagged by the client).
    """

    ref_order_id: str | Unset = UNSET
    refpackage_flow: str | Unset = UNSET
    refpackage_order_date: str | Unset = UNSET
    refpackage_status: RefuelingStatus | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ref_order_id = self.ref_order_id

        refpackage_flow = self.refpackage_flow

        refpackage_order_date = self.refpackage_order_date

        refpackage_status: str | Unset
        if isinstance(self.refpackage_status, Unset):
            refpackage_status = UNSET
        elif isinstance(self.refpackage_status, RefuelingStatus):
            refpackage_status = self.refpackage_status.value
        else:
            refpackage_status = self.refpackage_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ref_order_id is not UNSET:
            field_dict["ref_orderId"] = ref_order_id
        if refpackage_flow is not UNSET:
            field_dict["refpackage_flow"] = refpackage_flow
        if refpackage_order_date is not UNSET:
            field_dict["refpackage_order_date"] = refpackage_order_date
        if refpackage_status is not UNSET:
            field_dict["refpackage_status"] = refpackage_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ref_order_id = d.pop("ref_orderId", UNSET)

        refpackage_flow = d.pop("refpackage_flow", UNSET)

        refpackage_order_date = d.pop("refpackage_order_date", UNSET)

        def _parse_refpackage_status(data: object) -> RefuelingStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_refueling_status_value_type_0 = RefuelingStatus(data)

                return componentsschemas_refueling_status_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RefuelingStatus | str | Unset, data)

        refpackage_status = _parse_refpackage_status(d.pop("refpackage_status", UNSET))

        refueling_package = cls(
            ref_order_id=ref_order_id,
            refpackage_flow=refpackage_flow,
            refpackage_order_date=refpackage_order_date,
            refpackage_status=refpackage_status,
        )

        refueling_package.additional_properties = d
        return refueling_package

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
