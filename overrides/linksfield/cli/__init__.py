"""The ``linksfield`` command line (typer + rich): everyday operations, bulk ordering, CDR export.

Kept out of ``linksfield``'s import path on purpose: ``import linksfield`` must not pull in typer
or rich, which only the ``cli`` extra installs. The console script is
``linksfield = "linksfield._entry:linksfield"``, which checks for that extra and then runs
``linksfield.cli.app:main``; ``python -m linksfield.cli`` is the same program.
"""
