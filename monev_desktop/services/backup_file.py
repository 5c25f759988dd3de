"""The backup file: one zip holding a database snapshot, the document archive and a manifest.

The manifest names the app and schema version, the time, the row counts per table and the
SHA-256 of every member. `write_backup` writes such a file, flushes it to disk and reads it
back, using both cores (the snapshot's check, the reading back with the hashing and the
flushing run beside the writing); `verify_backup` checks any file as thoroughly as a restore
needs.
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
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import BinaryIO

from monev_desktop import __version__
from monev_desktop.db.schema import MIGRATIONS
from monev_desktop.db.snapshot import Snapshot, integrity_problem, table_counts
from monev_desktop.documents.archive import seal, unseal_tree
from monev_desktop.domain.errors import MonevError

APP_ID = "monev-desktop"
MANIFEST = "manifest.json"
SNAPSHOT = "basis-data.sqlite3"
ARCHIVE = "arsip/"
CHUNK = 1 << 20
FLUSH_STEP = 16 << 20


class BackupInvalid(MonevError):
    """A file is not a sound backup of this app; the message says why."""


class ArchiveInUse(MonevError):
    """The archive folder could not be moved (on Windows, a file in it is open); nothing
    was changed."""


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
    """Write the backup of `snapshot` and the `archive` folder at `file`, each member read
    back as it is written, flushed to disk, its directory read back (`check_written`), while
    the snapshot passes its quick_check on a thread of its own; its manifest.
    SnapshotDamaged when the snapshot fails its check (whatever else failed), otherwise
    OSError or BackupInvalid when the writing fails."""
    described = Manifest(
        app=APP_ID,
        app_version=__version__,
        schema=snapshot.schema(),
        created=created,
        source=source,
        tables=snapshot.tables(),
        members={},
    )
    with ThreadPoolExecutor(1, thread_name_prefix="quick-check") as checker:
        checking = checker.submit(snapshot.check)  # the snapshot's only reader from here on
        try:
            return _write(file, snapshot.path, archive, described)
        finally:
            checking.result()


def _write(file: Path, database: Path, archive: Path, described: Manifest) -> Manifest:
    """Write, flush and read back the zip of `database` and `archive`; `described` with the
    members' SHA-256s is its manifest."""
    with (
        open(file, "wb") as raw,
        _ReadBack(file) as back,
        _Flusher(raw) as flusher,
    ):
        with zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED, allowZip64=True) as zf:
            buffers = (bytearray(CHUNK), bytearray(CHUNK))
            members = {
                name: _add(zf, raw, name, path, buffers, back, flusher)
                for name, path in _members(database, archive)
            }
            manifest = replace(described, members=members)
            zf.writestr(MANIFEST, json.dumps(asdict(manifest), indent=1, ensure_ascii=False))
        flusher.start()  # the last flush runs while the zip's directory is read back
        check_written(file, manifest)
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
    raw: BinaryIO,
    name: str,
    path: Path,
    buffers: tuple[bytearray, bytearray],
    back: "_ReadBack",
    flusher: "_Flusher",
) -> str:
    """Store the file at `path` as member `name` of `zf` (written to `raw`), chunk by chunk
    through the two `buffers` by turns, each chunk read back by `back` as soon as it is in
    the file; the member's SHA-256. BackupInvalid when it does not read back as written."""
    with open(path, "rb", buffering=0) as source, zf.open(name, "w", force_zip64=True) as target:
        raw.flush()
        back.begin(name, raw.tell())
        for turn in itertools.count():
            buffer = buffers[turn % 2]  # free: the chunk read back against it was waited for
            size = source.readinto(buffer)
            if not size:
                break
            chunk = memoryview(buffer)[:size]
            target.write(chunk)
            raw.flush()
            back.written(chunk)
            flusher.nudge()
    return back.end()


class _ReadBack:
    """Reads each member back from the file being written, chunk by chunk as the chunks
    reach the file, on a thread of its own: every chunk must equal the bytes written, and
    the SHA-256 is computed from what the file holds (reading, comparing and hashlib release
    the GIL: this runs on the other core while the next chunk is written)."""

    def __init__(self, file: Path):
        self.handle = open(file, "rb", buffering=0)
        self.thread = ThreadPoolExecutor(1, thread_name_prefix="read-back")
        self.buffer = bytearray(CHUNK)
        self.reading: Future | None = None

    def __enter__(self) -> "_ReadBack":
        return self

    def __exit__(self, kind, error, trace) -> None:
        self.thread.shutdown()
        self.handle.close()

    def begin(self, name: str, start: int) -> None:
        """Begin the member `name`, whose data starts at byte `start` of the file."""
        self._wait()
        self.name, self.offset, self.digest = name, start, hashlib.sha256()

    def written(self, chunk: memoryview) -> None:
        """Read back the member's next bytes, now in the file, against `chunk` (at most
        CHUNK bytes, left untouched until the next call)."""
        self._wait()
        self.reading = self.thread.submit(self._read, self.offset, chunk)
        self.offset += len(chunk)

    def end(self) -> str:
        """The member's SHA-256, once all of it read back as written."""
        self._wait()
        return self.digest.hexdigest()

    def _read(self, offset: int, written: memoryview) -> None:
        held = self.buffer if len(written) == CHUNK else bytearray(len(written))
        self.handle.seek(offset)
        if self.handle.readinto(held) != len(written) or held != written:
            raise BackupInvalid(f"isi {self.name} berubah")
        self.digest.update(held)

    def _wait(self) -> None:
        if self.reading:
            reading, self.reading = self.reading, None
            reading.result()


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
    """Read a just-written file's directory back (its members' bytes were read back as they
    were written): the manifest as intended, every member present, each member's local
    header where the directory says. OSError, or BackupInvalid saying what differs."""
    try:
        with zipfile.ZipFile(file) as zf:
            if _manifest(zf, file) != expected:
                raise BackupInvalid("manifesnya berbeda")
            _check_complete(zf, expected, file)
            for name in expected.members:
                zf.open(name).close()  # reads and checks the member's local header
    except (zipfile.BadZipFile, EOFError) as exc:
        raise BackupInvalid(str(exc)) from exc


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


@contextmanager
def archive_replaced(zf: zipfile.ZipFile, archive: Path, previous: Path) -> Iterator[None]:
    """The backup's archive in place of `archive` while the block runs, the current one
    renamed to `previous` (beside it, so both moves are renames). When the block raises, the
    current archive is put back as it was and the backup's is deleted again."""
    staging = _unpacked_beside(zf, archive)
    had_archive = archive.exists()
    try:
        if had_archive:
            archive.rename(previous)
        staging.rename(archive)
    except OSError as error:
        if had_archive and previous.exists() and not archive.exists():
            previous.rename(archive)
        _delete_tree(staging)
        raise ArchiveInUse(
            f"Arsip dokumen {archive} tidak dapat diganti ({error.strerror or error}); data "
            "tidak diubah. Tutup dokumen arsip yang sedang terbuka, lalu coba lagi."
        ) from error
    try:
        yield
    except BaseException:
        archive_put_back(archive, previous, had_archive)
        raise


def archive_put_back(archive: Path, previous: Path, had_archive: bool) -> None:
    """Undo `archive_replaced`: the backup's archive deleted, the one it replaced renamed back
    from `previous`. Safe to repeat when a crash cut it short."""
    _delete_tree(_staging(archive))
    if had_archive and not previous.exists():
        return  # already put back
    _delete_tree(archive)
    if had_archive:
        previous.rename(archive)


def _unpacked_beside(zf: zipfile.ZipFile, archive: Path) -> Path:
    """The backup's archive unpacked into a folder beside `archive`, its files sealed as
    issued files are."""
    staging = _staging(archive)
    _delete_tree(staging)  # left by a restore that did not finish
    staging.mkdir(parents=True)
    try:
        for name in zf.namelist():
            if name.startswith(ARCHIVE) and not name.endswith("/"):
                relative = Path(name.removeprefix(ARCHIVE))
                if ".." in relative.parts or relative.is_absolute():
                    raise BackupInvalid(f"Cadangan memuat nama berkas yang tidak aman: {name}.")
                target = staging / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(name) as member, open(target, "wb") as out:
                    shutil.copyfileobj(member, out, CHUNK)
                seal(target)
    except BaseException:
        _delete_tree(staging)
        raise
    return staging


def _staging(archive: Path) -> Path:
    return archive.with_name(f".{archive.name}.pulih")


def _delete_tree(folder: Path) -> None:
    if folder.exists():
        unseal_tree(folder)
        shutil.rmtree(folder)
