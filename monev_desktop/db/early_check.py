"""SQLite's quick_check of the database file, begun before the app's modules are loaded.

The check reads every page of the file (about 0.15 s for 30 MB) and SQLite lets go of the
GIL while it runs, so the loading behind the login window calls `begin(url)` before it loads
the rest of the app, which Python does on the other core meanwhile; `open_database` then
takes the `answer(url)`. This module imports nothing heavy (no peewee), so that it can.
(Begun before the login window, the check and its sqlite3 import cost that window ~20 ms.)
"""

import sqlite3
import threading
from contextlib import closing
from pathlib import Path

from monev_desktop.db.urls import sqlite_file

_begun: dict[str, "_Check"] = {}


class _Check(threading.Thread):
    def __init__(self, path: Path):
        super().__init__(name="quick-check", daemon=True)
        self.path = path
        self.result: str | None = None

    def run(self) -> None:
        try:
            uri = f"{self.path.resolve().as_uri()}?mode=ro"
            with closing(sqlite3.connect(uri, uri=True)) as connection:
                self.result = connection.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.Error:
            self.result = None  # the caller's own check meets the error and reports it


def begin(url: str) -> None:
    """Start checking the SQLite file of `url` on a helper thread (nothing for other URLs
    or a file that does not exist yet)."""
    path = sqlite_file(url)
    if path is not None and path.is_file() and url not in _begun:
        _begun[url] = check = _Check(path)
        check.start()


def answer(url: str) -> str | None:
    """The begun check's result for `url` ('ok' or SQLite's first complaint), waiting for it
    if needed; None when no check was begun or it could not run (then check it yourself)."""
    check = _begun.pop(url, None)
    if check is None:
        return None
    check.join()
    return check.result
