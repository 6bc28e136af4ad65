"""``python -m linksfield.cli``: the ``linksfield`` console script without installing it."""

import sys

from linksfield._entry import launch

sys.exit(launch("cli", "linksfield.cli.app", command="linksfield"))
