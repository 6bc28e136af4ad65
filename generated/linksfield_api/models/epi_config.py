# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.epi_config_type import EpiConfigType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EpiConfig")


@_attrs_define
class EpiConfig:
    """One configuration of the enterprise tariff package.

    Attributes:
        epi_config_code (None | str | Unset): Configuration code.
        epi_code (None | str | Unset): Enterprise tariff package code.
        standard_charge (float | None | Unset): Service charge in yuan.
        real_fen_standard_charge (float | None | Unset): Actual charge in fen (1/100 yuan).
        epi_config_type (EpiConfigType | int | None | Unset):
    """

    epi_config_code: None | str | Unset = UNSET
    epi_code: None | str | Unset = UNSET
    standard_charge: float | None | Unset = UNSET
    real_fen_standard_charge: float | None | Unset = UNSET
    epi_config_type: EpiConfigType | int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        epi_config_code: None | str | Unset
        if isinstance(self.epi_config_code, Unset):
            epi_config_code = UNSET
        else:
            epi_config_code = self.epi_config_code

        epi_code: None | str | Unset
        if isinstance(self.epi_code, Unset):
            epi_code = UNSET
        else:
            epi_code = self.epi_code

        standard_charge: float | None | Unset
        if isinstance(self.standard_charge, Unset):
            standard_charge = UNSET
        else:
            standard_charge = self.standard_charge

        real_fen_standard_charge: float | None | Unset
        if isinstance(self.real_fen_standard_charge, Unset):
            real_fen_standard_charge = UNSET
        else:
            real_fen_standard_charge = self.real_fen_standard_charge

        epi_config_type: int | None | Unset
        if isinstance(self.epi_config_type, Unset):
            epi_config_type = UNSET
        elif isinstance(self.epi_config_type, EpiConfigType):
            epi_config_type = self.epi_config_type.value
        else:
            epi_config_type = self.epi_config_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if epi_config_code is not UNSET:
            field_dict["epiConfigCode"] = epi_config_code
        if epi_code is not UNSET:
            field_dict["epiCode"] = epi_code
        if standard_charge is not UNSET:
            field_dict["standardCharge"] = standard_charge
        if real_fen_standard_charge is not UNSET:
            field_dict["realFenStandardCharge"] = real_fen_standard_charge
        if epi_config_type is not UNSET:
            field_dict["epiConfigType"] = epi_config_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_epi_config_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        epi_config_code = _parse_epi_config_code(d.pop("epiConfigCode", UNSET))

        def _parse_epi_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        epi_code = _parse_epi_code(d.pop("epiCode", UNSET))

        def _parse_standard_charge(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        standard_charge = _parse_standard_charge(d.pop("standardCharge", UNSET))

        def _parse_real_fen_standard_charge(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        real_fen_standard_charge = _parse_real_fen_standard_charge(d.pop("realFenStandardCharge", UNSET))

        def _parse_epi_config_type(data: object) -> EpiConfigType | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_epi_config_type_value_type_0 = EpiConfigType(data)

                return componentsschemas_epi_config_type_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EpiConfigType | int | None | Unset, data)

        epi_config_type = _parse_epi_config_type(d.pop("epiConfigType", UNSET))

        epi_config = cls(
            epi_config_code=epi_config_code,
            epi_code=epi_code,
            standard_charge=standard_charge,
            real_fen_standard_charge=real_fen_standard_charge,
            epi_config_type=epi_config_type,
        )

        epi_config.additional_properties = d
        return epi_config

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
