"""Signing in at start-up: the login window at once, the services loading behind it.

The login window needs only Qt; the database, the services and their libraries load on a
worker thread while the person types, so the first window appears as soon as Qt has loaded.
"""

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from monev_desktop.gui.errors import user_message
from monev_desktop.gui.login import LoginDialog, SetupDialog
from monev_desktop.gui.runner import Runner

if TYPE_CHECKING:
    from monev_desktop.services.container import Services
    from monev_desktop.services.dto import UserSession

# The login window's result when the loading, not the person, ended it: the database could not
# be opened, or it has no users yet (first start: the setup window comes instead).
LOADING_ENDED = 2


@dataclass(frozen=True)
class SignedIn:
    services: "Services"
    session: "UserSession"


@dataclass(frozen=True)
class Recovery:
    """How to offer a restore when the database file is damaged: the newest sound backup
    (None if there is none) and how to restore one."""

    newest_backup: Callable[[], Path | None]
    restore: Callable[[Path], object]


class Loading(QObject):
    """`load()` on a worker thread; `sig_finished` on the GUI thread once it has ended.

    `load` must release its thread's database connection before returning (the GUI thread
    opens its own). The thread is a daemon: whoever closes the login window while the
    database is still being opened (a server that does not answer) is not kept waiting for
    it, and whatever it was writing (a schema migration) is one transaction, rolled back as
    after a pulled plug.
    """

    sig_finished = Signal()

    def __init__(self, load: Callable[[], "Services"]):
        super().__init__()
        self.services: Services | None = None
        self.error: Exception | None = None
        self._thread = threading.Thread(
            target=self._run, args=(load,), name="monev-loading", daemon=True
        )

    def start(self) -> None:
        """Begin loading (once; later calls do nothing)."""
        if self._thread.ident is None:
            self._thread.start()

    def finished(self) -> bool:
        return self._thread.ident is not None and not self._thread.is_alive()

    def _run(self, load: Callable[[], "Services"]) -> None:
        try:
            self.services = load()
        except Exception as error:  # reported on the GUI thread by sign_in
            self.error = error
        self.sig_finished.emit()

    def wait(self) -> "Services | None":
        """The services once loaded (beginning and waiting for them), or None when loading
        failed."""
        self.start()
        self._thread.join()
        return self.services


def sign_in(
    app: QApplication,
    load: Callable[[], "Services"],
    recovery: Recovery,
    *,
    new_database: bool = False,
    note: str = "",
) -> SignedIn | None:
    """Show the login window, load the services behind it, and return them with the session
    of whoever logged in (through the first-start setup on a database without users).

    None when the person closed the window, or when the database could not be opened: then a
    window has said why, and offered the newest sound backup for a damaged file (after a
    restore, the login window comes again). A `new_database` has no one to log in yet: the
    setup window comes as soon as it is made, without a login window before it. A `note`
    says in the login window why it came again (a restore ended the last session).
    """
    loading = Loading(lambda: _with_main_window_loaded(load))
    if new_database:
        result, services = LOADING_ENDED, loading.wait()
    else:
        login = LoginDialog(note=note)
        loading.sig_finished.connect(lambda: _on_loaded(login, loading))
        QTimer.singleShot(0, loading.start)  # in exec()'s first round, once the window is up
        result = login.exec()
        if result == QDialog.DialogCode.Rejected and not loading.finished():
            return None  # closed while loading: not waited for
        services = loading.wait()
    if services is None:
        if result == LOADING_ENDED and _recovered(app, loading.error, recovery):
            return sign_in(app, load, recovery)
        return None
    if result == QDialog.DialogCode.Accepted:
        return SignedIn(services, login.session)
    if result == LOADING_ENDED:
        setup = SetupDialog(services.accounts)
        if setup.exec() == QDialog.DialogCode.Accepted:
            return SignedIn(services, setup.session)
    services.close()
    return None


def _with_main_window_loaded(load: Callable[[], "Services"]) -> "Services":
    """`load()`, then the main window's modules too: they load while the person types, not
    after Masuk (loading modules is safe off the GUI thread; no widget is made here)."""
    services = load()
    import monev_desktop.gui.main_window  # noqa: F401

    return services


def _on_loaded(login: LoginDialog, loading: Loading) -> None:
    """Hand the services to the login window, or close it when there is nothing to log in
    to: the database could not be opened, or it has no users yet."""
    if not login.isVisible():  # closed while the services loaded
        return
    services = loading.wait()
    if services is None or not services.accounts.has_users():
        login.done(LOADING_ENDED)
    else:  # the password is checked on a worker, which closes its connection after
        login.accounts_loaded(services.accounts, Runner(login, release=services.ctx.db.close))


def offer_restore(
    app: QApplication, problem: str, newest: Path | None, restore: Callable[[Path], None]
) -> bool:
    """Tell that the database is damaged; offer the newest verified backup. True if restored."""
    if newest is None:
        QMessageBox.critical(
            None,
            app.tr("Basis data rusak"),
            app.tr(
                "%s\n\nTidak ditemukan cadangan yang sehat di folder cadangan terakhir. Hubungi admin; "
                "berkas yang rusak tidak diubah."
            )
            % problem,
        )
        return False
    answer = QMessageBox.question(
        None,
        app.tr("Basis data rusak"),
        app.tr(
            "%s\n\nPulihkan dari cadangan terbaru yang sehat?\n%s\n\nBerkas yang rusak disimpan dengan nama lain, "
            "tidak ditimpa."
        )
        % (problem, newest),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    restore(newest)
    return True


def _recovered(app: QApplication, error: Exception, recovery: Recovery) -> bool:
    """Say why the database could not be opened; for a damaged file, offer the newest sound
    backup. True once restored."""
    from monev_desktop.db.connection import DatabaseDamaged  # loaded by now, with the services

    if isinstance(error, DatabaseDamaged):
        try:
            return offer_restore(app, str(error), recovery.newest_backup(), recovery.restore)
        except Exception as failure:  # the damaged file stays as it was, set aside or not
            QMessageBox.critical(None, app.tr("Pemulihan gagal"), user_message(failure))
            return False
    QMessageBox.critical(None, app.tr("Basis data tidak dapat dibuka"), user_message(error))
    return False
