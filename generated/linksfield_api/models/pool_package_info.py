# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_package_type import FlowPackageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.epi_config import EpiConfig


T = TypeVar("T", bound="PoolPackageInfo")


@_attrs_define
class PoolPackageInfo:
    """The enterprise tariff package of a pool.

    Attributes:
        flow_package_type (FlowPackageType | int | None | Unset):
        client_flow_package_name (None | str | Unset): Package name shown to the customer.
        channel_name (None | str | Unset): Channel name.
        epi_configs (list[EpiConfig] | None | Unset):
    """

    flow_package_type: FlowPackageType | int | None | Unset = UNSET
    client_flow_package_name: None | str | Unset = UNSET
    channel_name: None | str | Unset = UNSET
    epi_configs: list[EpiConfig] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flow_package_type: int | None | Unset
        if isinstance(self.flow_package_type, Unset):
            flow_package_type = UNSET
        elif isinstance(self.flow_package_type, FlowPackageType):
            flow_package_type = self.flow_package_type.value
        else:
            flow_package_type = self.flow_package_type

        client_flow_package_name: None | str | Unset
        if isinstance(self.client_flow_package_name, Unset):
            client_flow_package_name = UNSET
        else:
            client_flow_package_name = self.client_flow_package_name

        channel_name: None | str | Unset
        if isinstance(self.channel_name, Unset):
            channel_name = UNSET
        else:
            channel_name = self.channel_name

        epi_configs: list[dict[str, Any]] | None | Unset
        if isinstance(self.epi_configs, Unset):
            epi_configs = UNSET
        elif isinstance(self.epi_configs, list):
            epi_configs = []
            for epi_configs_type_0_item_data in self.epi_configs:
                epi_configs_type_0_item = epi_configs_type_0_item_data.to_dict()
                epi_configs.append(epi_configs_type_0_item)

        else:
            epi_configs = self.epi_configs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if flow_package_type is not UNSET:
            field_dict["flowPackageType"] = flow_package_type
        if client_flow_package_name is not UNSET:
            field_dict["clientFlowPackageName"] = client_flow_package_name
        if channel_name is not UNSET:
            field_dict["channelName"] = channel_name
        if epi_configs is not UNSET:
            field_dict["epiConfigs"] = epi_configs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.epi_config import EpiConfig  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_flow_package_type(data: object) -> FlowPackageType | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_flow_package_type_value_type_0 = FlowPackageType(data)

                return componentsschemas_flow_package_type_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowPackageType | int | None | Unset, data)

        flow_package_type = _parse_flow_package_type(d.pop("flowPackageType", UNSET))

        def _parse_client_flow_package_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_flow_package_name = _parse_client_flow_package_name(d.pop("clientFlowPackageName", UNSET))

        def _parse_channel_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel_name = _parse_channel_name(d.pop("channelName", UNSET))

        def _parse_epi_configs(data: object) -> list[EpiConfig] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                epi_configs_type_0 = []
                _epi_configs_type_0 = data
                for epi_configs_type_0_item_data in _epi_configs_type_0:
                    epi_configs_type_0_item = EpiConfig.from_dict(epi_configs_type_0_item_data)

                    epi_configs_type_0.append(epi_configs_type_0_item)

                return epi_configs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EpiConfig] | None | Unset, data)

        epi_configs = _parse_epi_configs(d.pop("epiConfigs", UNSET))

        pool_package_info = cls(
            flow_package_type=flow_package_type,
            client_flow_package_name=client_flow_package_name,
            channel_name=channel_name,
            epi_configs=epi_configs,
        )

        pool_package_info.additional_properties = d
        return pool_package_info

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
