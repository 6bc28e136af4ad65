# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_report import DeliveryReport
from ..models.sms_type import SmsType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsCdrRecord")


@_attrs_define
class SmsCdrRecord:
    """One MO or MT SMS record.

    Attributes:
        device_id (str): A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use
            opaque ids.
        from_iccid (None | str | Unset): The sending ICCID (MO).
        to_iccid (None | str | Unset): The receiving ICCID (MT).
        send_msisdn (None | str | Unset): The sender's number (MO).
        rec_msisdn (None | str | Unset): The recipient's number (MT).
        sms_type (None | SmsType | str | Unset):
        timestamp (None | str | Unset): MT send time or MO receive time (UTC+8).
        send_status (DeliveryReport | None | str | Unset): Delivery report of an MT SMS (1 success, 2 failure); empty
            when none.
    """

    device_id: str
    from_iccid: None | str | Unset = UNSET
    to_iccid: None | str | Unset = UNSET
    send_msisdn: None | str | Unset = UNSET
    rec_msisdn: None | str | Unset = UNSET
    sms_type: None | SmsType | str | Unset = UNSET
    timestamp: None | str | Unset = UNSET
    send_status: DeliveryReport | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_id = self.device_id

        from_iccid: None | str | Unset
        if isinstance(self.from_iccid, Unset):
            from_iccid = UNSET
        else:
            from_iccid = self.from_iccid

        to_iccid: None | str | Unset
        if isinstance(self.to_iccid, Unset):
            to_iccid = UNSET
        else:
            to_iccid = self.to_iccid

        send_msisdn: None | str | Unset
        if isinstance(self.send_msisdn, Unset):
            send_msisdn = UNSET
        else:
            send_msisdn = self.send_msisdn

        rec_msisdn: None | str | Unset
        if isinstance(self.rec_msisdn, Unset):
            rec_msisdn = UNSET
        else:
            rec_msisdn = self.rec_msisdn

        sms_type: None | str | Unset
        if isinstance(self.sms_type, Unset):
            sms_type = UNSET
        elif isinstance(self.sms_type, SmsType):
            sms_type = self.sms_type.value
        else:
            sms_type = self.sms_type

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        send_status: None | str | Unset
        if isinstance(self.send_status, Unset):
            send_status = UNSET
        elif isinstance(self.send_status, DeliveryReport):
            send_status = self.send_status.value
        else:
            send_status = self.send_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deviceId": device_id,
            }
        )
        if from_iccid is not UNSET:
            field_dict["fromIccid"] = from_iccid
        if to_iccid is not UNSET:
            field_dict["toIccid"] = to_iccid
        if send_msisdn is not UNSET:
            field_dict["sendMsisdn"] = send_msisdn
        if rec_msisdn is not UNSET:
            field_dict["recMsisdn"] = rec_msisdn
        if sms_type is not UNSET:
            field_dict["smsType"] = sms_type
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if send_status is not UNSET:
            field_dict["sendStatus"] = send_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        device_id = d.pop("deviceId")

        def _parse_from_iccid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_iccid = _parse_from_iccid(d.pop("fromIccid", UNSET))

        def _parse_to_iccid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_iccid = _parse_to_iccid(d.pop("toIccid", UNSET))

        def _parse_send_msisdn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        send_msisdn = _parse_send_msisdn(d.pop("sendMsisdn", UNSET))

        def _parse_rec_msisdn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rec_msisdn = _parse_rec_msisdn(d.pop("recMsisdn", UNSET))

        def _parse_sms_type(data: object) -> None | SmsType | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_sms_type_value_type_0 = SmsType(data)

                return componentsschemas_sms_type_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SmsType | str | Unset, data)

        sms_type = _parse_sms_type(d.pop("smsType", UNSET))

        def _parse_timestamp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_send_status(data: object) -> DeliveryReport | None | str | Unset:
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

        send_status = _parse_send_status(d.pop("sendStatus", UNSET))

        sms_cdr_record = cls(
            device_id=device_id,
            from_iccid=from_iccid,
            to_iccid=to_iccid,
            send_msisdn=send_msisdn,
            rec_msisdn=rec_msisdn,
            sms_type=sms_type,
            timestamp=timestamp,
            send_status=send_status,
        )

        sms_cdr_record.additional_properties = d
        return sms_cdr_record

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
