"""Write archive files atomically: a temporary file in the same folder, flushed, then renamed.

A crash leaves either the whole file under its final name or a `.tmp` leftover that
`remove_leftovers` deletes at the next start; never half a file under a finished name.
An issued document's file is sealed (read-only), so that Word opens it read-only and it stays
as it was issued; the app unseals a file itself before it replaces or deletes one.
"""

import hashlib
import os
import re
import stat
from contextlib import suppress
from pathlib import Path

TEMP_SUFFIX = ".tmp"
WRITE_BITS = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
_UNSAFE = re.compile(r"[^\w.\-]+")


def safe_name(text: str, limit: int = 80) -> str:
    """A file-name fragment from free text (letters, digits, dot, dash, underscore)."""
    return _UNSAFE.sub("_", text).strip("_")[:limit] or "dokumen"


def write_atomic(path: Path, data: bytes, *, sealed: bool = False) -> str:
    """Write `data` to `path` atomically and durably, `sealed` or not; returns its SHA-256
    (hex). A file already at `path` is replaced, sealed or not.

    Raises OSError (folder missing, read-only, disk full); then nothing is left behind.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}{TEMP_SUFFIX}")
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if sealed:
            seal(temporary)
        unseal(path)  # Windows will not replace a read-only file
        os.replace(temporary, path)
    except BaseException:
        unseal(temporary)
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
        unseal(leftover)
        leftover.unlink(missing_ok=True)
    return len(leftovers)


def discard(path: Path) -> None:
    """Delete `path`, sealed or not, if it is there: a file whose record was not committed.
    A file that cannot be deleted now (the share just went away) is left; it is harmless,
    since the archive's records name every file that counts."""
    unseal(path)
    with suppress(OSError):
        path.unlink(missing_ok=True)


def seal(path: Path) -> None:
    """Make `path` read-only where its file system lets us (a share may not: then it stays
    writable, and is still checked against its SHA-256 when used)."""
    with suppress(OSError):
        os.chmod(path, stat.S_IMODE(os.stat(path).st_mode) & ~WRITE_BITS)


def unseal(path: Path) -> None:
    """Make `path` writable by its owner again, before replacing or deleting it (Windows
    refuses both on a read-only file). Nothing when there is no such file, or when it is not
    ours to change (then replacing or deleting it says why, if it fails)."""
    with suppress(OSError):
        os.chmod(path, stat.S_IMODE(os.stat(path).st_mode) | stat.S_IWUSR)


def unseal_tree(folder: Path) -> None:
    """`unseal` every file below `folder`, before the folder is moved or deleted."""
    for path in folder.rglob("*"):
        if path.is_file():
            unseal(path)


def sync_folder(folder: Path) -> None:
    """Make a rename inside `folder` durable (a no-op on Windows, where NTFS journals it)."""
    if os.name == "nt":  # Windows cannot open a folder for fsync
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
