"""Allow ``python -m generator``; all logic is in :mod:`generator.cli`."""

from generator.cli import main

raise SystemExit(main())
