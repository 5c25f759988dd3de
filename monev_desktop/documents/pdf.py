"""PDF export through LibreOffice, each run with its own user profile."""

import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from monev_desktop.domain.errors import MonevError

WINDOWS_CANDIDATES = (
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)
CONVERSION_TIMEOUT_S = 180  # LibreOffice's start, and a first file
SECONDS_PER_FILE = 30
PDFS_PER_RUN = 10  # files converted in one run (LibreOffice starts once per run)


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


def pdf_command(office: str, profile: Path, docxs: Sequence[Path], out_dir: Path) -> list[str]:
    """The LibreOffice command line that converts `docxs` to PDFs in `out_dir`, with the user
    profile `profile` (a folder of its own, so that runs at once do not collide)."""
    return [
        office,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(out_dir),
        *map(str, docxs),
    ]


def convert_all_to_pdf(docxs: Sequence[Path], out_dir: Path) -> list[Path]:
    """Convert `docxs` (their names all different) to PDFs in `out_dir`, in their order, in
    one LibreOffice run: it starts once, not once a file. PdfUnavailable with what to do
    otherwise."""
    if len({d.stem for d in docxs}) != len(docxs):
        raise ValueError("two files of one conversion would make the same PDF")
    office = find_libreoffice()
    if office is None:
        raise PdfUnavailable(
            "Ekspor PDF memerlukan LibreOffice, yang belum terpasang di komputer ini. "
            "Pasang LibreOffice (gratis, dari libreoffice.org), lalu coba lagi."
        )
    with tempfile.TemporaryDirectory(prefix="monev-lo-") as profile:
        try:
            result = subprocess.run(
                pdf_command(office, Path(profile), docxs, out_dir),
                capture_output=True,
                text=True,
                timeout=CONVERSION_TIMEOUT_S + SECONDS_PER_FILE * len(docxs),
            )
        except subprocess.TimeoutExpired as exc:
            raise PdfUnavailable(
                "LibreOffice tidak selesai mengubah dokumen ke PDF; coba lagi."
            ) from exc
    pdfs = [out_dir / f"{docx.stem}.pdf" for docx in docxs]
    for docx, pdf in zip(docxs, pdfs, strict=True):
        if result.returncode != 0 or not pdf.is_file():
            raise PdfUnavailable(
                f"LibreOffice gagal mengubah {docx.name} ke PDF ({result.stderr.strip()[:200]})."
            )
    return pdfs
