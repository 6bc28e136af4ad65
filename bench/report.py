"""Write the figures as ``results.json`` (everything, every run) and ``results.md`` (one table)."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from .figures import Figure


def _number(value: float) -> str:
    if math.isnan(value):
        return "-"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def _verdict(figure: Figure) -> str:
    if not figure.target:
        return ""
    return f"{figure.target} {'✅' if figure.met else '❌'}"


def _load(meta: dict[str, Any]) -> str:
    start, end = meta.get("load_average") or (None, None)
    if start is None or end is None:
        return ""
    return f"; 1-minute load average {start:.1f} at the start and {end:.1f} at the end"


def _range(figure: Figure) -> str:
    if len(figure.runs) < 2:
        return ""
    return f"{_number(min(figure.runs))} to {_number(max(figure.runs))}"


def _beside(figure: Figure) -> str:
    beside = figure.extra.get("beside") or {}
    return "; ".join(f"{name} {value}" for name, value in beside.items())


def targets(figures: list[Figure]) -> list[str]:
    """One row per figure with a target: its median, the range of its runs, and what stood beside it
    (the peer clients' ratios on the same calls; the bare httpx time that 1.0x stands for)."""
    lines = [
        "| Group | Figure | Median | Range of runs | Unit | Target | Beside it |",
        "| --- | --- | ---: | ---: | --- | --- | --- |",
    ]
    for figure in figures:
        if figure.target:
            value = ("yes" if figure.met else "no") if figure.target == "yes" else _number(figure.value)
            lines.append(
                f"| {figure.group} | {figure.name} | {value} | {_range(figure)} | "
                f"{figure.unit} | {_verdict(figure)} | {_beside(figure)} |"
            )
    return lines


def _speed(figures: list[Figure]) -> str:
    """The machine's reference speeds, to compare absolute figures with a run on another machine."""
    found = [
        f"{f.name.removeprefix('reference: ')} {_number(f.value)} {f.unit}"
        for f in figures
        if f.group == "machine"
    ]
    return f" Reference speeds of this machine (no code of ours): {'; '.join(found)}." if found else ""


def markdown(figures: list[Figure], machine: dict[str, Any], meta: dict[str, Any]) -> str:
    lines = [
        f"Measured {meta['finished']} on {machine['cpu']}, {machine['cores']} cores, "
        f"{machine['python']}, {machine['os']}. Median of {meta['repeats']} runs unless the runs "
        f"column says otherwise; `nox -s bench` took {meta['seconds']:.0f} s{_load(meta)}.{_speed(figures)}",
        "",
        *targets(figures),
        "",
        "Every figure:",
        "",
        "| Group | Figure | Median | Unit | Runs | Target |",
        "| --- | --- | ---: | --- | ---: | --- |",
    ]
    for figure in figures:
        name = figure.name + (f" ({figure.note})" if figure.note else "")
        lines.append(
            f"| {figure.group} | {name} | {_number(figure.value)} | {figure.unit} | "
            f"{len(figure.runs)} | {_verdict(figure)} |"
        )
    return "\n".join(lines) + "\n"


def write(folder: Path, figures: list[Figure], machine: dict[str, Any], meta: dict[str, Any]) -> None:
    document = {"machine": machine, **meta, "figures": [f.as_json() for f in figures]}
    (folder / "results.json").write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", "utf-8")
    (folder / "results.md").write_text(markdown(figures, machine, meta), "utf-8")
