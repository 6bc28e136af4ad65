# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bip_flag import BipFlag
from ..models.lifecycle import Lifecycle
from ..models.multi_imsi_flag import MultiImsiFlag
from ..models.ota_flag import OtaFlag
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_order import PackageOrder


T = TypeVar("T", bound="Device")


@_attrs_define
class Device:
    """One device with its lifecycle and its active or paused order (queryDevice, queryBatchDevice).
    `package_order` is one object or null although the text says "each node"
    (R-QUERYDEVICE-PACKAGE-ORDER).

        Attributes:
            device_id (str): A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use
                opaque ids.
            ota_flag (OtaFlag | str): An OtaFlag, or a later code (kept as a string).
            bip_flag (BipFlag | str): A BipFlag, or a later code (kept as a string).
            multi_imsi_flag (MultiImsiFlag | str): A MultiImsiFlag, or a later code (kept as a string).
            lifecycle (Lifecycle | str): A Lifecycle stage, or a later code (kept as a string).
            lifecycle_start_time (str | Unset): A date `YYYYMMDD`, or the empty string when not set (e.g. not yet
                activated).
            lifecycle_end_time (str | Unset): A date `YYYYMMDD`, or the empty string when not set (e.g. not yet activated).
            lifecycle_slient_period (str | Unset): A whole number sent as a JSON string, or the empty string when the vendor
                leaves it blank.
            lifecycle_shutdown_period (str | Unset): A whole number sent as a JSON string, or the empty string when the
                vendor leaves it blank.
            package_order (None | PackageOrder | Unset): The active or paused order, if any.
            partner_name (None | str | Unset): The partner's name (queryBatchDevice).
            partner_code (None | str | Unset): The partner's code (queryBatchDevice).
            msisdn (None | str | Unset): The device's MSISDN (queryBatchDevice).
            task_no (None | str | Unset): Undocumented (queryBatchDevice).
            main_iccid (None | str | Unset): The main ICCID of a multi-profile device.
    """

    device_id: str
    ota_flag: OtaFlag | str
    bip_flag: BipFlag | str
    multi_imsi_flag: MultiImsiFlag | str
    lifecycle: Lifecycle | str
    lifecycle_start_time: str | Unset = UNSET
    lifecycle_end_time: str | Unset = UNSET
    lifecycle_slient_period: str | Unset = UNSET
    lifecycle_shutdown_period: str | Unset = UNSET
    package_order: None | PackageOrder | Unset = UNSET
    partner_name: None | str | Unset = UNSET
    partner_code: None | str | Unset = UNSET
    msisdn: None | str | Unset = UNSET
    task_no: None | str | Unset = UNSET
    main_iccid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.package_order import PackageOrder  # noqa: PLC0415

        device_id = self.device_id

        ota_flag: str
        if isinstance(self.ota_flag, OtaFlag):
            ota_flag = self.ota_flag.value
        else:
            ota_flag = self.ota_flag

        bip_flag: str
        if isinstance(self.bip_flag, BipFlag):
            bip_flag = self.bip_flag.value
        else:
            bip_flag = self.bip_flag

        multi_imsi_flag: str
        if isinstance(self.multi_imsi_flag, MultiImsiFlag):
            multi_imsi_flag = self.multi_imsi_flag.value
        else:
            multi_imsi_flag = self.multi_imsi_flag

        lifecycle: str
        if isinstance(self.lifecycle, Lifecycle):
            lifecycle = self.lifecycle.value
        else:
            lifecycle = self.lifecycle

        lifecycle_start_time = self.lifecycle_start_time

        lifecycle_end_time = self.lifecycle_end_time

        lifecycle_slient_period = self.lifecycle_slient_period

        lifecycle_shutdown_period = self.lifecycle_shutdown_period

        package_order: dict[str, Any] | None | Unset
        if isinstance(self.package_order, Unset):
            package_order = UNSET
        elif isinstance(self.package_order, PackageOrder):
            package_order = self.package_order.to_dict()
        else:
            package_order = self.package_order

        partner_name: None | str | Unset
        if isinstance(self.partner_name, Unset):
            partner_name = UNSET
        else:
            partner_name = self.partner_name

        partner_code: None | str | Unset
        if isinstance(self.partner_code, Unset):
            partner_code = UNSET
        else:
            partner_code = self.partner_code

        msisdn: None | str | Unset
        if isinstance(self.msisdn, Unset):
            msisdn = UNSET
        else:
            msisdn = self.msisdn

        task_no: None | str | Unset
        if isinstance(self.task_no, Unset):
            task_no = UNSET
        else:
            task_no = self.task_no

        main_iccid: None | str | Unset
        if isinstance(self.main_iccid, Unset):
            main_iccid = UNSET
        else:
            main_iccid = self.main_iccid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "device_id": device_id,
                "ota_flag": ota_flag,
                "bip_flag": bip_flag,
                "multiImsi_flag": multi_imsi_flag,
                "lifecycle": lifecycle,
            }
        )
        if lifecycle_start_time is not UNSET:
            field_dict["lifecycle_start_time"] = lifecycle_start_time
        if lifecycle_end_time is not UNSET:
            field_dict["lifecycle_end_time"] = lifecycle_end_time
        if lifecycle_slient_period is not UNSET:
            field_dict["lifecycle_slient_period"] = lifecycle_slient_period
        if lifecycle_shutdown_period is not UNSET:
            field_dict["lifecycle_shutdown_period"] = lifecycle_shutdown_period
        if package_order is not UNSET:
            field_dict["package_order"] = package_order
        if partner_name is not UNSET:
            field_dict["partnerName"] = partner_name
        if partner_code is not UNSET:
            field_dict["partnerCode"] = partner_code
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if task_no is not UNSET:
            field_dict["task_no"] = task_no
        if main_iccid is not UNSET:
            field_dict["main_iccid"] = main_iccid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.package_order import PackageOrder  # noqa: PLC0415

        d = dict(src_dict)
        device_id = d.pop("device_id")

        def _parse_ota_flag(data: object) -> OtaFlag | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_ota_flag_value_type_0 = OtaFlag(data)

                return componentsschemas_ota_flag_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OtaFlag | str, data)

        ota_flag = _parse_ota_flag(d.pop("ota_flag"))

        def _parse_bip_flag(data: object) -> BipFlag | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_bip_flag_value_type_0 = BipFlag(data)

                return componentsschemas_bip_flag_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BipFlag | str, data)

        bip_flag = _parse_bip_flag(d.pop("bip_flag"))

        def _parse_multi_imsi_flag(data: object) -> MultiImsiFlag | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_multi_imsi_flag_value_type_0 = MultiImsiFlag(data)

                return componentsschemas_multi_imsi_flag_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MultiImsiFlag | str, data)

        multi_imsi_flag = _parse_multi_imsi_flag(d.pop("multiImsi_flag"))

        def _parse_lifecycle(data: object) -> Lifecycle | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_lifecycle_value_type_0 = Lifecycle(data)

                return componentsschemas_lifecycle_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Lifecycle | str, data)

        lifecycle = _parse_lifecycle(d.pop("lifecycle"))

        lifecycle_start_time = d.pop("lifecycle_start_time", UNSET)

        lifecycle_end_time = d.pop("lifecycle_end_time", UNSET)

        lifecycle_slient_period = d.pop("lifecycle_slient_period", UNSET)

        lifecycle_shutdown_period = d.pop("lifecycle_shutdown_period", UNSET)

        def _parse_package_order(data: object) -> None | PackageOrder | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                package_order_type_0 = PackageOrder.from_dict(data)

                return package_order_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PackageOrder | Unset, data)

        package_order = _parse_package_order(d.pop("package_order", UNSET))

        def _parse_partner_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_name = _parse_partner_name(d.pop("partnerName", UNSET))

        def _parse_partner_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_code = _parse_partner_code(d.pop("partnerCode", UNSET))

        def _parse_msisdn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        msisdn = _parse_msisdn(d.pop("msisdn", UNSET))

        def _parse_task_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_no = _parse_task_no(d.pop("task_no", UNSET))

        def _parse_main_iccid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        main_iccid = _parse_main_iccid(d.pop("main_iccid", UNSET))

        device = cls(
            device_id=device_id,
            ota_flag=ota_flag,
            bip_flag=bip_flag,
            multi_imsi_flag=multi_imsi_flag,
            lifecycle=lifecycle,
            lifecycle_start_time=lifecycle_start_time,
            lifecycle_end_time=lifecycle_end_time,
            lifecycle_slient_period=lifecycle_slient_period,
            lifecycle_shutdown_period=lifecycle_shutdown_period,
            package_order=package_order,
            partner_name=partner_name,
            partner_code=partner_code,
            msisdn=msisdn,
            task_no=task_no,
            main_iccid=main_iccid,
        )

        device.additional_properties = d
        return device

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
