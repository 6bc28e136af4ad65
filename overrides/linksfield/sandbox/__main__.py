"""``python -m linksfield.sandbox``: the sandbox's command line (see ``cli``), once its extra is installed."""

import sys

from linksfield._entry import launch

sys.exit(launch("sandbox", "linksfield.sandbox.cli", command="python -m linksfield.sandbox"))
