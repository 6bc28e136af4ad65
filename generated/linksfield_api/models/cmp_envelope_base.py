# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CmpEnvelopeBase")


@_attrs_define
class CmpEnvelopeBase:
    """The CMP envelope without its `data` (each operation's response adds a typed `data`). Success is
    `success: true` with `code: "0000"`; anything else is a refusal whose `message` says why.
    Business refusals arrive with HTTP 200 (R-HTTP-STATUS-ON-REFUSAL).

        Attributes:
            code (str): `0000` on success; otherwise a business code.
            message (str): Human-readable result (`success`, `Success`, `成功`, or the reason of a refusal).
            success (bool): true on success.
    """

    code: str
    message: str
    success: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "success": success,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        success = d.pop("success")

        cmp_envelope_base = cls(
            code=code,
            message=message,
            success=success,
        )

        cmp_envelope_base.additional_properties = d
        return cmp_envelope_base

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
