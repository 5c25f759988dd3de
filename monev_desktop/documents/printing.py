"""Send a document to the printer through the operating system."""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from monev_desktop.documents.pdf import convert_to_pdf
from monev_desktop.domain.errors import MonevError

PRINT_TIMEOUT_S = 60


class PrintFailed(MonevError):
    """The document did not reach a printer; the message says what to check."""


def print_document(path: Path, title: str) -> None:
    """Print `path` on the default printer, `title` naming it in messages and in the printer's
    queue. Windows asks the program registered for .docx; elsewhere the file goes through
    LibreOffice to PDF and then to `lp` (CUPS).

    Raises PrintFailed (or PdfUnavailable, without LibreOffice) saying what to do.
    """
    if os.name == "nt":
        try:
            os.startfile(str(path), "print")  # type: ignore[attr-defined]  # Windows only
        except OSError as exc:
            raise PrintFailed(
                f"Windows tidak dapat mencetak {title}: tidak ada program untuk mencetak "
                "berkas .docx. Pasang Microsoft Word atau LibreOffice, lalu coba lagi."
            ) from exc
        return
    lp = shutil.which("lp")
    if lp is None:
        raise PrintFailed(
            "Pencetakan memerlukan layanan cetak CUPS (perintah lp); pasang CUPS dulu."
        )
    with tempfile.TemporaryDirectory(prefix="monev-print-") as folder:
        pdf = convert_to_pdf(path, Path(folder))
        try:
            subprocess.run(
                [lp, "-t", title, str(pdf)],
                check=True,
                capture_output=True,
                text=True,
                timeout=PRINT_TIMEOUT_S,
            )
        except subprocess.CalledProcessError as exc:
            raise PrintFailed(
                f"Pencetak menolak {title} ({exc.stderr.strip()[:200]}). Periksa bahwa "
                "pencetak bawaan sudah diatur dan menyala, lalu coba lagi."
            ) from exc
        except subprocess.TimeoutExpired as exc:
            raise PrintFailed(
                f"Layanan cetak tidak menjawab dalam {PRINT_TIMEOUT_S} detik; periksa "
                "pencetaknya, lalu coba lagi."
            ) from exc
