"""Send a document to the printer through the operating system."""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from monev_desktop.documents.pdf import PdfUnavailable, convert_to_pdf


def print_document(path: Path) -> None:
    """Print `path` on the default printer. Windows asks the program registered for .docx;
    elsewhere the file goes through LibreOffice to PDF and then to `lp` (CUPS).

    Raises PdfUnavailable with what to install when neither way exists.
    """
    if os.name == "nt":
        os.startfile(str(path), "print")  # type: ignore[attr-defined]  # Windows only
        return
    lp = shutil.which("lp")
    if lp is None:
        raise PdfUnavailable(
            "Pencetakan memerlukan layanan cetak CUPS (perintah lp); pasang CUPS dulu."
        )
    with tempfile.TemporaryDirectory(prefix="monev-print-") as folder:
        pdf = convert_to_pdf(path, Path(folder))
        subprocess.run([lp, str(pdf)], check=True, capture_output=True, timeout=60)
