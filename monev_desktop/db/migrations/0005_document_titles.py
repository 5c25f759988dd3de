"""A document's own title (a batch letter names its OPD), shown in the archive."""

from peewee import CharField


def up(migrator, db):
    migrator.migrate(migrator.add_column("dokumen", "judul", CharField(max_length=300, default="")))


def down(migrator, db):
    migrator.migrate(migrator.drop_column("dokumen", "judul"))
