"""``python -m linksfield.webhooks``: the receiver's command line (see ``cli``), once its extra is installed."""

import sys

from linksfield._entry import launch

sys.exit(launch("webhooks", "linksfield.webhooks.cli", command="python -m linksfield.webhooks"))
