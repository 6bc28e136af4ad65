"""One auto-pagination run in a fresh process: ``python -m bench.paginate_child URL SIM ROWS``.

Prints one JSON line: rows read, seconds, the peak resident set size (``ru_maxrss``) and the
resident size before the first page, so the parent can tell growth with N from the fixed cost of
the interpreter and imports. A fresh process per N is the only honest peak: ``ru_maxrss`` never
goes down.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from datetime import timedelta

from linksfield.sandbox.state.clock import vendor_today

from .sandbox import client


def _rss_mib() -> float:
    # Linux reports kibibytes, macOS bytes.
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20


def main(argv: list[str]) -> int:
    url, sim, wanted = argv[0], argv[1], int(argv[2])
    today = vendor_today()
    with client(url) as toolkit:
        # One page first: every module is imported and every cache built before the baseline.
        toolkit.cdr.query_sim_cdr(
            sim_id=sim,
            received_start_time=(today - timedelta(days=1)).isoformat(),
            received_end_by=today.isoformat(),
            page_no=1,
            page_size=100,
        )
        baseline = _rss_mib()
        rows = 0
        started = time.perf_counter()
        for _row in toolkit.cdr.iter_query_sim_cdr(
            sim_id=sim,
            received_start_time=(today - timedelta(days=179)).isoformat(),
            received_end_by=today.isoformat(),
            page_size=100,
            max_items=wanted,
        ):
            rows += 1
        seconds = time.perf_counter() - started
    print(
        json.dumps(
            {"rows": rows, "seconds": seconds, "peak_rss_mib": _rss_mib(), "baseline_rss_mib": baseline}
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
