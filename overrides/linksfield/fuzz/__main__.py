"""``python -m linksfield.fuzz``: the fuzz runner's command line (see ``cli``), once its extra is installed."""

import sys

from linksfield._entry import launch

sys.exit(launch("fuzz", "linksfield.fuzz.cli", command="python -m linksfield.fuzz"))
