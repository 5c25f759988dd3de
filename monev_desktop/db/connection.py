"""Open the database named by a URL: SQLite (default) or PostgreSQL, with the app's settings.

SQLite runs in WAL mode with foreign keys on, full sync (a pulled plug loses no commit) and
a busy timeout; every write transaction takes the write lock at BEGIN (IMMEDIATE), so two
processes never deadlock upgrading a read lock.
"""

import logging
from pathlib import Path
from urllib.parse import urlparse

from peewee import (
    Database,
    ImproperlyConfigured,
    OperationalError,
    PostgresqlDatabase,
    SqliteDatabase,
)
from playhouse.db_url import connect

from monev_desktop.db import early_check
from monev_desktop.db.integrity import brief
from monev_desktop.db.models import database
from monev_desktop.db.urls import sqlite_file
from monev_desktop.domain.errors import MonevError

log = logging.getLogger(__name__)

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "full",
    "busy_timeout": 10_000,
}
SUPPORTED_SCHEMES = ("sqlite", "postgresql", "postgres")


class DatabaseUnavailable(MonevError):
    """The database URL is malformed, or the database cannot be opened or reached."""


class DatabaseDamaged(MonevError):
    """The SQLite file fails its check; it is left exactly as found. `path` names it."""

    def __init__(self, path: Path, problem: str):
        self.path = path
        log.error("database %s fails its check:\n%s", path, problem)
        super().__init__(
            f"Berkas basis data {path} rusak ({brief(problem)}). Berkas itu tidak diubah. "
            "Pulihkan cadangan terakhir yang sehat dengan: monev-desktop restore BERKAS-CADANGAN"
        )


def open_database(url: str) -> Database:
    """Connect to `url`, bind the models to it and return it.

    Raises DatabaseUnavailable with a one-line Indonesian message; the detail is logged.
    """
    parsed = urlparse(url or "")
    if parsed.scheme not in SUPPORTED_SCHEMES or not parsed.path.strip("/"):
        raise DatabaseUnavailable(
            f"Alamat basis data tidak dikenali: '{url}'. Gunakan sqlite:///lokasi/berkas.sqlite3 "
            "atau postgresql://pengguna@server:5432/nama_basis_data."
        )
    file = sqlite_file(url)
    if file is not None:
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseUnavailable(
                f"Folder basis data {file.parent} tidak dapat dibuat ({exc.strerror}). "
                "Pilih lokasi lain dengan --database."
            ) from exc
        db = connect(url, pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE")
    else:
        db = connect(url, connect_timeout=5)
    try:
        db.connect(reuse_if_open=True)
        if file is not None:
            problem = early_check.answer(url) or db.execute_sql("PRAGMA quick_check").fetchone()[0]
            if problem != "ok":
                raise DatabaseDamaged(file, problem)
    except DatabaseDamaged:
        db.close()
        raise
    except Exception as exc:  # the driver's own errors differ per backend
        log.exception("cannot open database %s", _redacted(url))
        db.close()
        if file is not None and _looks_damaged(exc):
            raise DatabaseDamaged(file, str(exc)) from exc
        raise DatabaseUnavailable(_connect_failure(db, url, exc)) from exc
    database.initialize(db)
    return db


def set_aside(path: Path, stamp: str) -> Path:
    """Rename a damaged SQLite file (and its -wal/-shm) out of the way, never overwriting it."""
    kept = path.with_name(f"{path.name}.rusak-{stamp}")
    for suffix in ("-wal", "-shm", ""):
        source = Path(f"{path}{suffix}")
        if source.exists():
            source.rename(Path(f"{kept}{suffix}"))
    return kept


def _looks_damaged(exc: Exception) -> bool:
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text or "corrupt" in text


def is_postgres(db: Database) -> bool:
    return isinstance(db, PostgresqlDatabase)


def is_sqlite(db: Database) -> bool:
    return isinstance(db, SqliteDatabase)


def _connect_failure(db: Database, url: str, exc: Exception) -> str:
    text = str(exc).strip()
    detail = text.splitlines()[0].rstrip(".") if text else type(exc).__name__
    if is_sqlite(db):
        return f"Berkas basis data {sqlite_file(url)} tidak dapat dibuka: {detail}."
    parsed = urlparse(url)
    where = f"{parsed.hostname or 'localhost'}:{parsed.port or 5432}"
    if isinstance(exc, ImproperlyConfigured):  # the PostgreSQL driver is not installed
        return (
            f"Komputer ini belum dapat membuka basis data PostgreSQL di {where}: driver "
            'PostgreSQL belum terpasang. Minta pengelola aplikasi memasangnya (pip install "monev-desktop[postgres]").'
        )
    if isinstance(exc, OperationalError) or "connect" in detail.lower():
        return (
            f"Tidak dapat terhubung ke server basis data {where} ({detail}). "
            "Periksa apakah server menyala dan alamatnya benar."
        )
    return f"Basis data tidak dapat dibuka: {detail}."


def _redacted(url: str) -> str:
    parsed = urlparse(url)
    if parsed.password:
        return url.replace(f":{parsed.password}@", ":***@")
    return url
