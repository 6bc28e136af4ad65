# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TrafficPool")


@_attrs_define
class TrafficPool:
    """One enterprise traffic pool (CMP). Byte counts are strings. The table lists
    `trafficPoolStartTime` twice; the second row is the end time (R-TRAFFIC-POOL-END-TIME).

        Attributes:
            total_quota_byte (str): A whole number sent as a JSON string (counts, periods, traffic in MB or KB).
            used_byte (str): A whole number sent as a JSON string (counts, periods, traffic in MB or KB).
            traffic_pool_start_time (str): A naive local time (UTC+8 unless stated), `yyyy-MM-dd HH:mm:ss`.
            traffic_pool_end_time (str): A naive local time (UTC+8 unless stated), `yyyy-MM-dd HH:mm:ss`.
            traffic_pool_id (str):
            traffic_pool_name (str):
    """

    total_quota_byte: str
    used_byte: str
    traffic_pool_start_time: str
    traffic_pool_end_time: str
    traffic_pool_id: str
    traffic_pool_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_quota_byte = self.total_quota_byte

        used_byte = self.used_byte

        traffic_pool_start_time = self.traffic_pool_start_time

        traffic_pool_end_time = self.traffic_pool_end_time

        traffic_pool_id = self.traffic_pool_id

        traffic_pool_name = self.traffic_pool_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalQuotaByte": total_quota_byte,
                "usedByte": used_byte,
                "trafficPoolStartTime": traffic_pool_start_time,
                "trafficPoolEndTime": traffic_pool_end_time,
                "trafficPoolId": traffic_pool_id,
                "trafficPoolName": traffic_pool_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_quota_byte = d.pop("totalQuotaByte")

        used_byte = d.pop("usedByte")

        traffic_pool_start_time = d.pop("trafficPoolStartTime")

        traffic_pool_end_time = d.pop("trafficPoolEndTime")

        traffic_pool_id = d.pop("trafficPoolId")

        traffic_pool_name = d.pop("trafficPoolName")

        traffic_pool = cls(
            total_quota_byte=total_quota_byte,
            used_byte=used_byte,
            traffic_pool_start_time=traffic_pool_start_time,
            traffic_pool_end_time=traffic_pool_end_time,
            traffic_pool_id=traffic_pool_id,
            traffic_pool_name=traffic_pool_name,
        )

        traffic_pool.additional_properties = d
        return traffic_pool

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
