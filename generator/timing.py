"""Time the pipeline's steps so slow ones are visible in CI logs."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class StepTimer:
    steps: list[tuple[str, float]] = field(default_factory=list)
    started: float = field(default_factory=time.perf_counter)

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.steps.append((name, time.perf_counter() - start))

    def record(self, name: str, seconds: float) -> None:
        """Add a step timed elsewhere (e.g. in a worker thread)."""
        self.steps.append((name, seconds))

    def report(self) -> str:
        width = max((len(name) for name, _ in self.steps), default=0)
        width = max(width, len("total (wall clock)"))
        lines = [f"  {name:<{width}}  {seconds:6.2f} s" for name, seconds in self.steps]
        lines.append(f"  {'total (wall clock)':<{width}}  {time.perf_counter() - self.started:6.2f} s")
        return "\n".join(lines)
