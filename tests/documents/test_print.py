"""Printing: archived documents go through LibreOffice to PDF and on to `lp` (CUPS), one job
each; a step's batch of letters in a few LibreOffice runs, stopped midway when cancelled, and a
refusal midway saying how many went before.

The printer is a stand-in `lp` on PATH that keeps what it is given, or refuses it as CUPS does
without a default printer; LibreOffice and the PDF read back are real.
"""

from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument

from monev_desktop.documents import printing
from monev_desktop.documents.pdf import convert_all_to_pdf, find_libreoffice
from monev_desktop.documents.printing import PrintFailed
from monev_desktop.domain.errors import NotFound
from tests.cycles import done_task, run_cycle
from tests.factories import make_agreements


@pytest.fixture
def surat_perintah(services, people, clock):
    cycle = run_cycle(services, people, make_agreements(services, people["admin"]), clock, until=1)
    return services.documents.generate(people["kabag"], done_task(services, cycle, 1).id)[0]


@pytest.mark.skipif(find_libreoffice() is None, reason="LibreOffice is not installed")
def test_a_document_reaches_the_printer_as_its_pdf(qapp, services, surat_perintah, printer):
    services.documents.print([surat_perintah])

    pdf = QPdfDocument()
    assert pdf.load(str(printer)) == QPdfDocument.Error.None_
    assert pdf.pageCount() == 1
    page = pdf.getAllText(0).text()
    assert "SURAT PERINTAH" in page and surat_perintah.number in page
    job = printer.with_name(f"{printer.name}.judul").read_text()
    assert job == f"{surat_perintah.title} v1"  # as the printer's queue lists it


@pytest.mark.skipif(find_libreoffice() is None, reason="LibreOffice is not installed")
def test_a_refusing_printer_is_a_sentence_that_says_what_to_check(
    services, surat_perintah, printer, monkeypatch
):
    monkeypatch.setenv("LP_REFUSES", "1")
    with pytest.raises(PrintFailed) as refused:
        services.documents.print([surat_perintah])
    assert f"Pencetak menolak {surat_perintah.title} v1 (lp: Error - No default" in str(
        refused.value
    )
    assert "pencetak bawaan sudah diatur" in str(refused.value)
    assert not printer.exists()


def test_without_cups_the_message_says_to_install_it(
    services, surat_perintah, tmp_path, monkeypatch
):
    monkeypatch.setenv("PATH", str(tmp_path))  # no lp anywhere
    with pytest.raises(PrintFailed, match="pasang CUPS dulu"):
        services.documents.print([surat_perintah])


@pytest.fixture
def letters(services, people, clock):
    """Step 2's Surat Permintaan Data to five OPDs, issued."""
    agreements = make_agreements(services, people["admin"], 5, opds=5)
    cycle = run_cycle(services, people, agreements, clock, until=2)
    return services.documents.generate(people["ketua"], done_task(services, cycle, 2).id)


def jobs(printer) -> list[str]:
    """The PDFs the printer took, one job a line, by name."""
    return [
        Path(line).stem for line in printer.with_name(f"{printer.name}.jobs").read_text().split()
    ]


@pytest.mark.skipif(find_libreoffice() is None, reason="LibreOffice is not installed")
def test_a_batch_of_letters_reaches_the_printer_one_job_each_in_order(
    services, letters, printer, monkeypatch
):
    monkeypatch.setattr(printing, "PDFS_PER_RUN", 2)  # three LibreOffice runs for five
    told = []
    assert services.documents.print(letters, lambda *said: told.append(said)) == 5
    assert jobs(printer) == [letter.path.stem for letter in letters]
    first = letters[0]
    assert (0, 5, f"Mengirim {first.title} v1 ke pencetak (1 dari 5)…") in told
    assert told[-1] == (5, 5, "")
    assert [said[0] for said in told if said[2].startswith("Menyiapkan")] == [0, 2, 4]


class Cancelled(Exception):
    """What the progress window raises once Batal is pressed."""


@pytest.mark.skipif(find_libreoffice() is None, reason="LibreOffice is not installed")
def test_a_cancelled_batch_stops_before_the_next_letter(services, letters, printer):
    def progress(done, total, text):
        if done == 2 and text.startswith("Mengirim"):
            raise Cancelled

    with pytest.raises(Cancelled):
        services.documents.print(letters, progress)
    assert jobs(printer) == [letter.path.stem for letter in letters[:2]]


@pytest.mark.skipif(find_libreoffice() is None, reason="LibreOffice is not installed")
def test_a_printer_refusing_in_the_middle_is_told_with_how_many_went_before(
    services, letters, printer, monkeypatch
):
    monkeypatch.setenv("LP_ACCEPTS", "3")
    with pytest.raises(PrintFailed) as refused:
        services.documents.print(letters)
    message = str(refused.value)
    assert message.startswith(f"Pencetak menolak {letters[3].title} v1")
    assert message.endswith("3 dokumen sebelumnya sudah dikirim ke pencetak.")
    assert len(jobs(printer)) == 3


def test_a_batch_with_one_file_missing_prints_nothing(services, letters, printer):
    letters[-1].path.unlink()  # checked before the first is sent, not found at the end
    with pytest.raises(NotFound, match=f"tidak ditemukan di {letters[-1].path}"):
        services.documents.print(letters)
    assert not printer.with_name(f"{printer.name}.jobs").exists()


@pytest.mark.skipif(find_libreoffice() is None, reason="LibreOffice is not installed")
def test_a_batch_saved_as_pdf_keeps_the_order_each_with_its_own_letter(
    qapp, services, letters, tmp_path
):
    pdfs = services.documents.export_pdf(letters, tmp_path / "pdf")
    for letter, pdf in zip(letters, pdfs, strict=True):
        document = QPdfDocument()
        assert document.load(str(pdf)) == QPdfDocument.Error.None_
        assert letter.number in document.getAllText(0).text()
    assert len({letter.number for letter in letters}) == 5


def test_one_conversion_refuses_two_files_that_would_make_the_same_pdf(tmp_path):
    (tmp_path / "a").mkdir()
    same = [tmp_path / "surat.docx", tmp_path / "a" / "surat.docx"]
    with pytest.raises(ValueError):
        convert_all_to_pdf(same, tmp_path)
