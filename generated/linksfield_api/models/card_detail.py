# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_method import BillingMethod
from ..models.card_status import CardStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CardDetail")


@_attrs_define
class CardDetail:
    """One card of the pool/card API. Traffic figures are KB.

    Attributes:
        iccid (str | Unset): An ICCID (18 to 22 digits, an optional trailing hex check character).
        imei (None | str | Unset):
        imsi (None | str | Unset):
        msisdn (None | str | Unset):
        total_flow (int | None | Unset): Total traffic in KB (unused when billingMethod is 2).
        use_month_flow (float | None | Unset): Usage this month in KB.
        use_flow (float | None | Unset): Usage this cycle in KB.
        billing_method (BillingMethod | int | None | Unset):
        apn (None | str | Unset): The APN.
        card_status (CardStatus | int | None | Unset):
    """

    iccid: str | Unset = UNSET
    imei: None | str | Unset = UNSET
    imsi: None | str | Unset = UNSET
    msisdn: None | str | Unset = UNSET
    total_flow: int | None | Unset = UNSET
    use_month_flow: float | None | Unset = UNSET
    use_flow: float | None | Unset = UNSET
    billing_method: BillingMethod | int | None | Unset = UNSET
    apn: None | str | Unset = UNSET
    card_status: CardStatus | int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        iccid = self.iccid

        imei: None | str | Unset
        if isinstance(self.imei, Unset):
            imei = UNSET
        else:
            imei = self.imei

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

        total_flow: int | None | Unset
        if isinstance(self.total_flow, Unset):
            total_flow = UNSET
        else:
            total_flow = self.total_flow

        use_month_flow: float | None | Unset
        if isinstance(self.use_month_flow, Unset):
            use_month_flow = UNSET
        else:
            use_month_flow = self.use_month_flow

        use_flow: float | None | Unset
        if isinstance(self.use_flow, Unset):
            use_flow = UNSET
        else:
            use_flow = self.use_flow

        billing_method: int | None | Unset
        if isinstance(self.billing_method, Unset):
            billing_method = UNSET
        elif isinstance(self.billing_method, BillingMethod):
            billing_method = self.billing_method.value
        else:
            billing_method = self.billing_method

        apn: None | str | Unset
        if isinstance(self.apn, Unset):
            apn = UNSET
        else:
            apn = self.apn

        card_status: int | None | Unset
        if isinstance(self.card_status, Unset):
            card_status = UNSET
        elif isinstance(self.card_status, CardStatus):
            card_status = self.card_status.value
        else:
            card_status = self.card_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if iccid is not UNSET:
            field_dict["iccid"] = iccid
        if imei is not UNSET:
            field_dict["imei"] = imei
        if imsi is not UNSET:
            field_dict["imsi"] = imsi
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if total_flow is not UNSET:
            field_dict["totalFlow"] = total_flow
        if use_month_flow is not UNSET:
            field_dict["useMonthFlow"] = use_month_flow
        if use_flow is not UNSET:
            field_dict["useFlow"] = use_flow
        if billing_method is not UNSET:
            field_dict["billingMethod"] = billing_method
        if apn is not UNSET:
            field_dict["apn"] = apn
        if card_status is not UNSET:
            field_dict["cardStatus"] = card_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        iccid = d.pop("iccid", UNSET)

        def _parse_imei(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        imei = _parse_imei(d.pop("imei", UNSET))

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

        def _parse_total_flow(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_flow = _parse_total_flow(d.pop("totalFlow", UNSET))

        def _parse_use_month_flow(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        use_month_flow = _parse_use_month_flow(d.pop("useMonthFlow", UNSET))

        def _parse_use_flow(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        use_flow = _parse_use_flow(d.pop("useFlow", UNSET))

        def _parse_billing_method(data: object) -> BillingMethod | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_billing_method_value_type_0 = BillingMethod(data)

                return componentsschemas_billing_method_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingMethod | int | None | Unset, data)

        billing_method = _parse_billing_method(d.pop("billingMethod", UNSET))

        def _parse_apn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        apn = _parse_apn(d.pop("apn", UNSET))

        def _parse_card_status(data: object) -> CardStatus | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_card_status_value_type_0 = CardStatus(data)

                return componentsschemas_card_status_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CardStatus | int | None | Unset, data)

        card_status = _parse_card_status(d.pop("cardStatus", UNSET))

        card_detail = cls(
            iccid=iccid,
            imei=imei,
            imsi=imsi,
            msisdn=msisdn,
            total_flow=total_flow,
            use_month_flow=use_month_flow,
            use_flow=use_flow,
            billing_method=billing_method,
            apn=apn,
            card_status=card_status,
        )

        card_detail.additional_properties = d
        return card_detail

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
