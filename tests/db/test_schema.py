import os

import pytest

from monev_desktop.app import open_services
from monev_desktop.db.connection import DatabaseUnavailable, is_sqlite, open_database
from monev_desktop.db.models import Riwayat
from monev_desktop.db.schema import SchemaTooNew, schema_version, upgrade


def test_upgrade_creates_the_schema_once(database_url):
    db = open_database(database_url)
    assert upgrade(db) == ["0001_initial", "0002_riwayat_append_only"]
    assert upgrade(db) == []
    assert schema_version(db) == "0002_riwayat_append_only"
    assert {"pegawai", "kerja_sama", "tugas", "riwayat", "nomor_surat"} <= set(db.get_tables())
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
    assert db.execute_sql("SELECT COUNT(*) FROM schema_migration").fetchone()[0] == 3
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
