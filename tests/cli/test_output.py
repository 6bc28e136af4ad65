"""The CLI shows what a tolerant read kept, even where a raw value sits in place of a model."""

from __future__ import annotations

from linksfield.cli.output import plain
from linksfield_api.models import BatchOrderPackagesData, DeviceOrderResult


def test_a_raw_value_where_a_model_belongs_is_shown_not_a_crash() -> None:
    good = DeviceOrderResult.from_dict({"device_id": "D1", "error": "0000", "errorMsg": "", "order_id": "O1"})
    data = BatchOrderPackagesData(device_order=[good, "not an object"])  # type: ignore[list-item]
    shown = plain(data)
    assert shown["device_order"][1] == "not an object"
    assert shown["device_order"][0]["order_id"] == "O1"


def test_a_well_formed_model_is_its_wire_dict() -> None:
    data = BatchOrderPackagesData.from_dict({"device_order": [{"device_id": "D1", "error": "0000"}]})
    assert plain(data) == {"device_order": [{"device_id": "D1", "error": "0000"}]}
