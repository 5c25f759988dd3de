"""What to tell when a folder the app writes to (the archive, the backups) refuses a file."""

import errno
from pathlib import Path

from monev_desktop.domain.errors import MonevError


class FolderUnwritable(MonevError):
    """A file could not be written into a folder; the message says what to check."""


def folder_problem(name: str, folder: Path, exc: OSError) -> str:
    """The sentence for `exc` raised while writing into `folder`, which is called `name`
    ("Folder arsip"): full, read-only, out of reach, or else what the system said."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"{name} {folder} penuh; kosongkan ruang atau pilih folder lain, lalu coba lagi."
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return (
            f"{name} {folder} tidak dapat ditulis (hanya-baca atau tanpa izin); pilih folder lain."
        )
    if exc.errno in (errno.ENOENT, errno.ENOTDIR, errno.EHOSTDOWN, errno.ENETUNREACH, errno.EIO):
        return f"{name} {folder} tidak dapat dijangkau ({exc.strerror}); periksa drive bersama."
    return f"Berkas tidak dapat ditulis ke {name.lower()} {folder}: {exc.strerror or exc}."
