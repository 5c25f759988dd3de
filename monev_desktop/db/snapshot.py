"""Database snapshots as SQLite files: the one format backups use for SQLite and PostgreSQL.

`consistent_snapshot` holds a consistent state of a live database as an SQLite file while
others may go on writing: on SQLite, where it can, the live file itself, frozen by a read
transaction; otherwise a copy made by `take_snapshot` (SQLite's online backup API; on
PostgreSQL one REPEATABLE READ transaction). `load_snapshot` replaces the whole content of a
database with a snapshot's, atomically.
"""

import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from peewee import AutoField, BooleanField, Database, SqliteDatabase

from monev_desktop.db.connection import DatabaseBusy, is_sqlite, write_transaction
from monev_desktop.db.integrity import brief
from monev_desktop.db.models import ALL_MODELS
from monev_desktop.db.schema import HISTORY_TABLE, upgrade
from monev_desktop.domain.errors import MonevError

TABLES = [m._meta.table_name for m in ALL_MODELS]
SERIAL_TABLES = {
    m._meta.table_name for m in ALL_MODELS if isinstance(m._meta.primary_key, AutoField)
}
BOOLEAN_COLUMNS = {
    m._meta.table_name: {
        f.column_name for f in m._meta.sorted_fields if isinstance(f, BooleanField)
    }
    for m in ALL_MODELS
}
BATCH = 2000
QUIET_ATTEMPTS = 5
LOCK_BYTES = 0x40000000  # SQLite's lock bytes, at 1 GiB; Windows lets no other handle read them
log = logging.getLogger(__name__)


class SnapshotDamaged(MonevError):
    """The database being read fails SQLite's check; the message is its first complaint."""


@dataclass(frozen=True)
class Snapshot:
    """A consistent state of a database as an SQLite file at `path`, which does not change
    while the snapshot is open; `connection` reads that state (one thread at a time). Each
    method raises SnapshotDamaged when SQLite finds the file damaged."""

    path: Path
    connection: sqlite3.Connection

    def tables(self) -> dict[str, int]:
        """Rows per table."""
        with self._damage_told():
            return _counts(self.connection)

    def schema(self) -> str:
        """Newest migration recorded ('' if none)."""
        with self._damage_told():
            return _newest_migration(self.connection)

    def check(self) -> None:
        """Run SQLite's quick_check over the whole state."""
        if problem := _problem(self.connection, "quick_check", self.path):
            raise SnapshotDamaged(problem)

    @contextmanager
    def _damage_told(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.DatabaseError as exc:
            log.error("%s cannot be read: %s", self.path, exc)
            raise SnapshotDamaged(brief(str(exc))) from exc


@contextmanager
def consistent_snapshot(db: Database, scratch: Path) -> Iterator[Snapshot]:
    """A snapshot of the live `db` for as long as the block runs, whoever writes meanwhile.

    On SQLite that is, whenever a quiet moment comes within a few tries, the live file itself
    (`_frozen_reader`: nothing is copied); otherwise, and on PostgreSQL, a copy made by
    `take_snapshot` in the folder `scratch`."""
    frozen = _frozen_reader(Path(db.database)) if is_sqlite(db) else None
    if frozen is not None:
        with closing(frozen):
            yield Snapshot(Path(db.database), frozen)
        return
    copy = scratch / "snapshot.sqlite3"
    take_snapshot(db, copy, scratch=True)
    with closing(_read_only(copy)) as connection:
        yield Snapshot(copy, connection)


def _frozen_reader(path: Path) -> sqlite3.Connection | None:
    """A connection to the SQLite file at `path` inside a read transaction that reads the
    file alone and keeps it unchanged, byte for byte, until the transaction ends; None when
    no such moment came in QUIET_ATTEMPTS tries.

    A read transaction begun while every frame of the write-ahead log is already checkpointed
    into the file reads the file alone; writers go on appending to the log, but no checkpoint
    writes to the file while that reader lasts (a checkpoint never copies frames past an open
    reader's end mark, and this reader's mark holds nothing the file lacks). The moment is
    found by checkpointing passively (which waits for nobody) and checking, with
    `data_version`, that no one committed between that checkpoint and the transaction's
    start. A file in rollback-journal mode is kept unchanged by any read transaction. On
    Windows, a file past LOCK_BYTES is never frozen, as its lock bytes cannot be read."""
    if os.name == "nt" and path.stat().st_size > LOCK_BYTES:
        return None
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        for attempt in range(QUIET_ATTEMPTS):
            version = _data_version(connection)
            busy, frames, checkpointed = connection.execute(
                "PRAGMA wal_checkpoint(PASSIVE)"
            ).fetchone()
            connection.execute("BEGIN")
            if busy == 0 and frames == checkpointed and _data_version(connection) == version:
                return connection
            connection.execute("ROLLBACK")
            time.sleep(0.01 * (attempt + 1))
    except BaseException:
        connection.close()
        raise
    connection.close()
    return None


def _data_version(connection: sqlite3.Connection) -> int:
    """Changes whenever another connection has committed (and starts a read transaction
    inside BEGIN)."""
    return connection.execute("PRAGMA data_version").fetchone()[0]


def take_snapshot(db: Database, target: Path, *, scratch: bool = False) -> None:
    """Write a consistent copy of `db` to the new SQLite file `target`, flushed to disk
    unless it is `scratch` (a temporary copy checked and checksummed before it is trusted)."""
    if is_sqlite(db):
        destination = sqlite3.connect(target)
        try:
            if scratch:
                destination.execute("PRAGMA journal_mode=OFF")
                destination.execute("PRAGMA synchronous=OFF")
            db.connection().backup(destination)
        finally:
            destination.close()
        return
    snapshot = open_snapshot(target)
    try:
        upgrade(snapshot)  # the same schema, made by the same migrations
        with db.atomic():
            db.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            with snapshot.atomic():
                for table in TABLES:
                    _copy_table(db, snapshot, table)
    finally:
        snapshot.close()


def load_snapshot(
    db: Database, snapshot_file: Path, amend: Callable[[SqliteDatabase], object] | None = None
) -> None:
    """Replace everything in `db` with the snapshot's rows, in one transaction.

    The snapshot is first brought to this app's schema; then `amend` may add to it what must
    land with its rows (the restore's own history row). On SQLite the backup API writes the
    snapshot over the live file page by page inside one transaction; on PostgreSQL the tables
    are emptied and refilled under the write lock, and the id sequences moved past the largest
    id. DatabaseBusy, with nothing changed, when another workstation keeps the write lock (on
    PostgreSQL a table) past the wait.
    """
    snapshot = open_snapshot(snapshot_file)
    try:
        upgrade(snapshot)
        if amend is not None:
            with snapshot.atomic():
                amend(snapshot)
        if is_sqlite(db):
            _match_page_size(snapshot, db)
            snapshot.connection().backup(db.connection(), progress=_refuse_when_busy)
            return
        with write_transaction(db):
            db.execute_sql(
                f"TRUNCATE {', '.join(_quoted(t) for t in TABLES)} RESTART IDENTITY CASCADE"
            )
            for table in TABLES:
                _copy_table(snapshot, db, table)
                if table in SERIAL_TABLES:
                    _move_sequence(db, table)
    finally:
        snapshot.close()


def _refuse_when_busy(status: int, remaining: int, total: int) -> None:
    """The backup API's progress callback: a step that found the write lock taken has
    already waited the busy timeout, and Python's backup would retry it for ever; raising
    ends the backup, which rolls back what it wrote."""
    if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        raise DatabaseBusy()


def _match_page_size(snapshot: SqliteDatabase, db: Database) -> None:
    """Give the snapshot `db`'s page size: a database in WAL mode takes a copy of no other
    (an older SQLite, or another build, may have made the one the backup came from)."""
    wanted = db.execute_sql("PRAGMA page_size").fetchone()[0]
    if snapshot.execute_sql("PRAGMA page_size").fetchone()[0] != wanted:
        snapshot.execute_sql("PRAGMA journal_mode = DELETE")  # WAL keeps the page size
        snapshot.execute_sql(f"PRAGMA page_size = {int(wanted)}")
        snapshot.execute_sql("VACUUM")


def open_snapshot(path: Path) -> SqliteDatabase:
    """A snapshot file as a peewee database (no pragmas beyond foreign keys)."""
    db = SqliteDatabase(str(path), pragmas={"foreign_keys": 0})
    db.connect()
    return db


def table_counts(path: Path) -> dict[str, int]:
    """Rows per table in a snapshot file."""
    with closing(_read_only(path)) as connection:
        return _counts(connection)


def integrity_problem(path: Path, *, quick: bool = False) -> str:
    """'' when the SQLite file passes its integrity check, else SQLite's first complaint in
    one line (`brief`; the whole complaint goes to the log).

    `quick` runs SQLite's quick_check (every page and record, not index contents): linear
    time, for a file just copied from a sound database."""
    try:
        with closing(_read_only(path)) as connection:
            return _problem(connection, "quick_check" if quick else "integrity_check", path)
    except sqlite3.DatabaseError as exc:
        log.error("%s cannot be opened for its check: %s", path, exc)
        return brief(str(exc))


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)


def _counts(connection: sqlite3.Connection) -> dict[str, int]:
    return {
        t: connection.execute(f"SELECT COUNT(*) FROM {_quoted(t)}").fetchone()[0] for t in TABLES
    }


def _newest_migration(connection: sqlite3.Connection) -> str:
    row = connection.execute(f"SELECT MAX(name) FROM {HISTORY_TABLE}").fetchone()
    return row[0] or ""


def _problem(connection: sqlite3.Connection, check: str, path: Path) -> str:
    try:
        result = connection.execute(f"PRAGMA {check}").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        result = str(exc)
    if result == "ok":
        return ""
    log.error("%s fails its %s:\n%s", path, check, result)
    return brief(result)


def _copy_table(source: Database, target: Database, table: str) -> None:
    cursor = source.execute_sql(f"SELECT * FROM {_quoted(table)}")
    columns = [c[0] for c in cursor.description]
    placeholders = ", ".join([target.param] * len(columns))
    insert = f"INSERT INTO {_quoted(table)} ({', '.join(_quoted(c) for c in columns)}) VALUES ({placeholders})"
    booleans = [i for i, c in enumerate(columns) if c in BOOLEAN_COLUMNS.get(table, ())]
    while rows := cursor.fetchmany(BATCH):
        if booleans:  # SQLite keeps 0/1; PostgreSQL wants true/false
            rows = [
                tuple(bool(v) if i in booleans and v is not None else v for i, v in enumerate(r))
                for r in rows
            ]
        target.cursor().executemany(insert, rows)


def _move_sequence(db: Database, table: str) -> None:
    row = db.execute_sql("SELECT pg_get_serial_sequence(%s, 'id')", (table,)).fetchone()
    if row and row[0]:
        db.execute_sql(
            f"SELECT setval(%s, COALESCE((SELECT MAX(id) FROM {_quoted(table)}), 0) + 1, false)",
            (row[0],),
        )


def _quoted(name: str) -> str:
    return f'"{name}"'
