"""Start the Qt application: translations, a damaged database offered for restore, first-start
setup or login, the main window, reminders; the automatic backup on exit."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from monev_desktop.gui.login import LoginDialog, SetupDialog
from monev_desktop.gui.main_window import MainWindow
from monev_desktop.gui.reminders_dialog import RemindersDialog
from monev_desktop.services.container import Services

TRANSLATIONS = Path(__file__).with_name("i18n")


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
    return app


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


def run(services: Services, argv: list[str]) -> int:
    app = application(argv)
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
