# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.buy_type import BuyType
from ..models.order_status import OrderStatus
from ..models.package_type import PackageType
from ..models.yes_no_flag import YesNoFlag
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.profile import Profile
    from ..models.refueling_package import RefuelingPackage


T = TypeVar("T", bound="PackageOrder")


@_attrs_define
class PackageOrder:
    """A package order as queryOrder, queryDevice and queryBatchDevice send it. Wire names are
    camelCase although the field tables use snake_case (`orderCode` vs `order_code`;
    R-TABLE-CASE); queryOrder and queryBatchDevice send the device id twice, as `deviceId` and
    `device_id` (R-DEVICE-ID-TWICE). Required are the fields present in every example.

        Attributes:
            order_code (str): An order id as the vendor issues it (e.g. `ORDER_47454030993031168`, `202107061625560742397`).
            package_name (str): Package name.
            package_code (str): A package (data plan) code, e.g. `DP20190726001274` or `LP14231124004197`.
            package_type (None | PackageType | str): The package type; null for schedule packages.
            order_period (str): A whole number sent as a JSON string (counts, periods, traffic in MB or KB).
            order_date (str): An order's timestamp. queryOrder sends `YYYYMMDDhhmmss`; queryDevice and queryBatchDevice send
                `yyyy-MM-dd HH:mm:ss` (R-ORDER-DATE-FORMAT). Both are accepted.
            active_date (str): A date `YYYYMMDD`, or the empty string when not set (e.g. not yet activated).
            expire_date (str): A date `YYYYMMDD`, or the empty string when not set (e.g. not yet activated).
            order_status (OrderStatus | str): An OrderStatus, or a code the vendor added later (kept as a string, flagged by
                the client).
            buy_type (BuyType | None | str | Unset): Prepaid or postpaid; empty for schedule packages.
            flow (None | str | Unset): Package traffic in MB; empty for schedule packages.
            used_flow (None | str | Unset): Traffic used (KB) in the current cycle.
            flow_use_rate (None | str | Unset): usedFlow / flow as a percentage; empty for schedule packages (R-FLOW-USE-
                RATE-EMPTY).
            order_used_flow (None | str | Unset): Total traffic used by the order (KB).
            supplier_code (None | str | Unset): The supplier of the profile.
            refueling_package_list (list[RefuelingPackage] | None | Unset): Refuelling packages of a prepaid order.
            has_test_flow (None | str | Unset | YesNoFlag): Whether the order has test traffic.
            profile_list (list[Profile] | None | Unset): The SIM profiles of the order.
            is_flow_plus (None | str | Unset): Undocumented; always null in the examples.
            deviceId (str | Unset): A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also
                use opaque ids.
            device_id (str | Unset): A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples
                also use opaque ids.
            main_iccid (None | str | Unset): The main ICCID of a multi-profile device.
            imsi (None | str | Unset): The active IMSI (queryBatchDevice).
            msisdn (None | str | Unset): The active MSISDN (queryBatchDevice).
    """

    order_code: str
    package_name: str
    package_code: str
    package_type: None | PackageType | str
    order_period: str
    order_date: str
    active_date: str
    expire_date: str
    order_status: OrderStatus | str
    buy_type: BuyType | None | str | Unset = UNSET
    flow: None | str | Unset = UNSET
    used_flow: None | str | Unset = UNSET
    flow_use_rate: None | str | Unset = UNSET
    order_used_flow: None | str | Unset = UNSET
    supplier_code: None | str | Unset = UNSET
    refueling_package_list: list[RefuelingPackage] | None | Unset = UNSET
    has_test_flow: None | str | Unset | YesNoFlag = UNSET
    profile_list: list[Profile] | None | Unset = UNSET
    is_flow_plus: None | str | Unset = UNSET
    deviceId: str | Unset = UNSET
    device_id: str | Unset = UNSET
    main_iccid: None | str | Unset = UNSET
    imsi: None | str | Unset = UNSET
    msisdn: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_code = self.order_code

        package_name = self.package_name

        package_code = self.package_code

        package_type: None | str
        if isinstance(self.package_type, PackageType):
            package_type = self.package_type.value
        else:
            package_type = self.package_type

        order_period = self.order_period

        order_date = self.order_date

        active_date = self.active_date

        expire_date = self.expire_date

        order_status: str
        if isinstance(self.order_status, OrderStatus):
            order_status = self.order_status.value
        else:
            order_status = self.order_status

        buy_type: None | str | Unset
        if isinstance(self.buy_type, Unset):
            buy_type = UNSET
        elif isinstance(self.buy_type, BuyType):
            buy_type = self.buy_type.value
        else:
            buy_type = self.buy_type

        flow: None | str | Unset
        if isinstance(self.flow, Unset):
            flow = UNSET
        else:
            flow = self.flow

        used_flow: None | str | Unset
        if isinstance(self.used_flow, Unset):
            used_flow = UNSET
        else:
            used_flow = self.used_flow

        flow_use_rate: None | str | Unset
        if isinstance(self.flow_use_rate, Unset):
            flow_use_rate = UNSET
        else:
            flow_use_rate = self.flow_use_rate

        order_used_flow: None | str | Unset
        if isinstance(self.order_used_flow, Unset):
            order_used_flow = UNSET
        else:
            order_used_flow = self.order_used_flow

        supplier_code: None | str | Unset
        if isinstance(self.supplier_code, Unset):
            supplier_code = UNSET
        else:
            supplier_code = self.supplier_code

        refueling_package_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.refueling_package_list, Unset):
            refueling_package_list = UNSET
        elif isinstance(self.refueling_package_list, list):
            refueling_package_list = []
            for refueling_package_list_type_0_item_data in self.refueling_package_list:
                refueling_package_list_type_0_item = refueling_package_list_type_0_item_data.to_dict()
                refueling_package_list.append(refueling_package_list_type_0_item)

        else:
            refueling_package_list = self.refueling_package_list

        has_test_flow: None | str | Unset
        if isinstance(self.has_test_flow, Unset):
            has_test_flow = UNSET
        elif isinstance(self.has_test_flow, YesNoFlag):
            has_test_flow = self.has_test_flow.value
        else:
            has_test_flow = self.has_test_flow

        profile_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.profile_list, Unset):
            profile_list = UNSET
        elif isinstance(self.profile_list, list):
            profile_list = []
            for profile_list_type_0_item_data in self.profile_list:
                profile_list_type_0_item = profile_list_type_0_item_data.to_dict()
                profile_list.append(profile_list_type_0_item)

        else:
            profile_list = self.profile_list

        is_flow_plus: None | str | Unset
        if isinstance(self.is_flow_plus, Unset):
            is_flow_plus = UNSET
        else:
            is_flow_plus = self.is_flow_plus

        deviceId = self.deviceId

        device_id = self.device_id

        main_iccid: None | str | Unset
        if isinstance(self.main_iccid, Unset):
            main_iccid = UNSET
        else:
            main_iccid = self.main_iccid

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderCode": order_code,
                "packageName": package_name,
                "packageCode": package_code,
                "packageType": package_type,
                "orderPeriod": order_period,
                "orderDate": order_date,
                "activeDate": active_date,
                "expireDate": expire_date,
                "orderStatus": order_status,
            }
        )
        if buy_type is not UNSET:
            field_dict["buyType"] = buy_type
        if flow is not UNSET:
            field_dict["flow"] = flow
        if used_flow is not UNSET:
            field_dict["usedFlow"] = used_flow
        if flow_use_rate is not UNSET:
            field_dict["flowUseRate"] = flow_use_rate
        if order_used_flow is not UNSET:
            field_dict["orderUsedFlow"] = order_used_flow
        if supplier_code is not UNSET:
            field_dict["supplierCode"] = supplier_code
        if refueling_package_list is not UNSET:
            field_dict["refuelingPackageList"] = refueling_package_list
        if has_test_flow is not UNSET:
            field_dict["hasTestFlow"] = has_test_flow
        if profile_list is not UNSET:
            field_dict["profileList"] = profile_list
        if is_flow_plus is not UNSET:
            field_dict["isFlowPlus"] = is_flow_plus
        if deviceId is not UNSET:
            field_dict["deviceId"] = deviceId
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if main_iccid is not UNSET:
            field_dict["main_iccid"] = main_iccid
        if imsi is not UNSET:
            field_dict["imsi"] = imsi
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.profile import Profile  # noqa: PLC0415
        from ..models.refueling_package import RefuelingPackage  # noqa: PLC0415

        d = dict(src_dict)
        order_code = d.pop("orderCode")

        package_name = d.pop("packageName")

        package_code = d.pop("packageCode")

        def _parse_package_type(data: object) -> None | PackageType | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_package_type_value_type_0 = PackageType(data)

                return componentsschemas_package_type_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PackageType | str, data)

        package_type = _parse_package_type(d.pop("packageType"))

        order_period = d.pop("orderPeriod")

        order_date = d.pop("orderDate")

        active_date = d.pop("activeDate")

        expire_date = d.pop("expireDate")

        def _parse_order_status(data: object) -> OrderStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_order_status_value_type_0 = OrderStatus(data)

                return componentsschemas_order_status_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OrderStatus | str, data)

        order_status = _parse_order_status(d.pop("orderStatus"))

        def _parse_buy_type(data: object) -> BuyType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_buy_type_value_type_0 = BuyType(data)

                return componentsschemas_buy_type_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BuyType | None | str | Unset, data)

        buy_type = _parse_buy_type(d.pop("buyType", UNSET))

        def _parse_flow(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flow = _parse_flow(d.pop("flow", UNSET))

        def _parse_used_flow(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        used_flow = _parse_used_flow(d.pop("usedFlow", UNSET))

        def _parse_flow_use_rate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flow_use_rate = _parse_flow_use_rate(d.pop("flowUseRate", UNSET))

        def _parse_order_used_flow(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_used_flow = _parse_order_used_flow(d.pop("orderUsedFlow", UNSET))

        def _parse_supplier_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_code = _parse_supplier_code(d.pop("supplierCode", UNSET))

        def _parse_refueling_package_list(data: object) -> list[RefuelingPackage] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                refueling_package_list_type_0 = []
                _refueling_package_list_type_0 = data
                for refueling_package_list_type_0_item_data in _refueling_package_list_type_0:
                    refueling_package_list_type_0_item = RefuelingPackage.from_dict(
                        refueling_package_list_type_0_item_data
                    )

                    refueling_package_list_type_0.append(refueling_package_list_type_0_item)

                return refueling_package_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RefuelingPackage] | None | Unset, data)

        refueling_package_list = _parse_refueling_package_list(d.pop("refuelingPackageList", UNSET))

        def _parse_has_test_flow(data: object) -> None | str | Unset | YesNoFlag:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_yes_no_flag_value_type_0 = YesNoFlag(data)

                return componentsschemas_yes_no_flag_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | Unset | YesNoFlag, data)

        has_test_flow = _parse_has_test_flow(d.pop("hasTestFlow", UNSET))

        def _parse_profile_list(data: object) -> list[Profile] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                profile_list_type_0 = []
                _profile_list_type_0 = data
                for profile_list_type_0_item_data in _profile_list_type_0:
                    profile_list_type_0_item = Profile.from_dict(profile_list_type_0_item_data)

                    profile_list_type_0.append(profile_list_type_0_item)

                return profile_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Profile] | None | Unset, data)

        profile_list = _parse_profile_list(d.pop("profileList", UNSET))

        def _parse_is_flow_plus(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        is_flow_plus = _parse_is_flow_plus(d.pop("isFlowPlus", UNSET))

        deviceId = d.pop("deviceId", UNSET)

        device_id = d.pop("device_id", UNSET)

        def _parse_main_iccid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        main_iccid = _parse_main_iccid(d.pop("main_iccid", UNSET))

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

        package_order = cls(
            order_code=order_code,
            package_name=package_name,
            package_code=package_code,
            package_type=package_type,
            order_period=order_period,
            order_date=order_date,
            active_date=active_date,
            expire_date=expire_date,
            order_status=order_status,
            buy_type=buy_type,
            flow=flow,
            used_flow=used_flow,
            flow_use_rate=flow_use_rate,
            order_used_flow=order_used_flow,
            supplier_code=supplier_code,
            refueling_package_list=refueling_package_list,
            has_test_flow=has_test_flow,
            profile_list=profile_list,
            is_flow_plus=is_flow_plus,
            deviceId=deviceId,
            device_id=device_id,
            main_iccid=main_iccid,
            imsi=imsi,
            msisdn=msisdn,
        )

        package_order.additional_properties = d
        return package_order

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
