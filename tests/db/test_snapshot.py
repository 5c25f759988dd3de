"""Snapshots hold one consistent state while others write: a quiet SQLite database is frozen
in place (nothing copied, the file unchanged byte for byte however others write and
checkpoint), a busy one is copied, and a backup of a damaged database is refused."""

import hashlib
import sqlite3
import threading
import time
from contextlib import closing

import pytest

from monev_desktop.app import open_services
from monev_desktop.db.snapshot import consistent_snapshot
from monev_desktop.services.backup import BackupError
from tests.conftest import FAST_HASHER
from tests.factories import damage

OPDS = 200


@pytest.fixture
def live(tmp_path):
    """The app's services on an SQLite file holding OPDS OPDs, and the file's path."""
    path = tmp_path / "monev.sqlite3"
    services = open_services(f"sqlite:///{path}", folder=tmp_path, hasher=FAST_HASHER)
    add_opds(path, range(OPDS))
    yield services, path
    services.close()


def add_opds(path, numbers) -> None:
    """Commit OPDs from another connection, as another workstation would."""
    with closing(sqlite3.connect(path)) as other, other:
        other.executemany(
            "INSERT INTO opd (nama, singkatan) VALUES (?, '')", [(f"OPD {n}",) for n in numbers]
        )


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_quiet_database_is_its_own_snapshot_and_its_file_stays_unchanged(live, tmp_path):
    services, path = live
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    with consistent_snapshot(services.ctx.db, scratch) as snapshot:
        assert snapshot.path == path and not any(scratch.iterdir())
        before = digest(path)
        add_opds(path, range(OPDS, OPDS + 500))
        with closing(sqlite3.connect(path, timeout=0.2)) as other:
            for mode in ("PASSIVE", "FULL", "TRUNCATE"):
                busy, frames, done = other.execute(f"PRAGMA wal_checkpoint({mode})").fetchone()
                assert done < frames  # the writer's frames wait in the log
        assert digest(path) == before
        assert snapshot.tables()["opd"] == OPDS
        snapshot.check()
    with closing(sqlite3.connect(path)) as other:
        assert other.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
        assert other.execute("SELECT COUNT(*) FROM opd").fetchone()[0] == OPDS + 500
    assert digest(path) != before


def test_a_database_whose_log_cannot_be_checkpointed_is_copied(live, tmp_path):
    services, path = live
    with closing(sqlite3.connect(path, isolation_level=None)) as old_reader:
        old_reader.execute("BEGIN")
        old_reader.execute("SELECT COUNT(*) FROM opd").fetchone()  # holds the log's old end
        add_opds(path, range(OPDS, OPDS + 10))
        with consistent_snapshot(services.ctx.db, tmp_path) as snapshot:
            assert snapshot.path.parent == tmp_path and snapshot.path != path
            assert snapshot.tables()["opd"] == OPDS + 10
            snapshot.check()


def test_a_backup_of_a_damaged_database_is_refused_and_leaves_nothing(live, tmp_path):
    services, path = live
    services.ctx.db.close()
    damage(path)
    folder = tmp_path / "cadangan"
    folder.mkdir()
    with pytest.raises(BackupError) as refused:
        services.backup.create(folder)
    assert "Basis data yang berjalan rusak" in str(refused.value)
    assert not any(folder.iterdir())


def test_snapshots_taken_while_a_writer_commits_and_checkpoints_are_whole(live, tmp_path):
    """Each snapshot, frozen in place or copied, holds the rows of one moment (OPDs W0..Wn-1,
    none torn or missing), and the raw bytes of its file, as a backup reads them, hold the
    same."""
    services, path = live
    stop = threading.Event()
    writer = threading.Thread(target=write_until, args=(path, stop))
    writer.start()
    kinds = []
    try:
        for attempt in range(15):
            scratch = tmp_path / f"s{attempt}"
            scratch.mkdir()
            with consistent_snapshot(services.ctx.db, scratch) as snapshot:
                kinds.append("frozen" if snapshot.path == path else "copied")
                raw_copy = tmp_path / f"raw{attempt}.sqlite3"
                raw_copy.write_bytes(snapshot.path.read_bytes())
                seen = whole_rows(snapshot.connection)
            with closing(sqlite3.connect(raw_copy)) as copied:
                assert whole_rows(copied) == seen
                assert copied.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            time.sleep(0.02)
    finally:
        stop.set()
        writer.join()
    assert "frozen" in kinds


def write_until(path, stop) -> None:
    """Commit OPD Wn (singkatan n) one by one, checkpointing passively every few commits."""
    with closing(sqlite3.connect(path, timeout=10)) as writer:
        n = 0
        while not stop.is_set():
            with writer:
                writer.execute("INSERT INTO opd (nama, singkatan) VALUES (?, ?)", (f"W{n}", n))
            if n % 7 == 0:
                writer.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            n += 1


def whole_rows(connection) -> int:
    """How many OPDs the writer had committed, checking that none is torn or missing."""
    count, largest = connection.execute(
        "SELECT COUNT(*), MAX(CAST(singkatan AS INTEGER)) FROM opd WHERE nama LIKE 'W%'"
    ).fetchone()
    assert count == (0 if largest is None else largest + 1)
    assert connection.execute("SELECT COUNT(*) FROM opd").fetchone()[0] == OPDS + count
    return count
