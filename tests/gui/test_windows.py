"""The first screens, driven as a person would: pytest-qt, offscreen, on a real database."""

import importlib
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6 import QtWidgets
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from monev_desktop.db.connection import write_transaction
from monev_desktop.db.models import Opd, Riwayat
from monev_desktop.gui.inbox import COLUMNS, InboxTableModel
from monev_desktop.gui.login import LoginDialog, SetupDialog
from monev_desktop.gui.main_window import MainWindow
from monev_desktop.gui.runner import Runner
from tests.conftest import PASSWORD
from tests.cycles import run_cycle
from tests.factories import make_agreements, start_cycle
from tests.gui.modal import answer_file_dialog, answer_message_box

ROOT = Path(__file__).resolve().parents[2]


def window_for(qtbot, services, session):
    window = MainWindow(services, session, Runner(synchronous=True))
    qtbot.addWidget(window)
    return window


def test_first_start_creates_the_administrator(qtbot, services):
    dialog = SetupDialog(services.accounts)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.nama, "Rina Marlina, S.Kom.")
    qtbot.keyClicks(dialog.ui.nip, "12")
    qtbot.keyClicks(dialog.ui.username, "admin")
    qtbot.keyClicks(dialog.ui.password, "sandi-admin-1")
    qtbot.keyClicks(dialog.ui.repeat, "sandi-admin-2")
    dialog.ui.buttons.accepted.emit()
    assert "tidak sama" in dialog.ui.error.text()
    dialog.ui.repeat.clear()
    qtbot.keyClicks(dialog.ui.repeat, "sandi-admin-1")
    dialog.ui.buttons.accepted.emit()
    assert "18 angka" in dialog.ui.error.text()
    assert not services.accounts.has_users()
    dialog.ui.nip.clear()
    dialog.ui.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.session.username == "admin"


def test_login_shows_the_reason_and_clears_the_password(qtbot, services, people):
    dialog = LoginDialog(services.accounts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.ui.username, "kabag")
    qtbot.keyClicks(dialog.ui.password, "keliru-sekali")
    qtbot.keyClick(dialog.ui.password, Qt.Key.Key_Return)
    assert dialog.ui.message.text() == "Nama pengguna atau kata sandi salah."
    assert dialog.ui.password.text() == ""
    qtbot.keyClicks(dialog.ui.password, PASSWORD)
    qtbot.keyClick(dialog.ui.password, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.session.name == "Dr. H. Ahmad Fauzi, S.STP., M.Si."


def test_the_password_is_checked_off_the_gui_thread_and_the_window_says_so(qtbot, services, people):
    runner = Runner(release=services.ctx.db.close)
    dialog = LoginDialog(services.accounts, runner=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    masuk = dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok)
    qtbot.keyClicks(dialog.ui.username, "kabag")
    qtbot.keyClicks(dialog.ui.password, "keliru-sekali")
    qtbot.keyClick(dialog.ui.password, Qt.Key.Key_Return)
    assert dialog.ui.message.text() == "Memeriksa kata sandi…"
    assert dialog.ui.message.property("masalah") is False  # told plainly, not in red
    assert not masuk.isEnabled() and not dialog.ui.password.isEnabled()
    qtbot.waitUntil(lambda: dialog.ui.message.text() == "Nama pengguna atau kata sandi salah.")
    assert dialog.ui.message.property("masalah") is True
    assert masuk.isEnabled() and dialog.ui.password.isEnabled() and dialog.ui.password.text() == ""
    qtbot.keyClicks(dialog.ui.password, PASSWORD)
    qtbot.keyClick(dialog.ui.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted)
    assert dialog.session.username == "kabag"
    assert runner.wait()


def test_the_inbox_shows_my_tasks_only_and_filters_as_i_type(qtbot, services, people):
    start_cycle(services, people)
    kabag = window_for(qtbot, services, people["kabag"])
    inbox = kabag.inbox
    inbox.ui.listChoice.setCurrentIndex(inbox.ui.listChoice.findData("semua"))
    assert inbox.model.rowCount() == 1
    assert "Kepala Bagian Pemerintahan" in kabag.statusBar().currentMessage()
    assert inbox.ui.listChoice.itemText(1).endswith("(1)")  # unclaimed for my role
    qtbot.keyClicks(inbox.ui.search, "tidak ada yang cocok")
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 0)
    inbox.ui.search.clear()
    qtbot.keyClicks(inbox.ui.search, "menugaskan")
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1)
    analyst = window_for(qtbot, services, people["analis1"])
    analyst.inbox.ui.listChoice.setCurrentIndex(analyst.inbox.ui.listChoice.findData("semua"))
    assert analyst.inbox.model.rowCount() == 0
    assert (
        analyst.inbox.ui.summary.text()
        == "0 tugas saya, 0 belum diambil untuk peran saya, 0 terlambat."
    )


def test_each_list_of_the_inbox_shows_its_own_tasks(qtbot, services, people, clock):
    agreements = make_agreements(services, people["admin"])
    run_cycle(services, people, agreements, clock, until=2)  # kabag did 1, ketua did 2
    window = window_for(qtbot, services, people["ketua"])
    ketua, shown = window.inbox, {}
    for row in range(ketua.ui.listChoice.count()):
        ketua.ui.listChoice.setCurrentIndex(row)
        shown[ketua.current_list().value] = [(t.step, t.status) for t in ketua.model.rows]
    assert shown == {
        "saya": [(3, "tersedia")],
        "peran": [],
        "terlambat": [],
        "semua": [(3, "tersedia")],
        "selesai": [(2, "selesai")],
    }


def test_the_inbox_model_passes_qt_model_checks(qtmodeltester, services, people):
    for period in range(1, 4):
        start_cycle(services, people, period=period)
    model = InboxTableModel(
        lambda offset, limit: services.workflow.lists.page(
            people["kabag"], offset=offset, limit=limit
        )
    )
    model.reset()
    qtmodeltester.check(model)
    assert model.rowCount() == 3


def test_the_window_is_worth_looking_at(qtbot, services, people, tmp_path):
    start_cycle(services, people)
    window = window_for(qtbot, services, people["kabag"])
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    picture = tmp_path / "inbox.png"
    assert window.grab().save(str(picture))
    assert picture.stat().st_size > 10_000


def test_the_admin_backs_up_and_restores_a_file_chosen_in_the_menu(
    qtbot, services, people, tmp_path
):
    folder = tmp_path / "cadangan"
    folder.mkdir()
    services.settings.set(people["admin"], {"folder_cadangan": str(folder)})
    make_agreements(services, people["admin"])
    window = window_for(qtbot, services, people["admin"])
    window.ui.actionBackup.trigger()
    (backup,) = folder.glob("monev-cadangan-*.zip")
    assert window.ui.statusbar.currentMessage() == f"Cadangan dibuat: {backup}"
    services.agreements.add_opd(people["admin"], "Dinas Baru", "")
    opds = Opd.select().count()

    chosen, asked = answer_file_dialog(backup), answer_message_box(QMessageBox.StandardButton.No)
    window.ui.actionRestore.trigger()
    assert chosen == ["Pilih berkas cadangan"] and "sebelum-pulih" in asked[0]
    assert Opd.select().count() == opds  # No: nothing restored

    window.show()
    cycle = start_cycle(services, people)
    step = window.open_task(services.workflow.cycle_tasks(cycle.id)[0].id)
    window.page("settings").fields["kota"].setText("Kota Lain")  # typing about replaced data
    answer_file_dialog(backup), answer_message_box(QMessageBox.StandardButton.Yes)
    window.ui.actionRestore.trigger()
    assert Opd.select().count() == opds - 1
    # the accounts are the backup's now: every window of the session closes, for a new login,
    # asking nothing about typing
    assert not window.isVisible() and not step.isVisible()
    assert window.sign_in_again == (
        f"Data dan arsip dipulihkan dari {backup}. Masuk dengan akun yang ada dalam cadangan."
    )


def test_sections_are_built_when_first_shown_and_then_kept_current(qtbot, services, people):
    window = window_for(qtbot, services, people["admin"])
    assert set(window.pages) == {"inbox"}  # the start-up path builds the inbox only
    titles = [window.ui.navigation.item(r).text() for r in range(window.ui.navigation.count())]
    assert titles[-1] == "Pengaturan"
    window.ui.navigation.setCurrentRow(titles.index("Kegiatan Monev"))
    cycles = window.pages["cycles"]
    assert window.ui.pages.currentWidget().widget() is cycles
    assert cycles.ui.cycles.model().rowCount() == 0
    start_cycle(services, people)
    window.refresh("tasks")  # what a step window or the start dialog signals
    assert cycles.ui.cycles.model().rowCount() == 1
    for row in range(len(titles)):
        window.ui.navigation.setCurrentRow(row)
    assert set(window.pages) == {
        "inbox",
        "cycles",
        "register",
        "documents",
        "dashboard",
        "settings",
    }
    window.ui.navigation.setCurrentRow(0)
    assert window.page("cycles") is cycles  # built once


def test_a_hidden_section_catches_up_when_shown(qtbot, services, people):
    window = window_for(qtbot, services, people["kabag"])
    window.ui.navigation.setCurrentRow(1)  # Kegiatan Monev
    start_cycle(services, people)
    window.refresh("tasks")
    assert window.inbox.ui.summary.text().startswith("0 tugas saya, 0 belum diambil")
    window.ui.navigation.setCurrentRow(0)
    assert window.inbox.ui.summary.text().startswith("0 tugas saya, 1 belum diambil")


def test_generated_forms_match_their_designer_files():
    check = subprocess.run(
        [sys.executable, str(ROOT / "docs" / "tools" / "make_forms.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stderr


@pytest.mark.parametrize("ui_file", sorted((ROOT / "ui").glob("*.ui")), ids=lambda p: p.stem)
def test_every_form_builds_with_the_names_it_imports(qtbot, ui_file):
    """The trimmed import headers keep every name a form's setupUi uses."""
    form = importlib.import_module(f"monev_desktop.gui.forms.ui_{ui_file.stem}")
    (kind,) = [value for name, value in vars(form).items() if name.startswith("Ui_")]
    top_class, name = re.search(
        r'<widget class="(\w+)" name="(\w+)"', ui_file.read_text(encoding="utf-8")
    ).groups()
    top = getattr(QtWidgets, top_class)()
    qtbot.addWidget(top)
    kind().setupUi(top)
    assert top.objectName() == name


def test_the_due_date_and_time_left_come_first_and_headers_sort_by_their_column(
    qtbot, services, people
):
    start_cycle(services, people, year=2024)
    start_cycle(services, people, year=2025)
    window = window_for(qtbot, services, people["kabag"])
    inbox = window.inbox
    inbox.ui.listChoice.setCurrentIndex(inbox.ui.listChoice.findData("semua"))
    header = inbox.ui.table.horizontalHeader()
    titles = [inbox.model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    assert titles[2:5] == ["Tenggat", "Sisa waktu", "Status"]
    header.sectionClicked.emit(titles.index("Kegiatan"))
    assert inbox.order == "siklus" and inbox.model.rows[0].cycle_label.startswith("Monev 2025")
    header.sectionClicked.emit(titles.index("Status"))  # not sortable in SQL: the order stays
    assert inbox.order == "siklus"
    header.sectionClicked.emit(titles.index("Diterima"))
    assert inbox.order == "diterima"


def test_a_step_action_cannot_be_sent_twice_while_it_runs(qtbot, services, people):
    cycle = start_cycle(services, people)
    (task,) = services.workflow.inbox(people["kabag"])
    runner = Runner(release=services.ctx.db.close)
    window = MainWindow(services, people["kabag"], runner)
    qtbot.addWidget(window)
    dialog = window.open_task(task.id)
    qtbot.addWidget(dialog)
    assert dialog.ui.claim.isVisible() and dialog.ui.claim.isEnabled()
    qtbot.mouseClick(dialog.ui.claim, Qt.MouseButton.LeftButton)
    assert not dialog.ui.claim.isEnabled()  # a second click meanwhile does nothing
    qtbot.mouseClick(dialog.ui.claim, Qt.MouseButton.LeftButton)
    assert runner.wait()
    qtbot.waitUntil(lambda: not dialog.ui.claim.isVisible())
    claims = Riwayat.select().where(Riwayat.aksi == "ambil_tugas")
    assert [c.hasil for c in claims] == ["ok"] and cycle.id


def test_a_closed_step_window_is_deleted_once_its_last_job_is_delivered(
    qtbot, services, people, other_workstation
):
    start_cycle(services, people)
    (task,) = services.workflow.inbox(people["kabag"])
    runner = Runner(release=services.ctx.db.close)
    window = MainWindow(services, people["kabag"], runner)
    qtbot.addWidget(window)
    dialog = window.open_task(task.id)
    with write_transaction(other_workstation):  # the claim waits for it
        qtbot.mouseClick(dialog.ui.claim, Qt.MouseButton.LeftButton)
        dialog.close()
        qtbot.wait(300)
        assert window.findChildren(type(dialog)) == [dialog]  # kept for the claim's outcome
    assert runner.wait()
    qtbot.waitUntil(lambda: not window.findChildren(type(dialog)))
    assert services.workflow.task(task.id).row.claimed_by
    for _ in range(3):  # without a job, a closed window goes at once
        window.open_task(task.id).close()
    qtbot.waitUntil(lambda: not window.findChildren(type(dialog)))
