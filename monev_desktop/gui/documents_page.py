"""Dokumen: the archive of a cycle (every version), to open, preview, save as PDF and print."""

from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget

from monev_desktop.domain.errors import MonevError
from monev_desktop.gui.desktop import open_file
from monev_desktop.gui.errors import show_error
from monev_desktop.gui.forms.ui_documents_page import Ui_DocumentsPage
from monev_desktop.gui.runner import Runner
from monev_desktop.gui.scratch import scratch_folder
from monev_desktop.gui.table_model import Column, RowTableModel, size_columns
from monev_desktop.services.container import Services
from monev_desktop.services.documents import IssuedDocument


class DocumentsPage(QWidget):
    def __init__(self, services: Services, runner: Runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DocumentsPage()
        self.ui.setupUi(self)
        self.services, self.runner = services, runner
        self.model = RowTableModel(
            [
                Column(self.tr("Langkah"), lambda d: d.step or "-"),
                Column(self.tr("Dokumen"), lambda d: d.title),
                Column(self.tr("Nomor"), lambda d: d.number or "-"),
                Column(self.tr("Versi"), lambda d: d.version),
                Column(self.tr("Dibuat oleh"), lambda d: d.created_by),
                Column(self.tr("Dibuat"), lambda d: d.created),
                Column(self.tr("SHA-256"), lambda d: d.sha256[:16] + "…", optional=True),
            ],
            parent=self,
        )
        self.ui.table.setModel(self.model)
        self.ui.table.verticalHeader().setVisible(False)
        self.ui.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.ui.table.horizontalHeader().setStretchLastSection(True)
        self.ui.search.textChanged.connect(self.model.set_filter)
        QShortcut(QKeySequence.StandardKey.Find, self, self.ui.search.setFocus)
        self.ui.cycle.currentIndexChanged.connect(lambda _: self._load())
        self.ui.table.doubleClicked.connect(lambda _: self._on_open())
        self.ui.openDocument.clicked.connect(self._on_open)
        self.ui.previewDocument.clicked.connect(self._on_preview)
        self.ui.exportPdf.clicked.connect(self._on_export_pdf)
        self.ui.printDocument.clicked.connect(self._on_print)
        self.refresh()

    def refresh(self) -> None:
        chosen = self.ui.cycle.currentData()
        self.ui.cycle.blockSignals(True)
        self.ui.cycle.clear()
        for cycle in self.services.workflow.cycles():
            self.ui.cycle.addItem(cycle.label, cycle.id)
        self.ui.cycle.setCurrentIndex(max(self.ui.cycle.findData(chosen), 0))
        self.ui.cycle.blockSignals(False)
        self._load()

    def _load(self) -> None:
        cycle_id = self.ui.cycle.currentData()
        documents = self.services.documents.documents(cycle_id) if cycle_id else []
        self.model.set_rows(documents)
        size_columns(self.ui.table)
        self.ui.summary.setText(
            self.tr("%d berkas di arsip %s.")
            % (len(documents), self.services.documents.archive_dir())
        )

    def selected(self) -> IssuedDocument | None:
        index = self.ui.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _on_open(self) -> None:
        if (document := self.selected()) is not None:
            self.runner.run(
                lambda: self.services.documents.file_of(document), self._open_file, parent=self
            )

    def _open_file(self, path: Path) -> None:
        if problem := open_file(path):
            show_error(self, MonevError(problem))

    def _on_preview(self) -> None:
        if (document := self.selected()) is None:
            return
        folder = scratch_folder("pratinjau-")

        def show(pdf: Path) -> None:
            from monev_desktop.gui.pdf_preview import PdfPreviewDialog

            PdfPreviewDialog([(document.title, pdf)], self).open()

        self.runner.run_while_disabled(
            self.ui.previewDocument,
            lambda: self.services.documents.export_pdf(document, folder),
            show,
            parent=self,
        )

    def _on_export_pdf(self) -> None:
        if (document := self.selected()) is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Simpan PDF ke folder"))
        if folder:
            self.runner.run_while_disabled(
                self.ui.exportPdf,
                lambda: self.services.documents.export_pdf(document, Path(folder)),
                lambda pdf: self.ui.summary.setText(self.tr("PDF disimpan: %s") % pdf),
                parent=self,
            )

    def _on_print(self) -> None:
        if (document := self.selected()) is not None:
            self.runner.run_while_disabled(
                self.ui.printDocument,
                lambda: self.services.documents.print(document),
                lambda _: self.ui.summary.setText(self.tr("Dikirim ke pencetak.")),
                parent=self,
            )
