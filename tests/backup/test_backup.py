"""Backups: verified files, refusals with reasons, restore, retention, faults that lose nothing."""

import hashlib
import json
import os
import sqlite3
import zipfile
from contextlib import closing
from pathlib import Path

import pytest

from monev_desktop.app import open_services
from monev_desktop.db import connection
from monev_desktop.db.connection import DatabaseBusy, is_sqlite
from monev_desktop.db.models import KerjaSama, Opd, Riwayat
from monev_desktop.documents.archive import WRITE_BITS
from monev_desktop.domain.errors import PermissionDenied
from monev_desktop.services.backup import BackupError
from monev_desktop.services.backup_file import (
    FLUSH_STEP,
    ArchiveInUse,
    BackupInvalid,
    archive_replaced,
    verify_backup,
)
from tests.conftest import FAST_HASHER
from tests.cycles import done_task, run_cycle
from tests.factories import make_agreements


@pytest.fixture
def filled(services, people, clock):
    agreements = make_agreements(services, people["admin"])
    cycle = run_cycle(services, people, agreements, clock, until=2)
    services.documents.generate(people["kabag"], done_task(services, cycle, 1).id)
    return agreements


def fresh(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    return folder


def counts():
    return Opd.select().count(), KerjaSama.select().count(), Riwayat.select().count()


def test_a_backup_is_one_verified_file_with_a_manifest(services, filled, tmp_path):
    folder = fresh(tmp_path, "cadangan")
    path = services.backup.create(folder)
    assert (
        path.parent == folder and path.name.startswith("monev-cadangan-") and path.suffix == ".zip"
    )
    manifest = verify_backup(path)
    assert manifest.app == "monev-desktop" and manifest.source in ("sqlite", "postgresql")
    assert (
        manifest.tables["kerja_sama"] == 3
        and manifest.tables["riwayat"] == Riwayat.select().count()
    )
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
    assert "basis-data.sqlite3" in names and "manifest.json" in names
    assert any(n.startswith("arsip/") and n.endswith("surat_perintah-v1.docx") for n in names)
    assert [p.name for p in folder.iterdir()] == [path.name]


def rewrite(source: Path, target: Path, change) -> Path:
    """Copy a backup zip member by member, letting `change(name, data)` alter each."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            data = change(name, old.read(name))
            if data is not None:
                new.writestr(name, data)
    return target


def test_verify_refuses_with_a_reason(services, filled, tmp_path):
    good = services.backup.create(fresh(tmp_path, "ok"))
    bad = fresh(tmp_path, "bad")
    truncated = bad / "terpotong.zip"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    tampered = rewrite(
        good, bad / "diubah.zip", lambda n, d: d + b"x" if n.endswith(".docx") else d
    )
    foreign = bad / "asing.zip"
    with zipfile.ZipFile(foreign, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"app": "aplikasi-lain"}))
    future = rewrite(
        good,
        bad / "baru.zip",
        lambda n, d: (
            json.dumps({**json.loads(d), "schema": "9999_masa_depan"}).encode()
            if n == "manifest.json"
            else d
        ),
    )
    cases = {
        truncated: "rusak atau terpotong",
        tampered: "Checksum arsip/",
        foreign: "bukan cadangan aplikasi Monev",
        future: "versi aplikasi yang lebih baru",
        bad / "tidak-ada.zip": "tidak ditemukan",
    }
    for file, reason in cases.items():
        with pytest.raises(BackupInvalid, match=reason):
            verify_backup(file)


def test_restore_brings_back_the_data_and_keeps_the_current_aside(
    services, people, filled, tmp_path
):
    path = services.backup.create(fresh(tmp_path, "cadangan"))
    before = counts()
    services.agreements.add_opd(people["admin"], "Dinas Baru", "")
    archive = services.documents.archive_dir()
    (archive / "catatan.txt").write_text("dibuat setelah cadangan")
    with pytest.raises(PermissionDenied):
        services.backup.restore(people["kabag"], path)
    manifest = services.backup.restore(people["admin"], path)
    assert counts()[:2] == before[:2]
    assert not (archive / "catatan.txt").exists()
    restored = list(archive.rglob("*.docx"))
    assert any(p.name == "surat_perintah-v1.docx" for p in restored)
    assert all(not p.stat().st_mode & WRITE_BITS for p in restored)  # sealed as when issued
    (letter,) = services.documents.documents(services.workflow.cycles()[0].id)
    assert services.documents.file_of(letter) == letter.path  # as it was issued
    aside = next((services.ctx.data_dir / "sebelum-pulih").iterdir())
    assert (aside / "arsip" / "catatan.txt").is_file() and (aside / "basis-data.sqlite3").is_file()
    assert Riwayat.select().where(Riwayat.aksi == "pulihkan_cadangan").count() == 1
    assert manifest.tables["opd"] == before[0]
    services.backup.restore(people["admin"], path)  # again, over the sealed archive
    assert services.documents.file_of(letter) == letter.path


def test_a_damaged_backup_is_refused_and_nothing_changes(services, people, filled, tmp_path):
    path = services.backup.create(fresh(tmp_path, "cadangan"))
    broken = tmp_path / "rusak.zip"
    broken.write_bytes(path.read_bytes()[:-200])
    services.agreements.add_opd(people["admin"], "Dinas Baru", "")
    before = counts()
    with pytest.raises(BackupInvalid):
        services.backup.restore(people["admin"], broken)
    assert counts() == before
    assert not (services.ctx.data_dir / "sebelum-pulih").exists()


def test_only_the_newest_backups_are_kept(services, people, filled, tmp_path, clock):
    folder = fresh(tmp_path, "cadangan")
    services.settings.set(people["admin"], {"jumlah_cadangan": "2", "folder_cadangan": str(folder)})
    made = []
    for _ in range(4):
        clock.advance(minutes=1)
        made.append(services.backup.create())
    assert services.backup.backups(folder) == [made[3], made[2]]


def test_the_automatic_backup_runs_once_a_day_and_remembers_a_failure(
    services, people, filled, tmp_path, clock
):
    assert not services.backup.due_today()  # no folder set
    services.settings.set(people["admin"], {"folder_cadangan": str(tmp_path / "belum-ada")})
    assert services.backup.automatic() is None
    state = services.backup.state()
    assert "tidak ditemukan" in state["last_error"] and "last_ok" not in state
    (tmp_path / "belum-ada").mkdir()
    first = services.backup.automatic()
    assert first is not None and services.backup.state()["last_error"] == ""
    clock.advance(hours=2)
    assert services.backup.automatic() is None
    clock.advance(days=1)
    assert services.backup.automatic() is not None


@pytest.mark.parametrize(
    ("folder_kind", "words"),
    [
        ("missing", "tidak ditemukan atau tidak dapat dijangkau"),
        ("unreachable", "tidak ditemukan"),
        ("full", "penuh"),
        ("read_only", "tidak dapat ditulis"),
        ("flush_fails", "tidak dapat dijangkau"),
        ("rotting", "tidak terbaca kembali utuh"),
    ],
)
def test_folder_faults_name_the_folder_and_leave_nothing(
    services, filled, tmp_path, request, folder_kind, words
):
    if folder_kind == "missing":
        folder = tmp_path / "tidak-ada"
    elif folder_kind == "unreachable":
        (tmp_path / "berkas").write_text("x")
        folder = tmp_path / "berkas" / "share"
    else:
        folder = request.getfixturevalue(f"{folder_kind}_folder")
    before = counts()
    with pytest.raises(BackupError) as error:
        services.backup.create(folder)
    assert str(folder) in str(error.value) and words in str(error.value)
    if folder.is_dir():
        assert list(folder.iterdir()) == []
    assert counts() == before


def files_of(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_a_restore_that_cannot_replace_the_data_leaves_data_and_archive_as_they_were(
    services, people, filled, tmp_path, other_workstation, monkeypatch
):
    """Another workstation reading the register inside a transaction keeps the restore from
    emptying the tables; past the wait the restore is refused and nothing is replaced."""
    if is_sqlite(services.ctx.db):
        pytest.skip("runs in the PostgreSQL half of the suite")
    path = services.backup.create(fresh(tmp_path, "cadangan"))
    services.agreements.add_opd(people["admin"], "Dinas Baru", "")
    archive = services.documents.archive_dir()
    (archive / "catatan.txt").write_text("dibuat setelah cadangan")
    before, documents = counts(), files_of(archive)
    monkeypatch.setattr(connection, "LOCK_WAIT", "100ms")
    with other_workstation.atomic():
        other_workstation.execute_sql("SELECT nomor FROM kerja_sama LIMIT 1")
        with pytest.raises(DatabaseBusy):
            services.backup.restore(people["admin"], path)
    assert counts() == before and files_of(archive) == documents
    assert [p.name for p in archive.parent.iterdir() if "pulih" in p.name] == ["sebelum-pulih"]
    assert not any((services.ctx.data_dir / "sebelum-pulih").iterdir())
    services.backup.restore(people["admin"], path)  # once the other workstation is done
    assert not (archive / "catatan.txt").exists()


def test_a_backup_with_another_page_size_restores(services, people, filled, tmp_path):
    """A snapshot's page size is the one of the database it came from (older SQLite made
    1 KiB pages); an SQLite database in WAL mode takes no other, so it is converted."""
    path = services.backup.create(fresh(tmp_path, "cadangan"))
    expected = counts()
    services.agreements.add_opd(people["admin"], "Dinas Baru", "")

    def repaged(name, data):
        if name != "basis-data.sqlite3":
            return data
        snapshot = tmp_path / "halaman.sqlite3"
        snapshot.write_bytes(data)
        with closing(sqlite3.connect(snapshot)) as db:
            db.execute("PRAGMA journal_mode = DELETE")
            db.execute("PRAGMA page_size = 1024")
            db.execute("VACUUM")
            assert db.execute("PRAGMA page_size").fetchone() == (1024,)
        return snapshot.read_bytes()

    other = with_checksums(rewrite(path, tmp_path / "halaman-1k.zip", repaged))
    services.backup.restore(people["admin"], other)
    assert counts()[:2] == expected[:2]


def with_checksums(path: Path) -> Path:
    """The backup at `path` with its manifest's checksums made to match its members again."""
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        manifest["members"] = {
            name: hashlib.sha256(zf.read(name)).hexdigest() for name in manifest["members"]
        }
    return rewrite(
        path,
        path.with_name(f"sah-{path.name}"),
        lambda n, d: json.dumps(manifest).encode() if n == "manifest.json" else d,
    )


def test_cross_database_restore(services, people, filled, tmp_path, database_url, clock):
    """SQLite-made backups restore into PostgreSQL and the reverse (needs the PostgreSQL run)."""
    server = os.environ.get("MONEV_TEST_DATABASE_URL")
    if not server:
        pytest.skip("runs in the PostgreSQL half of the suite")
    first = services.backup.create(fresh(tmp_path, "a"))
    expected = counts()
    services.close()
    other = open_services(
        f"sqlite:///{tmp_path / 'lain.sqlite3'}",
        now=clock,
        hasher=FAST_HASHER,
        folder=tmp_path / "lain",
    )
    other.backup.restore(None, first)
    assert counts()[:2] == expected[:2]
    second = other.backup.create(fresh(tmp_path, "b"))
    other.close()
    back = open_services(database_url, now=clock, hasher=FAST_HASHER, folder=tmp_path)
    back.agreements.add_opd(people["admin"], "Sebelum pemulihan", "")
    back.backup.restore(None, second)
    assert counts()[:2] == expected[:2]
    back.agreements.add_opd(
        people["admin"], "Setelah pemulihan", ""
    )  # sequences moved past the ids
    back.close()


def test_a_flush_failing_while_a_large_backup_is_written_stops_it(
    services, filled, flush_fails_folder
):
    """Past FLUSH_STEP bytes the file is flushed while still being written: that flush's
    failure stops the backup there, and nothing is left behind."""
    archive = services.documents.archive_dir()
    (archive / "besar.bin").write_bytes(os.urandom(FLUSH_STEP * 2))
    with pytest.raises(BackupError, match="tidak dapat dijangkau"):
        services.backup.create(flush_fails_folder)
    assert list(flush_fails_folder.iterdir()) == []


def test_an_archive_that_cannot_be_moved_is_kept_and_the_unpacked_copy_removed(
    services, filled, tmp_path
):
    """On Windows a document open in Word keeps its folder from being renamed; here the
    name it would move to is taken."""
    path = services.backup.create(fresh(tmp_path, "cadangan"))
    archive = services.documents.archive_dir()
    documents = files_of(archive)
    taken = fresh(tmp_path, "terpakai")
    (taken / "isi.txt").write_text("x")
    with zipfile.ZipFile(path) as zf, pytest.raises(ArchiveInUse, match="Tutup dokumen arsip"):
        with archive_replaced(zf, archive, taken):
            pytest.fail("the block runs only once the archive is replaced")
    assert files_of(archive) == documents
    assert not any(".pulih" in p.name for p in archive.parent.iterdir())
