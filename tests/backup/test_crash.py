"""Kill the app with SIGKILL mid-work, many times: afterwards nothing is half done or lost."""

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections import defaultdict
from pathlib import Path

import pytest

from monev_desktop.app import open_services
from monev_desktop.db.connection import DatabaseDamaged, is_sqlite
from monev_desktop.db.models import (
    Dokumen,
    HasilMonitoring,
    NomorSurat,
    Opd,
    Riwayat,
    SiklusKerjaSama,
    SiklusTim,
    Tugas,
)
from monev_desktop.db.snapshot import integrity_problem, table_counts
from monev_desktop.services.backup_file import verify_backup
from tests.conftest import FAST_HASHER
from tests.factories import sqlite_with_backup

ROOT = Path(__file__).resolve().parents[2]
KILLS = 12


def start_worker(url: str, folder: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.crash_worker", url, str(folder)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def check_invariants(url: str, folder: Path) -> None:
    services = open_services(url, folder=folder, hasher=FAST_HASHER)  # cleans leftovers
    try:
        if is_sqlite(services.ctx.db):
            assert services.ctx.db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        tasks = list(Tugas.select().order_by(Tugas.id))
        by_cycle = defaultdict(list)
        for task in tasks:
            by_cycle[task.siklus_id].append(task)
        for cycle_tasks in by_cycle.values():
            steps = [t.langkah for t in cycle_tasks]
            assert steps == list(range(1, len(steps) + 1)), steps  # one task per step, in order
            for task in cycle_tasks[:-1]:
                assert task.status == "selesai" and task.data  # done entirely, next one offered
            if len(steps) > 1:
                assert (
                    SiklusTim.select().where(SiklusTim.siklus == cycle_tasks[0].siklus_id).count()
                    == 3
                )
            if len(steps) > 2:
                assert (
                    SiklusKerjaSama.select()
                    .where(SiklusKerjaSama.siklus == cycle_tasks[0].siklus_id)
                    .count()
                )
            if len(steps) > 4:
                assert (
                    HasilMonitoring.select()
                    .where(HasilMonitoring.siklus == cycle_tasks[0].siklus_id)
                    .count()
                )
        serials = defaultdict(list)
        for number in NomorSurat.select():
            serials[(number.buku, number.tahun)].append(number.urut)
        for found in serials.values():
            assert sorted(found) == list(range(1, len(found) + 1))  # none lost, none doubled
        used = {d.nomor for d in Dokumen.select() if d.nomor}
        assert used == {n.nomor for n in NomorSurat.select()}
        archive = services.documents.archive_dir()
        for document in Dokumen.select():
            path = archive / document.path
            assert path.is_file(), path
            assert hashlib.sha256(path.read_bytes()).hexdigest() == document.sha256
        assert not list(archive.rglob("*.tmp"))
        return len(tasks)
    finally:
        services.close()


def test_sigkill_at_random_moments_loses_nothing(database_url, tmp_path):
    rng = random.Random(20251129)
    progress = []
    for _ in range(KILLS):
        worker = start_worker(database_url, tmp_path)
        time.sleep(rng.uniform(1.0, 3.0))
        assert worker.poll() is None, worker.stderr.read().decode()[-2000:]
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=30)
        progress.append(check_invariants(database_url, tmp_path))
    assert progress[-1] > progress[0] > 0  # the work went on between the kills
    services = open_services(database_url, folder=tmp_path, hasher=FAST_HASHER)
    assert NomorSurat.select().count() > 3 and Dokumen.select().count() > 3
    services.close()


def test_a_backup_taken_while_another_process_writes_is_consistent(
    services, people, database_url, tmp_path
):
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, database_url, str(tmp_path)],
        cwd=ROOT,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.time() + 60
        while Opd.select().count() < 20 and time.time() < deadline:
            time.sleep(0.05)
        folder = tmp_path / "cadangan"
        folder.mkdir()
        paths = [services.backup.create(folder) for _ in range(3)]
    finally:
        writer.kill()
        writer.wait()
    for path in paths:
        manifest = verify_backup(path)
        with zipfile.ZipFile(path) as zf:
            snapshot = Path(zf.extract("basis-data.sqlite3", tmp_path / path.stem))
        assert integrity_problem(snapshot) == ""
        with sqlite3.connect(snapshot) as db:
            opds = db.execute("SELECT COUNT(*) FROM opd").fetchone()[0]
            added = db.execute("SELECT COUNT(*) FROM riwayat WHERE aksi = 'tambah_opd'").fetchone()[
                0
            ]
        assert opds == added == manifest.tables["opd"] == table_counts(snapshot)["opd"]
    assert Riwayat.select().count() > 0


WRITER = """
import sys
from pathlib import Path
from monev_desktop.app import open_services
from tests.conftest import FAST_HASHER
services = open_services(sys.argv[1], folder=Path(sys.argv[2]), hasher=FAST_HASHER)
admin = services.accounts.login("admin", "rahasia-kantor")
n = 0
while True:
    n += 1
    services.agreements.add_opd(admin, f"OPD uji {n}", "")
"""


def test_a_damaged_database_file_is_reported_and_never_overwritten(tmp_path):
    url, backup = sqlite_with_backup(tmp_path, opds=200)
    path = tmp_path / "monev.sqlite3"
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 3, min(len(data), 4096 * 6), 7):
        data[offset] = 0xFF
    path.write_bytes(bytes(data))
    damaged = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseDamaged, match="rusak"):
        open_services(url, folder=tmp_path, hasher=FAST_HASHER)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == damaged
    result = subprocess.run(
        [sys.executable, "-m", "monev_desktop", "--database", url, "restore", str(backup)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "MONEV_DATA_DIR": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    kept = [
        p
        for p in tmp_path.iterdir()
        if ".rusak-" in p.name and not p.name.endswith(("-wal", "-shm"))
    ]
    assert len(kept) == 1 and hashlib.sha256(kept[0].read_bytes()).hexdigest() == damaged
    services = open_services(url, folder=tmp_path, hasher=FAST_HASHER)
    assert Opd.select().count() == 200
    services.close()
