"""``python -m linksfield.webhooks``: see :mod:`.cli`."""

import sys

from .cli import main

sys.exit(main())
