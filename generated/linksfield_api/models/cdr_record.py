# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CdrRecord")


@_attrs_define
class CdrRecord:
    """One portion of data usage. `duration` (seconds) is described by the pages but only the v2 apn
    example carries it (null); `apn` likewise (R-CDR-DURATION).

        Attributes:
            data (int): Bytes used in this portion.
            imsi (str): An IMSI (E.212), 6 to 15 digits.
            mcc (str): Mobile country code.
            mnc (str): Mobile network code.
            session_started_at (str): A naive local time (UTC+8 unless stated), `yyyy-MM-dd HH:mm:ss`.
            sim_id (str): A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use
                opaque ids.
            msisdn (None | str | Unset):
            network (None | str | Unset): Radio access type, e.g. 4G.
            plan_id (None | str | Unset): Package id (bundle id).
            session_ended_at (None | str | Unset): End of the portion; may be null.
            apn (None | str | Unset): The APN of the session (apn query).
            duration (int | None | Unset): Seconds between start and end.
    """

    data: int
    imsi: str
    mcc: str
    mnc: str
    session_started_at: str
    sim_id: str
    msisdn: None | str | Unset = UNSET
    network: None | str | Unset = UNSET
    plan_id: None | str | Unset = UNSET
    session_ended_at: None | str | Unset = UNSET
    apn: None | str | Unset = UNSET
    duration: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        imsi = self.imsi

        mcc = self.mcc

        mnc = self.mnc

        session_started_at = self.session_started_at

        sim_id = self.sim_id

        msisdn: None | str | Unset
        if isinstance(self.msisdn, Unset):
            msisdn = UNSET
        else:
            msisdn = self.msisdn

        network: None | str | Unset
        if isinstance(self.network, Unset):
            network = UNSET
        else:
            network = self.network

        plan_id: None | str | Unset
        if isinstance(self.plan_id, Unset):
            plan_id = UNSET
        else:
            plan_id = self.plan_id

        session_ended_at: None | str | Unset
        if isinstance(self.session_ended_at, Unset):
            session_ended_at = UNSET
        else:
            session_ended_at = self.session_ended_at

        apn: None | str | Unset
        if isinstance(self.apn, Unset):
            apn = UNSET
        else:
            apn = self.apn

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "imsi": imsi,
                "mcc": mcc,
                "mnc": mnc,
                "session_started_at": session_started_at,
                "sim_id": sim_id,
            }
        )
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if network is not UNSET:
            field_dict["network"] = network
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if session_ended_at is not UNSET:
            field_dict["session_ended_at"] = session_ended_at
        if apn is not UNSET:
            field_dict["apn"] = apn
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = d.pop("data")

        imsi = d.pop("imsi")

        mcc = d.pop("mcc")

        mnc = d.pop("mnc")

        session_started_at = d.pop("session_started_at")

        sim_id = d.pop("sim_id")

        def _parse_msisdn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        msisdn = _parse_msisdn(d.pop("msisdn", UNSET))

        def _parse_network(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network = _parse_network(d.pop("network", UNSET))

        def _parse_plan_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plan_id = _parse_plan_id(d.pop("plan_id", UNSET))

        def _parse_session_ended_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session_ended_at = _parse_session_ended_at(d.pop("session_ended_at", UNSET))

        def _parse_apn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        apn = _parse_apn(d.pop("apn", UNSET))

        def _parse_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        cdr_record = cls(
            data=data,
            imsi=imsi,
            mcc=mcc,
            mnc=mnc,
            session_started_at=session_started_at,
            sim_id=sim_id,
            msisdn=msisdn,
            network=network,
            plan_id=plan_id,
            session_ended_at=session_ended_at,
            apn=apn,
            duration=duration,
        )

        cdr_record.additional_properties = d
        return cdr_record

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
