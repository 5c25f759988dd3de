"""Buka, Pratinjau, Simpan PDF and Cetak on the archived documents chosen in a list: one, or a
whole step's batch of letters at once, behind a progress window that can be cancelled."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from monev_desktop.gui.desktop import open_file
from monev_desktop.gui.runner import Runner
from monev_desktop.gui.scratch import scratch_folder
from monev_desktop.services.container import Services
from monev_desktop.services.documents import IssuedDocument

OPEN_AT_ONCE = 10  # documents Buka opens in Word together; more would bury the desktop


class DocumentActions(QObject):
    """The four actions over `chosen()` (the documents selected, in the list's order), each
    off the GUI thread; a PDF or print job behind a progress window, with the button that
    asked disabled until it is done. `tell(text, problem)` says the outcome beside the list;
    `on_error` takes a failure (by default a message box)."""

    def __init__(
        self,
        services: Services,
        runner: Runner,
        parent: QWidget,
        chosen: Callable[[], list[IssuedDocument]],
        tell: Callable[[str, bool], None],
        on_error: Callable[[BaseException], None] | None = None,
    ):
        super().__init__(parent)
        self.services, self.runner, self.window = services, runner, parent
        self.chosen, self.tell, self.on_error = chosen, tell, on_error

    def _chosen_or_said(self) -> list[IssuedDocument]:
        documents = self.chosen()
        if not documents:
            self.tell(self.tr("Pilih dulu dokumennya di daftar."), True)
        return documents

    def open(self) -> None:
        """Open the chosen documents in Word (at most `OPEN_AT_ONCE`)."""
        documents = self._chosen_or_said()
        if len(documents) > OPEN_AT_ONCE:
            self.tell(
                self.tr(
                    "%d dokumen terpilih; Buka membuka paling banyak %d sekaligus. Pilih lebih "
                    "sedikit, atau tekan Cetak untuk mencetak semuanya."
                )
                % (len(documents), OPEN_AT_ONCE),
                True,
            )
            return
        if documents:
            self.runner.run(
                lambda: [self.services.documents.file_of(d) for d in documents],
                self._open_files,
                self.on_error,
                self.window,
            )

    def _open_files(self, paths: list[Path]) -> None:
        for path in paths:
            if problem := open_file(path):
                self.tell(problem, True)
                return

    def preview(self, button: QWidget) -> None:
        """Show the chosen documents as PDF inside the app, a list above the page choosing."""
        if not (documents := self._chosen_or_said()):
            return
        folder = scratch_folder("pratinjau-")

        def show(pdfs: list[Path] | None) -> None:
            if pdfs is None:  # cancelled
                return
            from monev_desktop.gui.pdf_preview import PdfPreviewDialog

            titles = [d.title for d in documents]
            PdfPreviewDialog(list(zip(titles, pdfs, strict=True)), self.window).open()

        self.runner.run_with_progress(
            self.tr("Menyiapkan pratinjau…"),
            lambda progress: self.services.documents.export_pdf(documents, folder, progress.step),
            show,
            self.window,
            control=button,
            on_error=self.on_error,
        )

    def export_pdf(self, button: QWidget) -> None:
        """Save the chosen documents as PDFs in a folder the user picks."""
        if not (documents := self._chosen_or_said()):
            return
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Simpan PDF ke folder"))
        if not folder:
            return

        def saved(pdfs: list[Path] | None) -> None:
            if pdfs is None:
                self.tell(self.tr("Penyimpanan PDF dibatalkan."), False)
            elif len(pdfs) == 1:
                self.tell(self.tr("PDF disimpan: %s") % pdfs[0], False)
            else:
                self.tell(self.tr("%d PDF disimpan di %s.") % (len(pdfs), folder), False)

        self.runner.run_with_progress(
            self.tr("Menyimpan PDF…"),
            lambda progress: self.services.documents.export_pdf(
                documents, Path(folder), progress.step
            ),
            saved,
            self.window,
            control=button,
            on_error=self.on_error,
        )

    def print(self, button: QWidget) -> None:
        """Send the chosen documents to the default printer, one job each."""
        if not (documents := self._chosen_or_said()):
            return
        sent = [0]  # before each document, the progress says how many went before it

        def job(progress) -> int:
            def step(done: int, total: int, text: str) -> None:
                sent[0] = done
                progress.step(done, total, text)

            return self.services.documents.print(documents, step)

        def printed(count: int | None) -> None:
            if count is None:
                self.tell(
                    self.tr("Pencetakan dibatalkan; %d dari %d dokumen sudah dikirim ke pencetak.")
                    % (sent[0], len(documents)),
                    False,
                )
            elif count == 1:
                self.tell(self.tr("Dokumen dikirim ke pencetak."), False)
            else:
                self.tell(self.tr("%d dokumen dikirim ke pencetak.") % count, False)

        self.runner.run_with_progress(
            self.tr("Mencetak…"),
            job,
            printed,
            self.window,
            control=button,
            on_error=self.on_error,
        )
