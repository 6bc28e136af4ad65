# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mt_sms_record import MtSmsRecord
    from ..models.result_status import ResultStatus


T = TypeVar("T", bound="MtSmsPage")


@_attrs_define
class MtSmsPage:
    """One page of MT SMS records.

    Attributes:
        data (list[MtSmsRecord]):
        status (ResultStatus): The inner status carried by CDR and SMS answers in `data.status`.
        total_count (int):
    """

    data: list[MtSmsRecord]
    status: ResultStatus
    total_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        status = self.status.to_dict()

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "status": status,
                "total_count": total_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mt_sms_record import MtSmsRecord  # noqa: PLC0415
        from ..models.result_status import ResultStatus  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = MtSmsRecord.from_dict(data_item_data)

            data.append(data_item)

        status = ResultStatus.from_dict(d.pop("status"))

        total_count = d.pop("total_count")

        mt_sms_page = cls(
            data=data,
            status=status,
            total_count=total_count,
        )

        mt_sms_page.additional_properties = d
        return mt_sms_page

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
