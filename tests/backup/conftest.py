"""Folders that fail as shared drives fail: real small or read-only filesystems when this
process may mount them (CI runs as root), otherwise the OS error injected at the write; and
`filled`, data worth backing up (a register, a cycle at step 2, an issued letter)."""

import errno
import io
import os
import subprocess
import uuid

import pytest

from tests.cycles import done_task, run_cycle
from tests.factories import make_agreements


def _mount(args, target) -> bool:
    if os.geteuid() != 0:
        return False
    return subprocess.run(["mount", *args, str(target)], capture_output=True).returncode == 0


def _umount(target) -> None:
    subprocess.run(["umount", "-l", str(target)], capture_output=True)


def _backup_files_open_with(monkeypatch, opener):
    """Open the backup's own temporary files with `opener(path)`; every other file as usual."""
    import monev_desktop.services.backup_file as backup_file

    real_open = open

    def patched_open(file, mode="r", *args, **kwargs):
        if "w" in mode and str(file).endswith(".tmp") and ".monev-cadangan-" in str(file):
            return opener(file)
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(backup_file, "open", patched_open, raising=False)


def _inject(monkeypatch, code):
    """Make writing backup files fail with `code`, as the OS would."""

    def failing(file):
        raise OSError(code, os.strerror(code), str(file))

    _backup_files_open_with(monkeypatch, failing)


@pytest.fixture
def full_folder(tmp_path, monkeypatch):
    folder = tmp_path / f"penuh-{uuid.uuid4().hex[:6]}"
    folder.mkdir()
    if _mount(["-t", "tmpfs", "-o", "size=64k", "tmpfs"], folder):
        yield folder
        _umount(folder)
    else:
        _inject(monkeypatch, errno.ENOSPC)
        yield folder


@pytest.fixture
def read_only_folder(tmp_path, monkeypatch):
    source = tmp_path / "sumber"
    source.mkdir()
    folder = tmp_path / f"hanya-baca-{uuid.uuid4().hex[:6]}"
    folder.mkdir()
    if _mount(["--bind", "-o", "ro", str(source)], folder):
        yield folder
        _umount(folder)
    else:
        _inject(monkeypatch, errno.EROFS)
        yield folder


@pytest.fixture
def flush_fails_folder(tmp_path, monkeypatch):
    """A drive that takes the bytes but cannot flush them to disk (a share that drops)."""
    folder = tmp_path / "tidak-tersimpan"
    folder.mkdir()

    def failing_fsync(fd):
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(os, "fsync", failing_fsync)
    yield folder


class _RottingFile(io.FileIO):
    """Stores every large write with one byte changed, as a failing disk or cable would."""

    def write(self, data):
        data = bytearray(data)
        if len(data) > 4096:
            data[len(data) // 2] ^= 0xFF
        return super().write(data)


@pytest.fixture
def rotting_folder(tmp_path, monkeypatch):
    folder = tmp_path / f"rusak-{uuid.uuid4().hex[:6]}"
    folder.mkdir()
    _backup_files_open_with(monkeypatch, lambda file: _RottingFile(file, "w"))
    yield folder


@pytest.fixture
def filled(services, people, clock):
    agreements = make_agreements(services, people["admin"])
    cycle = run_cycle(services, people, agreements, clock, until=2)
    services.documents.generate(people["kabag"], done_task(services, cycle, 1).id)
    return agreements
