"""PDF export through LibreOffice, each conversion with its own user profile."""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from monev_desktop.domain.errors import MonevError

WINDOWS_CANDIDATES = (
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)
CONVERSION_TIMEOUT_S = 180


class PdfUnavailable(MonevError):
    """LibreOffice is not installed, or the conversion failed."""


def find_libreoffice() -> str | None:
    """Path of LibreOffice's soffice: on PATH, or in its usual Windows folder."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    if os.name == "nt":
        return next((c for c in WINDOWS_CANDIDATES if Path(c).is_file()), None)
    return None


def convert_to_pdf(docx: Path, out_dir: Path) -> Path:
    """Convert `docx` to PDF in `out_dir`; PdfUnavailable with what to do otherwise."""
    office = find_libreoffice()
    if office is None:
        raise PdfUnavailable(
            "Ekspor PDF memerlukan LibreOffice, yang belum terpasang di komputer ini. "
            "Pasang LibreOffice (gratis, dari libreoffice.org), lalu coba lagi."
        )
    with tempfile.TemporaryDirectory(prefix="monev-lo-") as profile:
        command = [
            office,
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(docx),
        ]
        try:
            result = subprocess.run(
                command, capture_output=True, text=True, timeout=CONVERSION_TIMEOUT_S
            )
        except subprocess.TimeoutExpired as exc:
            raise PdfUnavailable(
                "LibreOffice tidak selesai mengubah dokumen ke PDF; coba lagi."
            ) from exc
    pdf = out_dir / f"{docx.stem}.pdf"
    if result.returncode != 0 or not pdf.is_file():
        raise PdfUnavailable(
            f"LibreOffice gagal mengubah {docx.name} ke PDF ({result.stderr.strip()[:200]})."
        )
    return pdf
