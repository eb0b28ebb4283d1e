"""Entry point of the frozen BuurtDesk: the same as the `buurtdesk` command."""

import sys

from buurtdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
