# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.boolean_string import BooleanString
from ..types import UNSET, Unset

T = TypeVar("T", bound="GprsSession")


@_attrs_define
class GprsSession:
    """The data session (table 3). Byte counts are doubles written as text.

    Attributes:
        pdp_active (BooleanString | str | Unset): A BooleanString, or another text the vendor sends (kept as a string,
            flagged by the client; R-ENUM-OPEN).
        activation (None | str | Unset): Time of the PDP activation.
        ip (None | str | Unset): IPv4 address in the mobile network.
        tx (str | Unset): An IEEE 754 double written as text (`123.456`, `+1234.456`, `-1.2344e56`, `-.45E-6`, `INF`,
            `-INF`, `NaN`).
        last_tx (None | str | Unset): Time of the last transmitted data.
        rx (str | Unset): An IEEE 754 double written as text (`123.456`, `+1234.456`, `-1.2344e56`, `-.45E-6`, `INF`,
            `-INF`, `NaN`).
        last_rx (None | str | Unset): Time of the last received data.
        gi_dest_address (None | str | Unset): IPv4 address on the Internet.
    """

    pdp_active: BooleanString | str | Unset = UNSET
    activation: None | str | Unset = UNSET
    ip: None | str | Unset = UNSET
    tx: str | Unset = UNSET
    last_tx: None | str | Unset = UNSET
    rx: str | Unset = UNSET
    last_rx: None | str | Unset = UNSET
    gi_dest_address: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pdp_active: str | Unset
        if isinstance(self.pdp_active, Unset):
            pdp_active = UNSET
        elif isinstance(self.pdp_active, BooleanString):
            pdp_active = self.pdp_active.value
        else:
            pdp_active = self.pdp_active

        activation: None | str | Unset
        if isinstance(self.activation, Unset):
            activation = UNSET
        else:
            activation = self.activation

        ip: None | str | Unset
        if isinstance(self.ip, Unset):
            ip = UNSET
        else:
            ip = self.ip

        tx = self.tx

        last_tx: None | str | Unset
        if isinstance(self.last_tx, Unset):
            last_tx = UNSET
        else:
            last_tx = self.last_tx

        rx = self.rx

        last_rx: None | str | Unset
        if isinstance(self.last_rx, Unset):
            last_rx = UNSET
        else:
            last_rx = self.last_rx

        gi_dest_address: None | str | Unset
        if isinstance(self.gi_dest_address, Unset):
            gi_dest_address = UNSET
        else:
            gi_dest_address = self.gi_dest_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pdp_active is not UNSET:
            field_dict["pdpActive"] = pdp_active
        if activation is not UNSET:
            field_dict["activation"] = activation
        if ip is not UNSET:
            field_dict["ip"] = ip
        if tx is not UNSET:
            field_dict["tx"] = tx
        if last_tx is not UNSET:
            field_dict["lastTx"] = last_tx
        if rx is not UNSET:
            field_dict["rx"] = rx
        if last_rx is not UNSET:
            field_dict["lastRx"] = last_rx
        if gi_dest_address is not UNSET:
            field_dict["giDestAddress"] = gi_dest_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_pdp_active(data: object) -> BooleanString | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_boolean_string_value_type_0 = BooleanString(data)

                return componentsschemas_boolean_string_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BooleanString | str | Unset, data)

        pdp_active = _parse_pdp_active(d.pop("pdpActive", UNSET))

        def _parse_activation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        activation = _parse_activation(d.pop("activation", UNSET))

        def _parse_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip = _parse_ip(d.pop("ip", UNSET))

        tx = d.pop("tx", UNSET)

        def _parse_last_tx(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_tx = _parse_last_tx(d.pop("lastTx", UNSET))

        rx = d.pop("rx", UNSET)

        def _parse_last_rx(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_rx = _parse_last_rx(d.pop("lastRx", UNSET))

        def _parse_gi_dest_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gi_dest_address = _parse_gi_dest_address(d.pop("giDestAddress", UNSET))

        gprs_session = cls(
            pdp_active=pdp_active,
            activation=activation,
            ip=ip,
            tx=tx,
            last_tx=last_tx,
            rx=rx,
            last_rx=last_rx,
            gi_dest_address=gi_dest_address,
        )

        gprs_session.additional_properties = d
        return gprs_session

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
