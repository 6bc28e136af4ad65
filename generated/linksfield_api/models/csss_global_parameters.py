# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CsssGlobalParameters")


@_attrs_define
class CsssGlobalParameters:
    """The parameters every CSSS request carries (in the JSON body for POST). The client fills and
    signs them; callers never pass them.

        Attributes:
            access_code (str): The partner code, e.g. P000270.
            timestamp (str): Request time in seconds since the epoch (10 digits); 13-digit milliseconds are accepted.
            version (Literal['2.0']): API version.
            sign (str): Base64 HMAC-SHA1 of the sorted, non-empty parameters.
    """

    access_code: str
    timestamp: str
    version: Literal["2.0"]
    sign: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_code = self.access_code

        timestamp = self.timestamp

        version = self.version

        sign = self.sign

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_code": access_code,
                "timestamp": timestamp,
                "version": version,
                "sign": sign,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_code = d.pop("access_code")

        timestamp = d.pop("timestamp")

        version = cast(Literal["2.0"], d.pop("version"))
        if version != "2.0":
            raise ValueError(f"version must match const '2.0', got '{version}'")

        sign = d.pop("sign")

        csss_global_parameters = cls(
            access_code=access_code,
            timestamp=timestamp,
            version=version,
            sign=sign,
        )

        csss_global_parameters.additional_properties = d
        return csss_global_parameters

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
