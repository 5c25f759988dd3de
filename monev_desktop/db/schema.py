"""Bring a database's schema up to date with playhouse.migrations, or refuse a newer one."""

import logging
from pathlib import Path

from peewee import Database
from playhouse.migrations import Runner

from monev_desktop.db.connection import write_transaction
from monev_desktop.domain.errors import MonevError

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
HISTORY_TABLE = "schema_migration"


class SchemaTooNew(MonevError):
    """The database was written by a newer version of the app; it is left untouched."""


def migration_runner(db: Database, directory: Path = MIGRATIONS) -> Runner:
    return Runner(db, str(directory), table_name=HISTORY_TABLE)


def upgrade(db: Database, directory: Path = MIGRATIONS) -> list[str]:
    """Apply pending migrations, all in one transaction under the write lock (of two
    workstations starting at once, one upgrades and the other finds nothing to do); return
    their names.

    Raises SchemaTooNew, changing nothing, when the database records a migration this
    version of the app does not have.
    """
    runner = migration_runner(db, directory)
    with write_transaction(db):
        unknown = [m.name for m in runner.status() if m.path is None]
        if unknown:
            raise SchemaTooNew(
                "Basis data ini dibuat oleh versi aplikasi yang lebih baru "
                f"(skema {unknown[-1]}). Perbarui aplikasi ini; basis data tidak diubah."
            )
        applied = runner.up()
    if applied:
        log.info("schema migrations applied: %s", ", ".join(applied))
    return applied


def schema_version(db: Database) -> str:
    """Name of the newest migration applied to `db`, or '' for an empty database."""
    applied = migration_runner(db).applied()
    return max(applied, default="")
