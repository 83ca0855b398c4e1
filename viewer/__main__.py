"""``python -m viewer``: the command line and the desktop app."""

import sys

from viewer.cli.main import main

if __name__ == "__main__":  # worker processes import this module again: run nothing then
    sys.exit(main())
