"""``python -m viewer``: the command line and the desktop app."""

import sys

from viewer.cli.main import main

sys.exit(main())
