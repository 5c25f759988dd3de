"""Send documents to the printer through the operating system."""

import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from monev_desktop.documents.pdf import PDFS_PER_RUN, PdfUnavailable, convert_all_to_pdf
from monev_desktop.domain.errors import MonevError
from monev_desktop.domain.progress import Progress, no_progress

PRINT_TIMEOUT_S = 60


class PrintFailed(MonevError):
    """The document did not reach a printer; the message says what to check."""


def print_documents(jobs: Sequence[tuple[Path, str]], progress: Progress = no_progress) -> None:
    """Print each (file, title) of `jobs` on the default printer, in order, one print job
    each, `title` naming it in messages and in the printer's queue. Windows asks the program
    registered for .docx; elsewhere the files go through LibreOffice to PDF and then to `lp`
    (CUPS). `progress(done, total, text)` is told before each document and may raise to stop
    there: what was sent stays sent.

    Raises PrintFailed (or PdfUnavailable, without LibreOffice) saying what to do, and how
    many documents went to the printer before.
    """
    send = _windows_print if os.name == "nt" else _cups_printer()
    total, sent = len(jobs), 0
    try:
        for start in range(0, total, PDFS_PER_RUN):
            chunk = jobs[start : start + PDFS_PER_RUN]
            progress(sent, total, f"Menyiapkan {len(chunk)} dokumen untuk pencetak…")
            with _as_printed([file for file, _ in chunk]) as files:
                for file, (_, title) in zip(files, chunk, strict=True):
                    progress(
                        sent, total, f"Mengirim {title} ke pencetak ({sent + 1} dari {total})…"
                    )
                    send(file, title)
                    sent += 1
    except (PrintFailed, PdfUnavailable) as failure:
        if not sent:
            raise
        raise type(failure)(
            f"{failure} {sent} dokumen sebelumnya sudah dikirim ke pencetak."
        ) from failure
    progress(total, total, "")


@contextmanager
def _as_printed(files: list[Path]) -> Iterator[list[Path]]:
    """What the printer is given: on Windows the .docx files themselves, elsewhere their
    PDFs (one LibreOffice run), deleted afterwards."""
    if os.name == "nt":
        yield files
        return
    with tempfile.TemporaryDirectory(prefix="monev-print-") as folder:
        yield convert_all_to_pdf(files, Path(folder))


def _windows_print(path: Path, title: str) -> None:
    try:
        os.startfile(str(path), "print")  # type: ignore[attr-defined]  # Windows only
    except OSError as exc:
        raise PrintFailed(
            f"Windows tidak dapat mencetak {title}: tidak ada program untuk mencetak "
            "berkas .docx. Pasang Microsoft Word atau LibreOffice, lalu coba lagi."
        ) from exc


def _cups_printer() -> Callable[[Path, str], None]:
    """What sends one PDF to CUPS's default printer; PrintFailed at once without CUPS."""
    lp = shutil.which("lp")
    if lp is None:
        raise PrintFailed(
            "Pencetakan memerlukan layanan cetak CUPS (perintah lp); pasang CUPS dulu."
        )

    def send(pdf: Path, title: str) -> None:
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

    return send
