# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.latest_cdr import LatestCdr


T = TypeVar("T", bound="QueryLatestCdrResponse")


@_attrs_define
class QueryLatestCdrResponse:
    """The CMP envelope of query_latest_cdr. `data` is null when the call was refused.

    Attributes:
        code (str): `0000` on success; otherwise a business code.
        message (str): Human-readable result (`success`, `Success`, `成功`, or the reason of a refusal).
        success (bool): true on success.
        data (LatestCdr | None):
    """

    code: str
    message: str
    success: bool
    data: LatestCdr | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.latest_cdr import LatestCdr  # noqa: PLC0415

        code = self.code

        message = self.message

        success = self.success

        data: dict[str, Any] | None
        if isinstance(self.data, LatestCdr):
            data = self.data.to_dict()
        else:
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
        from ..models.latest_cdr import LatestCdr  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        success = d.pop("success")

        def _parse_data(data: object) -> LatestCdr | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = LatestCdr.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LatestCdr | None, data)

        data = _parse_data(d.pop("data"))

        query_latest_cdr_response = cls(
            code=code,
            message=message,
            success=success,
            data=data,
        )

        query_latest_cdr_response.additional_properties = d
        return query_latest_cdr_response

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
