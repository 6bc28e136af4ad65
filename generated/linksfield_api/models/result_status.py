# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.result_status_code import ResultStatusCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResultStatus")


@_attrs_define
class ResultStatus:
    """The inner status carried by CDR and SMS answers in `data.status`.

    Attributes:
        code (ResultStatusCode | str): A ResultStatusCode, or another business code (kept as a string).
        message (str): Human-readable status.
        detail (None | str | Unset): Detail of a failure; null on success.
    """

    code: ResultStatusCode | str
    message: str
    detail: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: str
        if isinstance(self.code, ResultStatusCode):
            code = self.code.value
        else:
            code = self.code

        message = self.message

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_code(data: object) -> ResultStatusCode | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_result_status_code_value_type_0 = ResultStatusCode(data)

                return componentsschemas_result_status_code_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ResultStatusCode | str, data)

        code = _parse_code(d.pop("code"))

        message = d.pop("message")

        def _parse_detail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail = _parse_detail(d.pop("detail", UNSET))

        result_status = cls(
            code=code,
            message=message,
            detail=detail,
        )

        result_status.additional_properties = d
        return result_status

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
