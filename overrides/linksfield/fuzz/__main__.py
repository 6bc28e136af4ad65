"""``python -m linksfield.fuzz``: see :mod:`linksfield.fuzz.cli`."""

import sys

from .cli import main

sys.exit(main())
