"""The ``linksfield`` command line (typer + rich): everyday operations, bulk ordering, CDR export.

Kept out of ``linksfield``'s import path on purpose: ``import linksfield`` must not pull in typer
or rich. The console script is ``linksfield = "linksfield.cli.app:main"``; ``python -m linksfield.cli``
is the same program.
"""
