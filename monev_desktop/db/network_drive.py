"""Whether a file lies on a network drive, where SQLite must not keep a database: its WAL
mode needs memory shared by every process using the file, which a network file system does
not give, so workstations sharing the file would corrupt it (https://sqlite.org/wal.html)."""

import os
import re
from pathlib import Path

NETWORK_FILE_SYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "ncpfs", "ceph", "glusterfs"}
    | {"fuse.sshfs", "fuse.davfs2", "davfs"}
)
WINDOWS_NETWORK = "drive jaringan Windows"
MOUNT_TABLE = Path("/proc/self/mounts")  # Linux's; elsewhere there is none
DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a mapped network drive
_OCTAL_ESCAPE = re.compile(r"\\([0-7]{3})")  # how the mount table writes a space in a path


def network_drive(path: Path) -> str | None:
    """The network file system `path` (followed through links) lies on: its type from the
    mount table, or WINDOWS_NETWORK; None for a local disk."""
    path = path.resolve()
    if os.name == "nt":
        return _windows_network_drive(path)
    try:
        mounts = MOUNT_TABLE.read_text(encoding="utf-8", errors="replace")
    except OSError:  # no mount table to read (not Linux)
        return None
    longest, kind = -1, ""
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _OCTAL_ESCAPE.sub(lambda m: chr(int(m.group(1), 8)), fields[1])
        if _within(path, point) and len(point) > longest:
            longest, kind = len(point), fields[2]
    return kind if kind in NETWORK_FILE_SYSTEMS else None


def _within(path: Path, mount_point: str) -> bool:
    return path == Path(mount_point) or Path(mount_point) in path.parents


def _windows_network_drive(path: Path) -> str | None:
    if str(path).startswith("\\\\"):  # \\server\share
        return WINDOWS_NETWORK
    import ctypes

    kind = ctypes.windll.kernel32.GetDriveTypeW(path.anchor)  # type: ignore[attr-defined]
    return WINDOWS_NETWORK if kind == DRIVE_REMOTE else None
