"""The backup file: one zip holding a database snapshot, the document archive and a manifest.

The manifest names the app and schema version, the time, the row counts per table and the
SHA-256 of every member. `write_backup` writes such a file, flushes it to disk and reads it
back, using both cores (hashing and flushing run beside the writing, the snapshot's check
beside the reading back); `verify_backup` checks any file as thoroughly as a restore needs.
"""

import hashlib
import itertools
import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import BinaryIO

from monev_desktop import __version__
from monev_desktop.db.schema import MIGRATIONS
from monev_desktop.db.snapshot import Snapshot, integrity_problem, table_counts
from monev_desktop.domain.errors import MonevError

APP_ID = "monev-desktop"
MANIFEST = "manifest.json"
SNAPSHOT = "basis-data.sqlite3"
ARCHIVE = "arsip/"
CHUNK = 1 << 20
FLUSH_STEP = 16 << 20


class BackupInvalid(MonevError):
    """A file is not a sound backup of this app; the message says why."""


@dataclass(frozen=True)
class Manifest:
    app: str
    app_version: str
    schema: str
    created: str
    source: str
    tables: dict[str, int]
    members: dict[str, str]


def known_schema() -> str:
    return max(p.stem for p in MIGRATIONS.glob("[0-9]*.py"))


# --- writing -----------------------------------------------------------------------------------


def write_backup(
    file: Path, snapshot: Snapshot, archive: Path, *, created: str, source: str
) -> Manifest:
    """Write the backup of `snapshot` and the `archive` folder at `file`, flushed to disk and
    read back (`check_written`), the snapshot passing its quick_check meanwhile; its
    manifest. OSError or BackupInvalid when writing fails, SnapshotDamaged (which wins)
    when the snapshot fails its check."""
    members: dict[str, str] = {}
    schema, tables = snapshot.schema(), snapshot.tables()
    with (
        open(file, "wb") as raw,
        ThreadPoolExecutor(1, thread_name_prefix="hash") as hasher,
        _Flusher(raw) as flusher,
    ):
        with zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED, allowZip64=True) as zf:
            buffers = (bytearray(CHUNK), bytearray(CHUNK))
            for name, path in _members(snapshot.path, archive):
                members[name] = _add(zf, name, path, buffers, hasher, flusher)
            manifest = Manifest(
                app=APP_ID,
                app_version=__version__,
                schema=schema,
                created=created,
                source=source,
                tables=tables,
                members=members,
            )
            zf.writestr(MANIFEST, json.dumps(asdict(manifest), indent=1, ensure_ascii=False))
        flusher.start()  # the last flush and the snapshot's check run while the file is read back
        checking = hasher.submit(snapshot.check)  # the snapshot's only reader from here on
        try:
            check_written(file, manifest)
        finally:
            checking.result()
    _uncache(file)
    return manifest


def _members(snapshot: Path, archive: Path) -> Iterator[tuple[str, Path]]:
    yield SNAPSHOT, snapshot
    if archive.is_dir():
        for path in sorted(
            p for p in archive.rglob("*") if p.is_file() and not p.name.startswith(".")
        ):
            yield ARCHIVE + path.relative_to(archive).as_posix(), path


def _add(
    zf: zipfile.ZipFile,
    name: str,
    path: Path,
    buffers: tuple[bytearray, bytearray],
    hasher: ThreadPoolExecutor,
    flusher: "_Flusher",
) -> str:
    """Store the file at `path` as member `name`; its SHA-256. Each chunk is hashed on the
    `hasher` thread while the zip writes it and its CRC-32 (hashlib and zlib release the
    GIL, so the two run on two cores); the chunks are read into the two `buffers` by turns,
    as fresh memory costs more to touch than the copying itself."""
    digest = hashlib.sha256()
    hashed: Future | None = None
    with open(path, "rb", buffering=0) as source, zf.open(name, "w", force_zip64=True) as target:
        for turn in itertools.count():
            buffer = buffers[turn % 2]  # free: its previous chunk's hashing was waited for
            size = source.readinto(buffer)
            if not size:
                break
            chunk = memoryview(buffer)[:size]
            if hashed:
                hashed.result()
            hashed = hasher.submit(digest.update, chunk)
            target.write(chunk)
            flusher.nudge()
    if hashed:
        hashed.result()
    return digest.hexdigest()


def _uncache(file: Path) -> None:
    """Drop a flushed file's pages from the OS cache where the OS allows (Linux): a backup is
    not read again soon, and its pages would crowd out the live database's."""
    if hasattr(os, "posix_fadvise"):
        with suppress(OSError):
            descriptor = os.open(file, os.O_RDONLY)
            try:
                os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(descriptor)


class _Flusher:
    """Flushes a file to disk on a helper thread while it is being written, so that the
    disk writes while the CPU hashes. On leaving without an error everything written is on
    disk; a failed flush raises its OSError in the writing thread."""

    def __init__(self, raw: BinaryIO):
        self.raw = raw
        self.thread = ThreadPoolExecutor(1, thread_name_prefix="flush")
        self.flushing: Future | None = None
        self.flushed_to = 0

    def __enter__(self) -> "_Flusher":
        return self

    def nudge(self) -> None:
        """Start a flush if FLUSH_STEP bytes are new and no flush is running."""
        idle = self.flushing is None or self.flushing.done()
        if idle and self.raw.tell() - self.flushed_to >= FLUSH_STEP:
            self.start()

    def start(self) -> None:
        """Start flushing everything written so far (after the running flush, if any)."""
        self._wait()
        self.raw.flush()
        self.flushed_to = self.raw.tell()
        self.flushing = self.thread.submit(os.fsync, self.raw.fileno())

    def __exit__(self, kind, error, trace) -> None:
        try:
            if kind is None:
                if self.flushing is None or self.raw.tell() > self.flushed_to:
                    self.start()
                self._wait()
        finally:
            self.thread.shutdown()  # a flush still running after a failure is waited for

    def _wait(self) -> None:
        if self.flushing:
            flushing, self.flushing = self.flushing, None
            flushing.result()


# --- checking ----------------------------------------------------------------------------------


def check_written(file: Path, expected: Manifest) -> None:
    """Read a just-written file back: the manifest as intended, every member present and
    whole, each matching the CRC-32 the zip recorded while writing it (the SHA-256s came
    from the same bytes; the snapshot is checked on its own). OSError, or BackupInvalid
    saying what differs."""
    try:
        with zipfile.ZipFile(file) as zf:
            if _manifest(zf, file) != expected:
                raise BackupInvalid("manifesnya berbeda")
            _check_complete(zf, expected, file)
            damaged = zf.testzip()
    except (zipfile.BadZipFile, EOFError) as exc:
        raise BackupInvalid(str(exc)) from exc
    if damaged:
        raise BackupInvalid(f"isi {damaged} berubah")


def verify_backup(file: Path) -> Manifest:
    """Check a backup without restoring it: manifest, every member's SHA-256, the snapshot's
    full integrity check and row counts. BackupInvalid with the reason otherwise."""
    if not file.is_file():
        raise BackupInvalid(f"Berkas cadangan {file} tidak ditemukan.")
    try:
        with zipfile.ZipFile(file) as zf:
            manifest = _manifest(zf, file)
            _check_complete(zf, manifest, file)
            for name, digest in manifest.members.items():
                if _digest(zf, name) != digest:
                    raise BackupInvalid(
                        f"Checksum {name} dalam cadangan {file.name} tidak cocok; cadangan ini rusak."
                    )
            with tempfile.TemporaryDirectory(prefix="monev-periksa-") as work:
                snapshot = Path(zf.extract(SNAPSHOT, work))
                problem = integrity_problem(snapshot)
                if problem:
                    raise BackupInvalid(f"Basis data dalam cadangan {file.name} rusak ({problem}).")
                if table_counts(snapshot) != manifest.tables:
                    raise BackupInvalid(
                        f"Jumlah baris dalam cadangan {file.name} tidak cocok dengan manifesnya."
                    )
    except (zipfile.BadZipFile, EOFError, OSError) as exc:
        raise BackupInvalid(
            f"Berkas {file.name} rusak atau terpotong ({exc}); pakai cadangan lain."
        ) from exc
    return manifest


def _manifest(zf: zipfile.ZipFile, file: Path) -> Manifest:
    try:
        data = json.loads(zf.read(MANIFEST))
        manifest = Manifest(**data)
    except (KeyError, ValueError, TypeError):
        raise BackupInvalid(
            f"Berkas {file.name} bukan cadangan aplikasi Monev Kerja Sama Daerah."
        ) from None
    if manifest.app != APP_ID:
        raise BackupInvalid(f"Berkas {file.name} bukan cadangan aplikasi Monev Kerja Sama Daerah.")
    if manifest.schema > known_schema():
        raise BackupInvalid(
            f"Cadangan {file.name} dibuat oleh versi aplikasi yang lebih baru (skema {manifest.schema}); "
            "perbarui aplikasi ini dulu."
        )
    return manifest


def _check_complete(zf: zipfile.ZipFile, manifest: Manifest, file: Path) -> None:
    if set(zf.namelist()) != {*manifest.members, MANIFEST}:
        raise BackupInvalid(f"Isi cadangan {file.name} tidak lengkap; berkas ini rusak.")


def _digest(zf: zipfile.ZipFile, name: str) -> str:
    digest = hashlib.sha256()
    with zf.open(name) as member:
        while chunk := member.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


# --- restoring ---------------------------------------------------------------------------------


def extract_archive(zf: zipfile.ZipFile, archive: Path) -> None:
    """Replace the `archive` folder with the backup's, unpacked beside it first."""
    staging = archive.with_name(f".{archive.name}.pulih")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    for name in zf.namelist():
        if name.startswith(ARCHIVE) and not name.endswith("/"):
            relative = Path(name.removeprefix(ARCHIVE))
            if ".." in relative.parts or relative.is_absolute():
                raise BackupInvalid(f"Cadangan memuat nama berkas yang tidak aman: {name}.")
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(name) as member, open(target, "wb") as out:
                shutil.copyfileobj(member, out, CHUNK)
    if archive.exists():
        shutil.rmtree(archive)
    staging.rename(archive)
