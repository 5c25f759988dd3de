"""Three roles log in in turn and drive one whole cycle through the windows, step 1 to 9."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableWidgetItem

from monev_desktop.db.models import Siklus
from monev_desktop.gui.cycle_dialogs import StartCycleDialog
from monev_desktop.gui.login import LoginDialog
from monev_desktop.gui.main_window import MainWindow
from monev_desktop.gui.reason_dialog import ReasonDialog
from monev_desktop.gui.runner import Runner
from tests.conftest import PASSWORD
from tests.factories import make_agreements
from tests.gui.modal import when_shown


def log_in(qtbot, services, username):
    dialog = LoginDialog(services.accounts)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.username, username)
    qtbot.keyClicks(dialog.ui.password, PASSWORD)
    dialog.ui.buttons.accepted.emit()
    assert dialog.session is not None, dialog.ui.message.text()
    window = MainWindow(services, dialog.session, Runner(synchronous=True))
    qtbot.addWidget(window)
    return window


def open_only_task(qtbot, window, step):
    inbox = window.inbox
    inbox.ui.listChoice.setCurrentIndex(inbox.ui.listChoice.findData("semua"))
    assert inbox.model.rowCount() == 1, [t.step for t in inbox.model.rows]
    assert inbox.model.rows[0].step == step
    inbox.ui.table.selectRow(0)
    qtbot.mouseClick(inbox.ui.openTask, Qt.MouseButton.LeftButton)
    dialog = window.dialogs[-1]
    qtbot.addWidget(dialog)
    return dialog


def complete(qtbot, dialog):
    qtbot.mouseClick(dialog.ui.complete, Qt.MouseButton.LeftButton)
    assert "Langkah selesai" in dialog.ui.message.text(), dialog.ui.message.text()
    assert dialog.ui.message.property("masalah") is False  # news, not in red
    assert dialog.ui.documents.count() >= 1


def set_cell(table, row, column, text):
    table.setItem(row, column, QTableWidgetItem(text))


def choose(table, row, column, index=1):
    combo = table.cellWidget(row, column)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(index)


def test_a_whole_cycle_through_the_windows(qtbot, services, people):
    agreements = make_agreements(services, people["admin"])

    kabag = log_in(qtbot, services, "kabag")
    start = StartCycleDialog(services, kabag.session, kabag.runner, kabag)
    qtbot.addWidget(start)
    qtbot.keyClicks(start.ui.kepwalNomor, "100.3.3.2/Kep.112-Huk/2025")
    start.ui.buttons.accepted.emit()
    assert start.cycle is not None, start.ui.error.text()
    kabag.refresh()
    step1 = open_only_task(qtbot, kabag, 1)
    assert step1.form.ui.ketuaTimId.currentText() == "Siti Nurhaliza, S.IP., M.AP."
    complete(qtbot, step1)

    ketua = log_in(qtbot, services, "ketua")
    step2 = open_only_task(qtbot, ketua, 2)
    assert step2.form.ui.kerjaSamaIds.count() == len(agreements)
    complete(qtbot, step2)
    ketua.refresh()
    step3 = open_only_task(qtbot, ketua, 3)
    assert step3.form.ui.jadwal.rowCount() == 1  # one OPD in scope
    complete(qtbot, step3)

    analyst = log_in(qtbot, services, "analis1")
    step4 = open_only_task(qtbot, analyst, 4)
    qtbot.mouseClick(step4.ui.complete, Qt.MouseButton.LeftButton)
    assert "Kesesuaian tujuan wajib dipilih" in step4.form.ui.hasilError.text()
    table = step4.form.ui.hasil
    for row in range(table.rowCount()):
        for column in range(1, 12):
            choose(table, row, column)
    complete(qtbot, step4)
    analyst.refresh()
    complete(qtbot, open_only_task(qtbot, analyst, 5))

    ketua.refresh()
    complete(qtbot, open_only_task(qtbot, ketua, 6))

    kabag.refresh()
    step7 = open_only_task(qtbot, kabag, 7)
    qtbot.mouseClick(step7.form.ui.temuanTambah, Qt.MouseButton.LeftButton)
    set_cell(step7.form.ui.temuan, 0, 1, "Laporan berkala mitra terlambat.")
    set_cell(step7.form.ui.temuan, 0, 2, "Mitra diminta melapor tiap triwulan.")
    step7.form.ui.kesimpulan.setPlainText("Kerja sama berjalan baik dengan catatan.")
    complete(qtbot, step7)
    kabag.refresh()
    step8 = open_only_task(qtbot, kabag, 8)
    step8.form.ui.arahan.setPlainText("Tindak lanjuti temuan bersama OPD.")
    qtbot.mouseClick(step8.form.ui.tindakLanjutTambah, Qt.MouseButton.LeftButton)
    set_cell(step8.form.ui.tindakLanjut, 0, 0, "Surati mitra untuk laporan triwulan.")
    step8.form.ui.tindakLanjut.cellWidget(0, 1).setCurrentText("Siti Nurhaliza, S.IP., M.AP.")
    complete(qtbot, step8)

    ketua.refresh()
    step9 = open_only_task(qtbot, ketua, 9)
    choose(step9.form.ui.status, 0, 4, 2)  # selesai
    step9.form.ui.kesimpulan.setPlainText("Seluruh tindak lanjut selesai.")
    complete(qtbot, step9)

    assert Siklus.get_by_id(start.cycle.id).status == "selesai"
    kinds = {d.kind for d in services.documents.documents(start.cycle.id)}
    assert len(kinds) == 11
    ketua.refresh()
    timeline = ketua.page("cycles").steps.rows
    assert [r.status for r in timeline] == ["selesai"] * 9


def test_role_isolation_and_a_late_step_asks_for_its_reason(qtbot, services, people, clock):
    make_agreements(services, people["admin"])
    kabag = log_in(qtbot, services, "kabag")
    start = StartCycleDialog(services, kabag.session, kabag.runner, kabag)
    qtbot.addWidget(start)
    qtbot.keyClicks(start.ui.kepwalNomor, "K/1")
    start.ui.buttons.accepted.emit()
    analyst = log_in(qtbot, services, "analis1")
    analyst.inbox.ui.listChoice.setCurrentIndex(analyst.inbox.ui.listChoice.findData("semua"))
    assert analyst.inbox.model.rowCount() == 0
    task_id = services.workflow.inbox(people["kabag"])[0].id
    peek = analyst.open_task(task_id)
    qtbot.addWidget(peek)
    assert not peek.ui.complete.isEnabled() and not peek.form.isEnabled()
    assert "hanya dapat melihatnya" in peek.ui.notice.text()

    clock.advance(hours=3)
    kabag.refresh()
    step1 = open_only_task(qtbot, kabag, 1)
    assert "melewati tenggat" in step1.ui.notice.text()

    def answer_reason(dialog):
        dialog.ui.buttons.accepted.emit()  # empty first: refused
        assert dialog.ui.error.text() == "Alasan wajib diisi."
        dialog.ui.reason.setPlainText("Menunggu Kepwal TKKSD yang baru.")
        dialog.ui.buttons.accepted.emit()

    when_shown(ReasonDialog, answer_reason)
    complete(qtbot, step1)
    assert services.workflow.timeline(start.cycle.id)[0].note == "Menunggu Kepwal TKKSD yang baru."
