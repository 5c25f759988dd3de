"""Folders that fail as shared drives fail: real small or read-only filesystems when this
process may mount them (CI runs as root), otherwise the OS error injected at the write."""

import errno
import os
import subprocess
import uuid

import pytest


def _mount(args, target) -> bool:
    if os.geteuid() != 0:
        return False
    return subprocess.run(["mount", *args, str(target)], capture_output=True).returncode == 0


def _umount(target) -> None:
    subprocess.run(["umount", "-l", str(target)], capture_output=True)


def _inject(monkeypatch, code):
    """Make writing backup files fail with `code`, as the OS would."""
    import monev_desktop.services.backup as backup

    real_open = open

    def failing_open(file, mode="r", *args, **kwargs):
        if "w" in mode and str(file).endswith(".tmp") and ".monev-cadangan-" in str(file):
            raise OSError(code, os.strerror(code), str(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(backup, "open", failing_open, raising=False)


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
