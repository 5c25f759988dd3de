"""Printing: an archived document goes through LibreOffice to PDF and on to `lp` (CUPS).

The printer is a stand-in `lp` on PATH that keeps what it is given, or refuses it as CUPS does
without a default printer; LibreOffice and the PDF read back are real.
"""

import pytest
from PySide6.QtPdf import QPdfDocument

from monev_desktop.documents.pdf import find_libreoffice
from monev_desktop.documents.printing import PrintFailed
from tests.cycles import done_task, run_cycle
from tests.factories import make_agreements


@pytest.fixture
def surat_perintah(services, people, clock):
    cycle = run_cycle(services, people, make_agreements(services, people["admin"]), clock, until=1)
    return services.documents.generate(people["kabag"], done_task(services, cycle, 1).id)[0]


@pytest.mark.skipif(find_libreoffice() is None, reason="LibreOffice is not installed")
def test_a_document_reaches_the_printer_as_its_pdf(qapp, services, surat_perintah, printer):
    services.documents.print(surat_perintah)

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
        services.documents.print(surat_perintah)
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
        services.documents.print(surat_perintah)
