"""A step window's documents: Pratinjau draf before the step is completed, Cetak after; and
what the window tells on its message line."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from monev_desktop.db.models import Dokumen, NomorSurat
from monev_desktop.documents.pdf import find_libreoffice
from monev_desktop.domain.tasks import TaskStatus
from monev_desktop.gui.pdf_preview import PdfPreviewDialog
from tests.cycles import done_task, run_cycle
from tests.factories import make_agreements, start_cycle


def listed(dialog) -> list[str]:
    return [dialog.ui.documents.item(i).text() for i in range(dialog.ui.documents.count())]


def step_4_window(services, people, clock, step_window):
    """Step 4's task (steps 1 to 3 done) and its window, opened by the analyst."""
    run_cycle(services, people, make_agreements(services, people["admin"]), clock, until=3)
    task = services.workflow.inbox(people["analis1"])[0]
    return task, step_window(people["analis1"], task.id)


def issued_step_1_window(services, people, clock, step_window):
    """Step 1 done and its Surat Perintah issued: the letter, and the Kabag's window of the
    step with the letter chosen."""
    cycle = run_cycle(services, people, make_agreements(services, people["admin"]), clock, until=1)
    task = done_task(services, cycle, 1)
    (letter,) = services.documents.generate(people["kabag"], task.id)
    dialog = step_window(people["kabag"], task.id)
    dialog.ui.documents.setCurrentRow(0)
    return letter, dialog


def test_the_window_names_what_the_step_will_produce_and_previews_it(
    qtbot, services, people, step_window
):
    make_agreements(services, people["admin"])
    cycle = start_cycle(services, people)
    (task,) = services.workflow.cycle_tasks(cycle.id)
    dialog = step_window(people["kabag"], task.id)

    assert listed(dialog) == ["Surat Perintah — dibuat saat langkah diselesaikan"]
    assert dialog.ui.previewDraft.isEnabled()
    assert not dialog.ui.openDocument.isEnabled()  # nothing issued yet to open or print

    if find_libreoffice():
        qtbot.mouseClick(dialog.ui.previewDraft, Qt.MouseButton.LeftButton)
        preview = dialog.findChild(PdfPreviewDialog)
        assert preview is not None, dialog.ui.message.text()
        assert preview.document.pageCount() >= 1
        assert preview.windowTitle() == "Pratinjau — Surat Perintah"
        assert "belum ada yang disimpan" in preview.note.text()
    assert services.workflow.task(task.id).row.status == TaskStatus.OFFERED
    assert Dokumen.select().count() == NomorSurat.select().count() == 0


def test_without_libreoffice_the_draft_opens_in_word(
    qtbot, services, people, step_window, opened_files, monkeypatch
):
    make_agreements(services, people["admin"])
    cycle = start_cycle(services, people)
    (task,) = services.workflow.cycle_tasks(cycle.id)
    dialog = step_window(people["kabag"], task.id)
    monkeypatch.setenv("PATH", "")  # no LibreOffice on this workstation

    qtbot.mouseClick(dialog.ui.previewDraft, Qt.MouseButton.LeftButton)

    assert "dibuka di Word" in dialog.ui.message.text()
    assert dialog.ui.message.property("masalah") is False
    assert [p.rsplit("/", 1)[-1] for p in opened_files.paths] == ["surat_perintah.docx"]
    assert dialog.findChild(PdfPreviewDialog) is None


def test_an_unfinished_form_is_marked_instead_of_previewed(
    qtbot, services, people, clock, step_window
):
    _, dialog = step_4_window(services, people, clock, step_window)

    qtbot.mouseClick(dialog.ui.previewDraft, Qt.MouseButton.LeftButton)

    assert "Kesesuaian tujuan wajib dipilih" in dialog.form.ui.hasilError.text()
    assert "ditandai merah" in dialog.ui.message.text()
    assert dialog.ui.message.property("masalah") is True
    assert dialog.findChild(PdfPreviewDialog) is None


def test_someone_who_only_looks_cannot_preview(services, people, step_window):
    make_agreements(services, people["admin"])
    cycle = start_cycle(services, people)
    (task,) = services.workflow.cycle_tasks(cycle.id)
    dialog = step_window(people["analis1"], task.id)
    assert not dialog.ui.previewDraft.isEnabled()


def test_saving_a_draft_is_told_plainly_and_keeps_the_form(
    qtbot, services, people, clock, step_window
):
    task, dialog = step_4_window(services, people, clock, step_window)

    qtbot.mouseClick(dialog.ui.saveDraft, Qt.MouseButton.LeftButton)

    assert dialog.ui.message.text() == "Draf tersimpan."
    assert dialog.ui.message.property("masalah") is False  # news, not in red
    assert services.workflow.task(task.id).draft == dialog.form.collect()


@pytest.mark.skipif(find_libreoffice() is None, reason="LibreOffice is not installed")
def test_cetak_in_the_step_window_is_told_plainly_and_a_refusal_in_red(
    qtbot, services, people, clock, step_window, printer, monkeypatch
):
    _, dialog = issued_step_1_window(services, people, clock, step_window)

    qtbot.mouseClick(dialog.ui.printDocument, Qt.MouseButton.LeftButton)
    assert dialog.ui.message.text() == "Dokumen dikirim ke pencetak."
    assert dialog.ui.message.property("masalah") is False
    assert printer.read_bytes().startswith(b"%PDF")

    monkeypatch.setenv("LP_REFUSES", "1")
    qtbot.mouseClick(dialog.ui.printDocument, Qt.MouseButton.LeftButton)
    assert "Pencetak menolak Surat Perintah v1" in dialog.ui.message.text()
    assert dialog.ui.message.property("masalah") is True


def test_buka_di_word_opens_the_archived_file_or_says_what_to_install(
    qtbot, services, people, clock, step_window, opened_files
):
    issued, dialog = issued_step_1_window(services, people, clock, step_window)

    qtbot.mouseClick(dialog.ui.openDocument, Qt.MouseButton.LeftButton)
    assert opened_files.paths == [str(issued.path)]

    QDesktopServices.unsetUrlHandler("file")  # a workstation with no program for .docx
    qtbot.mouseClick(dialog.ui.openDocument, Qt.MouseButton.LeftButton)
    assert "tidak memiliki program untuk membuka berkas .docx" in dialog.ui.message.text()
    assert dialog.ui.message.property("masalah") is True

    issued.path.unlink()  # the archive's drive is not connected
    qtbot.mouseClick(dialog.ui.openDocument, Qt.MouseButton.LeftButton)
    assert f"Berkas Surat Perintah tidak ditemukan di {issued.path}" in dialog.ui.message.text()


def test_a_step_completed_while_the_archive_is_out_of_reach_says_its_documents_wait(
    qtbot, services, people, clock, step_window, tmp_path
):
    make_agreements(services, people["admin"])
    cycle = start_cycle(services, people)
    (task,) = services.workflow.cycle_tasks(cycle.id)
    blocker = tmp_path / "drive-terputus"
    blocker.write_text("x")
    services.settings.set(people["admin"], {"folder_arsip": str(blocker / "arsip")})
    dialog = step_window(people["kabag"], task.id)

    qtbot.mouseClick(dialog.ui.complete, Qt.MouseButton.LeftButton)

    message = dialog.ui.message.text()
    assert message.startswith("Langkah selesai dan diteruskan, tetapi dokumennya belum dibuat:")
    assert "tidak dapat dijangkau" in message and "tekan Buat dokumen" in message
    assert dialog.ui.message.property("masalah") is True
    assert services.workflow.task(task.id).row.status == TaskStatus.DONE
    assert not dialog.ui.complete.isEnabled() and dialog.ui.generate.isEnabled()

    services.settings.set(people["admin"], {"folder_arsip": str(tmp_path / "arsip")})
    qtbot.mouseClick(dialog.ui.generate, Qt.MouseButton.LeftButton)
    assert listed(dialog)[0].startswith("Surat Perintah")
    assert Dokumen.select().count() == 1


def test_a_step_whose_documents_cannot_all_be_written_makes_none_and_says_why(
    qtbot, services, people, clock, step_window
):
    cycle = run_cycle(services, people, make_agreements(services, people["admin"]), clock, until=3)
    task = done_task(services, cycle, 3)
    schedule, instrument = services.documents.generate(people["ketua"], task.id)
    instrument.path.with_name(instrument.path.name.replace("-v1", "-v2")).mkdir()  # in its way
    dialog = step_window(people["ketua"], task.id)

    qtbot.mouseClick(dialog.ui.generate, Qt.MouseButton.LeftButton)

    assert " v2" not in " ".join(listed(dialog))
    assert "tidak dapat ditulis ke folder arsip" in dialog.ui.message.text()
    assert dialog.ui.message.property("masalah") is True
