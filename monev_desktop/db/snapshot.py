"""Database snapshots as SQLite files: the one format backups use for SQLite and PostgreSQL.

`take_snapshot` copies a live database consistently while others may be writing (SQLite's
online backup API; on PostgreSQL one REPEATABLE READ transaction). `load_snapshot` replaces
the whole content of a database with a snapshot's, atomically.
"""

import logging
import sqlite3
from pathlib import Path

from peewee import AutoField, BooleanField, Database, SqliteDatabase

from monev_desktop.db.connection import is_sqlite
from monev_desktop.db.integrity import brief
from monev_desktop.db.models import ALL_MODELS
from monev_desktop.db.schema import HISTORY_TABLE, upgrade

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
log = logging.getLogger(__name__)


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


def load_snapshot(db: Database, snapshot_file: Path) -> None:
    """Replace everything in `db` with the snapshot's rows, in one transaction.

    The snapshot is first brought to this app's schema. On SQLite the backup API writes the
    snapshot over the live file page by page inside one transaction; on PostgreSQL the tables
    are emptied and refilled, and the id sequences moved past the largest id.
    """
    snapshot = open_snapshot(snapshot_file)
    try:
        upgrade(snapshot)
        if is_sqlite(db):
            snapshot.connection().backup(db.connection())
            return
        with db.atomic():
            db.execute_sql(
                f"TRUNCATE {', '.join(_quoted(t) for t in TABLES)} RESTART IDENTITY CASCADE"
            )
            for table in TABLES:
                _copy_table(snapshot, db, table)
                if table in SERIAL_TABLES:
                    _move_sequence(db, table)
    finally:
        snapshot.close()


def open_snapshot(path: Path) -> SqliteDatabase:
    """A snapshot file as a peewee database (no pragmas beyond foreign keys)."""
    db = SqliteDatabase(str(path), pragmas={"foreign_keys": 0})
    db.connect()
    return db


def table_counts(path: Path) -> dict[str, int]:
    """Rows per table in a snapshot file."""
    with sqlite3.connect(path) as connection:
        return {
            t: connection.execute(f"SELECT COUNT(*) FROM {_quoted(t)}").fetchone()[0]
            for t in TABLES
        }


def integrity_problem(path: Path, *, quick: bool = False) -> str:
    """'' when the SQLite file passes its integrity check, else SQLite's first complaint in
    one line (`brief`; the whole complaint goes to the log).

    `quick` runs SQLite's quick_check (every page and record, not index contents): linear
    time, for a file just copied from a sound database."""
    check = "quick_check" if quick else "integrity_check"
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            result = connection.execute(f"PRAGMA {check}").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        result = str(exc)
    if result == "ok":
        return ""
    log.error("%s fails its %s:\n%s", path, check, result)
    return brief(result)


def schema_of(path: Path) -> str:
    """Newest migration recorded in a snapshot file ('' if none)."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        row = connection.execute(f"SELECT MAX(name) FROM {HISTORY_TABLE}").fetchone()
    return row[0] or ""


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
