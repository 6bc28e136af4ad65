"""One measured figure and the statistics every module reports the same way."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values)) if values else float("nan")


@dataclass
class Figure:
    """The median of ``runs`` repeated measurements; ``target`` says what good looks like.

    ``headline`` replaces the median where the figure is defined otherwise (a ratio of medians).
    """

    group: str
    name: str
    unit: str
    runs: list[float]
    target: str = ""
    met: bool | None = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    headline: float | None = None

    @property
    def value(self) -> float:
        return self.headline if self.headline is not None else median(self.runs)

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["median"] = self.value
        return data
