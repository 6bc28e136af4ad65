# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_report import DeliveryReport
from ..models.delivery_report_text import DeliveryReportText
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsMtPush")


@_attrs_define
class SmsMtPush:
    """The operator's delivery report of an MT SMS. `msg_id` is the provider's own id (the example is a
    32-digit hex string, not the caller's `LK...` id; R-SMS-MSGID).

        Attributes:
            supplier_code (str): The supplier of the profile.
            msg_id (str): The SMS's unique id
            phone (str): An MSISDN (E.164). Placeholder profiles carry `FFFFFFFFFF`.
            iccid (str): An ICCID (18 to 22 digits, an optional trailing hex check character).
            timestamp (str): A naive local time (UTC+8 unless stated), `yyyy-MM-dd HH:mm:ss`.
            status_report (DeliveryReport | None | str | Unset): 1 delivered, 2 otherwise.
            status_report_msg (DeliveryReportText | None | str | Unset): DELIVRD or FAILED.
    """

    supplier_code: str
    msg_id: str
    phone: str
    iccid: str
    timestamp: str
    status_report: DeliveryReport | None | str | Unset = UNSET
    status_report_msg: DeliveryReportText | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supplier_code = self.supplier_code

        msg_id = self.msg_id

        phone = self.phone

        iccid = self.iccid

        timestamp = self.timestamp

        status_report: None | str | Unset
        if isinstance(self.status_report, Unset):
            status_report = UNSET
        elif isinstance(self.status_report, DeliveryReport):
            status_report = self.status_report.value
        else:
            status_report = self.status_report

        status_report_msg: None | str | Unset
        if isinstance(self.status_report_msg, Unset):
            status_report_msg = UNSET
        elif isinstance(self.status_report_msg, DeliveryReportText):
            status_report_msg = self.status_report_msg.value
        else:
            status_report_msg = self.status_report_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "supplier_code": supplier_code,
                "msg_id": msg_id,
                "phone": phone,
                "iccid": iccid,
                "timestamp": timestamp,
            }
        )
        if status_report is not UNSET:
            field_dict["status_report"] = status_report
        if status_report_msg is not UNSET:
            field_dict["status_report_msg"] = status_report_msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        supplier_code = d.pop("supplier_code")

        msg_id = d.pop("msg_id")

        phone = d.pop("phone")

        iccid = d.pop("iccid")

        timestamp = d.pop("timestamp")

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

        status_report = _parse_status_report(d.pop("status_report", UNSET))

        def _parse_status_report_msg(data: object) -> DeliveryReportText | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_delivery_report_text_value_type_0 = DeliveryReportText(data)

                return componentsschemas_delivery_report_text_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeliveryReportText | None | str | Unset, data)

        status_report_msg = _parse_status_report_msg(d.pop("status_report_msg", UNSET))

        sms_mt_push = cls(
            supplier_code=supplier_code,
            msg_id=msg_id,
            phone=phone,
            iccid=iccid,
            timestamp=timestamp,
            status_report=status_report,
            status_report_msg=status_report_msg,
        )

        sms_mt_push.additional_properties = d
        return sms_mt_push

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
