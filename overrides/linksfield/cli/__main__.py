"""``python -m linksfield.cli``: the ``linksfield`` console script without installing it."""

import sys

from .app import main

sys.exit(main())
