"""The window of one task: what the SOP asks, the step's form, its documents, its actions."""

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QListWidgetItem, QMessageBox, QWidget

from monev_desktop.domain.dates import format_datetime
from monev_desktop.domain.documents import KINDS
from monev_desktop.domain.errors import ValidationError
from monev_desktop.domain.tasks import TaskStatus
from monev_desktop.gui.desktop import open_file
from monev_desktop.gui.document_actions import DocumentActions
from monev_desktop.gui.errors import user_message
from monev_desktop.gui.forms.ui_step_dialog import Ui_StepDialog
from monev_desktop.gui.labels import before_full_stop, status_label
from monev_desktop.gui.message_line import tell
from monev_desktop.gui.reason_dialog import ReasonDialog
from monev_desktop.gui.runner import Runner
from monev_desktop.gui.scratch import scratch_folder
from monev_desktop.gui.step_forms import FORMS
from monev_desktop.gui.unsaved import ask_before_closing
from monev_desktop.services.container import Services
from monev_desktop.services.documents import IssuedDocument, newest_versions
from monev_desktop.services.dto import UserSession


class StepDialog(QDialog):
    """`sig_changed` carries what a mutation changed ("tasks", "documents"); `sig_stayed`
    tells that a draft being saved before closing was refused, so the window stays."""

    sig_changed = Signal(str)
    sig_stayed = Signal()

    def __init__(
        self,
        services: Services,
        session: UserSession,
        task_id: int,
        runner: Runner,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_StepDialog()
        self.ui.setupUi(self)
        self.services, self.session, self.task_id, self.runner = services, session, task_id, runner
        self.step = services.workflow.step_of(task_id)
        self.allowed = services.workflow.can_act(session, task_id)
        self.saving_to_close = False  # a draft is being saved; the window closes once it is
        self.form = FORMS[self.step.form](services.workflow.step_options(task_id))
        self.ui.formArea.setWidget(self.form)
        self.ui.claim.clicked.connect(self._on_claim)
        self.ui.releaseTask.clicked.connect(self._on_release)
        self.ui.saveDraft.clicked.connect(self._on_save_draft)
        self.ui.complete.clicked.connect(self._on_complete)
        self.ui.returnTask.clicked.connect(self._on_return)
        self.ui.closeDialog.clicked.connect(self.accept)
        self.ui.previewDraft.clicked.connect(self._on_preview_draft)
        self.ui.generate.clicked.connect(self._on_generate)
        actions = DocumentActions(  # a child of this window, which holds it
            services,
            runner,
            self,
            self._chosen_documents,
            lambda text, problem: self._tell(text, problem=problem),
            self._fail,
        )
        self.ui.openDocument.clicked.connect(actions.open)
        self.ui.previewDocument.clicked.connect(lambda: actions.preview(self.ui.previewDocument))
        self.ui.printDocument.clicked.connect(lambda: actions.print(self.ui.printDocument))
        self.ui.documents.itemDoubleClicked.connect(lambda _: actions.open())
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_draft)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._on_complete)
        self.reload(load_form=True)

    # --- state -----------------------------------------------------------------------------

    def reload(self, *, load_form: bool = False) -> None:
        detail = self.services.workflow.task(self.task_id)
        self.detail = row = detail.row
        self.stopped = bool(detail.stop_reason)  # its cycle was stopped: no documents any more
        if load_form:
            options_defaults = self.form.options.defaults
            self.form.load(detail.data or detail.draft or options_defaults)
            self._kept = self.form.collect()  # what closing the window keeps without asking
        self.setWindowTitle(self.tr("Langkah %d — %s") % (row.step, row.cycle_label))
        self.ui.heading.setText(self.tr("Langkah %d: %s") % (row.step, self.step.title))
        standard = (
            str(self.step.standard_time) if self.step.standard_time else self.tr("tidak ditentukan")
        )
        due = format_datetime(row.due) if row.due else "-"
        self.ui.sopInfo.setText(
            self.tr(
                "<b>Pelaksana:</b> %s &nbsp; <b>Kelengkapan:</b> %s<br><b>Keluaran:</b> %s<br>"
                "<b>Waktu baku:</b> %s &nbsp; <b>Diterima:</b> %s &nbsp; <b>Tenggat:</b> %s &nbsp; "
                "<b>Status:</b> %s"
            )
            % (
                self.step.actor.title,
                ", ".join(self.step.inputs) or "-",
                ", ".join(self.step.outputs),
                standard,
                format_datetime(row.received),
                due,
                status_label(row.status),
            )
        )
        self.ui.notice.setText(self._notice(detail))
        self.ui.notice.setVisible(bool(self.ui.notice.text()))
        is_open = row.status in (TaskStatus.OFFERED, TaskStatus.CLAIMED) and self.allowed
        mine = row.status == TaskStatus.CLAIMED and row.claimed_by_id == self.session.user_id
        self.form.setEnabled(is_open)
        self.ui.claim.setVisible(row.status == TaskStatus.OFFERED and self.allowed)
        for button in (self.ui.saveDraft, self.ui.complete, self.ui.previewDraft):
            button.setEnabled(is_open and (mine or row.status == TaskStatus.OFFERED))
        self.ui.returnTask.setEnabled(is_open and row.step > 1)
        self.ui.releaseTask.setVisible(
            row.status == TaskStatus.CLAIMED
            and self.services.workflow.can_release(self.session, self.task_id)
        )
        self.ui.generate.setEnabled(
            row.status == TaskStatus.DONE and self.allowed and not detail.stop_reason
        )
        self._load_documents()

    def _notice(self, detail) -> str:
        row = detail.row
        if detail.stop_reason:
            return self.tr("Kegiatan ini telah dihentikan; alasannya: %s") % detail.stop_reason
        if not self.allowed:
            return (
                self.tr("Langkah ini dikerjakan oleh %s; Anda hanya dapat melihatnya.")
                % self.step.actor.title
            )
        if row.status == TaskStatus.DONE:
            who = detail.completed_by + (
                self.tr(" (atas nama %s)") % detail.acting_for if detail.acting_for else ""
            )
            text = self.tr("Diselesaikan oleh %s pada %s.") % (
                who,
                format_datetime(detail.completed),
            )
            return text + (self.tr(" Ket: %s") % detail.late_reason if detail.late_reason else "")
        if row.status == TaskStatus.RETURNED:
            return self.tr("Dikembalikan: %s") % detail.return_reason
        if row.overdue:
            return self.tr(
                "Langkah ini sudah melewati tenggat; saat menyelesaikan, isi alasan keterlambatan."
            )
        if row.claimed_by and row.claimed_by_id != self.session.user_id:
            return self.tr("Sedang dikerjakan oleh %s.") % before_full_stop(row.claimed_by)
        return ""

    def _load_documents(self) -> None:
        """The newest version of each of the step's documents, all selected: Cetak prints
        the step's output (old versions are on the Dokumen page)."""
        self.ui.documents.clear()
        for document in newest_versions(self.services.documents.documents(self.detail.cycle_id)):
            if document.step != self.detail.step:
                continue
            label = f"{document.title} v{document.version}"
            item = QListWidgetItem(f"{label}   {document.number or ''}", self.ui.documents)
            item.setData(Qt.ItemDataRole.UserRole, document)
        has_document = self.ui.documents.count() > 0
        if has_document:
            self.ui.documents.selectAll()
        else:  # what the step will produce, until it does
            if self.stopped:
                pending = self.tr("%s — tidak dibuat; kegiatannya dihentikan")
            elif self.detail.status == TaskStatus.DONE:
                pending = self.tr("%s — belum dibuat")
            else:
                pending = self.tr("%s — dibuat saat langkah diselesaikan")
            for template in self.step.templates:
                item = QListWidgetItem(pending % KINDS[template].title, self.ui.documents)
                item.setFlags(Qt.ItemFlag.NoItemFlags)
        for button in (self.ui.openDocument, self.ui.previewDocument, self.ui.printDocument):
            button.setEnabled(has_document)

    def _chosen_documents(self) -> list[IssuedDocument]:
        rows = sorted(self.ui.documents.row(item) for item in self.ui.documents.selectedItems())
        return [self.ui.documents.item(row).data(Qt.ItemDataRole.UserRole) for row in rows]

    def _fail(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.form.show_errors(error.errors)
        self._tell(user_message(error), problem=True)

    def _tell(self, text: str, *, problem: bool) -> None:
        tell(self.ui.message, text, problem=problem)

    def _changed(self, what: str) -> None:
        self.ui.message.clear()
        self.reload()
        self.sig_changed.emit(what)

    # --- actions ---------------------------------------------------------------------------

    def _on_claim(self) -> None:
        self.runner.run_while_disabled(
            self.ui.claim,
            lambda: self.services.workflow.claim(self.session, self.task_id),
            lambda _: self._changed("tasks"),
            self._fail,
        )

    def _on_release(self) -> None:
        """Give the task back to its role's inbox, once asked; the holder's typing not saved
        yet goes into the draft first, for whoever takes the task next."""
        holder = self.detail.claimed_by
        mine = self.detail.claimed_by_id == self.session.user_id
        question = (
            self.tr(
                "Lepaskan tugas ini agar dapat diambil rekan lain? Isian Anda disimpan sebagai draf."
            )
            if mine
            else self.tr(
                "Tugas ini sedang dikerjakan oleh %s. Lepaskan agar dapat diambil orang lain? "
                "Drafnya tetap tersimpan."
            )
            % before_full_stop(holder)
        )
        if QMessageBox.question(self, self.tr("Lepaskan tugas"), question) != (
            QMessageBox.StandardButton.Yes
        ):
            return
        data = self.form.collect()
        keep = mine and data != self._kept

        def release():
            if keep:
                self.services.workflow.save_draft(self.session, self.task_id, data)
            return self.services.workflow.release(self.session, self.task_id)

        def released(_) -> None:
            if keep:
                self._kept = data
            self._changed("tasks")
            self._tell(
                self.tr("Tugas dilepaskan; kini dapat diambil dari kotak tugas %s.")
                % self.step.actor.title,
                problem=False,
            )

        self.runner.run_while_disabled(self.ui.releaseTask, release, released, self._fail)

    def _on_save_draft(self) -> None:
        if self.ui.saveDraft.isEnabled():
            self._save_draft()

    def _save_draft(
        self, then: Callable[[], None] = lambda: None, failed: Callable[[], None] = lambda: None
    ) -> None:
        """Save the form as the draft, then `then()`; on a refusal, `failed()` and the reason."""
        data = self.form.collect()

        def saved(_) -> None:
            self._kept = data
            self._changed("tasks")
            self._tell(self.tr("Draf tersimpan."), problem=False)
            then()

        self.runner.run_while_disabled(
            self.ui.saveDraft,
            lambda: self.services.workflow.save_draft(self.session, self.task_id, data),
            saved,
            lambda error: (failed(), self._fail(error)),
        )

    # --- closing ---------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Closing (Tutup, Esc, the window's ×) with typing not saved yet asks first: save it
        as a draft and close once saved, discard it, or stay in the window."""
        if not (self.ui.saveDraft.isEnabled() and self.form.collect() != self._kept):
            super().done(result)
            return
        ask_before_closing(
            self,
            self.tr("Isian langkah ini belum disimpan. Simpan sebagai draf sebelum menutup?"),
            self.tr("Simpan draf"),
            save=lambda: self._save_and_close(result),
            close=lambda: QDialog.done(self, result),
        )

    def _save_and_close(self, result: int) -> None:
        """Save the draft off the GUI thread and close once saved; a refused save keeps the
        window open with the reason, and says so by `sig_stayed`."""
        self.saving_to_close = True

        def stayed() -> None:
            self.saving_to_close = False
            self.sig_stayed.emit()

        def saved() -> None:
            self.saving_to_close = False
            QDialog.done(self, result)

        self._save_draft(then=saved, failed=stayed)

    def close_discarding(self) -> None:
        """Close without asking: what the window shows is no longer there (a restore)."""
        QDialog.done(self, QDialog.DialogCode.Rejected)

    def _on_complete(self) -> None:
        if not self.ui.complete.isEnabled():
            return
        if self.form.validate():
            self._tell(self.tr("Periksa isian yang ditandai merah, lalu coba lagi."), problem=True)
            return
        late_reason = ""
        if self.detail.overdue:
            asked = ReasonDialog(
                self.tr("Alasan keterlambatan"),
                self.tr(
                    "Langkah ini melewati waktu baku SOP. Tuliskan alasannya (dicatat di kolom Ket):"
                ),
                self,
            )
            if asked.exec() != QDialog.DialogCode.Accepted:
                return
            late_reason = asked.reason()
        data = self.form.collect()

        def complete_and_issue():
            self.services.workflow.complete(self.session, self.task_id, data, late_reason)
            try:
                return self.services.documents.generate(self.session, self.task_id), None
            except Exception as error:  # the step stays done; Buat dokumen makes them later
                return [], error

        def done(outcome):
            issued, problem = outcome
            self._changed("tasks")
            self.sig_changed.emit("documents")
            if problem is None:
                self._tell(
                    self.tr("Langkah selesai dan diteruskan; %d dokumen dibuat.") % len(issued),
                    problem=False,
                )
                return
            self._tell(
                self.tr(
                    "Langkah selesai dan diteruskan, tetapi dokumennya belum dibuat: %s "
                    "Setelah masalahnya diatasi, tekan Buat dokumen."
                )
                % user_message(problem, nothing_saved=False),
                problem=True,
            )

        self.runner.run_while_disabled(self.ui.complete, complete_and_issue, done, self._fail)

    def _on_return(self) -> None:
        asked = ReasonDialog(
            self.tr("Kembalikan tugas"),
            self.tr("Tugas ini akan dikembalikan ke langkah sebelumnya. Tuliskan alasannya:"),
            self,
        )
        if asked.exec() != QDialog.DialogCode.Accepted:
            return
        reason = asked.reason()
        self.runner.run_while_disabled(
            self.ui.returnTask,
            lambda: self.services.workflow.return_to_previous(self.session, self.task_id, reason),
            lambda _: self._changed("tasks"),
            self._fail,
        )

    def _on_preview_draft(self) -> None:
        """The step's documents from the form as it stands, before completing it: shown as
        PDF in the app, or opened in Word where LibreOffice is not installed."""
        if not self.ui.previewDraft.isEnabled():
            return
        if self.form.validate():
            self._tell(self.tr("Periksa isian yang ditandai merah, lalu coba lagi."), problem=True)
            return
        data = self.form.collect()
        folder = scratch_folder("draf-")
        documents = self.services.documents

        def render():
            drafts = self.services.preview_step(self.session, self.task_id, data, folder)
            pdfs = documents.export_pdf(drafts, folder) if documents.can_pdf() else []
            return drafts, pdfs

        def show(rendered) -> None:
            drafts, pdfs = rendered
            self.ui.message.clear()
            if not pdfs:
                for draft in drafts:
                    if problem := open_file(draft.path):
                        self._tell(problem, problem=True)
                        return
                self._tell(
                    self.tr(
                        "Draf dibuka di Word (pratinjau di dalam aplikasi memerlukan LibreOffice)."
                    ),
                    problem=False,
                )
                return
            from monev_desktop.gui.pdf_preview import PdfPreviewDialog

            PdfPreviewDialog(
                [(d.title, pdf) for d, pdf in zip(drafts, pdfs, strict=True)],
                self,
                note=self.tr(
                    "Draf dari isian saat ini; belum ada yang disimpan. Nomor surat diberikan "
                    "saat langkah diselesaikan."
                ),
            ).open()

        self.runner.run_while_disabled(self.ui.previewDraft, render, show, self._fail)

    def _on_generate(self) -> None:
        self.runner.run_while_disabled(
            self.ui.generate,
            lambda: self.services.documents.generate(self.session, self.task_id),
            lambda issued: self._changed("documents"),
            self._fail,  # the step's documents are made all together or not at all
        )
