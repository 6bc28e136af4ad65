# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_return_code import SessionReturnCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gprs_session import GprsSession
    from ..models.sms_mo_counters import SmsMoCounters
    from ..models.sms_mt_counters import SmsMtCounters


T = TypeVar("T", bound="LatestCdr")


@_attrs_define
class LatestCdr:
    """The latest session record of one IMSI (every field but `returnCode` optional).

    Attributes:
        return_code (SessionReturnCode | str): A SessionReturnCode, or a later code (kept as a string).
        imsi (None | str | Unset):
        msisdn (None | str | Unset):
        imei (None | str | Unset):
        session_start (None | str | Unset): Start of the 3G/LTE session.
        last_activity (None | str | Unset): Time of the last event of the session.
        last_sms_error (None | str | Unset): Last SMS error.
        last_sms_error_time (None | str | Unset): Time of the last SMS error.
        last_lu (None | str | Unset): Last location update.
        customer_no (None | str | Unset): The customer number.
        sms_mt (None | SmsMtCounters | Unset):
        sms_mo (None | SmsMoCounters | Unset):
        gprs (GprsSession | None | Unset):
    """

    return_code: SessionReturnCode | str
    imsi: None | str | Unset = UNSET
    msisdn: None | str | Unset = UNSET
    imei: None | str | Unset = UNSET
    session_start: None | str | Unset = UNSET
    last_activity: None | str | Unset = UNSET
    last_sms_error: None | str | Unset = UNSET
    last_sms_error_time: None | str | Unset = UNSET
    last_lu: None | str | Unset = UNSET
    customer_no: None | str | Unset = UNSET
    sms_mt: None | SmsMtCounters | Unset = UNSET
    sms_mo: None | SmsMoCounters | Unset = UNSET
    gprs: GprsSession | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.gprs_session import GprsSession  # noqa: PLC0415
        from ..models.sms_mo_counters import SmsMoCounters  # noqa: PLC0415
        from ..models.sms_mt_counters import SmsMtCounters  # noqa: PLC0415

        return_code: str
        if isinstance(self.return_code, SessionReturnCode):
            return_code = self.return_code.value
        else:
            return_code = self.return_code

        imsi: None | str | Unset
        if isinstance(self.imsi, Unset):
            imsi = UNSET
        else:
            imsi = self.imsi

        msisdn: None | str | Unset
        if isinstance(self.msisdn, Unset):
            msisdn = UNSET
        else:
            msisdn = self.msisdn

        imei: None | str | Unset
        if isinstance(self.imei, Unset):
            imei = UNSET
        else:
            imei = self.imei

        session_start: None | str | Unset
        if isinstance(self.session_start, Unset):
            session_start = UNSET
        else:
            session_start = self.session_start

        last_activity: None | str | Unset
        if isinstance(self.last_activity, Unset):
            last_activity = UNSET
        else:
            last_activity = self.last_activity

        last_sms_error: None | str | Unset
        if isinstance(self.last_sms_error, Unset):
            last_sms_error = UNSET
        else:
            last_sms_error = self.last_sms_error

        last_sms_error_time: None | str | Unset
        if isinstance(self.last_sms_error_time, Unset):
            last_sms_error_time = UNSET
        else:
            last_sms_error_time = self.last_sms_error_time

        last_lu: None | str | Unset
        if isinstance(self.last_lu, Unset):
            last_lu = UNSET
        else:
            last_lu = self.last_lu

        customer_no: None | str | Unset
        if isinstance(self.customer_no, Unset):
            customer_no = UNSET
        else:
            customer_no = self.customer_no

        sms_mt: dict[str, Any] | None | Unset
        if isinstance(self.sms_mt, Unset):
            sms_mt = UNSET
        elif isinstance(self.sms_mt, SmsMtCounters):
            sms_mt = self.sms_mt.to_dict()
        else:
            sms_mt = self.sms_mt

        sms_mo: dict[str, Any] | None | Unset
        if isinstance(self.sms_mo, Unset):
            sms_mo = UNSET
        elif isinstance(self.sms_mo, SmsMoCounters):
            sms_mo = self.sms_mo.to_dict()
        else:
            sms_mo = self.sms_mo

        gprs: dict[str, Any] | None | Unset
        if isinstance(self.gprs, Unset):
            gprs = UNSET
        elif isinstance(self.gprs, GprsSession):
            gprs = self.gprs.to_dict()
        else:
            gprs = self.gprs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "returnCode": return_code,
            }
        )
        if imsi is not UNSET:
            field_dict["imsi"] = imsi
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if imei is not UNSET:
            field_dict["imei"] = imei
        if session_start is not UNSET:
            field_dict["sessionStart"] = session_start
        if last_activity is not UNSET:
            field_dict["lastActivity"] = last_activity
        if last_sms_error is not UNSET:
            field_dict["lastSmsError"] = last_sms_error
        if last_sms_error_time is not UNSET:
            field_dict["lastSmsErrorTime"] = last_sms_error_time
        if last_lu is not UNSET:
            field_dict["lastLu"] = last_lu
        if customer_no is not UNSET:
            field_dict["customerNo"] = customer_no
        if sms_mt is not UNSET:
            field_dict["smsMt"] = sms_mt
        if sms_mo is not UNSET:
            field_dict["smsMo"] = sms_mo
        if gprs is not UNSET:
            field_dict["gprs"] = gprs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gprs_session import GprsSession  # noqa: PLC0415
        from ..models.sms_mo_counters import SmsMoCounters  # noqa: PLC0415
        from ..models.sms_mt_counters import SmsMtCounters  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_return_code(data: object) -> SessionReturnCode | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_session_return_code_value_type_0 = SessionReturnCode(data)

                return componentsschemas_session_return_code_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SessionReturnCode | str, data)

        return_code = _parse_return_code(d.pop("returnCode"))

        def _parse_imsi(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        imsi = _parse_imsi(d.pop("imsi", UNSET))

        def _parse_msisdn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        msisdn = _parse_msisdn(d.pop("msisdn", UNSET))

        def _parse_imei(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        imei = _parse_imei(d.pop("imei", UNSET))

        def _parse_session_start(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session_start = _parse_session_start(d.pop("sessionStart", UNSET))

        def _parse_last_activity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_activity = _parse_last_activity(d.pop("lastActivity", UNSET))

        def _parse_last_sms_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_sms_error = _parse_last_sms_error(d.pop("lastSmsError", UNSET))

        def _parse_last_sms_error_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_sms_error_time = _parse_last_sms_error_time(d.pop("lastSmsErrorTime", UNSET))

        def _parse_last_lu(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_lu = _parse_last_lu(d.pop("lastLu", UNSET))

        def _parse_customer_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_no = _parse_customer_no(d.pop("customerNo", UNSET))

        def _parse_sms_mt(data: object) -> None | SmsMtCounters | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sms_mt_type_0 = SmsMtCounters.from_dict(data)

                return sms_mt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SmsMtCounters | Unset, data)

        sms_mt = _parse_sms_mt(d.pop("smsMt", UNSET))

        def _parse_sms_mo(data: object) -> None | SmsMoCounters | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sms_mo_type_0 = SmsMoCounters.from_dict(data)

                return sms_mo_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SmsMoCounters | Unset, data)

        sms_mo = _parse_sms_mo(d.pop("smsMo", UNSET))

        def _parse_gprs(data: object) -> GprsSession | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                gprs_type_0 = GprsSession.from_dict(data)

                return gprs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GprsSession | None | Unset, data)

        gprs = _parse_gprs(d.pop("gprs", UNSET))

        latest_cdr = cls(
            return_code=return_code,
            imsi=imsi,
            msisdn=msisdn,
            imei=imei,
            session_start=session_start,
            last_activity=last_activity,
            last_sms_error=last_sms_error,
            last_sms_error_time=last_sms_error_time,
            last_lu=last_lu,
            customer_no=customer_no,
            sms_mt=sms_mt,
            sms_mo=sms_mo,
            gprs=gprs,
        )

        latest_cdr.additional_properties = d
        return latest_cdr

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
