"""Dokumen: the archive of a cycle (the newest versions, or every one), to open, preview,
save as PDF and print, one document or many at once."""

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from monev_desktop.domain.errors import MonevError
from monev_desktop.gui.document_actions import DocumentActions
from monev_desktop.gui.errors import show_error
from monev_desktop.gui.forms.ui_documents_page import Ui_DocumentsPage
from monev_desktop.gui.runner import Runner
from monev_desktop.gui.table_model import Column, RowTableModel, size_columns
from monev_desktop.services.container import Services
from monev_desktop.services.documents import IssuedDocument, newest_versions


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
        self.ui.oldVersions.toggled.connect(lambda _: self._load())
        actions = DocumentActions(  # a child of this window, which holds it
            services, runner, self, self.selected, self._tell
        )
        self.ui.table.doubleClicked.connect(lambda _: actions.open())
        self.ui.openDocument.clicked.connect(actions.open)
        self.ui.previewDocument.clicked.connect(lambda: actions.preview(self.ui.previewDocument))
        self.ui.exportPdf.clicked.connect(lambda: actions.export_pdf(self.ui.exportPdf))
        self.ui.printDocument.clicked.connect(lambda: actions.print(self.ui.printDocument))
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
        """The cycle's documents: the newest version of each, or every version when *Versi
        lama* is ticked."""
        cycle_id = self.ui.cycle.currentData()
        documents = self.services.documents.documents(cycle_id) if cycle_id else []
        shown = documents if self.ui.oldVersions.isChecked() else newest_versions(documents)
        self.model.set_rows(shown)
        size_columns(self.ui.table)
        summary = self.tr("%d berkas di arsip %s.") % (
            len(documents),
            self.services.documents.archive_dir(),
        )
        if hidden := len(documents) - len(shown):
            summary += (
                " " + self.tr("%d versi lama tidak ditampilkan (centang Versi lama).") % hidden
            )
        self.ui.summary.setText(
            summary
            + " "
            + self.tr("Ctrl+klik atau Shift+klik memilih beberapa dokumen untuk dicetak sekaligus.")
        )

    def selected(self) -> list[IssuedDocument]:
        """The documents of the selected rows, in the table's order."""
        rows = sorted(index.row() for index in self.ui.table.selectionModel().selectedRows())
        return [self.model.row_at(row) for row in rows]

    def _tell(self, text: str, problem: bool) -> None:
        if problem:
            show_error(self, MonevError(text))
        else:
            self.ui.summary.setText(text)
