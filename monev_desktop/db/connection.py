"""Open the database named by a URL: SQLite (default) or PostgreSQL, with the app's settings.

SQLite runs in WAL mode with foreign keys on, full sync (a pulled plug loses no commit) and
a busy timeout. Every write transaction (`write_transaction`) holds the database's write lock
from its first statement: SQLite takes it at BEGIN (IMMEDIATE), PostgreSQL as an advisory
lock. So what a write checks (a number not yet used) cannot change before it writes, and two
workstations never interleave. A PostgreSQL connection the server dropped (a restart, a
network blip) is opened again by the next statement outside a transaction (peewee's
ReconnectMixin); one dropped inside a write raises ConnectionLost.
"""

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

from peewee import (
    Database,
    ImproperlyConfigured,
    InterfaceError,
    OperationalError,
    PostgresqlDatabase,
    SqliteDatabase,
)
from playhouse.db_url import connect, parse
from playhouse.shortcuts import ReconnectMixin

from monev_desktop.db import early_check
from monev_desktop.db.integrity import brief
from monev_desktop.db.models import database
from monev_desktop.db.network_drive import network_drive
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
# The PostgreSQL advisory lock every write transaction holds: this key ("mone") with the
# schema's, so that databases kept side by side in one server's schemas do not wait on each other.
WRITE_LOCK = 0x6D6F6E65
# How long a write waits for another workstation's write to finish (SQLite: busy_timeout).
LOCK_WAIT = "10s"


class DatabaseUnavailable(MonevError):
    """The database URL is malformed, or the database cannot be opened or reached."""


class ConnectionLost(MonevError):
    """The server's connection dropped in the middle of a write, which may or may not have been
    committed."""

    def __init__(self):
        super().__init__(
            "Koneksi ke server basis data terputus saat menyimpan, jadi belum pasti perubahan "
            "ini tersimpan. Muat ulang untuk memeriksanya, lalu ulangi bila belum tersimpan."
        )


# How psycopg2 tells that the server dropped the connection (restart, network, terminated).
LOST_CONNECTION = (
    (OperationalError, "server closed the connection"),
    (OperationalError, "terminating connection"),
    (OperationalError, "could not receive data from server"),
    (OperationalError, "ssl connection has been closed"),
    (InterfaceError, "connection already closed"),
)


class ServerDatabase(ReconnectMixin, PostgresqlDatabase):
    """PostgreSQL whose dropped connection is opened again by the next statement or transaction
    that starts outside a transaction (nothing half-written can be lost that way). A server that
    cannot be reached raises DatabaseUnavailable saying so."""

    reconnect_errors = LOST_CONNECTION

    def connect(self, reuse_if_open: bool = False) -> bool:
        try:
            return super().connect(reuse_if_open)
        except OperationalError as exc:
            log.warning("cannot connect to the database server: %s", exc)
            where = f"{self.connect_params.get('host') or 'localhost'}:"
            where += str(self.connect_params.get("port") or 5432)
            raise DatabaseUnavailable(_unreachable(where, exc)) from exc


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
        if kind := network_drive(file):
            raise DatabaseUnavailable(
                f"Berkas basis data {file} ada di drive jaringan ({kind}), jadi tidak dibuka: "
                "SQLite di drive jaringan dapat rusak, terlebih bila dipakai beberapa komputer "
                "sekaligus. Simpan basis data di disk komputer ini, atau pakai server "
                "PostgreSQL untuk beberapa komputer."
            )
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseUnavailable(
                f"Folder basis data {file.parent} tidak dapat dibuat ({exc.strerror}). "
                "Pilih lokasi lain dengan --database."
            ) from exc
        db = connect(url, pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE")
    else:
        db = ServerDatabase(**parse(url), connect_timeout=5)
    try:
        db.connect(reuse_if_open=True)
        if file is not None:
            problem = early_check.answer(url) or db.execute_sql("PRAGMA quick_check").fetchone()[0]
            if problem != "ok":
                raise DatabaseDamaged(file, problem)
    except (DatabaseDamaged, DatabaseUnavailable):
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


class DatabaseBusy(MonevError):
    """Another workstation held the write lock for longer than the wait; nothing was written."""

    def __init__(self):
        super().__init__(
            "Basis data sedang dipakai menyimpan oleh komputer lain, jadi tidak ada yang "
            "tersimpan. Tunggu sebentar, lalu coba lagi."
        )


@contextmanager
def write_transaction(db: Database) -> Iterator:
    """One atomic write holding the database's write lock from its first statement, released
    at commit or rollback; nested, a savepoint under the lock already held. Yields peewee's
    transaction (or savepoint), whose rollback() undoes what was written inside. Raises
    DatabaseBusy when another workstation holds the lock past the wait."""
    try:
        with db.atomic() as txn:
            if is_postgres(db) and db.transaction_depth() == 1:
                db.execute_sql(f"SET LOCAL lock_timeout = '{LOCK_WAIT}'")
                db.execute_sql(
                    "SELECT pg_advisory_xact_lock(%s, hashtext(current_schema()))", (WRITE_LOCK,)
                )
            yield txn
    except (OperationalError, InterfaceError) as exc:
        if _is_lost_connection(exc):
            log.warning("connection lost during a write: %s", exc)
            raise ConnectionLost() from exc
        if not _is_lock_wait(exc):
            raise
        log.warning("write lock not obtained: %s", exc)
        raise DatabaseBusy() from exc


def _is_lock_wait(exc: Exception) -> bool:
    text = str(exc).lower()
    return "database is locked" in text or "lock timeout" in text


def _is_lost_connection(exc: Exception) -> bool:
    text = str(exc).lower()
    return any(isinstance(exc, kind) and part in text for kind, part in LOST_CONNECTION)


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
    detail = _first_line(exc)
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
        return _unreachable(where, exc)
    return f"Basis data tidak dapat dibuka: {detail}."


def _unreachable(where: str, exc: Exception) -> str:
    return (
        f"Tidak dapat terhubung ke server basis data {where} ({_first_line(exc)}). "
        "Periksa apakah server menyala dan alamatnya benar."
    )


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0].rstrip(".") if text else type(exc).__name__


def _redacted(url: str) -> str:
    parsed = urlparse(url)
    if parsed.password:
        return url.replace(f":{parsed.password}@", ":***@")
    return url
