"""Shows PDFs inside the app with Qt PDF: one document, or several to choose from."""

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QVBoxLayout, QWidget


class PdfPreviewDialog(QDialog):
    """`pdfs` are (title, file) pairs; with more than one, a list above the page chooses."""

    def __init__(
        self, pdfs: Sequence[tuple[str, Path]], parent: QWidget | None = None, note: str = ""
    ):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a PDF held per preview
        self.pdfs = list(pdfs)
        self.resize(820, 1000)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.choice = QComboBox(self)
        self.choice.addItems([title for title, _ in self.pdfs])
        self.choice.setVisible(len(self.pdfs) > 1)
        self.choice.currentIndexChanged.connect(self._show)
        self.note = QLabel(note, self)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.choice)
        layout.addWidget(self.view)
        self._show(0)

    def _show(self, index: int) -> None:
        title, pdf = self.pdfs[index]
        self.setWindowTitle(self.tr("Pratinjau — %s") % title)
        self.document.load(str(pdf))
