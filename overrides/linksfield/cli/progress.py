"""Rich progress bars for long jobs: done, failed, rate and ETA, on stderr.

On a terminal the bar redraws in place; when stderr is a file or pipe rich prints only the final
state, so logs of a CI job stay short. ``quiet`` (``--json`` runs, tests) disables it entirely.

The description and the note carry user text (a package code, a file name), so the columns that
show them are not markup templates (``markup=False``, style given as a style): a ``[/x]`` in a
package code is shown, never parsed.
"""

from __future__ import annotations

from types import TracebackType

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from .output import err_console

__all__ = ["JobProgress"]


class _RateColumn(ProgressColumn):
    def __init__(self, unit: str) -> None:
        super().__init__()
        self.unit = unit

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(
            f"{speed:,.1f} {self.unit}/s" if speed else f"- {self.unit}/s", style="progress.data.speed"
        )


class JobProgress:
    """One bar: ``advance`` as items finish; ``failed`` and ``note`` show beside it."""

    def __init__(self, description: str, total: int | None, *, unit: str, quiet: bool = False) -> None:
        self._progress = Progress(
            TextColumn("{task.description}", style="bold", markup=False),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("[red]failed {task.fields[failed]}"),
            TextColumn("{task.fields[note]}", markup=False),
            _RateColumn(unit),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            TimeElapsedColumn(),
            console=err_console,
            disable=quiet,
            speed_estimate_period=10.0,
        )
        self._task: TaskID = self._progress.add_task(description, total=total, failed=0, note="")
        self.failed = 0

    def advance(self, done: int = 1, *, failed: int = 0) -> None:
        self.failed += failed
        self._progress.update(self._task, advance=done, failed=self.failed)

    def set_total(self, total: int | None) -> None:
        self._progress.update(self._task, total=total)

    def note(self, text: str) -> None:
        self._progress.update(self._task, note=text)

    def __enter__(self) -> JobProgress:
        self._progress.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._progress.stop()
