"""An agreement's version, so that of two people editing it at once the second is told.

The column is added NOT NULL with its DEFAULT in the one ALTER TABLE, which fills the rows
already there: SQLite would otherwise rebuild the table, which the agreements' references
(foreign keys on) refuse.
"""

from peewee import SQL, IntegerField


def up(migrator, db):
    versi = IntegerField(default=1, constraints=[SQL("DEFAULT 1")])
    migrator.migrate(migrator.add_column("kerja_sama", "versi", versi, allow_not_null=True))


def down(migrator, db):
    migrator.migrate(migrator.drop_column("kerja_sama", "versi"))
