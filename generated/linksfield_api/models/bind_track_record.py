# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BindTrackRecord")


@_attrs_define
class BindTrackRecord:
    """One bind or unbind event.

    Attributes:
        iccid (str): An ICCID (18 to 22 digits, an optional trailing hex check character).
        imei (str): A 15-16 digit IMEI or IMEISV.
        create_time (str): A naive local time (UTC+8 unless stated), `yyyy-MM-dd HH:mm:ss`.
        track (None | str | Unset): What happened (e.g. 机卡绑定, bound).
        oper_user (None | str | Unset): Who did it.
    """

    iccid: str
    imei: str
    create_time: str
    track: None | str | Unset = UNSET
    oper_user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        iccid = self.iccid

        imei = self.imei

        create_time = self.create_time

        track: None | str | Unset
        if isinstance(self.track, Unset):
            track = UNSET
        else:
            track = self.track

        oper_user: None | str | Unset
        if isinstance(self.oper_user, Unset):
            oper_user = UNSET
        else:
            oper_user = self.oper_user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "iccid": iccid,
                "imei": imei,
                "createTime": create_time,
            }
        )
        if track is not UNSET:
            field_dict["track"] = track
        if oper_user is not UNSET:
            field_dict["operUser"] = oper_user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        iccid = d.pop("iccid")

        imei = d.pop("imei")

        create_time = d.pop("createTime")

        def _parse_track(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        track = _parse_track(d.pop("track", UNSET))

        def _parse_oper_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        oper_user = _parse_oper_user(d.pop("operUser", UNSET))

        bind_track_record = cls(
            iccid=iccid,
            imei=imei,
            create_time=create_time,
            track=track,
            oper_user=oper_user,
        )

        bind_track_record.additional_properties = d
        return bind_track_record

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
