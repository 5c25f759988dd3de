"""Handing a file to the program this computer has for its kind (Word for a .docx)."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices


def open_file(path: Path) -> str:
    """Open `path` in the desktop's program for it: '' once handed over, else the sentence to
    tell (there is no such program)."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return ""
    return (
        QCoreApplication.translate(
            "desktop",
            "Komputer ini tidak memiliki program untuk membuka berkas %s. Pasang Microsoft Word "
            "atau LibreOffice, lalu coba lagi.",
        )
        % path.suffix
    )
