# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_report import DeliveryReport
from ..models.send_status import SendStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="MtSmsRecord")


@_attrs_define
class MtSmsRecord:
    """One MT SMS and its delivery state.

    Attributes:
        asset_id (str): A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use
            opaque ids.
        send_start_time (str): A naive local time (UTC+8 unless stated), `yyyy-MM-dd HH:mm:ss`.
        send_status (SendStatus | str): A SendStatus, or a later code (kept as a string).
        msisdn (None | str | Unset):
        send_end_time (None | str | Unset):
        status_report (DeliveryReport | None | str | Unset):
    """

    asset_id: str
    send_start_time: str
    send_status: SendStatus | str
    msisdn: None | str | Unset = UNSET
    send_end_time: None | str | Unset = UNSET
    status_report: DeliveryReport | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        send_start_time = self.send_start_time

        send_status: str
        if isinstance(self.send_status, SendStatus):
            send_status = self.send_status.value
        else:
            send_status = self.send_status

        msisdn: None | str | Unset
        if isinstance(self.msisdn, Unset):
            msisdn = UNSET
        else:
            msisdn = self.msisdn

        send_end_time: None | str | Unset
        if isinstance(self.send_end_time, Unset):
            send_end_time = UNSET
        else:
            send_end_time = self.send_end_time

        status_report: None | str | Unset
        if isinstance(self.status_report, Unset):
            status_report = UNSET
        elif isinstance(self.status_report, DeliveryReport):
            status_report = self.status_report.value
        else:
            status_report = self.status_report

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assetId": asset_id,
                "sendStartTime": send_start_time,
                "sendStatus": send_status,
            }
        )
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if send_end_time is not UNSET:
            field_dict["sendEndTime"] = send_end_time
        if status_report is not UNSET:
            field_dict["statusReport"] = status_report

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset_id = d.pop("assetId")

        send_start_time = d.pop("sendStartTime")

        def _parse_send_status(data: object) -> SendStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_send_status_value_type_0 = SendStatus(data)

                return componentsschemas_send_status_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SendStatus | str, data)

        send_status = _parse_send_status(d.pop("sendStatus"))

        def _parse_msisdn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        msisdn = _parse_msisdn(d.pop("msisdn", UNSET))

        def _parse_send_end_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        send_end_time = _parse_send_end_time(d.pop("sendEndTime", UNSET))

        def _parse_status_report(data: object) -> DeliveryReport | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_delivery_report_value_type_0 = DeliveryReport(data)

                return componentsschemas_delivery_report_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeliveryReport | None | str | Unset, data)

        status_report = _parse_status_report(d.pop("statusReport", UNSET))

        mt_sms_record = cls(
            asset_id=asset_id,
            send_start_time=send_start_time,
            send_status=send_status,
            msisdn=msisdn,
            send_end_time=send_end_time,
            status_report=status_report,
        )

        mt_sms_record.additional_properties = d
        return mt_sms_record

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
