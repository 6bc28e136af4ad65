"""Benchmarks of the toolkit's own cost, side by side with bare httpx on the same machine.

``nox -s bench`` (or ``python -m bench`` with both source roots on ``PYTHONPATH``) runs every
figure and writes ``bench/results.json`` and ``bench/results.md``. Not part of the test run: the
figures depend on the machine, so they are published with the machine they came from, never
asserted in CI.
"""
