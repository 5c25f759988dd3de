"""Shows a PDF inside the app with Qt PDF."""

from pathlib import Path

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget


class PdfPreviewDialog(QDialog):
    def __init__(self, pdf: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pratinjau — %s") % pdf.name)
        self.resize(820, 1000)
        self.document = QPdfDocument(self)
        self.document.load(str(pdf))
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
