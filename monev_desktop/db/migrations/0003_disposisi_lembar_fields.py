"""Add the remaining Lembar Disposisi fields (Index, Kode, Nomor Urut, ...) to disposisi."""

from peewee import CharField, DateField, TextField

COLUMNS = {
    "indeks": CharField(max_length=100, default=""),
    "kode": CharField(max_length=50, default=""),
    "nomor_urut": CharField(max_length=50, default=""),
    "tgl_penyelesaian": DateField(null=True),
    "asal_surat": CharField(max_length=200, default=""),
    "tanggal_surat": DateField(null=True),
    "nomor_surat": CharField(max_length=200, default=""),
    "lampiran": CharField(max_length=100, default=""),
    "diterima_tgl": DateField(null=True),
    "no_agenda": CharField(max_length=50, default=""),
    "diteruskan_kepada": TextField(default="[]"),
}


def up(migrator, db):
    migrator.migrate(*(migrator.add_column("disposisi", name, field) for name, field in COLUMNS.items()))


def down(migrator, db):
    migrator.migrate(*(migrator.drop_column("disposisi", name) for name in COLUMNS))
