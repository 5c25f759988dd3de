"""Preview scratch folders: one per preview in the cache folder, gone a day later."""

import os
import time

from monev_desktop.gui.scratch import remove_old_scratch, scratch_folder, scratch_root


def test_scratch_folders_older_than_a_day_are_removed_and_newer_ones_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    old, new = scratch_folder("draf-"), scratch_folder("pratinjau-")
    assert old != new and old.parent == new.parent == scratch_root()
    assert scratch_root().is_relative_to(tmp_path)
    (old / "laporan.pdf").write_bytes(b"%PDF")
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(old, (two_days_ago, two_days_ago))
    assert remove_old_scratch() == 1
    assert not old.exists() and new.is_dir()
    assert remove_old_scratch(now=time.time() + 2 * 24 * 3600) == 1 and not new.exists()


def test_without_a_scratch_folder_nothing_is_removed_and_nothing_fails(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "nowhere"))
    assert remove_old_scratch() == 0
