"""A step's batch of letters chosen at once, in the Dokumen page and in the step's window:
printed one job each, saved as PDFs, previewed, opened (a few at a time), or cancelled
midway. LibreOffice and the PDFs are real; the printer is the stand-in `lp`."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

from monev_desktop.documents.pdf import find_libreoffice
from monev_desktop.gui import document_actions
from monev_desktop.gui.documents_page import DocumentsPage
from monev_desktop.gui.pdf_preview import PdfPreviewDialog
from monev_desktop.gui.runner import Runner
from tests.cycles import done_task, run_cycle
from tests.factories import make_agreements
from tests.gui.modal import answer_file_dialog, answer_message_box

needs_libreoffice = pytest.mark.skipif(
    find_libreoffice() is None, reason="LibreOffice is not installed"
)


@pytest.fixture
def step_2(services, people, clock):
    """Step 2 done and its Surat Permintaan Data to five OPDs issued: the task and letters."""
    agreements = make_agreements(services, people["admin"], 5, opds=5)
    cycle = run_cycle(services, people, agreements, clock, until=2)
    task = done_task(services, cycle, 2)
    return task, services.documents.generate(people["ketua"], task.id)


def jobs(printer) -> list[str]:
    """The PDFs the printer took, one job a line, by name."""
    taken = printer.with_name(f"{printer.name}.jobs")
    return [Path(line).stem for line in taken.read_text().split()] if taken.exists() else []


def archive_page(qtbot, services, runner=None) -> DocumentsPage:
    page = DocumentsPage(services, runner or Runner(synchronous=True))
    qtbot.addWidget(page)
    return page


def choose_letters(qtbot, page) -> None:
    """Narrow the archive to the letters and select them all, as a person does."""
    qtbot.keyClicks(page.ui.search, "Permintaan")
    page.ui.table.setFocus()
    qtbot.keyClick(page.ui.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)


@needs_libreoffice
def test_the_archive_prints_a_whole_batch_of_letters_chosen_at_once(
    qtbot, services, step_2, printer
):
    _, letters = step_2
    page = archive_page(qtbot, services)
    choose_letters(qtbot, page)
    assert page.selected() == letters

    qtbot.mouseClick(page.ui.printDocument, Qt.MouseButton.LeftButton)
    assert page.ui.summary.text() == "5 dokumen dikirim ke pencetak."
    assert jobs(printer) == [letter.path.stem for letter in letters]


@needs_libreoffice
def test_a_batch_is_saved_as_pdfs_in_the_chosen_folder_and_previewed_together(
    qtbot, services, step_2, tmp_path, monkeypatch
):
    _, letters = step_2
    page = archive_page(qtbot, services)
    choose_letters(qtbot, page)
    folder = tmp_path / "kirim"
    folder.mkdir()
    answer_file_dialog(folder)
    qtbot.mouseClick(page.ui.exportPdf, Qt.MouseButton.LeftButton)
    assert page.ui.summary.text() == f"5 PDF disimpan di {folder}."
    assert sorted(p.stem for p in folder.glob("*.pdf")) == sorted(d.path.stem for d in letters)

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    page.ui.table.selectRow(0)
    second = page.ui.table.visualRect(page.model.index(1, 1)).center()
    qtbot.mouseClick(
        page.ui.table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        second,
    )  # Ctrl+click adds the second letter
    qtbot.mouseClick(page.ui.previewDocument, Qt.MouseButton.LeftButton)
    preview = page.findChild(PdfPreviewDialog)
    assert [title for title, _ in preview.pdfs] == [d.title for d in letters[:2]]
    assert preview.choice.isVisibleTo(preview)  # a list above the page chooses


def test_buka_opens_a_few_chosen_at_once_and_says_so_when_too_many_are(
    qtbot, services, step_2, opened_files, monkeypatch
):
    _, letters = step_2
    monkeypatch.setattr(document_actions, "OPEN_AT_ONCE", 4)
    page = archive_page(qtbot, services)
    choose_letters(qtbot, page)

    told = answer_message_box(QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(page.ui.openDocument, Qt.MouseButton.LeftButton)
    assert told == [
        "5 dokumen terpilih; Buka membuka paling banyak 4 sekaligus. Pilih lebih sedikit, "
        "atau tekan Cetak untuk mencetak semuanya."
    ]
    assert opened_files.paths == []

    page.ui.table.selectRow(2)
    qtbot.mouseClick(page.ui.openDocument, Qt.MouseButton.LeftButton)
    assert opened_files.paths == [str(letters[2].path)]


@needs_libreoffice
def test_batal_while_a_batch_is_printed_stops_it_and_says_how_many_went(
    qtbot, services, step_2, printer
):
    runner = Runner(release=services.ctx.db.close)
    page = archive_page(qtbot, services, runner)
    choose_letters(qtbot, page)

    qtbot.mouseClick(page.ui.printDocument, Qt.MouseButton.LeftButton)
    assert not page.ui.printDocument.isEnabled()  # one batch at a time
    progress = page.findChild(QProgressDialog)
    qtbot.waitUntil(progress.isVisible)  # shown while LibreOffice makes the PDFs
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)  # Batal
    qtbot.waitUntil(lambda: page.ui.printDocument.isEnabled(), timeout=60_000)
    assert runner.wait()
    assert page.ui.summary.text() == (
        "Pencetakan dibatalkan; 0 dari 5 dokumen sudah dikirim ke pencetak."
    )
    assert jobs(printer) == []


@needs_libreoffice
def test_the_step_window_shows_the_newest_letters_all_chosen_and_prints_them(
    qtbot, services, people, step_2, step_window, printer
):
    task, _ = step_2
    again = services.documents.generate(people["ketua"], task.id)  # every letter made anew
    dialog = step_window(people["ketua"], task.id)
    listed = dialog.ui.documents
    assert [listed.item(i).text().split("   ")[0] for i in range(listed.count())] == [
        f"{letter.title} v2" for letter in again
    ]
    assert len(listed.selectedItems()) == 5

    qtbot.mouseClick(dialog.ui.printDocument, Qt.MouseButton.LeftButton)
    assert dialog.ui.message.text() == "5 dokumen dikirim ke pencetak."
    assert dialog.ui.message.property("masalah") is False
    assert jobs(printer) == [letter.path.stem for letter in again]
