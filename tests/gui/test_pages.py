"""Dokumen, Dasbor and Pengaturan as a person uses them."""

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from monev_desktop.db.models import Riwayat
from monev_desktop.documents.pdf import find_libreoffice
from monev_desktop.gui.dashboard_page import DashboardPage
from monev_desktop.gui.documents_page import DocumentsPage
from monev_desktop.gui.pdf_preview import PdfPreviewDialog
from monev_desktop.gui.runner import Runner
from monev_desktop.gui.scratch import scratch_root
from monev_desktop.gui.settings_page import SettingsPage
from tests.cycles import done_task, run_cycle
from tests.factories import make_agreements
from tests.gui.modal import answer_file_dialog, answer_message_box


def test_the_document_archive_lists_every_version_previews_and_exports(
    qtbot, services, people, clock, tmp_path, monkeypatch
):
    agreements = make_agreements(services, people["admin"])
    cycle = run_cycle(services, people, agreements, clock, until=2)
    for _ in range(2):
        services.documents.generate(people["kabag"], done_task(services, cycle, 1).id)
    page = DocumentsPage(services, Runner(synchronous=True))
    qtbot.addWidget(page)
    assert [page.model.row_at(i).version for i in range(page.model.rowCount())] == [2]
    assert "1 versi lama tidak ditampilkan" in page.ui.summary.text()
    page.ui.oldVersions.setChecked(True)
    assert [page.model.row_at(i).version for i in range(page.model.rowCount())] == [1, 2]
    qtbot.keyClicks(page.ui.search, "tidak ada")
    assert page.model.rowCount() == 0
    page.ui.search.clear()
    if find_libreoffice():
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
        page.ui.table.selectRow(0)
        qtbot.mouseClick(page.ui.previewDocument, Qt.MouseButton.LeftButton)
        preview = page.findChild(PdfPreviewDialog)
        assert preview is not None and preview.document.pageCount() == 1
        assert preview.pdfs[0][1].parent.parent == scratch_root()  # deleted a day later
        folder = tmp_path / "kirim"
        folder.mkdir()
        asked = answer_file_dialog(folder)
        qtbot.mouseClick(page.ui.exportPdf, Qt.MouseButton.LeftButton)
        assert asked == ["Simpan PDF ke folder"]
        (pdf,) = folder.glob("*.pdf")
        assert page.ui.summary.text() == f"PDF disimpan: {pdf}"
        assert pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.skipif(find_libreoffice() is None, reason="LibreOffice is not installed")
def test_cetak_sends_the_chosen_version_to_the_printer_or_says_why_not(
    qtbot, services, people, clock, printer, monkeypatch
):
    agreements = make_agreements(services, people["admin"])
    cycle = run_cycle(services, people, agreements, clock, until=1)
    services.documents.generate(people["kabag"], done_task(services, cycle, 1).id)
    page = DocumentsPage(services, Runner(synchronous=True))
    qtbot.addWidget(page)
    page.ui.table.selectRow(0)

    qtbot.mouseClick(page.ui.printDocument, Qt.MouseButton.LeftButton)
    assert page.ui.summary.text() == "Dokumen dikirim ke pencetak."
    assert printer.read_bytes().startswith(b"%PDF")

    monkeypatch.setenv("LP_REFUSES", "1")
    told = answer_message_box(QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(page.ui.printDocument, Qt.MouseButton.LeftButton)
    assert len(told) == 1 and "Pencetak menolak" in told[0] and "pencetak bawaan" in told[0]


@pytest.mark.skipif(find_libreoffice() is None, reason="LibreOffice is not installed")
def test_cetak_clicked_twice_while_the_pdf_is_made_prints_once(
    qtbot, services, people, clock, printer
):
    agreements = make_agreements(services, people["admin"])
    cycle = run_cycle(services, people, agreements, clock, until=1)
    services.documents.generate(people["kabag"], done_task(services, cycle, 1).id)
    runner = Runner(release=services.ctx.db.close)
    page = DocumentsPage(services, runner)
    qtbot.addWidget(page)
    page.ui.table.selectRow(0)
    for _ in range(2):
        qtbot.mouseClick(page.ui.printDocument, Qt.MouseButton.LeftButton)
    assert not page.ui.printDocument.isEnabled()
    qtbot.waitUntil(
        lambda: page.ui.summary.text() == "Dokumen dikirim ke pencetak.", timeout=60_000
    )
    assert runner.wait() and page.ui.printDocument.isEnabled()
    assert len(printer.with_name(f"{printer.name}.jobs").read_text().splitlines()) == 1


def test_a_missing_archive_file_is_named_wherever_it_is_asked_for(
    qtbot, services, people, clock, printer
):
    agreements = make_agreements(services, people["admin"])
    cycle = run_cycle(services, people, agreements, clock, until=1)
    (issued,) = services.documents.generate(people["kabag"], done_task(services, cycle, 1).id)
    issued.path.unlink()  # the archive's drive is not connected
    page = DocumentsPage(services, Runner(synchronous=True))
    qtbot.addWidget(page)
    page.ui.table.selectRow(0)

    for button in (page.ui.openDocument, page.ui.previewDocument, page.ui.printDocument):
        told = answer_message_box(QMessageBox.StandardButton.Ok)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert len(told) == 1 and f"tidak ditemukan di {issued.path}" in told[0], button.text()
    assert not printer.exists()


def test_the_dashboard_draws_its_charts(qtbot, services, people, clock):
    agreements = make_agreements(services, people["admin"])
    run_cycle(services, people, agreements, clock)
    page = DashboardPage(services, Runner(synchronous=True))
    qtbot.addWidget(page)
    charts = {name: view.chart() for name, view in page.views.items()}
    assert charts["typeHost"].series()[0].barSets()[0].at(0) == 3  # three KSDPK
    assert len(charts["stepsHost"].series()[0].barSets()) == 2
    status = charts["statusHost"]
    assert [m.label() for m in status.legend().markers()] == [
        s.label() for s in status.series()[0].slices()
    ]  # every status named in the legend, however thin its slice
    assert status.legend().isVisible()
    assert page.figures.steps[0].completed == 1
    assert page.expiring.rowCount() == 0


def add_analyst_andi(qtbot, page):
    qtbot.keyClicks(page.ui.userNama, "Andi Wijaya, S.E.")
    qtbot.keyClicks(page.ui.userUsername, "andi")
    qtbot.keyClicks(page.ui.userPassword, "sandi-andi-1")
    page.ui.userRoles.item(2).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(page.ui.addUser, Qt.MouseButton.LeftButton)
    assert page.ui.userMessage.text() == "Pengguna andi ditambahkan."


def test_settings_refuse_bad_values_and_add_people_and_days(qtbot, services, people):
    page = SettingsPage(services, people["admin"], Runner(synchronous=True))
    qtbot.addWidget(page)
    page.fields["jam_kerja_mulai"].setText("7.30")
    qtbot.mouseClick(page.ui.saveOffice, Qt.MouseButton.LeftButton)
    assert "JJ:MM" in page.ui.officeMessage.text()
    assert page.ui.officeMessage.property("masalah") is True  # in red
    page.fields["jam_kerja_mulai"].setText("08:00")
    page.numbering.item(0, 1).setText("{kode}/{urut}/{unit}/{bulan}/{tahun}")
    qtbot.mouseClick(page.ui.saveOffice, Qt.MouseButton.LeftButton)
    assert page.ui.officeMessage.text() == "Tersimpan."
    assert page.ui.officeMessage.property("masalah") is False  # news, not in red
    assert (
        services.settings.get("penomoran")["surat_perintah"]["pattern"]
        == "{kode}/{urut}/{unit}/{bulan}/{tahun}"
    )

    add_analyst_andi(qtbot, page)
    assert page.ui.userMessage.property("masalah") is False
    assert services.accounts.login("andi", "sandi-andi-1").roles

    page.ui.dayDate.setDate(QDate(2025, 3, 4))
    qtbot.mouseClick(page.ui.addDay, Qt.MouseButton.LeftButton)
    assert page.ui.dayList.count() == 1
    assert not services.calendar.calendar().is_working_day(QDate(2025, 3, 4).toPython())
    assert page.ui.dayMessage.property("masalah") is False

    page.ui.actingPerson.setCurrentIndex(
        page.ui.actingPerson.findText("Siti Nurhaliza, S.IP., M.AP.")
    )
    page.ui.actingEnd.setDate(page.ui.actingStart.date().addDays(3))
    qtbot.mouseClick(page.ui.addActing, Qt.MouseButton.LeftButton)
    assert page.ui.actingList.count() == 1 and "Plh." in page.ui.actingList.item(0).text()
    assert page.ui.actingMessage.text() == "Penunjukan disimpan."
    assert page.ui.actingMessage.property("masalah") is False


def test_the_paper_is_chosen_from_a_list_and_paths_can_be_picked(qtbot, services, people, tmp_path):
    page = SettingsPage(services, people["admin"], Runner(synchronous=True))
    qtbot.addWidget(page)
    paper = page.fields["ukuran_kertas"].combo
    assert [paper.itemText(i) for i in range(paper.count())] == ["F4", "A4"]
    assert paper.currentText() == "F4"
    paper.setCurrentText("A4")
    qtbot.mouseClick(page.ui.saveOffice, Qt.MouseButton.LeftButton)
    assert page.ui.officeMessage.text() == "Tersimpan."
    assert services.settings.get("ukuran_kertas") == "A4"
    for key in ("logo", "folder_arsip", "folder_templat"):
        assert page.fields[key].pick.text() == "Pilih…"
    page.fields["folder_arsip"].setText(str(tmp_path / "arsip-bersama"))
    qtbot.mouseClick(page.ui.saveOffice, Qt.MouseButton.LeftButton)
    assert services.settings.get("folder_arsip") == str(tmp_path / "arsip-bersama")


def test_folders_and_the_logo_are_picked_in_file_dialogs(qtbot, services, people, tmp_path):
    page = SettingsPage(services, people["admin"], Runner(synchronous=True))
    qtbot.addWidget(page)
    logo = tmp_path / "logo-kota.png"
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    assert image.save(str(logo))
    shared = tmp_path / "arsip-bersama"
    shared.mkdir()
    for key, chosen, title in (
        ("logo", logo, "Berkas logo kop (PNG/JPG)"),
        ("folder_arsip", shared, "Folder arsip dokumen"),
    ):
        asked = answer_file_dialog(chosen)
        qtbot.mouseClick(page.fields[key].pick, Qt.MouseButton.LeftButton)
        assert asked == [title] and page.fields[key].text() == str(chosen)
    templates = page.fields["folder_templat"]
    templates.setText(str(tmp_path / "templat-kantor"))
    asked = answer_file_dialog(None)  # Batal keeps what was there
    qtbot.mouseClick(templates.pick, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and templates.text() == str(tmp_path / "templat-kantor")
    qtbot.mouseClick(page.ui.saveOffice, Qt.MouseButton.LeftButton)
    assert services.settings.get("logo") == str(logo)
    assert services.settings.get("folder_arsip") == str(shared)

    backups = tmp_path / "cadangan"
    backups.mkdir()
    asked = answer_file_dialog(backups)
    qtbot.mouseClick(page.ui.pickBackupFolder, Qt.MouseButton.LeftButton)
    assert asked == ["Folder cadangan"] and page.ui.backupFolder.text() == str(backups)
    qtbot.mouseClick(page.ui.saveBackup, Qt.MouseButton.LeftButton)
    assert services.backup.default_folder() == backups
    assert page.ui.backupStatus.text() == "Tersimpan."  # not overwritten by the refresh
    assert page.ui.backupStatus.property("masalah") is False


def test_two_admins_saving_different_fields_keep_both_changes(qtbot, services, people):
    here, there = (SettingsPage(services, people["admin"], Runner(synchronous=True)) for _ in "ab")
    qtbot.addWidget(here)
    qtbot.addWidget(there)
    here.fields["kota"].setText("Kota Tangerang")
    qtbot.mouseClick(here.ui.saveOffice, Qt.MouseButton.LeftButton)
    there.fields["huruf"].setText("Bookman Old Style")  # the page still shows the old Tempat
    qtbot.mouseClick(there.ui.saveOffice, Qt.MouseButton.LeftButton)
    assert there.ui.officeMessage.text() == "Tersimpan."
    assert (services.settings.get("kota"), services.settings.get("huruf")) == (
        "Kota Tangerang",
        "Bookman Old Style",
    )
    changes = [
        r.sesudah
        for r in Riwayat.select().where(Riwayat.aksi == "ubah_pengaturan").order_by(Riwayat.id)
    ]
    assert changes == [{"kota": "Kota Tangerang"}, {"huruf": "Bookman Old Style"}]


def test_unsaved_edits_in_one_section_survive_saving_another(qtbot, services, people, tmp_path):
    page = SettingsPage(services, people["admin"], Runner(synchronous=True))
    qtbot.addWidget(page)
    page.fields["kota"].setText("Kota Tangerang")  # typed, not yet saved
    page.numbering.item(0, 2).setText("000.1")
    page.ui.backupFolder.setText(str(tmp_path / "cadangan"))
    page.ui.backupKeep.setValue(7)

    page.ui.dayDate.setDate(QDate(2025, 3, 4))
    qtbot.mouseClick(page.ui.addDay, Qt.MouseButton.LeftButton)
    page.ui.dayList.setCurrentRow(0)
    qtbot.mouseClick(page.ui.removeDay, Qt.MouseButton.LeftButton)
    assert page.ui.dayList.count() == 0 and page.ui.dayMessage.text() == "Hari dihapus."
    add_analyst_andi(qtbot, page)
    assert page.ui.actingPerson.findText("Andi Wijaya, S.E.") >= 0
    qtbot.mouseClick(page.ui.saveOffice, Qt.MouseButton.LeftButton)  # the backup edits stay

    assert page.fields["kota"].text() == "Kota Tangerang"
    assert services.settings.get("kota") == "Kota Tangerang"
    assert services.settings.get("penomoran")["surat_perintah"]["kode"] == "000.1"
    assert page.ui.backupFolder.text() == str(tmp_path / "cadangan")
    assert page.ui.backupKeep.value() == 7


def test_a_user_is_added_off_the_gui_thread_with_the_button_waiting(qtbot, services, people):
    runner = Runner(release=services.ctx.db.close)
    page = SettingsPage(services, people["admin"], runner)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.ui.userNama, "Andi Wijaya, S.E.")
    qtbot.keyClicks(page.ui.userUsername, "andi")
    qtbot.keyClicks(page.ui.userPassword, "sandi-andi-1")
    page.ui.userRoles.item(2).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(page.ui.addUser, Qt.MouseButton.LeftButton)
    assert not page.ui.addUser.isEnabled()  # the password is hashed meanwhile
    qtbot.waitUntil(lambda: page.ui.userMessage.text() == "Pengguna andi ditambahkan.")
    assert page.ui.addUser.isEnabled() and page.ui.userNama.text() == ""
    assert runner.wait() and services.accounts.login("andi", "sandi-andi-1").roles
