"""Changing accounts in the app: the admin's window for a person's data, roles, active state
and password (Pengaturan → Pengguna dan peran), ending a Plt./Plh. appointment, and everyone's
own password (Berkas menu)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from monev_desktop.gui.account_dialogs import PasswordDialog, UserDialog
from monev_desktop.gui.main_window import MainWindow
from monev_desktop.gui.runner import Runner
from tests.conftest import PASSWORD
from tests.cycles import run_cycle
from tests.factories import appoint, make_agreements
from tests.gui.modal import answer_message_box, press_in_message_box


def main_window(qtbot, services, session):
    window = MainWindow(services, session, Runner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    return window


def shown(window, kind):
    (dialog,) = [d for d in window.findChildren(kind) if d.isVisible()]
    return dialog


def users_tab(qtbot, services, people):
    window = main_window(qtbot, services, people["admin"])
    page = window.page("settings")
    window.ui.navigation.setCurrentRow(window.ui.navigation.count() - 1)
    page.ui.tabs.setCurrentWidget(page.ui.usersTab)
    return window, page


def select_user(page, name):
    (row,) = [r for r in range(page.users.rowCount()) if page.users.row_at(r).name == name]
    page.ui.users.selectRow(row)


def test_the_admin_changes_and_deactivates_an_account_in_its_window(qtbot, services, people, clock):
    run_cycle(services, people, make_agreements(services, people["admin"]), clock, until=3)
    (step_4,) = services.workflow.inbox(people["analis1"])
    services.workflow.claim(people["analis1"], step_4.id)
    window, page = users_tab(qtbot, services, people)
    qtbot.mouseClick(page.ui.editUser, Qt.MouseButton.LeftButton)
    assert page.ui.usersMessage.text() == "Pilih dulu pengguna di tabel."

    select_user(page, people["analis1"].name)
    qtbot.mouseClick(page.ui.editUser, Qt.MouseButton.LeftButton)
    dialog = shown(page, UserDialog)
    assert dialog.windowTitle() == f"Ubah pengguna: {people['analis1'].name}"
    assert dialog.ui.username.text() == "analis1" and dialog.ui.aktif.isChecked()
    dialog.ui.jabatan.setText("Analis Kebijakan Ahli Pertama")
    dialog.ui.aktif.setChecked(False)
    qtbot.mouseClick(
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()
    assert page.ui.usersMessage.text() == (
        "Data analis1 disimpan. 1 tugas yang tidak dapat lagi dikerjakannya kembali ke kotak "
        "tugas perannya."
    )
    assert services.workflow.task(step_4.id).row.claimed_by == ""
    person = services.accounts.employee(people["analis1"].user_id)
    assert person.jabatan == "Analis Kebijakan Ahli Pertama" and not person.active
    status = page.users.columnCount() - 1
    select_user(page, person.name)
    assert page.users.index(page.ui.users.currentIndex().row(), status).data() == "nonaktif"
    # a deactivated person is no longer offered as a Plt./Plh.
    offered = [page.ui.actingPerson.itemText(i) for i in range(page.ui.actingPerson.count())]
    assert person.name not in offered


def test_a_refused_change_keeps_the_window_and_closing_it_asks(qtbot, services, people):
    window, page = users_tab(qtbot, services, people)
    select_user(page, people["analis2"].name)
    page.ui.users.doubleClicked.emit(page.ui.users.currentIndex())
    dialog = shown(page, UserDialog)
    dialog.ui.nama.clear()
    dialog.ui.password.setText("pendek")
    qtbot.mouseClick(
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()
    assert dialog.ui.error.text() == (
        "Nama lengkap wajib diisi.\nKata sandi paling sedikit 8 karakter."
    )
    asked = press_in_message_box("Buang isian")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Perubahan pengguna ini belum disimpan. Simpan sebelum menutup?"]
    assert not dialog.isVisible()
    assert services.accounts.employee(people["analis2"].user_id).name == people["analis2"].name


def test_everyone_changes_their_own_password_from_the_menu(qtbot, services, people):
    window = main_window(qtbot, services, people["analis1"])
    window.ui.actionPassword.trigger()
    dialog = shown(window, PasswordDialog)
    ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.ui.current, PASSWORD)
    qtbot.keyClicks(dialog.ui.fresh, "sandi-baru-2026")
    qtbot.keyClicks(dialog.ui.repeat, "sandi-baru-2027")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.ui.error.text() == "Kedua kata sandi baru tidak sama; ketik ulang."

    dialog.ui.current.setText("bukan-sandi-lama")
    dialog.ui.repeat.setText("sandi-baru-2026")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.ui.error.text() == "Kata sandi lama salah; ketik ulang."

    dialog.ui.current.setText(PASSWORD)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.ui.statusbar.currentMessage() == "Kata sandi Anda sudah diubah."
    assert services.accounts.login("analis1", "sandi-baru-2026").username == "analis1"


def test_an_appointment_is_ended_from_the_list_once_asked(qtbot, services, people):
    appoint(services, people, "2025-02-24", "2025-03-07")
    window, page = users_tab(qtbot, services, people)
    page.ui.tabs.setCurrentWidget(page.ui.actingTab)
    qtbot.mouseClick(page.ui.endActing, Qt.MouseButton.LeftButton)
    assert page.ui.actingMessage.text() == "Pilih dulu penunjukan di daftar."
    page.ui.actingList.setCurrentRow(0)
    asked = answer_message_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.ui.endActing, Qt.MouseButton.LeftButton)
    assert asked == [
        f"Akhiri penunjukan {people['ketua'].name}: Plh. Kepala Bagian Pemerintahan menggantikan "
        f"{people['kabag'].name}, 24 Februari 2025 s.d. 7 Maret 2025?"
    ]
    assert page.ui.actingMessage.text() == "Penunjukan diakhiri; mulai hari ini tidak berlaku."
    assert page.ui.actingList.item(0).text().endswith("24 Februari 2025 s.d. 2 Maret 2025")


def test_an_admin_renaming_their_own_account_is_told_when_the_window_shows_it(
    qtbot, services, people
):
    window, page = users_tab(qtbot, services, people)
    select_user(page, people["admin"].name)
    qtbot.mouseClick(page.ui.editUser, Qt.MouseButton.LeftButton)
    dialog = shown(page, UserDialog)
    dialog.ui.nama.setText("Rina Marlina, S.Kom., M.T.")
    qtbot.mouseClick(
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert page.ui.usersMessage.text() == (
        "Data admin disimpan. Nama dan peran baru Anda tampil di jendela ini setelah Anda masuk "
        "kembali (Berkas → Ganti pengguna)."
    )
    assert services.accounts.employee(people["admin"].user_id).name == "Rina Marlina, S.Kom., M.T."

    select_user(page, "Rina Marlina, S.Kom., M.T.")  # another change of their own, not of the name
    qtbot.mouseClick(page.ui.editUser, Qt.MouseButton.LeftButton)
    dialog = shown(page, UserDialog)
    dialog.ui.jabatan.setText("Pranata Komputer")
    qtbot.mouseClick(
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert page.ui.usersMessage.text() == "Data admin disimpan."
