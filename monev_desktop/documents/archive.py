"""Write archive files atomically: a temporary file in the same folder, flushed, then renamed.

A crash leaves either the whole file under its final name or a `.tmp` leftover that
`remove_leftovers` deletes at the next start; never half a file under a finished name.
"""

import hashlib
import os
import re
from pathlib import Path

TEMP_SUFFIX = ".tmp"
_UNSAFE = re.compile(r"[^\w.\-]+")


def safe_name(text: str, limit: int = 80) -> str:
    """A file-name fragment from free text (letters, digits, dot, dash, underscore)."""
    return _UNSAFE.sub("_", text).strip("_")[:limit] or "dokumen"


def write_atomic(path: Path, data: bytes) -> str:
    """Write `data` to `path` atomically and durably; returns its SHA-256 (hex).

    Raises OSError (folder missing, read-only, disk full); then nothing is left behind.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}{TEMP_SUFFIX}")
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    sync_folder(path.parent)
    return hashlib.sha256(data).hexdigest()


def remove_leftovers(folder: Path) -> int:
    """Delete temporary files a crash left in `folder` (recursively); returns how many."""
    if not folder.is_dir():
        return 0
    leftovers = [p for p in folder.rglob(f".*{TEMP_SUFFIX}") if p.is_file()]
    for leftover in leftovers:
        leftover.unlink(missing_ok=True)
    return len(leftovers)


def sync_folder(folder: Path) -> None:
    """Make a rename inside `folder` durable (a no-op on Windows, where NTFS journals it)."""
    if os.name == "nt":  # Windows cannot open a folder for fsync
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
