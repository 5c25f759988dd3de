"""Make the history table append-only: the database itself refuses UPDATE and DELETE."""

from peewee import PostgresqlDatabase

SQLITE_UP = [
    """CREATE TRIGGER riwayat_no_update BEFORE UPDATE ON riwayat
       BEGIN SELECT RAISE(ABORT, 'riwayat is append-only'); END""",
    """CREATE TRIGGER riwayat_no_delete BEFORE DELETE ON riwayat
       BEGIN SELECT RAISE(ABORT, 'riwayat is append-only'); END""",
]
SQLITE_DOWN = ["DROP TRIGGER riwayat_no_update", "DROP TRIGGER riwayat_no_delete"]
POSTGRES_UP = [
    """CREATE FUNCTION riwayat_append_only() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION 'riwayat is append-only'; END; $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER riwayat_append_only BEFORE UPDATE OR DELETE ON riwayat
       FOR EACH ROW EXECUTE FUNCTION riwayat_append_only()""",
]
POSTGRES_DOWN = [
    "DROP TRIGGER riwayat_append_only ON riwayat",
    "DROP FUNCTION riwayat_append_only()",
]


def up(migrator, db):
    for statement in POSTGRES_UP if isinstance(db, PostgresqlDatabase) else SQLITE_UP:
        db.execute_sql(statement)


def down(migrator, db):
    for statement in POSTGRES_DOWN if isinstance(db, PostgresqlDatabase) else SQLITE_DOWN:
        db.execute_sql(statement)
