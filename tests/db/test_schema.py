import os

import pytest
from peewee import IntegrityError

from monev_desktop.app import open_services
from monev_desktop.db.connection import DatabaseUnavailable, is_sqlite, open_database
from monev_desktop.db.models import Disposisi, KerjaSama, KerjaSamaOpd, Riwayat, Siklus
from monev_desktop.db.schema import (
    MIGRATIONS,
    SchemaTooNew,
    migration_runner,
    schema_version,
    upgrade,
)
from tests.services.test_concurrency import race


def test_upgrade_creates_the_schema_once(database_url):
    db = open_database(database_url)
    shipped = sorted(p.stem for p in MIGRATIONS.glob("[0-9]*.py"))
    assert upgrade(db) == shipped
    assert upgrade(db) == []
    assert schema_version(db) == shipped[-1]
    assert {"pegawai", "kerja_sama", "tugas", "riwayat", "nomor_surat"} <= set(db.get_tables())
    db.close()


def test_a_migration_keeps_the_rows_it_finds(database_url):
    db = open_database(database_url)
    migration_runner(db).up("0002_riwayat_append_only")
    db.execute_sql(
        "INSERT INTO pegawai (username, nama, pangkat, golongan, jabatan, aktif, gagal_login, dibuat)"
        " VALUES ('kabag', 'Kabag', '', '', '', true, 0, '2025-03-03 08:00:00')"
    )
    db.execute_sql(
        "INSERT INTO siklus (proses, tahun, periode, kepwal_nomor, kepwal_tanggal, status,"
        " dimulai_oleh_id, dimulai) VALUES ('monev', 2025, 1, 'K', '2025-01-15', 'berjalan', 1,"
        " '2025-03-03 08:00:00')"
    )
    db.execute_sql(
        "INSERT INTO disposisi (siklus_id, sifat, isi_ringkas, instruksi, arahan, dibuat_oleh_id,"
        " dibuat) VALUES (1, 'Segera', 'Isi', '[]', 'Arahan', 1, '2025-03-03 09:00:00')"
    )
    assert upgrade(db)[0] == "0003_disposisi_lembar_fields"
    row = Disposisi.get()
    assert (row.isi_ringkas, row.indeks, row.diteruskan_kepada, row.tgl_penyelesaian) == (
        "Isi",
        "",
        [],
        None,
    )
    db.close()


def test_a_newer_schema_is_refused_and_left_untouched(database_url):
    db = open_database(database_url)
    upgrade(db)
    db.execute_sql(
        "INSERT INTO schema_migration (name, applied) VALUES ('0099_from_the_future', '2030-01-01')"
    )
    tables = sorted(db.get_tables())
    db.close()
    with pytest.raises(SchemaTooNew, match="versi aplikasi yang lebih baru"):
        open_services(database_url)
    db = open_database(database_url)
    assert sorted(db.get_tables()) == tables
    count = db.execute_sql("SELECT COUNT(*) FROM schema_migration").fetchone()[0]
    assert count == len(list(MIGRATIONS.glob("[0-9]*.py"))) + 1
    db.close()


def test_connection_settings(database_url):
    """SQLite: WAL, foreign keys, full sync, busy timeout. PostgreSQL: read committed, on
    which the workflow's versioned updates rely."""
    db = open_database(database_url)
    if not is_sqlite(db):
        level = db.execute_sql("SHOW transaction_isolation").fetchone()[0]
        assert level == "read committed"
        db.close()
        return
    pragma = lambda name: db.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") == 10_000
    assert pragma("synchronous") == 2  # FULL
    db.close()


def test_the_history_is_append_only_in_the_database_itself(services, people):
    row = Riwayat.select().first()
    with pytest.raises(Exception, match="append-only"):
        with services.ctx.transaction():
            Riwayat.update(pesan="diubah").where(Riwayat.id == row.id).execute()
    with pytest.raises(Exception, match="append-only"):
        with services.ctx.transaction():
            Riwayat.delete().where(Riwayat.id == row.id).execute()
    assert Riwayat.get_by_id(row.id).pesan == row.pesan


@pytest.mark.parametrize("url", ["mysql://x/y", "sqlite://", "tidak-ada-skema", ""])
def test_a_bad_url_is_one_clear_sentence(url):
    with pytest.raises(DatabaseUnavailable, match="Alamat basis data tidak dikenali"):
        open_database(url)


def test_an_unreachable_server_is_one_clear_sentence():
    with pytest.raises(DatabaseUnavailable) as error:
        open_database("postgresql://postgres@127.0.0.1:1/test")
    message = str(error.value)
    assert message.startswith("Tidak dapat terhubung ke server basis data 127.0.0.1:1")
    assert "\n" not in message


def test_an_unwritable_sqlite_path_is_a_clear_sentence(tmp_path):
    blocker = tmp_path / "berkas"
    blocker.write_text("bukan folder")
    with pytest.raises(DatabaseUnavailable, match="tidak dapat dibuat"):
        open_database(f"sqlite:///{blocker}/monev.sqlite3")
    assert os.path.isfile(blocker)


@pytest.mark.parametrize("attempt", range(3))
def test_two_workstations_starting_the_updated_app_at_once_upgrade_the_schema_once(
    database_url, attempt
):
    db = open_database(database_url)
    outcomes = race(lambda: upgrade(db), lambda: upgrade(db))
    shipped = sorted(p.stem for p in MIGRATIONS.glob("[0-9]*.py"))
    assert sorted(outcome for _, outcome in outcomes) == [[], shipped], outcomes
    assert db.execute_sql("SELECT COUNT(*) FROM schema_migration").fetchone()[0] == len(shipped)
    db.close()


def test_agreements_already_in_the_register_get_version_1_and_keep_their_links(database_url):
    db = open_database(database_url)
    migration_runner(db).up("0005_document_titles")
    db.execute_sql("INSERT INTO opd (nama, singkatan) VALUES ('Dinas Kesehatan', 'Dinkes')")
    db.execute_sql(
        "INSERT INTO kerja_sama (nomor, nomor_mitra, judul, mitra, jenis, bentuk, ruang_lingkup,"
        " tanggal_mulai, tanggal_berakhir, berkas, dibuat, diubah) VALUES ('A/1', '', 'NK', 'PT A',"
        " 'KSDPK', 'NK', '', '2024-01-01', '2026-01-01', '', '2025-01-01', '2025-01-01')"
    )
    db.execute_sql("INSERT INTO kerja_sama_opd (kerja_sama_id, opd_id) VALUES (1, 1)")
    assert upgrade(db)[0] == "0006_agreement_versions"
    assert KerjaSama.get().versi == 1 and KerjaSamaOpd.select().count() == 1
    db.close()


def test_a_stopped_cycle_frees_its_period_in_the_database_itself(database_url):
    """0007 keeps the cycles it finds (with an empty reason) and makes the period index
    partial: a second running cycle of one period is refused, a stopped one is left out."""
    db = open_database(database_url)
    migration_runner(db).up("0006_agreement_versions")
    db.execute_sql(
        "INSERT INTO pegawai (username, nama, pangkat, golongan, jabatan, aktif, gagal_login, dibuat)"
        " VALUES ('kabag', 'Kabag', '', '', '', true, 0, '2025-03-03 08:00:00')"
    )
    insert_cycle = (
        "INSERT INTO siklus (proses, tahun, periode, kepwal_nomor, kepwal_tanggal, status,"
        " dimulai_oleh_id, dimulai) VALUES ('monev', 2025, 1, 'K', '2025-01-15', 'berjalan', 1,"
        " '2025-03-03 08:00:00')"
    )
    db.execute_sql(insert_cycle)
    assert upgrade(db) == ["0007_cycle_stop"]
    assert [(c.kepwal_nomor, c.alasan_henti) for c in Siklus.select()] == [("K", "")]
    with pytest.raises(IntegrityError):
        with db.atomic():
            db.execute_sql(insert_cycle)
    db.execute_sql("UPDATE siklus SET status = 'dihentikan'")
    db.execute_sql(insert_cycle)
    assert sorted(c.status for c in Siklus.select()) == ["berjalan", "dihentikan"]
    db.close()
