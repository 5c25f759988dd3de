"""Database URLs: sqlite:///relative/file, sqlite:////absolute/file, postgresql://...

Imports nothing heavy, so that the command line can read a URL before loading the app."""

from pathlib import Path
from urllib.parse import urlparse


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def sqlite_file(url: str) -> Path | None:
    """The file of an SQLite URL, read as peewee reads it; None for other URLs."""
    parsed = urlparse(url or "")
    if parsed.scheme != "sqlite" or not parsed.path.strip("/"):
        return None
    return Path(parsed.path[1:])
