"""The Qt application: translations, and the main window with what to tell right after login
(the login itself, and a damaged database offered for restore: `startup`)."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from monev_desktop.gui.garbage import collect_on_gui_thread

if TYPE_CHECKING:
    from monev_desktop.services.container import Services
    from monev_desktop.services.dto import UserSession

TRANSLATIONS = Path(__file__).with_name("i18n")
WINDOW_KEY = "jendela_utama"


def install_translations(app: QApplication) -> None:
    """Qt's own texts in Indonesian where Qt ships them, and the app's texts in the system
    language when a translation file for it exists (Indonesian is the source language)."""
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),):
        translator = QTranslator(app)
        if translator.load(QLocale(), name, "_", folder):
            app.installTranslator(translator)
    own = QTranslator(app)
    if own.load(QLocale.system(), "monev", "_", str(TRANSLATIONS)):
        app.installTranslator(own)


def application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("Monev Kerja Sama Daerah")
    install_translations(app)
    collect_on_gui_thread(app)
    return app


def run_main_window(
    app: QApplication, services: "Services", session: "UserSession", settings: QSettings
) -> str | None:
    """Show the main window where it was when last closed on this workstation (`settings`);
    what to tell `session` (reminders) is gathered off the GUI thread and shown once found.
    Runs until the window closes and its last job has ended; then remembers where it was.

    None when the person closed the app; when the window ended the session for a new login
    (a restore replaced the accounts), what the login window is to say."""
    from monev_desktop.gui.main_window import MainWindow  # after the login window, not before
    from monev_desktop.gui.reminders_dialog import RemindersDialog
    from monev_desktop.gui.scratch import remove_old_scratch

    window = MainWindow(services, session, settings=settings)
    saved = settings.value(WINDOW_KEY)
    if saved is not None:
        window.restoreGeometry(saved)
    window.show()

    def tell(found):
        if found:
            RemindersDialog(found, window).open()

    window.runner.run(lambda: services.reminders(session), tell)
    window.runner.run(remove_old_scratch)
    app.exec()
    settings.setValue(WINDOW_KEY, window.saveGeometry())  # size, place, maximized
    settings.sync()
    window.runner.wait()  # a job still running ends before the caller backs up and closes
    return window.sign_in_again
