"""Fault injection: what can go wrong between a client and the vendor, on demand and reproducibly.

The spec string is ``key=value`` pairs joined by commas, e.g.
``rate429=0.1,error5xx=0.05,latency=0.02,drop_before=0.02,drop_after=0.02,seed=7``:

==================  ==========================================================================
``rate429=R``        answer 429 with ``Retry-After`` (request not processed)
``retry_after=S``    the ``Retry-After`` seconds of those answers (default 1)
``error5xx=R``       answer 500, 502 or 503 (request not processed)
``error5xx_after=R`` process the request, then answer 500, 502 or 503 (outcome unknown to the client)
``latency=R``        delay the answer by ``latency_s`` seconds (default 1.0)
``drop_before=R``    drop the connection without processing the request
``drop_after=R``     process the request, then drop the connection without answering
``seed=N``           the random generator's seed (default 0): the same requests meet the same faults
``only=A|B``         restrict faults to operations matching any token: an operationId, a family
                     (cmp, csss, pool), a side effect (read, mutate, spend) or a path prefix (``/...``)
==================  ==========================================================================

``R`` is a probability between 0 and 1 drawn per request; an empty string, ``off`` or ``none``
means no faults (the default). Admin endpoints under ``/_sandbox/`` are never faulted.
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass, field
from typing import Final, Literal

__all__ = ["FaultAction", "FaultDecision", "FaultPlan", "FaultSpec", "parse_fault_spec"]

FaultAction = Literal["rate429", "error5xx", "error5xx_after", "drop_before", "drop_after"]

_RATES: Final = ("rate429", "error5xx", "error5xx_after", "latency", "drop_before", "drop_after")
# Order in which the exclusive actions are checked for one request.
_ACTIONS: Final[tuple[FaultAction, ...]] = (
    "drop_before",
    "rate429",
    "error5xx",
    "error5xx_after",
    "drop_after",
)
_STATUSES_5XX: Final = (500, 502, 503)
MAX_DELAY_S: Final = 300
MAX_SPEC_LENGTH: Final = 2000
_SEED: Final = re.compile(r"[+-]?[0-9]{1,20}")
_DECIMAL: Final = re.compile(r"[+-]?([0-9]{1,20}(\.[0-9]{0,20})?|\.[0-9]{1,20})([eE][+-]?[0-9]{1,3})?")


def _number(raw: str) -> float | None:
    """A finite decimal number written in ASCII, else None (``nan``, ``inf``, ``²`` are not)."""
    if not _DECIMAL.fullmatch(raw):
        return None
    value = float(raw)
    return value if math.isfinite(value) else None


@dataclass(frozen=True)
class FaultSpec:
    rate429: float = 0.0
    retry_after: int = 1
    error5xx: float = 0.0
    error5xx_after: float = 0.0
    latency: float = 0.0
    latency_s: float = 1.0
    drop_before: float = 0.0
    drop_after: float = 0.0
    seed: int = 0
    only: tuple[str, ...] = ()
    text: str = field(default="", compare=False)

    @property
    def enabled(self) -> bool:
        return any(getattr(self, name) > 0 for name in _RATES)

    def applies_to(self, operation_id: str, family: str, side_effect: str, path: str) -> bool:
        if not self.only:
            return True
        return any(
            token in (operation_id, family, side_effect) or (token.startswith("/") and path.startswith(token))
            for token in self.only
        )


def parse_fault_spec(text: str | None) -> FaultSpec:
    """Parse the ``--faults`` string; raises ValueError naming the key at fault and why (never the
    value: it may be long). Every value is bounded: a latency or ``Retry-After`` beyond
    :data:`MAX_DELAY_S` would only hang the client, not exercise it."""
    text = (text or "").strip()
    if text.lower() in ("", "off", "none"):
        return FaultSpec()
    if len(text) > MAX_SPEC_LENGTH:
        raise ValueError(f"must be at most {MAX_SPEC_LENGTH} characters")
    values: dict[str, object] = {}
    for chunk in text.split(","):
        chunk = chunk.strip()
        if not chunk:
            continue
        key, sep, raw = chunk.partition("=")
        key, raw = key.strip(), raw.strip()
        shown = repr(key if len(key) <= 40 else key[:39] + "…")
        if not sep:
            raise ValueError(f"fault {shown}: expected key=value")
        if key in _RATES:
            rate = _number(raw)
            if rate is None or not 0.0 <= rate <= 1.0:
                raise ValueError(f"fault {shown}: must be a number from 0 to 1")
            values[key] = rate
        elif key == "retry_after":
            delay = _number(raw)
            if delay is None or not delay.is_integer() or not 0 <= delay <= MAX_DELAY_S:
                raise ValueError(f"fault {shown}: must be a whole number of seconds from 0 to {MAX_DELAY_S}")
            values[key] = int(delay)
        elif key == "latency_s":
            delay = _number(raw)
            if delay is None or not 0.0 <= delay <= MAX_DELAY_S:
                raise ValueError(f"fault {shown}: must be a number of seconds from 0 to {MAX_DELAY_S}")
            values[key] = delay
        elif key == "seed":
            if not _SEED.fullmatch(raw):
                raise ValueError(f"fault {shown}: must be a whole number of at most 20 digits")
            values[key] = int(raw)
        elif key == "only":
            values[key] = tuple(t.strip() for t in raw.split("|") if t.strip())
        else:
            raise ValueError(
                f"unknown fault {shown}; known: {', '.join((*_RATES, 'retry_after', 'latency_s', 'seed', 'only'))}"
            )
    return FaultSpec(text=text, **values)  # type: ignore[arg-type]


@dataclass(frozen=True)
class FaultDecision:
    delay: float = 0.0
    action: FaultAction | None = None
    status: int = 0


@dataclass
class FaultPlan:
    """Draws the faults of successive requests from one seeded generator (reproducible runs)."""

    spec: FaultSpec
    rng: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.spec.seed)

    def decide(self, operation_id: str, family: str, side_effect: str, path: str) -> FaultDecision:
        spec = self.spec
        if not spec.enabled or not spec.applies_to(operation_id, family, side_effect, path):
            return FaultDecision()
        # Always draw the same number of values so one request's fault never shifts the next one's.
        draws = {name: self.rng.random() for name in ("latency", *_ACTIONS)}
        status = self.rng.choice(_STATUSES_5XX)
        delay = spec.latency_s if draws["latency"] < spec.latency else 0.0
        for action in _ACTIONS:
            if draws[action] < getattr(spec, action):
                return FaultDecision(delay, action, 429 if action == "rate429" else status)
        return FaultDecision(delay)
