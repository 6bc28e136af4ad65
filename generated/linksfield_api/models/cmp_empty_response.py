# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CmpEmptyResponse")


@_attrs_define
class CmpEmptyResponse:
    """The CMP envelope of operations whose `data` is always null (cancel, finish, pause, restart, sendSms).

    Attributes:
        code (str): `0000` on success; otherwise a business code.
        message (str): Human-readable result (`success`, `Success`, `成功`, or the reason of a refusal).
        success (bool): true on success.
        data (None):  Default: None.
    """

    code: str
    message: str
    success: bool
    data: None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        success = self.success

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "success": success,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        success = d.pop("success")

        data = d.pop("data")

        cmp_empty_response = cls(
            code=code,
            message=message,
            success=success,
            data=data,
        )

        cmp_empty_response.additional_properties = d
        return cmp_empty_response

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
