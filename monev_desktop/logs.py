"""The log file: every error's detail goes to a rotating file in the user's log folder."""

import logging
import logging.handlers
from pathlib import Path

from monev_desktop.locations import log_file


def setup_logging() -> Path:
    """Send INFO and above to the rotating log file; return its path (to name in messages)."""
    path = log_file()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
