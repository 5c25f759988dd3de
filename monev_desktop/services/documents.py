"""Official documents: fill a step's templates from the cycle's records, number, archive.

Every template of a step is checked before anything is written. A step's documents (a batch
of letters too) are issued in one transaction: numbers taken, files written atomically,
records and history inserted; a failure undoes them all (the numbers too) and deletes the
files already written. Regenerating keeps the number and adds a version; old versions stay
in the archive, sealed (read-only) and checked against their SHA-256 whenever they are
opened, converted or printed.
"""

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from itertools import groupby
from pathlib import Path

from peewee import JOIN

from monev_desktop.db.models import Dokumen, Pegawai, Tugas
from monev_desktop.documents.archive import discard, remove_leftovers, safe_name, write_atomic
from monev_desktop.documents.page import PageSetup
from monev_desktop.documents.pdf import PDFS_PER_RUN, convert_all_to_pdf, find_libreoffice
from monev_desktop.documents.printing import print_documents
from monev_desktop.documents.render import check_template, file_sha256, render_docx
from monev_desktop.domain.documents import KINDS
from monev_desktop.domain.errors import MonevError, NotFound, ValidationError
from monev_desktop.domain.numbering import format_number
from monev_desktop.domain.progress import Progress, no_progress
from monev_desktop.domain.roles import Role
from monev_desktop.domain.tasks import CycleStatus, TaskStatus
from monev_desktop.services.calendar import CalendarService
from monev_desktop.services.context import ServiceContext
from monev_desktop.services.cycle_records import load_cycle
from monev_desktop.services.document_context import (
    CITES_KEPWAL,
    DocumentDraft,
    Sources,
    drafts_for,
)
from monev_desktop.services.dto import UserSession
from monev_desktop.services.folders import FolderUnwritable, folder_problem
from monev_desktop.services.history import record, refusals_recorded, snapshot
from monev_desktop.services.numbering import LetterNumbers
from monev_desktop.services.permissions import authorize_any
from monev_desktop.services.resources import template_dirs
from monev_desktop.services.settings import SettingsService

CONTROL_SHEET = "lembar_kendali.docx"
log = logging.getLogger(__name__)


class DocumentChanged(MonevError):
    """An archived file is no longer the one issued (changed outside the app)."""


@dataclass(frozen=True)
class DraftDocument:
    """A document rendered for review only: no number taken, nothing archived or recorded."""

    title: str  # its name, and for a batch which one of how many it is
    path: Path


@dataclass(frozen=True)
class IssuedDocument:
    id: int
    cycle_id: int | None
    step: int | None
    kind: str
    title: str
    key: str
    number: str
    version: int
    path: Path
    sha256: str
    created_by: str
    created: datetime


def newest_versions(documents: Sequence[IssuedDocument]) -> list[IssuedDocument]:
    """The newest version of each document (kind and key) of `documents`, oldest first."""
    newest = {(d.kind, d.key): d for d in sorted(documents, key=lambda d: d.version)}
    return sorted(newest.values(), key=lambda d: d.id)


class DocumentService:
    def __init__(self, ctx: ServiceContext, settings: SettingsService, calendar: CalendarService):
        self.ctx, self.settings, self.calendar = ctx, settings, calendar
        self.numbers = LetterNumbers(ctx, settings)

    # --- where things are ------------------------------------------------------------------

    def archive_dir(self) -> Path:
        configured = self.settings.get("folder_arsip")
        return Path(configured) if configured else self.ctx.data_dir / "arsip"

    def template_path(self, template: str) -> Path:
        """The office's edited copy of `template` if there is one, else the shipped file."""
        office = self.settings.get("folder_templat")
        for folder in template_dirs(Path(office) if office else None):
            candidate = folder / template
            if candidate.is_file():
                return candidate
        raise NotFound(f"Templat {template} tidak ditemukan di folder templat.")

    def page_setup(self) -> PageSetup:
        s = self.settings.all()
        number = lambda key: float(str(s[key]).replace(",", "."))  # noqa: E731
        return PageSetup(
            paper=s["ukuran_kertas"],
            top_cm=number("margin_atas"),
            bottom_cm=number("margin_bawah"),
            left_cm=number("margin_kiri"),
            right_cm=number("margin_kanan"),
            font=s["huruf"],
            font_pt=number("ukuran_huruf"),
        )

    def clean_leftovers(self) -> int:
        """Delete temporary files a crash left in the archive; returns how many."""
        return remove_leftovers(self.archive_dir())

    # --- making documents ------------------------------------------------------------------

    def drafts(self, task_id: int) -> list[DocumentDraft]:
        """The documents a completed task produces, filled but not numbered or written."""
        return self._drafts_of(self._done_task(task_id))

    def generate(self, session: UserSession, task_id: int) -> list[IssuedDocument]:
        """Make (or make a new version of) every document of a completed step."""
        with refusals_recorded(self.ctx, session, "buat_dokumen", "tugas", task_id):
            task = self._done_task(task_id)
            if task.siklus.status == CycleStatus.STOPPED:
                raise ValidationError(
                    {
                        "dokumen": "Kegiatan ini sudah dihentikan; dokumen langkahnya tidak "
                        "dibuat lagi dan tidak ada nomor surat baru yang diambil."
                    }
                )
            authorize_any(
                session,
                (Role(task.peran), Role.KABAG, Role.KETUA_TIM),
                self.ctx.now().date(),
                "membuat dokumen langkah ini",
            )
        drafts = self.drafts(task_id)
        for d in drafts:
            check_template(self.template_path(d.kind.template), {*d.context, "nomor"})
        with self._issuing() as written:
            return [self._issue(session, task.siklus_id, task, d, written) for d in drafts]

    def generate_control_sheet(self, session: UserSession, cycle_id: int) -> IssuedDocument:
        """The SOP's Lembar Kendali of a cycle as it stands now (a new version each time)."""
        with refusals_recorded(self.ctx, session, "buat_dokumen", "siklus", cycle_id):
            authorize_any(
                session,
                (Role.KABAG, Role.KETUA_TIM, Role.ANALIS, Role.ADMIN),
                self.ctx.now().date(),
                "membuat lembar kendali",
            )
        (draft,) = drafts_for(CONTROL_SHEET, self._sources(cycle_id))
        check_template(self.template_path(CONTROL_SHEET), {*draft.context, "nomor"})
        with self._issuing() as written:
            return self._issue(session, cycle_id, None, draft, written)

    def documents(self, cycle_id: int) -> list[IssuedDocument]:
        """Every archived document of a cycle, all versions, oldest first."""
        rows = (
            Dokumen.select(Dokumen, Pegawai.nama.alias("by_name"), Tugas.langkah.alias("step"))
            .join(Pegawai, on=(Dokumen.dibuat_oleh == Pegawai.id))
            .switch(Dokumen)
            .join(Tugas, JOIN.LEFT_OUTER, on=(Dokumen.tugas == Tugas.id))
            .where(Dokumen.siklus == cycle_id)
            .order_by(Dokumen.id)
            .objects()
        )
        return [self._issued(r, r.by_name, r.step) for r in rows]

    def citing_kepwal(self, cycle_id: int) -> list[IssuedDocument]:
        """The newest version of each of the cycle's documents whose text cites its Kepwal
        TKKSD, oldest first."""
        return [d for d in newest_versions(self.documents(cycle_id)) if d.kind in CITES_KEPWAL]

    def can_pdf(self) -> bool:
        """PDFs can be made on this computer (LibreOffice is installed)."""
        return find_libreoffice() is not None

    def file_of(self, document: IssuedDocument | DraftDocument) -> Path:
        """`document`'s file, there to be opened, and for an issued one still the file that
        was issued (its SHA-256). NotFound saying where it was looked for (an archive folder
        on a shared drive that is not connected), or DocumentChanged, otherwise."""
        if not document.path.is_file():
            raise NotFound(
                f"Berkas {document.title} tidak ditemukan di {document.path}. Periksa bahwa "
                "folder arsip dapat dibuka dari komputer ini (drive bersama tersambung); bila "
                "berkasnya hilang, pulihkan dari cadangan atau buat dokumennya ulang."
            )
        if isinstance(document, IssuedDocument) and file_sha256(document.path) != document.sha256:
            log.warning("archive file %s differs from the one issued", document.path)
            raise DocumentChanged(
                f"Berkas {document.title} versi {document.version} di arsip telah diubah di luar "
                "aplikasi dan tidak sama lagi dengan yang diterbitkan, jadi tidak dibuka atau "
                "dicetak. Buat dokumennya ulang dari langkahnya (versi baru), atau pulihkan "
                f"dari cadangan. Berkasnya: {document.path}"
            )
        return document.path

    def export_pdf(
        self,
        documents: Sequence[IssuedDocument | DraftDocument],
        out_dir: Path,
        progress: Progress = no_progress,
    ) -> list[Path]:
        """PDFs of `documents` in `out_dir`, in their order (LibreOffice; PdfUnavailable
        otherwise), `PDFS_PER_RUN` to a run, `progress` told before each run. Every file is
        checked (`file_of`) before the first is converted."""
        files = [self.file_of(d) for d in documents]
        out_dir.mkdir(parents=True, exist_ok=True)
        pdfs: list[Path] = []
        for start in range(0, len(files), PDFS_PER_RUN):
            progress(start, len(files), f"Membuat PDF ({start + 1} dari {len(files)})…")
            pdfs += convert_all_to_pdf(files[start : start + PDFS_PER_RUN], out_dir)
        progress(len(files), len(files), "")
        return pdfs

    def print(self, documents: Sequence[IssuedDocument], progress: Progress = no_progress) -> int:
        """Send archived documents to the default printer, one job each (`print_documents`:
        PrintFailed or PdfUnavailable saying what to do); how many were sent. Every file is
        checked (`file_of`) before the first is sent."""
        print_documents([(self.file_of(d), f"{d.title} v{d.version}") for d in documents], progress)
        return len(documents)

    def render_drafts(self, task_id: int, out_dir: Path) -> list[DraftDocument]:
        """A completed task's documents rendered into `out_dir` for review, the first of a
        batch standing for all, each with the number it would bear (`_preview_number`)."""
        task = self._done_task(task_id)
        return [
            self._render_first(batch, self._preview_number(task.siklus_id, batch[0]), out_dir)
            for batch in _batches(self._drafts_of(task))
        ]

    def render_samples(self, cycle_id: int, out_dir: Path) -> list[Path]:
        """Render every template of the process from a cycle into `out_dir`, for review.

        Takes no number and records nothing: a document not yet issued shows a sample number.
        """
        sources = self._sources(cycle_id)
        written = []
        for step in sources.process.steps:
            if step.number not in sources.records.done:
                continue
            for template in step.templates:
                batch = drafts_for(template, sources)
                number = sources.records.numbers.get(batch[0].kind.code) or self._draft_number(
                    batch[0]
                )
                written.append(self._render_first(batch, number, out_dir).path)
        return written

    # --- internals -------------------------------------------------------------------------

    def _drafts_of(self, task: Tugas) -> list[DocumentDraft]:
        sources = self._sources(task.siklus_id)
        step = sources.process.step(task.langkah)
        return [d for template in step.templates for d in drafts_for(template, sources)]

    def _render_first(
        self, batch: list[DocumentDraft], number: str, out_dir: Path
    ) -> DraftDocument:
        """The first draft of a batch rendered as `out_dir`/<its template>."""
        first = batch[0]
        data = render_docx(
            self.template_path(first.kind.template),
            {**first.context, "nomor": number or "-"},
            self.page_setup(),
        )
        path = out_dir / first.kind.template
        write_atomic(path, data)
        title = first.label if len(batch) == 1 else f"{first.label} (1 dari {len(batch)})"
        return DraftDocument(title, path)

    def _preview_number(self, cycle_id: int, draft: DocumentDraft) -> str:
        """The number a draft would bear if issued now, taking none: the one typed in the
        form, else the one an earlier version of it took, else the pattern with "…"."""
        if not draft.kind.numbered:
            return ""
        previous = self._previous(cycle_id, draft)
        return draft.typed_number or (previous and previous.nomor) or self._draft_number(draft)

    def _previous(self, cycle_id: int, draft: DocumentDraft) -> Dokumen | None:
        """The latest version of `draft`'s document in the archive, if any."""
        return (
            Dokumen.select()
            .where(
                (Dokumen.siklus == cycle_id)
                & (Dokumen.jenis == draft.kind.code)
                & (Dokumen.kunci == draft.key)
            )
            .order_by(Dokumen.versi.desc())
            .first()
        )

    def _draft_number(self, draft: DocumentDraft) -> str:
        """The number a draft shows before it is issued: the pattern with "…" as serial."""
        if not draft.kind.numbered:
            return ""
        return format_number(
            self.numbers.rule(draft.kind), "…", self.settings.get("kode_unit"), draft.day
        )

    def _done_task(self, task_id: int) -> Tugas:
        task = Tugas.get_or_none(Tugas.id == task_id)
        if task is None:
            raise NotFound("Tugas tidak ditemukan.")
        if task.status != TaskStatus.DONE:
            raise ValidationError(
                {
                    "dokumen": "Dokumen dibuat dari data langkah yang sudah selesai; "
                    "selesaikan langkah ini dulu."
                }
            )
        return task

    def _sources(self, cycle_id: int) -> Sources:
        records = load_cycle(cycle_id)
        return Sources(
            records,
            self.settings.all(),
            self.ctx.process(records.cycle.proses),
            self.calendar.calendar(),
        )

    @contextmanager
    def _issuing(self) -> Iterator[list[Path]]:
        """The transaction of documents issued together: all or none. `_issue` lists each
        archive file it writes; they are deleted again if the transaction rolls back, so that
        no file lies in the archive without its record."""
        written: list[Path] = []
        try:
            with self.ctx.transaction():
                yield written
        except BaseException:
            for path in written:
                discard(path)
            raise

    def _issue(
        self,
        session: UserSession,
        cycle_id: int,
        task: Tugas | None,
        draft: DocumentDraft,
        written: list[Path],
    ) -> IssuedDocument:
        """Issue one document inside `_issuing`, adding its archive file to `written`."""
        template = self.template_path(draft.kind.template)
        previous = self._previous(cycle_id, draft)
        number = self._number(session, draft, previous)
        data = render_docx(template, {**draft.context, "nomor": number or "-"}, self.page_setup())
        version = previous.versi + 1 if previous else 1
        relative = (
            Path(str(draft.day.year))
            / f"siklus-{cycle_id}"
            / (
                f"{draft.kind.code}{'-' + safe_name(draft.key) if draft.key else ''}-v{version}.docx"
            )
        )
        archive = self.archive_dir()
        try:
            digest = write_atomic(archive / relative, data, sealed=True)
        except OSError as exc:  # the transaction rolls back: no number is taken
            raise FolderUnwritable(folder_problem("Folder arsip", archive, exc)) from exc
        written.append(archive / relative)
        row = Dokumen.create(
            siklus=cycle_id,
            tugas=task.id if task else None,
            jenis=draft.kind.code,
            kunci=draft.key,
            judul=draft.label,
            nomor=number,
            versi=version,
            path=relative.as_posix(),
            sha256=digest,
            template_sha256=file_sha256(template),
            dibuat_oleh=session.user_id,
            dibuat=self.ctx.now(),
        )
        record(self.ctx, session, "buat_dokumen", "dokumen", row.id, after=snapshot(row))
        return self._issued(row, session.name, task.langkah if task else None)

    def _number(self, session: UserSession, draft: DocumentDraft, previous: Dokumen | None) -> str:
        if not draft.kind.numbered:
            return ""
        if draft.typed_number:
            if previous and previous.nomor == draft.typed_number:
                return previous.nomor
            return self.numbers.record_typed(session, draft.kind, draft.typed_number, draft.day)
        if previous and previous.nomor:
            return previous.nomor
        return self.numbers.take(session, draft.kind, draft.day)

    def _issued(self, row: Dokumen, by: str, step: int | None) -> IssuedDocument:
        kind = KINDS[f"{row.jenis}.docx"]
        return IssuedDocument(
            id=row.id,
            cycle_id=row.siklus_id,
            step=step,
            kind=row.jenis,
            title=row.judul or kind.title + (f" — {row.kunci}" if row.kunci else ""),
            key=row.kunci,
            number=row.nomor,
            version=row.versi,
            path=self.archive_dir() / row.path,
            sha256=row.sha256,
            created_by=by,
            created=row.dibuat,
        )


def _batches(drafts: list[DocumentDraft]) -> list[list[DocumentDraft]]:
    """Drafts grouped by template, in order (a step's batch of letters is one group)."""
    return [list(batch) for _, batch in groupby(drafts, key=lambda d: d.kind.template)]
