"""One run's results (pages, their differences and verdicts) and its counts, for both renderers."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from generator.drift.model import Page, Verdict


@dataclass
class PageReport:
    page: Page
    verdicts: list[Verdict] = field(default_factory=list)

    @property
    def new(self) -> list[Verdict]:
        return [v for v in self.verdicts if not v.known]


@dataclass
class Report:
    spec: str
    log: str
    pages: list[PageReport] = field(default_factory=list)

    @property
    def verdicts(self) -> list[Verdict]:
        return [v for p in self.pages for v in p.verdicts]

    @property
    def new(self) -> list[Verdict]:
        return [v for v in self.verdicts if not v.known]

    @property
    def known_rows(self) -> Counter[str]:
        """Known differences per log row, a key seen on several pages counted once."""
        keys = {(v.row, v.difference.key) for v in self.verdicts if v.known}
        return Counter(row for row, _ in keys)

    def summary(self) -> dict[str, object]:
        verdicts = self.verdicts
        return {
            "pages": len(self.pages),
            "operations": sum(len(p.page.operations) for p in self.pages),
            "differences": len(verdicts),
            "known": sum(1 for v in verdicts if v.known),
            "new": len(self.new),
            "known_rows": dict(sorted(self.known_rows.items())),
        }
