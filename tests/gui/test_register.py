"""The register page: add, edit and delete with inline messages, the list of OPDs, Excel
import report, cancelling."""

from datetime import date

from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QProgressDialog, QPushButton

from monev_desktop.db.connection import write_transaction
from monev_desktop.db.models import KerjaSama, Opd, SiklusKerjaSama
from monev_desktop.gui.opd_dialog import OpdDialog
from monev_desktop.gui.register import AgreementDialog, ImportReportDialog, RegisterPage
from monev_desktop.gui.runner import Runner
from monev_desktop.services.excel import COLUMNS
from tests.factories import start_cycle
from tests.gui.modal import (
    answer_file_dialog,
    answer_message_box,
    press_in_message_box,
    when_shown,
)

SYNC = Runner(synchronous=True)


def page_for(qtbot, services, session, runner=None):
    page = RegisterPage(services, session, runner or Runner(synchronous=True))
    qtbot.addWidget(page)
    return page


def test_adding_an_agreement_shows_each_problem_under_its_field(qtbot, services, people):
    services.agreements.add_opd(people["admin"], "Dinas Kesehatan", "")
    page = page_for(qtbot, services, people["ketua"])
    dialog = page._edit(None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.nomor, "000.7/9/2025")
    dialog.ui.tanggalBerakhir.setDate(QDate(2000, 1, 1))
    qtbot.mouseClick(dialog.ui.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    dialog._on_save()
    assert dialog.ui.judulError.text() == "Judul wajib diisi."
    assert "OPD pelaksana" in dialog.ui.opdIdsError.text()
    assert "tidak boleh sebelum tanggal mulai" in dialog.ui.tanggalBerakhirError.text()
    assert KerjaSama.select().count() == 0
    qtbot.keyClicks(dialog.ui.judul, "KB Kesehatan")
    qtbot.keyClicks(dialog.ui.mitra, "Kota Bogor")
    dialog.ui.sifatKsdd.setCurrentIndex(1)
    dialog.ui.tanggalBerakhir.setDate(QDate(2027, 1, 1))
    dialog.ui.opdIds.item(0).setCheckState(Qt.CheckState.Checked)
    dialog._on_save()
    assert dialog.saved is not None and page.model.rowCount() == 1


def write_sheet(path, rows):
    book = Workbook()
    book.active.append([h for h, _, _ in COLUMNS])
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


ROW = [
    "KS/{n}",
    "",
    "KB {n}",
    "Mitra",
    "KSDPK",
    "",
    "NK",
    "",
    "Dinas Kesehatan",
    date(2025, 1, 1),
    date(2026, 1, 1),
    "",
    "",
    "",
]


def rows(count, start=0):
    return [
        [c.format(n=n) if isinstance(c, str) else c for c in ROW]
        for n in range(start, start + count)
    ]


def test_the_import_report_lists_bad_rows_and_can_import_the_good(
    qtbot, services, people, tmp_path
):
    services.agreements.add_opd(people["admin"], "Dinas Kesehatan", "")
    bad = rows(1, 99)
    bad[0][2] = ""
    path = write_sheet(tmp_path / "register.xlsx", rows(2) + bad)
    page = page_for(qtbot, services, people["ketua"])
    page.import_file(path)
    report = page.report
    assert isinstance(report, ImportReportDialog)
    assert report.ui.problems.rowCount() == 1
    assert [report.ui.problems.item(0, c).text() for c in range(2)] == ["4", "Judul"]
    assert KerjaSama.select().count() == 0
    qtbot.mouseClick(report.ui.importGood, Qt.MouseButton.LeftButton)
    assert KerjaSama.select().count() == 2 and page.model.rowCount() == 2


def test_a_first_import_adds_the_missing_opds_then_imports_the_good_rows(
    qtbot, services, people, tmp_path
):
    bad = rows(1, 99)
    bad[0][2] = ""
    path = write_sheet(tmp_path / "register.xlsx", rows(2) + bad)  # no OPD in the database
    page = page_for(qtbot, services, people["ketua"])
    page.import_file(path)
    report = page.report
    assert "1 OPD yang belum ada di Daftar OPD: Dinas Kesehatan" in report.ui.summary.text()
    assert not report.ui.importGood.isEnabled()  # no row is good yet
    assert not report.ui.addOpds.isHidden()
    qtbot.mouseClick(report.ui.addOpds, Qt.MouseButton.LeftButton)
    again = page.report
    assert again is not report and again.ui.addOpds.isHidden()  # being added already
    assert again.ui.importGood.text() == "&Impor 2 baris yang benar saja"
    assert KerjaSama.select().count() == 0 and Opd.select().count() == 0
    qtbot.mouseClick(again.ui.importGood, Qt.MouseButton.LeftButton)
    assert KerjaSama.select().count() == 2 and [o.nama for o in Opd.select()] == ["Dinas Kesehatan"]
    assert page.ui.summary.text() == (
        "2 kerja sama diimpor dari register.xlsx. "
        "1 OPD baru ditambahkan ke Daftar OPD: Dinas Kesehatan."
    )


def test_a_long_import_can_be_cancelled_and_writes_nothing(qtbot, services, people, tmp_path):
    services.agreements.add_opd(people["admin"], "Dinas Kesehatan", "")
    path = write_sheet(tmp_path / "besar.xlsx", rows(4000))
    runner = Runner(release=services.ctx.db.close)
    page = page_for(qtbot, services, people["ketua"], runner)
    page.show()
    page.import_file(path)
    qtbot.waitUntil(
        lambda: (
            page.findChild(QProgressDialog) is not None
            and page.findChild(QProgressDialog).isVisible()
        ),
        timeout=10_000,
    )
    dialog = page.findChild(QProgressDialog)
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert runner.wait(60_000)
    qtbot.waitUntil(lambda: page.findChild(QProgressDialog) is None, timeout=5000)
    assert KerjaSama.select().count() == 0
    assert page.model.rowCount() == 0


def test_the_template_import_and_export_go_through_the_file_dialogs(
    qtbot, services, people, tmp_path
):
    services.agreements.add_opd(people["admin"], "Dinas Kesehatan", "")
    page = page_for(qtbot, services, people["ketua"])
    template = tmp_path / "templat-register.xlsx"
    asked = answer_file_dialog(template)
    qtbot.mouseClick(page.ui.template, Qt.MouseButton.LeftButton)
    assert asked == ["Simpan templat impor"]
    book = load_workbook(template)
    assert [c.value for c in book["Register"][1]] == [h for h, _, _ in COLUMNS]
    for row in rows(2):
        book["Register"].append(row)
    book.save(template)

    asked = answer_file_dialog(template)
    qtbot.mouseClick(page.ui.importExcel, Qt.MouseButton.LeftButton)
    assert asked == ["Impor register dari Excel"]
    assert page.ui.summary.text() == "2 kerja sama diimpor dari templat-register.xlsx."
    assert page.model.rowCount() == 2

    exported = tmp_path / "register-kerja-sama.xlsx"
    answer_file_dialog(exported)
    qtbot.mouseClick(page.ui.exportExcel, Qt.MouseButton.LeftButton)
    assert page.ui.summary.text() == f"Register diekspor ke {exported}."
    sheet = load_workbook(exported).active
    assert [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)] == ["KS/0", "KS/1"]


def test_cancelling_a_file_dialog_writes_and_imports_nothing(qtbot, services, people, tmp_path):
    page = page_for(qtbot, services, people["ketua"])
    summary = page.ui.summary.text()
    for button in (page.ui.template, page.ui.importExcel, page.ui.exportExcel):
        asked = answer_file_dialog(None)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert len(asked) == 1
    assert page.ui.summary.text() == summary and page.report is None
    assert list(tmp_path.glob("*.xlsx")) == [] and KerjaSama.select().count() == 0


def test_the_agreement_file_is_picked_in_a_file_dialog(qtbot, services, people, tmp_path):
    scan = tmp_path / "pks-dinkes.pdf"
    scan.write_bytes(b"%PDF-1.4")
    dialog = page_for(qtbot, services, people["ketua"])._edit(None)
    qtbot.addWidget(dialog)
    asked = answer_file_dialog(scan)
    qtbot.mouseClick(dialog.ui.pilihBerkas, Qt.MouseButton.LeftButton)
    assert asked == ["Berkas dokumen kerja sama"]
    assert dialog.ui.berkas.text() == str(scan)
    press_in_message_box("Buang isian")  # the file chosen is typing not saved
    dialog.reject()
    assert not dialog.isVisible()


def test_closing_the_agreement_window_with_typing_not_saved_asks_first(qtbot, services, people):
    page = page_for(qtbot, services, people["ketua"])
    dialog = page._edit(None)
    qtbot.addWidget(dialog)
    dialog.reject()  # nothing typed: closes at once
    assert not dialog.isVisible()

    dialog = page._edit(None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.nomor, "000.7/10/2025")
    asked = press_in_message_box("Batal")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Isian kerja sama ini belum disimpan. Simpan sebelum menutup?"]
    assert dialog.isVisible() and dialog.ui.nomor.text() == "000.7/10/2025"

    press_in_message_box("Simpan")  # saving what is incomplete names the fields, and stays
    dialog.close()
    assert dialog.isVisible() and dialog.ui.judulError.text() == "Judul wajib diisi."

    press_in_message_box("Buang isian")
    dialog.close()
    assert not dialog.isVisible() and KerjaSama.select().count() == 0


def test_editing_keeps_the_register_and_its_colours(qtbot, services, people, clock):
    opd = services.agreements.add_opd(people["admin"], "Dinas Kesehatan", "")
    services.agreements.create(
        people["ketua"],
        {
            "nomor": "A/1",
            "judul": "NK Segera Berakhir",
            "mitra": "PT A",
            "jenis": "KSDPK",
            "bentuk": "NK",
            "tanggal_mulai": "2024-01-01",
            "tanggal_berakhir": "2025-03-08",
            "opd_ids": [opd],
        },
    )
    page = page_for(qtbot, services, people["ketua"])
    index = page.model.index(0, 0)
    assert (
        page.model.data(index, Qt.ItemDataRole.BackgroundRole).color().name() == "#f8d7da"
    )  # 7 days
    page.ui.table.setCurrentIndex(index)
    dialog = AgreementDialog(services, people["ketua"], SYNC, page.selected(), page)
    qtbot.addWidget(dialog)
    assert (
        dialog.ui.nomor.text() == "A/1"
        and dialog.ui.opdIds.item(0).checkState() == Qt.CheckState.Checked
    )
    dialog.ui.tanggalBerakhir.setDate(QDate(2026, 3, 8))
    dialog._on_save()
    assert services.agreements.list()[0].tanggal_berakhir == date(2026, 3, 8)


def test_days_left_read_as_words_and_sort_as_numbers(qtbot, services, people, clock):
    opd = services.agreements.add_opd(people["admin"], "Dinas Kesehatan", "")
    for number, ends in (("A/1", "2025-03-13"), ("A/2", "2025-03-03"), ("A/3", "2025-02-01")):
        services.agreements.create(
            people["ketua"],
            {
                "nomor": number,
                "judul": f"PKS {number}",
                "mitra": "PT A",
                "jenis": "KSDPK",
                "bentuk": "PKS",
                "tanggal_mulai": "2024-01-01",
                "tanggal_berakhir": ends,
                "opd_ids": [opd],
            },
        )
    page = page_for(qtbot, services, people["ketua"])
    column = [c.title for c in page.model.columns].index("Sisa hari")
    page.model.sort(column, Qt.SortOrder.DescendingOrder)
    shown = [page.model.data(page.model.index(r, column)) for r in range(3)]
    assert shown == ["10", "hari ini", "lewat 30"]  # today is 3 March 2025


def test_a_refusal_that_is_not_about_a_field_is_told_in_a_message_box(qtbot, services, people):
    services.agreements.add_opd(people["admin"], "Dinas Kesehatan", "")
    dialog = AgreementDialog(services, people["kabag"], SYNC, None)  # the Kabag does not edit it
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.nomor, "000.7/9/2025")
    qtbot.keyClicks(dialog.ui.judul, "PKS Pelayanan")
    qtbot.keyClicks(dialog.ui.mitra, "PT A")
    dialog.ui.opdIds.item(0).setCheckState(Qt.CheckState.Checked)
    told = answer_message_box(QMessageBox.StandardButton.Ok)
    dialog._on_save()
    assert len(told) == 1 and "tidak berwenang menambah kerja sama" in told[0], told
    assert dialog.ui.nomorError.text() == "" and dialog.saved is None
    assert KerjaSama.select().count() == 0


def test_an_agreement_edited_meanwhile_by_a_colleague_is_not_overwritten(
    qtbot, services, people, clock
):
    opd = services.agreements.add_opd(people["admin"], "Dinas Kesehatan", "")
    record = agreement_record(opd)
    opened = services.agreements.create(people["ketua"], record)
    dialog = AgreementDialog(services, people["analis1"], SYNC, opened)
    qtbot.addWidget(dialog)
    clock.advance(minutes=5)  # meanwhile, on the team lead's workstation
    services.agreements.update(
        people["ketua"], opened.id, {**record, "mitra": "PT A (Persero)"}, opened.version
    )
    dialog.ui.judul.setText("NK Layanan Kesehatan")
    told = answer_message_box(QMessageBox.StandardButton.Ok)
    dialog._on_save()
    assert len(told) == 1 and "sudah diubah oleh" in told[0] and "08.05" in told[0], told
    assert dialog.saved is None
    kept = services.agreements.get(opened.id)
    assert (kept.mitra, kept.judul, kept.version) == ("PT A (Persero)", "NK Layanan", 2)


def test_ubah_opens_the_agreement_as_it_is_now_not_as_the_list_was_loaded(qtbot, services, people):
    opd = services.agreements.add_opd(people["admin"], "Dinas Kesehatan", "")
    record = agreement_record(opd)
    created = services.agreements.create(people["ketua"], record)
    page = page_for(qtbot, services, people["analis1"])  # the list is loaded now
    services.agreements.update(
        people["ketua"], created.id, {**record, "mitra": "PT A (Persero)"}, created.version
    )
    page.ui.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.mouseClick(page.ui.edit, Qt.MouseButton.LeftButton)
    dialog = page.findChild(AgreementDialog)
    assert dialog.ui.mitra.text() == "PT A (Persero)"
    dialog.ui.judul.setText("NK Layanan Kesehatan")
    dialog._on_save()
    kept = services.agreements.get(created.id)
    assert (kept.mitra, kept.judul, kept.version) == ("PT A (Persero)", "NK Layanan Kesehatan", 3)


def agreement_record(opd: int) -> dict:
    return {
        "nomor": "A/1",
        "judul": "NK Layanan",
        "mitra": "PT A",
        "jenis": "KSDPK",
        "bentuk": "NK",
        "tanggal_mulai": "2024-01-01",
        "tanggal_berakhir": "2026-03-08",
        "opd_ids": [opd],
    }


def test_the_parent_is_found_by_typing_part_of_its_number_or_title(qtbot, services, people):
    opd = services.agreements.add_opd(people["admin"], "Dinas Kesehatan", "")
    for number, title, form in (
        ("A/1", "NK Layanan Kesehatan", "NK"),
        ("A/2", "PKS Pendidikan", "PKS"),
        ("A/3", "MoU Pariwisata", "MoU"),  # not a parent form
    ):
        services.agreements.create(
            people["ketua"],
            {**agreement_record(opd), "nomor": number, "judul": title, "bentuk": form},
        )
    dialog = page_for(qtbot, services, people["ketua"])._edit(None)
    qtbot.addWidget(dialog)
    dialog.show()
    parent = dialog.ui.indukId
    assert [parent.itemText(i) for i in range(parent.count())] == [
        "— tidak ada —",
        "A/1 — NK Layanan Kesehatan",
        "A/2 — PKS Pendidikan",
    ]
    parent.setFocus()
    parent.lineEdit().selectAll()
    qtbot.keyClicks(parent.lineEdit(), "kesehatan")  # part of the title, any case
    popup = parent.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert parent.completer().completionCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert parent.currentText() == "A/1 — NK Layanan Kesehatan"
    assert dialog.collect()["induk_id"] == services.agreements.list()[0].id

    parent.lineEdit().setText("A/9 — tidak ada")  # typed, but names no listed agreement
    dialog._on_save()
    assert "tidak ada di daftar" in dialog.ui.indukIdError.text()
    assert dialog.ui.nomorError.text() == "Nomor wajib diisi."  # every bad field at once
    assert dialog.saved is None and KerjaSama.select().count() == 3

    parent.lineEdit().clear()  # no parent
    qtbot.keyClicks(dialog.ui.nomor, "A/4")
    qtbot.keyClicks(dialog.ui.judul, "KB Baru")
    qtbot.keyClicks(dialog.ui.mitra, "Kota Bogor")
    dialog.ui.sifatKsdd.setCurrentIndex(1)
    dialog.ui.bentuk.setCurrentIndex(dialog.ui.bentuk.findData("KB"))
    dialog.ui.opdIds.item(0).setCheckState(Qt.CheckState.Checked)
    dialog._on_save()
    assert dialog.saved is not None and dialog.saved.induk_id is None


def test_an_agreement_is_not_offered_as_its_own_parent(qtbot, services, people):
    opd = services.agreements.add_opd(people["admin"], "Dinas Kesehatan", "")
    own = services.agreements.create(people["ketua"], agreement_record(opd))
    dialog = AgreementDialog(services, people["ketua"], SYNC, own)
    qtbot.addWidget(dialog)
    assert dialog.ui.indukId.count() == 1


def test_a_save_waiting_for_another_workstation_does_not_freeze_the_window(
    qtbot, services, people, other_workstation
):
    opd = services.agreements.add_opd(people["admin"], "Dinas Kesehatan", "")
    runner = Runner(release=services.ctx.db.close)
    page = page_for(qtbot, services, people["ketua"], runner)
    assert runner.wait()
    dialog = page._edit(None)  # the page owns it, and deletes it once closed
    record = agreement_record(opd)
    for field in ("nomor", "judul", "mitra"):
        getattr(dialog.ui, field).setText(record[field])
    for field in ("jenis", "bentuk"):
        combo = getattr(dialog.ui, field)
        combo.setCurrentIndex(combo.findData(record[field]))
    dialog.ui.opdIds.item(0).setCheckState(Qt.CheckState.Checked)
    with write_transaction(other_workstation):  # it is saving, and takes its time
        qtbot.mouseClick(
            dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save),
            Qt.MouseButton.LeftButton,
        )
        assert not dialog.ui.buttons.isEnabled()
        qtbot.wait(300)  # the window goes on answering meanwhile
        assert dialog.saved is None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=10_000)
    assert dialog.saved.nomor == "A/1"
    qtbot.waitUntil(lambda: not page.findChildren(AgreementDialog))
    assert runner.wait()


def test_editing_keeps_a_parent_whatever_its_form(qtbot, services, people):
    opd = services.agreements.add_opd(people["admin"], "Dinas Kesehatan", "")
    record = agreement_record(opd)
    parent = services.agreements.create(people["ketua"], {**record, "bentuk": "MoU"})
    child = services.agreements.create(
        people["ketua"],
        {**record, "nomor": "A/2", "bentuk": "Adendum", "induk_id": parent.id},
    )
    dialog = AgreementDialog(services, people["ketua"], SYNC, child)
    qtbot.addWidget(dialog)
    assert dialog.ui.indukId.currentText() == "A/1 — NK Layanan"  # an MoU, still shown
    dialog.ui.judul.setText("Adendum NK Layanan")
    dialog._on_save()
    assert dialog.saved is not None and dialog.saved.induk_id == parent.id


def test_hapus_deletes_an_agreement_once_asked_and_tells_why_it_cannot(qtbot, services, people):
    opd = services.agreements.add_opd(people["admin"], "Dinas Kesehatan", "")
    services.agreements.create(people["ketua"], agreement_record(opd))
    used = services.agreements.create(people["ketua"], {**agreement_record(opd), "nomor": "B/2"})
    page = page_for(qtbot, services, people["analis1"])

    def select(nomor):
        (row,) = [r for r in range(page.model.rowCount()) if page.model.row_at(r).nomor == nomor]
        page.ui.table.setCurrentIndex(page.model.index(row, 0))

    select("A/1")
    asked = answer_message_box(QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.ui.remove, Qt.MouseButton.LeftButton)
    assert asked == ["Hapus A/1 — NK Layanan dari register? Riwayatnya tetap tercatat."]
    assert page.model.rowCount() == 2
    answer_message_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.ui.remove, Qt.MouseButton.LeftButton)
    assert [page.model.row_at(r).nomor for r in range(page.model.rowCount())] == ["B/2"]

    cycle = start_cycle(services, people)
    SiklusKerjaSama.create(siklus=cycle.id, kerja_sama=used.id)  # what step 2 records
    select("B/2")
    told = []

    def yes_then_read(question):
        question.button(QMessageBox.StandardButton.Yes).click()
        when_shown(QMessageBox, lambda refusal: (told.append(refusal.text()), refusal.accept()))

    when_shown(QMessageBox, yes_then_read)
    qtbot.mouseClick(page.ui.remove, Qt.MouseButton.LeftButton)
    assert told == [
        "Kerja sama B/2 sudah dipakai dalam Monev 2025 periode 1, jadi tidak dapat dihapus. "
        "Bila sudah tidak berlaku, ubah Status keputusan-nya menjadi dihentikan."
    ]
    assert page.model.rowCount() == 1


def test_daftar_opd_adds_renames_and_removes_the_office_s_opds(qtbot, services, people):
    used = services.agreements.add_opd(people["admin"], "Dinas Kesehatan", "Dinkes")
    services.agreements.create(people["ketua"], agreement_record(used))
    page = page_for(qtbot, services, people["analis1"])
    qtbot.mouseClick(page.ui.opdList, Qt.MouseButton.LeftButton)
    dialog = page.findChild(OpdDialog)
    assert dialog.isVisible() and not dialog.ui.rename.isEnabled()

    qtbot.keyClicks(dialog.ui.nama, "Dinas Pariwisata")
    qtbot.keyClicks(dialog.ui.singkatan, "Dispar")
    qtbot.mouseClick(dialog.ui.add, Qt.MouseButton.LeftButton)
    assert dialog.ui.message.text() == "OPD Dinas Pariwisata ditambahkan."
    names = [dialog.model.row_at(r).name for r in range(dialog.model.rowCount())]
    assert names == ["Dinas Kesehatan", "Dinas Pariwisata"] and dialog.ui.nama.text() == ""

    dialog.ui.opds.setCurrentIndex(dialog.model.index(0, 0))
    assert dialog.ui.nama.text() == "Dinas Kesehatan" and dialog.ui.singkatan.text() == "Dinkes"
    dialog.ui.nama.setText("Dinas Kesehatan Kota")
    qtbot.mouseClick(dialog.ui.rename, Qt.MouseButton.LeftButton)
    assert page.model.row_at(0).opd_names == ("Dinas Kesehatan Kota",)  # the register follows

    dialog.ui.opds.setCurrentIndex(dialog.model.index(0, 0))
    answer_message_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.ui.remove, Qt.MouseButton.LeftButton)
    assert dialog.ui.message.text().startswith("OPD Dinas Kesehatan Kota dipakai oleh 1 kerja sama")
    dialog.ui.opds.setCurrentIndex(dialog.model.index(1, 0))
    asked = answer_message_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.ui.remove, Qt.MouseButton.LeftButton)
    assert asked == ["Hapus OPD Dinas Pariwisata dari daftar?"]
    assert [e.name for e in services.agreements.opd_entries()] == ["Dinas Kesehatan Kota"]
    qtbot.mouseClick(dialog.ui.closeDialog, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_a_new_office_is_told_where_to_add_its_first_opd(qtbot, services, people):
    dialog = AgreementDialog(services, people["analis1"], SYNC, None)
    qtbot.addWidget(dialog)
    assert dialog.ui.opdIdsError.text() == (
        "Belum ada OPD; tambahkan dulu lewat Daftar OPD… di halaman Register."
    )
    assert not dialog.ui.opdIdsError.isHidden()
