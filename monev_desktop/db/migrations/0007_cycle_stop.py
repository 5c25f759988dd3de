"""A cycle the Kabag stops: its reason, and its period free for a new cycle.

The reason column is added NOT NULL with its DEFAULT in the one ALTER TABLE (as in 0006).
The unique index on (proses, tahun, periode) becomes a partial one that leaves stopped
cycles out, so a cycle started by mistake (a wrong Kepwal TKKSD, say) can be stopped and
its period started again. SQLite and PostgreSQL both take the same CREATE INDEX ... WHERE.
"""

from peewee import SQL, TextField


def up(migrator, db):
    reason = TextField(default="", constraints=[SQL("DEFAULT ''")])
    migrator.migrate(
        migrator.add_column("siklus", "alasan_henti", reason, allow_not_null=True),
        migrator.drop_index("siklus", "siklus_proses_tahun_periode"),
        migrator.sql(
            "CREATE UNIQUE INDEX siklus_periode_berlaku ON siklus (proses, tahun, periode)"
            " WHERE status <> 'dihentikan'"
        ),
    )


def down(migrator, db):
    migrator.migrate(
        migrator.drop_index("siklus", "siklus_periode_berlaku"),
        migrator.drop_column("siklus", "alasan_henti"),
        migrator.add_index("siklus", ("proses", "tahun", "periode"), unique=True),
    )
