"""Where the app keeps its things: the database URL and the per-user data, cache and log
folders. Imports nothing heavy, so that the command line can find the database before the
app is loaded."""

import os
from pathlib import Path

from monev_desktop.db.urls import sqlite_url

APP_NAME = "monev-desktop"
APP_AUTHOR = "Pemkot Tangerang"
DATABASE_ENV = "MONEV_DATABASE_URL"
DATA_DIR_ENV = "MONEV_DATA_DIR"


def data_dir() -> Path:
    """$MONEV_DATA_DIR, else the per-user data folder (database, archive, backup state)."""
    from platformdirs import user_data_path

    configured = os.environ.get(DATA_DIR_ENV)
    if configured:
        Path(configured).mkdir(parents=True, exist_ok=True)
        return Path(configured)
    return user_data_path(APP_NAME, APP_AUTHOR, ensure_exists=True)


def cache_dir() -> Path:
    """The per-user cache folder (derived data that may be deleted at any time); created by
    whoever writes there, so an unwritable home folder costs speed, never the start."""
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, APP_AUTHOR)


def log_file() -> Path:
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, APP_AUTHOR, ensure_exists=True) / "monev-desktop.log"


def database_url(explicit: str | None = None) -> str:
    """The --database value, else $MONEV_DATABASE_URL, else the per-user SQLite file."""
    return explicit or os.environ.get(DATABASE_ENV) or sqlite_url(data_dir() / "monev.sqlite3")
