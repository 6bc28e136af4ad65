# Generated from spec/openapi.yaml by python -m generator generate. Do not edit: changes are lost on regeneration.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_push_operation import OrderPushOperation

T = TypeVar("T", bound="OrderStatusPush")


@_attrs_define
class OrderStatusPush:
    """The order status push. `time` is called "order creation time" by the pages but changes with every
    push of the same order, so it is read as the time of the event (R-PUSH-TIME).

        Attributes:
            assetid (str): A device or SIM identifier (AssetId; for SIMs the ICCID). The vendor's own examples also use
                opaque ids.
            imsi (str): One or more IMSIs joined by commas.
            operation (OrderPushOperation | str): An OrderPushOperation, or a code the vendor added later (kept as a string
                and flagged).
            orderid (str): An order id as the vendor issues it (e.g. `ORDER_47454030993031168`, `202107061625560742397`).
            time (str): A naive local time (UTC+8 unless stated), `yyyy-MM-dd HH:mm:ss`.
    """

    assetid: str
    imsi: str
    operation: OrderPushOperation | str
    orderid: str
    time: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assetid = self.assetid

        imsi = self.imsi

        operation: str
        if isinstance(self.operation, OrderPushOperation):
            operation = self.operation.value
        else:
            operation = self.operation

        orderid = self.orderid

        time = self.time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assetid": assetid,
                "imsi": imsi,
                "operation": operation,
                "orderid": orderid,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assetid = d.pop("assetid")

        imsi = d.pop("imsi")

        def _parse_operation(data: object) -> OrderPushOperation | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_order_push_operation_value_type_0 = OrderPushOperation(data)

                return componentsschemas_order_push_operation_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OrderPushOperation | str, data)

        operation = _parse_operation(d.pop("operation"))

        orderid = d.pop("orderid")

        time = d.pop("time")

        order_status_push = cls(
            assetid=assetid,
            imsi=imsi,
            operation=operation,
            orderid=orderid,
            time=time,
        )

        order_status_push.additional_properties = d
        return order_status_push

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
