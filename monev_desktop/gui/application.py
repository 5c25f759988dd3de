"""Start the Qt application: translations, first-start setup or login, then the main window."""

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog

from monev_desktop.gui.login import LoginDialog, SetupDialog
from monev_desktop.gui.main_window import MainWindow
from monev_desktop.gui.reminders_dialog import RemindersDialog
from monev_desktop.services.container import Services


def install_translations(app: QApplication) -> None:
    """Indonesian for Qt's own texts (buttons, dialogs) where Qt ships it."""
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    translator = QTranslator(app)
    if translator.load(
        QLocale(), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(translator)


def run(services: Services, argv: list[str]) -> int:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("Monev Kerja Sama Daerah")
    install_translations(app)
    dialog = (
        LoginDialog(services.accounts)
        if services.accounts.has_users()
        else SetupDialog(services.accounts)
    )
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.session is None:
        return 0
    window = MainWindow(services, dialog.session)
    window.show()
    found = services.reminders(dialog.session)
    if found:
        RemindersDialog(found, window).open()
    return app.exec()
