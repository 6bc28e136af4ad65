"""Entry point of ``python -m linksfield.sandbox`` (see ``cli``)."""

import sys

from .cli import main

sys.exit(main())
