"""Start-up: the login window comes first and the services load behind it; first start, a
database that cannot be opened, a person who closes the window while it loads; then the main
window, with the reminders once found."""

import os
import subprocess
import sys
import threading

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox

from monev_desktop import launch
from monev_desktop.app import open_services, restore_backup
from monev_desktop.db.models import database
from monev_desktop.gui.application import run_main_window
from monev_desktop.gui.login import LoginDialog, SetupDialog
from monev_desktop.gui.main_window import MainWindow
from monev_desktop.gui.reminders_dialog import RemindersDialog
from monev_desktop.gui.startup import Recovery, sign_in
from monev_desktop.locations import DATA_DIR_ENV
from tests.conftest import FAST_HASHER, PASSWORD
from tests.factories import damage, sqlite_with_backup, start_cycle
from tests.gui.modal import answer_file_dialog, answer_message_box, when_shown

NO_BACKUP = Recovery(newest_backup=lambda: None, restore=lambda file: None)


@pytest.fixture
def workstation(tmp_path, monkeypatch):
    """This workstation's data folder and QSettings in `tmp_path`, for running the whole app."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield
    QSettings.setPath(
        QSettings.Format.NativeFormat,
        QSettings.Scope.UserScope,
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation),
    )


def loader(url, folder, clock, gate: threading.Event | None = None):
    """What `launch` hands to sign_in: open the services on the loading thread and release
    that thread's connection; waits for `gate` first when given."""

    def load():
        if gate is not None:
            assert gate.wait(10)
        services = open_services(url, now=clock, hasher=FAST_HASHER, folder=folder)
        services.close()
        return services

    return load


def test_the_login_window_is_shown_before_the_services_have_loaded(
    qtbot, services, people, database_url, tmp_path, clock
):
    gate = threading.Event()  # the loading waits until the login window has been seen

    def log_in(login):
        assert login.isVisible() and login.ui.username.text() == ""
        qtbot.keyClicks(login.ui.username, "kabag")
        qtbot.keyClicks(login.ui.password, PASSWORD)
        login.ui.buttons.accepted.emit()  # Masuk before the services have loaded
        assert login.isVisible() and login.ui.message.text() == "Menyiapkan basis data…"
        gate.set()  # the login goes on by itself once they have

    when_shown(LoginDialog, log_in)
    signed_in = sign_in(
        QApplication.instance(), loader(database_url, tmp_path, clock, gate), NO_BACKUP
    )
    assert signed_in.session.username == "kabag"
    assert signed_in.services.workflow.inbox(signed_in.session) == []  # usable on this thread
    signed_in.services.close()


def test_the_login_window_says_why_it_came_again(
    qtbot, services, people, database_url, tmp_path, clock
):
    """After a restore the session ends; the login window that comes again says why."""
    seen = []

    def read_and_close(login):
        seen.append(login.ui.message.text())
        login.reject()

    when_shown(LoginDialog, read_and_close)
    note = "Data dan arsip dipulihkan dari cadangan.zip. Masuk dengan akun yang ada dalam cadangan."
    load = loader(database_url, tmp_path, clock)
    assert sign_in(QApplication.instance(), load, NO_BACKUP, note=note) is None
    assert seen == [note]


def test_after_a_restore_the_app_asks_for_a_new_login(
    qtbot, services, people, database_url, tmp_path, workstation
):
    """The whole app as `monev-desktop` runs it: log in, restore a backup from the menu; the
    session ends and the login window comes again, saying why; closing it ends the app."""
    folder = tmp_path / "cadangan"
    folder.mkdir()
    backup = services.backup.create(folder)
    services.close()
    notes = []

    def log_in(login):
        login.ui.username.setText("admin")
        login.ui.password.setText(PASSWORD)
        login.ui.buttons.accepted.emit()
        when_shown(MainWindow, restore)

    def restore(window):
        answer_file_dialog(backup), answer_message_box(QMessageBox.StandardButton.Yes)
        window.ui.actionRestore.trigger()
        when_shown(LoginDialog, read_and_close)

    def read_and_close(login):
        notes.append(login.ui.message.text())
        login.reject()

    when_shown(LoginDialog, log_in)
    assert launch.run_gui(database_url, []) == 0
    assert notes == [
        f"Data dan arsip dipulihkan dari {backup}. Masuk dengan akun yang ada dalam cadangan."
    ]


def test_changing_user_brings_the_login_window_for_the_next_person(
    qtbot, services, people, database_url, workstation
):
    """The whole app as `monev-desktop` runs it: the Kabag signs out (Ganti pengguna), the
    login window says so, the admin signs in to a window of their own; closing it ends the app."""
    services.close()
    seen = []

    def log_in(username, then):
        def act(login):
            seen.append(login.ui.message.text())
            login.ui.username.setText(username)
            login.ui.password.setText(PASSWORD)
            login.ui.buttons.accepted.emit()
            when_shown(MainWindow, then)

        return act

    def sign_out(window):
        seen.append(window.session.username)
        when_shown(LoginDialog, log_in("admin", close))
        window.ui.actionSignOut.trigger()

    def close(window):
        seen.append(window.session.username)
        window.close()

    when_shown(LoginDialog, log_in("kabag", sign_out))
    assert launch.run_gui(database_url, []) == 0
    assert seen == ["", "kabag", f"{people['kabag'].name} telah keluar. Silakan masuk.", "admin"]


def test_a_first_start_turns_the_login_window_into_the_setup(
    qtbot, services, database_url, tmp_path, clock
):
    def set_up(setup):
        for field, text in (
            ("nama", "Rina Marlina, S.Kom."),
            ("username", "admin"),
            ("password", "sandi-admin-1"),
            ("repeat", "sandi-admin-1"),
        ):
            qtbot.keyClicks(getattr(setup.ui, field), text)
        setup.ui.buttons.accepted.emit()

    when_shown(SetupDialog, set_up)
    signed_in = sign_in(QApplication.instance(), loader(database_url, tmp_path, clock), NO_BACKUP)
    assert signed_in.session.username == "admin"
    assert signed_in.services.accounts.has_users()
    signed_in.services.close()


def test_a_new_database_file_opens_the_setup_without_a_login_window_first(qtbot, tmp_path, clock):
    url = f"sqlite:///{tmp_path / 'baru.sqlite3'}"
    logins_before = logins()
    seen = []

    def set_up(setup):
        seen.append(logins())
        setup.reject()

    when_shown(SetupDialog, set_up)
    assert (
        sign_in(QApplication.instance(), loader(url, tmp_path, clock), NO_BACKUP, new_database=True)
        is None
    )
    assert seen == [logins_before]  # no login window was made


def logins() -> int:
    return sum(isinstance(w, LoginDialog) for w in QApplication.topLevelWidgets())


def test_a_damaged_database_closes_the_login_window_and_says_so(qtbot, tmp_path, clock):
    url, _ = sqlite_with_backup(tmp_path)
    damage(tmp_path / "monev.sqlite3")
    told = []

    def read_and_close(box):
        told.append(box.text())
        box.close()

    when_shown(QMessageBox, read_and_close)
    assert sign_in(QApplication.instance(), loader(url, tmp_path, clock), NO_BACKUP) is None
    assert "rusak" in told[0] and "Tidak ditemukan cadangan yang sehat" in told[0]


def test_a_damaged_database_restored_from_its_backup_brings_the_login_window_again(
    qtbot, tmp_path, clock
):
    url, good = sqlite_with_backup(tmp_path)
    damage(tmp_path / "monev.sqlite3")

    def log_in(login):
        qtbot.keyClicks(login.ui.username, "admin")
        qtbot.keyClicks(login.ui.password, "12345678")
        login.ui.buttons.accepted.emit()

    def restore(box):
        assert str(good) in box.text()
        when_shown(LoginDialog, log_in)  # the first login window is closed by now
        box.button(QMessageBox.StandardButton.Yes).click()

    when_shown(QMessageBox, restore)
    recovery = Recovery(
        newest_backup=lambda: good,
        restore=lambda file: restore_backup(url, file, folder=tmp_path, hasher=FAST_HASHER),
    )
    signed_in = sign_in(QApplication.instance(), loader(url, tmp_path, clock), recovery)
    assert signed_in.session.username == "admin"
    assert len(signed_in.services.agreements.opds()) == 150
    signed_in.services.close()


def test_an_unreachable_server_is_said_in_a_window(qtbot, tmp_path, clock):
    told = []

    def read_and_close(box):
        told.append((box.windowTitle(), box.text()))
        box.close()

    when_shown(QMessageBox, read_and_close)
    url = "postgresql://postgres@127.0.0.1:1/test"
    assert sign_in(QApplication.instance(), loader(url, tmp_path, clock), NO_BACKUP) is None
    title, text = told[0]
    assert title == "Basis data tidak dapat dibuka"
    assert text.startswith("Tidak dapat terhubung ke server basis data 127.0.0.1:1")


def test_closing_the_login_window_while_loading_ends_at_once(
    qtbot, services, people, database_url, tmp_path, clock
):
    gate = threading.Event()  # the loading is stuck (a server that does not answer)
    when_shown(LoginDialog, lambda login: login.reject())
    assert (
        sign_in(QApplication.instance(), loader(database_url, tmp_path, clock, gate), NO_BACKUP)
        is None
    )
    (loading,) = [t for t in threading.enumerate() if t.name == "monev-loading"]
    assert loading.daemon  # what is still loading does not keep the app from ending
    gate.set()
    loading.join(10)
    assert not loading.is_alive()


def test_closing_the_login_window_once_loaded_closes_what_was_loaded(
    qtbot, services, people, database_url, tmp_path, clock
):
    def cancel_once_loaded(login):
        qtbot.waitUntil(lambda: login.accounts is not None, timeout=10_000)
        login.reject()

    when_shown(LoginDialog, cancel_once_loaded)
    load = loader(database_url, tmp_path, clock)
    assert sign_in(QApplication.instance(), load, NO_BACKUP) is None
    assert not any(t.name == "monev-loading" for t in threading.enumerate())
    assert database.is_closed()  # the GUI thread's connection, opened to look for users


def test_the_main_window_comes_at_once_and_the_reminders_once_found(
    qtbot, services, people, clock, tmp_path
):
    start_cycle(services, people)
    clock.advance(hours=2)  # the Surat Perintah (15 minutes) is late
    told = []

    def read_and_quit(reminders):
        told.append((reminders.parent().isVisible(), reminders.ui.text.toPlainText()))
        reminders.parent().close()  # the main window: the run ends

    when_shown(RemindersDialog, read_and_quit)
    session = services.accounts.login("kabag", PASSWORD)
    settings = QSettings(str(tmp_path / "pengguna.ini"), QSettings.Format.IniFormat)
    assert run_main_window(QApplication.instance(), services, session, settings) is None
    window_was_shown, text = told[0]
    assert window_was_shown and "Terlambat (1)" in text


def test_the_main_window_opens_where_it_was_closed(qtbot, services, people, tmp_path):
    settings = QSettings(str(tmp_path / "pengguna.ini"), QSettings.Format.IniFormat)
    session = services.accounts.login("kabag", PASSWORD)
    sizes = []

    def resize_and_close(window):
        sizes.append(window.size().toTuple())
        window.resize(700, 500)  # within the offscreen screen (800 × 600)
        window.close()

    def note_and_close(window):
        sizes.append(window.size().toTuple())
        window.close()

    when_shown(MainWindow, resize_and_close)
    run_main_window(QApplication.instance(), services, session, settings)
    when_shown(MainWindow, note_and_close)
    run_main_window(QApplication.instance(), services, session, settings)
    assert sizes[1] == (700, 500) != sizes[0]


def test_the_login_window_loads_neither_the_database_nor_the_password_hasher():
    """What `monev-desktop` loads before its first window: Qt and the login window only (the
    database's integrity check, with sqlite3, begins behind it)."""
    heavy = (
        "{'peewee', 'argon2', 'sqlite3', 'monev_desktop.app', 'monev_desktop.services.container'}"
    )
    probe = f"import sys, monev_desktop.cli, monev_desktop.launch; print(sorted({heavy} & set(sys.modules)))"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert loaded.stdout.strip() == "[]", loaded.stdout + loaded.stderr


UNCAUGHT_IN_A_SLOT = """
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from monev_desktop import cli, launch

app = launch.application([])  # made first so that timers can be set, as the benchmark does

def boxes():
    return [w for w in app.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]

def read_the_boxes():
    if not boxes():
        QTimer.singleShot(10, read_the_boxes)
        return
    QTimer.singleShot(300, lambda: (print(len(boxes()), boxes()[0].text(), flush=True), os._exit(0)))

QTimer.singleShot(0, lambda: 1 / 0)  # an error no handler catches, raised into Qt's event loop
QTimer.singleShot(100, lambda: 1 / 0)  # and another while its message box is open
QTimer.singleShot(0, read_the_boxes)
QTimer.singleShot(30_000, lambda: os._exit(1))  # no message box came
cli.main(["--database", sys.argv[1]])
"""


def test_an_error_no_handler_catches_is_a_sentence_and_its_traceback_goes_to_the_log(
    services, people, database_url, tmp_path
):
    """`monev-desktop` as it starts, with an error raised into the login window's event loop."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "MONEV_DATA_DIR": str(tmp_path / "data"),
    }
    shown = subprocess.run(
        [sys.executable, "-c", UNCAUGHT_IN_A_SLOT, database_url],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert shown.stdout.strip() == (
        "1 Terjadi kesalahan yang tidak terduga. Rinciannya tercatat di berkas log; hubungi admin "
        "bila terulang."
    ), shown.stderr  # one message box: the second error is only logged
    assert "Traceback" not in shown.stdout + shown.stderr
    (log,) = (tmp_path / "state").rglob("monev-desktop.log")
    assert log.read_text().count("ZeroDivisionError: division by zero") == 2  # both logged
    assert "Traceback" in log.read_text()
