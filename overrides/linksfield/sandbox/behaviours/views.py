"""Rows to wire objects, in the exact shapes (and quirks) of the vendor's examples.

One function per wire object so the quirks live in one place: queryOrder's orders carry the device
id twice and a compact ``orderDate``; queryDevice's carry neither id and a dashed ``orderDate``;
queryBatchDevice adds the profile's IMSI and MSISDN (R-DEVICE-ID-TWICE, R-ORDER-DATE-FORMAT).
"""

from __future__ import annotations

import json
import math
import sqlite3
from datetime import date
from typing import Any, Literal

from ..state.cdrs import CdrSim
from ..state.clock import compact_date, compact_datetime, parse_stored, wire_datetime

__all__ = [
    "cdr_sim",
    "device_view",
    "order_view",
    "package_view",
    "page_view",
    "pool_view",
    "traffic_pool_view",
]

OrderShape = Literal["query_order", "query_device", "query_devices"]


def page_view(page_no: int, page_size: int, total: int) -> dict[str, int]:
    return {
        "cur_page_no": page_no,
        "page_size": page_size,
        "total_count": total,
        "total_pages": math.ceil(total / page_size) if page_size else 0,
    }


def package_view(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "flow": row["flow_mb"],
        "status": row["status"],
        "serviceCycleCount": row["cycle_count"],
        "buy_type": row["buy_type"],
        "cover_country_mcc": row["cover_mcc"],
        "cover_countrys": row["cover_countries"],
        "max_order_period": row["max_period"],
        "min_order_period": row["min_period"],
        "package_code": row["code"],
        "package_desc": row["description"],
        "package_name": row["name"],
        "package_type": row["type"],
        "package_usage_attribute": row["usage_attr"],
        "price_type": row["price_type"],
        "whole_price": row["whole_price"],
        "package_imsi_type": row["imsi_type"],
    }


def _compact(day: str | None) -> str:
    return compact_date(date.fromisoformat(day)) if day else ""


def order_view(
    order: sqlite3.Row, package: sqlite3.Row, device: sqlite3.Row, shape: OrderShape
) -> dict[str, Any]:
    flow_mb = int(package["flow_mb"] or 0)
    used = int(order["used_flow_kb"])
    ordered = parse_stored(str(order["order_date"]))
    rate = f"{(used / (flow_mb * 1024) * 100) if flow_mb else 0:.2f}%"
    view: dict[str, Any] = {
        "orderCode": order["order_id"],
        "packageName": package["name"],
        "packageCode": package["code"],
        "packageType": package["type"],
        "buyType": package["buy_type"],
        "orderPeriod": order["order_period"],
        "flow": package["flow_mb"],
        "usedFlow": str(used),
        "flowUseRate": rate,
        "orderUsedFlow": str(used),
        "orderDate": compact_datetime(ordered) if shape == "query_order" else wire_datetime(ordered),
        "activeDate": _compact(order["active_date"]),
        "expireDate": _compact(order["expire_date"]),
        "orderStatus": order["status"],
        "supplierCode": device["supplier_code"],
        "refuelingPackageList": [],
        "hasTestFlow": order["test_flow_flag"],
        "profileList": [{"iccid": device["iccid"], "imsi": device["imsi"], "msisdn": device["msisdn"]}],
        "isFlowPlus": None,
    }
    if shape != "query_device":
        view["deviceId"] = order["device_id"]
        view["device_id"] = order["device_id"]
        view["main_iccid"] = device["iccid"] if device["multi_imsi"] == "1" else None
    if shape == "query_devices":
        view["imsi"] = device["imsi"]
        view["msisdn"] = device["msisdn"]
    return view


def device_view(device: sqlite3.Row, package_order: dict[str, Any] | None, *, batch: bool) -> dict[str, Any]:
    view: dict[str, Any] = {
        "device_id": device["device_id"],
        "ota_flag": device["ota_flag"],
        "bip_flag": device["bip_flag"],
        "multiImsi_flag": device["multi_imsi"],
        "lifecycle": device["lifecycle"],
        "lifecycle_start_time": device["lifecycle_start"],
        "lifecycle_end_time": device["lifecycle_end"],
        "lifecycle_slient_period": device["silent_period"],
        "lifecycle_shutdown_period": device["shutdown_period"],
        "package_order": package_order,
    }
    if batch:
        view.update(
            {
                "partnerName": device["partner_name"],
                "partnerCode": device["partner_code"],
                "msisdn": device["msisdn"],
                "task_no": None,
                "main_iccid": device["iccid"] if device["multi_imsi"] == "1" else None,
            }
        )
    return view


def traffic_pool_view(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "totalQuotaByte": row["quota_bytes"],
        "usedByte": row["used_bytes"],
        "trafficPoolStartTime": row["start_time"],
        "trafficPoolEndTime": row["end_time"],
        "trafficPoolId": row["pool_id"],
        "trafficPoolName": row["name"],
    }


def pool_view(row: sqlite3.Row, status_counts: list[tuple[int, int]], use_kb: int) -> dict[str, Any]:
    return {
        "upoolCode": row["code"],
        "upoolName": row["name"],
        "enUpoolName": row["en_name"],
        "poolType": row["type"],
        "useFlow": use_kb,
        "totalFlow": row["total_flow_kb"],
        "billingCycle": row["billing_cycle"],
        "totalCard": sum(n for _, n in status_counts),
        "rawAddTime": row["created_at"],
        "bindCardStatusCount": [{"cardStatus": s, "total": n} for s, n in status_counts],
        "packageInfo": json.loads(row["package_json"]),
        "unit": row["unit"],
        "startTime": row["start_date"],
        "endTime": row["end_date"],
        "upoolStatus": row["status"],
    }


def cdr_sim(device: sqlite3.Row, seed: int) -> CdrSim:
    return CdrSim(
        seed=seed,
        sim_id=str(device["device_id"]),
        imsi=str(device["imsi"]),
        msisdn=str(device["msisdn"]),
        mcc=str(device["mcc"]),
        mnc=str(device["mnc"]),
        network=str(device["network"]),
        apns=tuple(str(device["apns"]).split(",")),
        sessions_per_day=int(device["cdr_sessions"]),
        plan_id=device["plan_code"],
    )
