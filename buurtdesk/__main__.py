"""`python -m buurtdesk` is the same as the `buurtdesk` command."""

import sys

from buurtdesk.cli import main

sys.exit(main())
