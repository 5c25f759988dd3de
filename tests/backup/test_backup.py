"""Backups: verified files, refusals with reasons, retention, faults that lose nothing."""

import json
import os
import zipfile

import pytest

from monev_desktop.db.models import Riwayat
from monev_desktop.services.backup import BackupError
from monev_desktop.services.backup_file import (
    FLUSH_STEP,
    BackupInvalid,
    verify_backup,
)
from tests.backup.common import counts, fresh, rewrite


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
