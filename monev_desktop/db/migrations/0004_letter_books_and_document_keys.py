"""Letter numbers run per agenda book (buku) and year, and are unique; batch documents get a key."""

from peewee import CharField


def up(migrator, db):
    migrator.migrate(
        migrator.add_column("nomor_surat", "buku", CharField(max_length=50, default="umum")),
        migrator.drop_index("nomor_surat", "nomorsurat_jenis_tahun_urut"),
        migrator.add_index("nomor_surat", ("buku", "tahun", "urut"), unique=True),
        migrator.add_index("nomor_surat", ("nomor",), unique=True),
        migrator.add_column("dokumen", "kunci", CharField(max_length=100, default="")),
        migrator.add_index("dokumen", ("siklus_id", "jenis", "kunci", "versi"), unique=True),
    )


def down(migrator, db):
    migrator.migrate(
        migrator.drop_index("dokumen", "dokumen_siklus_id_jenis_kunci_versi"),
        migrator.drop_column("dokumen", "kunci"),
        migrator.drop_index("nomor_surat", "nomor_surat_nomor"),
        migrator.drop_index("nomor_surat", "nomor_surat_buku_tahun_urut"),
        migrator.add_index("nomor_surat", ("jenis", "tahun", "urut"), unique=True),
        migrator.drop_column("nomor_surat", "buku"),
    )
