"""Scratch folders for previews (PDFs shown in the app, drafts opened in Word): one per
preview, in the per-user cache folder. Those more than a day old are deleted at the next
start: Windows never empties its temp folder, and a draft may still be open in Word the same
day."""

import logging
import shutil
import tempfile
import time
from pathlib import Path

from monev_desktop.locations import cache_dir

log = logging.getLogger(__name__)
KEEP_SECONDS = 24 * 3600


def scratch_root() -> Path:
    return cache_dir() / "pratinjau"


def scratch_folder(prefix: str) -> Path:
    """A new empty folder for one preview (in the system's temp folder when the cache
    folder cannot be written)."""
    try:
        scratch_root().mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=prefix, dir=scratch_root()))
    except OSError:
        log.warning("cache folder not writable; preview in the temp folder", exc_info=True)
        return Path(tempfile.mkdtemp(prefix=prefix))


def remove_old_scratch(now: float | None = None) -> int:
    """Delete the scratch folders last changed more than a day before `now`; how many.
    Never raises: a folder that cannot be deleted yet (a file open in Word) waits for a
    later start."""
    cutoff, removed = (now or time.time()) - KEEP_SECONDS, 0
    try:
        folders = [f for f in scratch_root().iterdir() if f.is_dir()]
    except OSError:
        return 0
    for folder in folders:
        try:
            if folder.stat().st_mtime < cutoff:
                shutil.rmtree(folder)
                removed += 1
        except OSError:
            log.info("scratch folder %s not deleted yet", folder, exc_info=True)
    return removed
