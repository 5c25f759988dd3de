"""Restoring a backup: the database and the archive replaced together, or neither.

The backup's archive is unpacked beside the current one and renamed into place around the
load of its data (`archive_replaced`); the current data and archive are kept in
`sebelum-pulih/<time>/`. The restore's history row is written into the backup's data, so it
lands in the same transaction as they do, carrying the token of a journal kept beside the
local data meanwhile: at the next start, a restore a crash cut short is finished when its row
is there and undone when it is not (`finish_interrupted`).
"""

import logging
import shutil
import tempfile
import uuid
import zipfile
from pathlib import Path

from peewee import Database

from monev_desktop.db.models import Riwayat
from monev_desktop.db.snapshot import load_snapshot, take_snapshot
from monev_desktop.documents.archive import unseal_tree
from monev_desktop.domain.roles import Role
from monev_desktop.services.backup import unique_name
from monev_desktop.services.backup_file import (
    SNAPSHOT,
    ArchiveInUse,
    Manifest,
    archive_put_back,
    archive_replaced,
    verify_backup,
)
from monev_desktop.services.context import ServiceContext
from monev_desktop.services.documents import DocumentService
from monev_desktop.services.dto import UserSession
from monev_desktop.services.history import record, refusals_recorded
from monev_desktop.services.permissions import authorize_role
from monev_desktop.services.restore_journal import RestoreJournal

log = logging.getLogger(__name__)
ACTION = "pulihkan_cadangan"
INTERRUPTED = "pemulihan_terputus"  # what the next start did about a restore cut short


class RestoreService:
    def __init__(self, ctx: ServiceContext, documents: DocumentService):
        self.ctx = ctx
        self.documents = documents

    def run(self, session: UserSession | None, file: Path) -> Manifest:
        """Replace the database and archive with a verified backup's (admin only from the
        GUI; `session` None means the command line); the current ones are kept aside.

        The session's account may not be in the backup: from now on the restored data's
        accounts apply, so the GUI asks for a new login.
        """
        with refusals_recorded(self.ctx, session, ACTION, "cadangan", None):
            if session is not None:
                authorize_role(session, Role.ADMIN, self.ctx.now().date(), "memulihkan cadangan")
        manifest = verify_backup(file)
        stamp = self.ctx.now().strftime("%Y%m%d-%H%M%S")
        archive = self.documents.archive_dir()
        journal = RestoreJournal(
            token=uuid.uuid4().hex,
            file=str(file),
            archive=archive,
            previous=unique_name(archive.with_name(f"{archive.name}-sebelum-pulih-{stamp}")),
            had_archive=archive.exists(),
            aside=unique_name(self.ctx.data_dir / "sebelum-pulih" / stamp),
        )
        journal.aside.mkdir(parents=True)
        try:
            with (
                tempfile.TemporaryDirectory(prefix="monev-pulih-") as work,
                zipfile.ZipFile(file) as zf,
            ):
                snapshot = Path(zf.extract(SNAPSHOT, work))
                take_snapshot(self.ctx.db, journal.aside / SNAPSHOT)
                journal.write(self.ctx.data_dir)  # from here a crash is seen at the next start
                with archive_replaced(zf, archive, journal.previous):
                    load_snapshot(
                        self.ctx.db,
                        snapshot,
                        lambda restored: self._record(restored, session, journal, manifest),
                    )
        except BaseException:
            shutil.rmtree(journal.aside)  # nothing was replaced
            if not (journal.had_archive and journal.previous.exists()):
                RestoreJournal.remove(self.ctx.data_dir)  # else the next start puts it back
            raise
        self._settle(journal)
        return manifest

    def finish_interrupted(self) -> bool | None:
        """Finish the restore a crash cut short after it replaced the data (True), or undo it
        when it had not (False): the archive put back, the copy of the unchanged data
        dropped. Either is recorded, for the administrators' next login. None when no restore
        was cut short. ArchiveInUse when the archive cannot be put back yet; the next start
        tries again."""
        journal = RestoreJournal.read(self.ctx.data_dir)
        if journal is None:
            return None
        if _landed(journal.token):
            log.warning("finishing the restore from %s a crash interrupted", journal.file)
            self._settle(journal)
            self._record_interrupted(
                journal, "data sudah diganti; pemulihan diselesaikan saat aplikasi dibuka"
            )
            return True
        log.warning("undoing the restore from %s a crash interrupted", journal.file)
        try:
            archive_put_back(journal.archive, journal.previous, journal.had_archive)
        except OSError as error:  # tried again at the next start
            raise ArchiveInUse(
                "Pemulihan cadangan yang terputus belum dapat dibatalkan: arsip dokumen "
                f"{journal.previous} tidak dapat dikembalikan ke {journal.archive} "
                f"({error.strerror or error}). Tutup dokumen arsip yang sedang terbuka, lalu "
                "buka aplikasi lagi."
            ) from error
        shutil.rmtree(journal.aside, ignore_errors=True)
        self._record_interrupted(
            journal,
            "data belum diganti; data dan arsip tetap seperti sebelum pemulihan. Pulihkan "
            "lagi bila masih diperlukan",
        )
        RestoreJournal.remove(self.ctx.data_dir)
        return False

    def _record_interrupted(self, journal: RestoreJournal, outcome: str) -> None:
        """The history row an administrator is told about at their next login."""
        self._note(
            INTERRUPTED,
            f"Pemulihan dari {journal.file} terputus: {outcome}.",
            after={"berkas": journal.file},
        )

    def _note(self, action: str, message: str, after: dict | None = None) -> None:
        """A history row about a restore, with no one as its author: written by the start, or
        by the restore once its data landed."""
        with self.ctx.transaction():
            record(self.ctx, None, action, "cadangan", None, after=after, message=message)

    def _record(
        self,
        restored: Database,
        session: UserSession | None,
        journal: RestoreJournal,
        manifest: Manifest,
    ) -> None:
        """The restore's history row, written into the backup's data before they are loaded.
        It names the restoring account by id only where the backup holds that same account
        (an account made after the backup is named in the message instead)."""
        same_account = session is not None and (
            restored.execute_sql(
                "SELECT 1 FROM pegawai WHERE id = ? AND username = ?",
                (session.user_id, session.username),
            ).fetchone()
            is not None
        )
        by = "" if session is None or same_account else f"oleh {session.describe()}; "
        kept = f"; arsip sebelumnya di {journal.aside / 'arsip'}" if journal.had_archive else ""
        restored.execute(
            Riwayat.insert(
                waktu=self.ctx.now(),
                pelaku=session.user_id if same_account else None,
                aksi=ACTION,
                entitas="cadangan",
                sesudah={
                    "berkas": journal.file,
                    "dibuat": manifest.created,
                    "skema": manifest.schema,
                    "pemulihan": journal.token,
                },
                pesan=f"{by}data sebelumnya disimpan di {journal.aside}{kept}",
            )
        )

    def _settle(self, journal: RestoreJournal) -> None:
        """Once the data were replaced: the replaced archive moved beside the data it went
        with (when that fails it stays where it is, which is recorded); the journal removed."""
        if _keep_aside(journal.previous, journal.aside / "arsip") == journal.previous:
            self._note(
                ACTION, f"arsip sebelumnya tidak dapat dipindahkan; tetap di {journal.previous}"
            )
        RestoreJournal.remove(self.ctx.data_dir)


def _keep_aside(previous: Path, target: Path) -> Path | None:
    """Move the archive a restore replaced to `target` (or a free name beside it, when a move
    a crash cut short left one there); None when there was none. Returns where it is, which
    is `previous` when the move failed (the restore itself is done, so that is told, not
    raised)."""
    if not previous.exists():
        return None
    target = unique_name(target)
    try:
        unseal_tree(previous)  # a move to another drive deletes what it copied
        shutil.move(str(previous), str(target))
    except OSError:
        log.warning("the replaced archive stays at %s", previous, exc_info=True)
        return previous
    return target


def _landed(token: str) -> bool:
    """The restore with this token replaced the data: its history row is there (restores are
    few, so their rows are read whole)."""
    restores = Riwayat.select(Riwayat.sesudah).where(Riwayat.aksi == ACTION)
    return any((r.sesudah or {}).get("pemulihan") == token for r in restores)
