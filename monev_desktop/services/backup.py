"""Backups on the shared drive: one verified zip per backup; verify; keep the last N (restoring
one is services.restore).

A backup holds a consistent snapshot of the database (always an SQLite file, whatever the
live database is), the document archive, and a manifest with the app and schema version,
the time, row counts per table and the SHA-256 of every member. It is written under a
temporary name in the target folder, flushed, verified, then renamed: a half-written
backup never carries a finished backup's name. Older backups are deleted only after the
new one verified.
"""

import json
import logging
import os
import tempfile
from pathlib import Path

from monev_desktop.db.connection import is_postgres
from monev_desktop.db.snapshot import (
    SnapshotDamaged,
    consistent_snapshot,
)
from monev_desktop.documents.archive import sync_folder
from monev_desktop.domain.errors import MonevError
from monev_desktop.services.backup_file import (
    BackupInvalid,
    Manifest,
    verify_backup,
    write_backup,
)
from monev_desktop.services.context import ServiceContext
from monev_desktop.services.documents import DocumentService
from monev_desktop.services.folders import folder_problem
from monev_desktop.services.settings import SettingsService

log = logging.getLogger(__name__)
PREFIX, SUFFIX = "monev-cadangan-", ".zip"
STATE_FILE = "cadangan.json"


class BackupError(MonevError):
    """A backup could not be written; the message names the folder and the cause."""


class BackupService:
    def __init__(self, ctx: ServiceContext, settings: SettingsService, documents: DocumentService):
        self.ctx, self.settings, self.documents = ctx, settings, documents

    # --- backing up ------------------------------------------------------------------------

    def default_folder(self) -> Path | None:
        configured = self.settings.get("folder_cadangan")
        return Path(configured) if configured else None

    def create(self, folder: Path | None = None) -> Path:
        """Write a verified backup into `folder` (default: the configured one); its path.

        Raises BackupError naming the folder and the cause; the live data is never touched.
        """
        folder = folder or self.default_folder()
        if folder is None:
            raise BackupError("Folder cadangan belum diatur; pilih foldernya di Pengaturan.")
        if not folder.is_dir():
            raise BackupError(
                f"Folder cadangan {folder} tidak ditemukan atau tidak dapat dijangkau. "
                "Periksa drive bersama atau pilih folder lain."
            )
        stamp = self.ctx.now().strftime("%Y%m%d-%H%M%S")
        final = unique_name(folder / f"{PREFIX}{stamp}{SUFFIX}")
        temporary = folder / f".{final.name}.tmp"
        with (
            tempfile.TemporaryDirectory(prefix="monev-cadangan-") as work,
            consistent_snapshot(self.ctx.db, Path(work)) as snapshot,
        ):
            try:
                write_backup(
                    temporary,
                    snapshot,
                    self.documents.archive_dir(),
                    created=self.ctx.now().isoformat(timespec="seconds"),
                    source="postgresql" if is_postgres(self.ctx.db) else "sqlite",
                )
                os.replace(temporary, final)
                sync_folder(folder)
            except SnapshotDamaged as exc:
                _discard(temporary)
                raise BackupError(
                    f"Basis data yang berjalan rusak ({exc}); cadangan tidak dibuat. "
                    "Hubungi pengelola aplikasi dan jangan menimpa cadangan yang lama."
                ) from exc
            except OSError as exc:
                _discard(temporary)
                raise BackupError(folder_problem("Folder cadangan", folder, exc)) from exc
            except BackupInvalid as exc:  # written, but not read back as written
                _discard(temporary)
                raise BackupError(
                    f"Cadangan yang ditulis ke {folder} tidak terbaca kembali utuh ({exc}), "
                    "jadi dibuang. Periksa drive bersama, lalu coba lagi."
                ) from exc
            except BaseException:
                _discard(temporary)
                raise
        self.prune(folder, int(self.settings.get("jumlah_cadangan")))
        self._remember(ok=True, path=final, folder=folder)
        return final

    def clean_leftovers(self) -> int:
        """Delete temporary files an interrupted backup left in the configured folder."""
        folder = self.default_folder()
        if folder is None or not folder.is_dir():
            return 0
        leftovers = list(folder.glob(f".{PREFIX}*{SUFFIX}.tmp"))
        for path in leftovers:
            path.unlink(missing_ok=True)
        return len(leftovers)

    def backups(self, folder: Path) -> list[Path]:
        """This app's finished backups in `folder`, newest first."""
        return sorted(folder.glob(f"{PREFIX}*{SUFFIX}"), reverse=True)

    def prune(self, folder: Path, keep: int) -> list[Path]:
        """Delete all but the newest `keep` backups; returns the deleted paths."""
        removed = self.backups(folder)[keep:]
        for path in removed:
            path.unlink(missing_ok=True)
        return removed

    # --- checking --------------------------------------------------------------------------

    def verify(self, file: Path) -> Manifest:
        """Check a backup without restoring it; BackupInvalid with the reason otherwise."""
        return verify_backup(file)

    # --- automatic backups ---------------------------------------------------------------

    def state(self) -> dict:
        """The last automatic or manual backup's outcome, kept beside the local data."""
        path = self.ctx.data_dir / STATE_FILE
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def due_today(self) -> bool:
        """An automatic backup is due: a folder is set and none succeeded today."""
        last = self.state().get("last_ok", "")
        return self.default_folder() is not None and not last.startswith(
            self.ctx.now().date().isoformat()
        )

    def automatic(self) -> Path | None:
        """The automatic backup (on exit, at most once a day); a failure is remembered, not
        raised, and shown at the next start by whoever reads `state()`."""
        if not self.due_today():
            return None
        try:
            return self.create()
        except MonevError as exc:
            self._remember(ok=False, error=str(exc), folder=self.default_folder())
            return None

    def _remember(
        self, *, ok: bool, folder: Path | None, path: Path | None = None, error: str = ""
    ) -> None:
        state = self.state()
        now = self.ctx.now().isoformat(timespec="seconds")
        state.update({"folder": str(folder or ""), "last_attempt": now, "last_error": error})
        if ok:
            state.update({"last_ok": now, "last_path": str(path)})
        target = self.ctx.data_dir / STATE_FILE
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(".tmp")
        temporary.write_text(json.dumps(state, indent=1), encoding="utf-8")
        os.replace(temporary, target)


def newest_sound_backup(data_dir: Path) -> Path | None:
    """The newest backup that verifies, in the folder the last backup went to (read from the
    state file beside the local data, so it works when the database itself is damaged)."""
    try:
        folder = Path(json.loads((data_dir / STATE_FILE).read_text(encoding="utf-8"))["folder"])
    except (OSError, ValueError, KeyError):
        return None
    for candidate in (
        sorted(folder.glob(f"{PREFIX}*{SUFFIX}"), reverse=True) if folder.is_dir() else ()
    ):
        try:
            verify_backup(candidate)
        except BackupInvalid:
            continue
        return candidate
    return None


def _discard(path: Path) -> None:
    """Remove a half-written file if the folder lets us (a read-only one holds none)."""
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def unique_name(path: Path) -> Path:
    candidate, n = path, 1
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate
