# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_cycle import BillingCycle
from ..models.pool_status import PoolStatus
from ..models.pool_type import PoolType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_status_count import CardStatusCount
    from ..models.pool_package_info import PoolPackageInfo


T = TypeVar("T", bound="PoolDetail")


@_attrs_define
class PoolDetail:
    """One traffic pool. The page flattens its tree, so which object `unit`, `startTime`, `endTime`
    and `upoolStatus` belong to is read from their meaning: they describe the pool
    (R-POOL-TREE-DEPTH). Traffic figures are KB; `totalFlow` is unused for usage-billed pools.

        Attributes:
            upool_code (str | Unset): A traffic pool code.
            upool_name (None | str | Unset): Pool name.
            en_upool_name (None | str | Unset): Pool name in English.
            pool_type (int | None | PoolType | Unset):
            use_flow (int | None | Unset): Usage in KB.
            total_flow (float | None | Unset): Total traffic in KB (unused when poolType is 2).
            billing_cycle (BillingCycle | int | None | Unset):
            total_card (int | None | Unset): Number of cards.
            raw_add_time (None | str | Unset): Creation time.
            bind_card_status_count (list[CardStatusCount] | None | Unset):
            package_info (None | PoolPackageInfo | Unset):
            unit (None | str | Unset): Unit of a usage-billed pool (KB, MB, GB, TB).
            start_time (None | str | Unset): Start of a unified-payment pool, yyyy-MM-dd.
            end_time (None | str | Unset): End of a unified-payment pool, yyyy-MM-dd.
            upool_status (int | None | PoolStatus | Unset):
    """

    upool_code: str | Unset = UNSET
    upool_name: None | str | Unset = UNSET
    en_upool_name: None | str | Unset = UNSET
    pool_type: int | None | PoolType | Unset = UNSET
    use_flow: int | None | Unset = UNSET
    total_flow: float | None | Unset = UNSET
    billing_cycle: BillingCycle | int | None | Unset = UNSET
    total_card: int | None | Unset = UNSET
    raw_add_time: None | str | Unset = UNSET
    bind_card_status_count: list[CardStatusCount] | None | Unset = UNSET
    package_info: None | PoolPackageInfo | Unset = UNSET
    unit: None | str | Unset = UNSET
    start_time: None | str | Unset = UNSET
    end_time: None | str | Unset = UNSET
    upool_status: int | None | PoolStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pool_package_info import PoolPackageInfo  # noqa: PLC0415

        upool_code = self.upool_code

        upool_name: None | str | Unset
        if isinstance(self.upool_name, Unset):
            upool_name = UNSET
        else:
            upool_name = self.upool_name

        en_upool_name: None | str | Unset
        if isinstance(self.en_upool_name, Unset):
            en_upool_name = UNSET
        else:
            en_upool_name = self.en_upool_name

        pool_type: int | None | Unset
        if isinstance(self.pool_type, Unset):
            pool_type = UNSET
        elif isinstance(self.pool_type, PoolType):
            pool_type = self.pool_type.value
        else:
            pool_type = self.pool_type

        use_flow: int | None | Unset
        if isinstance(self.use_flow, Unset):
            use_flow = UNSET
        else:
            use_flow = self.use_flow

        total_flow: float | None | Unset
        if isinstance(self.total_flow, Unset):
            total_flow = UNSET
        else:
            total_flow = self.total_flow

        billing_cycle: int | None | Unset
        if isinstance(self.billing_cycle, Unset):
            billing_cycle = UNSET
        elif isinstance(self.billing_cycle, BillingCycle):
            billing_cycle = self.billing_cycle.value
        else:
            billing_cycle = self.billing_cycle

        total_card: int | None | Unset
        if isinstance(self.total_card, Unset):
            total_card = UNSET
        else:
            total_card = self.total_card

        raw_add_time: None | str | Unset
        if isinstance(self.raw_add_time, Unset):
            raw_add_time = UNSET
        else:
            raw_add_time = self.raw_add_time

        bind_card_status_count: list[dict[str, Any]] | None | Unset
        if isinstance(self.bind_card_status_count, Unset):
            bind_card_status_count = UNSET
        elif isinstance(self.bind_card_status_count, list):
            bind_card_status_count = []
            for bind_card_status_count_type_0_item_data in self.bind_card_status_count:
                bind_card_status_count_type_0_item = bind_card_status_count_type_0_item_data.to_dict()
                bind_card_status_count.append(bind_card_status_count_type_0_item)

        else:
            bind_card_status_count = self.bind_card_status_count

        package_info: dict[str, Any] | None | Unset
        if isinstance(self.package_info, Unset):
            package_info = UNSET
        elif isinstance(self.package_info, PoolPackageInfo):
            package_info = self.package_info.to_dict()
        else:
            package_info = self.package_info

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        end_time: None | str | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        upool_status: int | None | Unset
        if isinstance(self.upool_status, Unset):
            upool_status = UNSET
        elif isinstance(self.upool_status, PoolStatus):
            upool_status = self.upool_status.value
        else:
            upool_status = self.upool_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if upool_code is not UNSET:
            field_dict["upoolCode"] = upool_code
        if upool_name is not UNSET:
            field_dict["upoolName"] = upool_name
        if en_upool_name is not UNSET:
            field_dict["enUpoolName"] = en_upool_name
        if pool_type is not UNSET:
            field_dict["poolType"] = pool_type
        if use_flow is not UNSET:
            field_dict["useFlow"] = use_flow
        if total_flow is not UNSET:
            field_dict["totalFlow"] = total_flow
        if billing_cycle is not UNSET:
            field_dict["billingCycle"] = billing_cycle
        if total_card is not UNSET:
            field_dict["totalCard"] = total_card
        if raw_add_time is not UNSET:
            field_dict["rawAddTime"] = raw_add_time
        if bind_card_status_count is not UNSET:
            field_dict["bindCardStatusCount"] = bind_card_status_count
        if package_info is not UNSET:
            field_dict["packageInfo"] = package_info
        if unit is not UNSET:
            field_dict["unit"] = unit
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if upool_status is not UNSET:
            field_dict["upoolStatus"] = upool_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card_status_count import CardStatusCount  # noqa: PLC0415
        from ..models.pool_package_info import PoolPackageInfo  # noqa: PLC0415

        d = dict(src_dict)
        upool_code = d.pop("upoolCode", UNSET)

        def _parse_upool_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        upool_name = _parse_upool_name(d.pop("upoolName", UNSET))

        def _parse_en_upool_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        en_upool_name = _parse_en_upool_name(d.pop("enUpoolName", UNSET))

        def _parse_pool_type(data: object) -> int | None | PoolType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_pool_type_value_type_0 = PoolType(data)

                return componentsschemas_pool_type_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | PoolType | Unset, data)

        pool_type = _parse_pool_type(d.pop("poolType", UNSET))

        def _parse_use_flow(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        use_flow = _parse_use_flow(d.pop("useFlow", UNSET))

        def _parse_total_flow(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_flow = _parse_total_flow(d.pop("totalFlow", UNSET))

        def _parse_billing_cycle(data: object) -> BillingCycle | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_billing_cycle_value_type_0 = BillingCycle(data)

                return componentsschemas_billing_cycle_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingCycle | int | None | Unset, data)

        billing_cycle = _parse_billing_cycle(d.pop("billingCycle", UNSET))

        def _parse_total_card(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_card = _parse_total_card(d.pop("totalCard", UNSET))

        def _parse_raw_add_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        raw_add_time = _parse_raw_add_time(d.pop("rawAddTime", UNSET))

        def _parse_bind_card_status_count(data: object) -> list[CardStatusCount] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bind_card_status_count_type_0 = []
                _bind_card_status_count_type_0 = data
                for bind_card_status_count_type_0_item_data in _bind_card_status_count_type_0:
                    bind_card_status_count_type_0_item = CardStatusCount.from_dict(
                        bind_card_status_count_type_0_item_data
                    )

                    bind_card_status_count_type_0.append(bind_card_status_count_type_0_item)

                return bind_card_status_count_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CardStatusCount] | None | Unset, data)

        bind_card_status_count = _parse_bind_card_status_count(d.pop("bindCardStatusCount", UNSET))

        def _parse_package_info(data: object) -> None | PoolPackageInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                package_info_type_0 = PoolPackageInfo.from_dict(data)

                return package_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PoolPackageInfo | Unset, data)

        package_info = _parse_package_info(d.pop("packageInfo", UNSET))

        def _parse_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit = _parse_unit(d.pop("unit", UNSET))

        def _parse_start_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_time = _parse_start_time(d.pop("startTime", UNSET))

        def _parse_end_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_time = _parse_end_time(d.pop("endTime", UNSET))

        def _parse_upool_status(data: object) -> int | None | PoolStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_pool_status_value_type_0 = PoolStatus(data)

                return componentsschemas_pool_status_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | None | PoolStatus | Unset, data)

        upool_status = _parse_upool_status(d.pop("upoolStatus", UNSET))

        pool_detail = cls(
            upool_code=upool_code,
            upool_name=upool_name,
            en_upool_name=en_upool_name,
            pool_type=pool_type,
            use_flow=use_flow,
            total_flow=total_flow,
            billing_cycle=billing_cycle,
            total_card=total_card,
            raw_add_time=raw_add_time,
            bind_card_status_count=bind_card_status_count,
            package_info=package_info,
            unit=unit,
            start_time=start_time,
            end_time=end_time,
            upool_status=upool_status,
        )

        pool_detail.additional_properties = d
        return pool_detail

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
