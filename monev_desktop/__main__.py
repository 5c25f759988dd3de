"""`python -m monev_desktop` runs the command line."""

import sys

from monev_desktop.cli import main

sys.exit(main())
