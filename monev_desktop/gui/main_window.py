"""The main window: navigation on the left, one page per section; layout and wiring only."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QTableView,
    QTableWidget,
    QWidget,
)

from monev_desktop import __version__
from monev_desktop.domain.roles import Role
from monev_desktop.gui.column_chooser import ColumnChooser
from monev_desktop.gui.forms.ui_main_window import Ui_MainWindow
from monev_desktop.gui.inbox import InboxPage
from monev_desktop.gui.runner import Runner
from monev_desktop.gui.unsaved import may_discard
from monev_desktop.services.container import Services
from monev_desktop.services.dto import UserSession

if TYPE_CHECKING:
    from monev_desktop.gui.step_dialog import StepDialog


class MainWindow(QMainWindow):
    REFRESHED_BY = {  # which sections show what changed
        "tasks": ("inbox", "cycles", "documents", "dashboard"),
        "documents": ("inbox", "cycles", "documents", "dashboard"),
        "agreements": ("register", "dashboard"),
    }

    def __init__(
        self,
        services: Services,
        session: UserSession,
        runner: Runner | None = None,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ):
        """`settings` keep this workstation's choices (each table's columns); None keeps
        them for this window only."""
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.services, self.session, self.settings = services, session, settings
        # Set when this window ends its session for a new login: what the login window says.
        self.sign_in_again: str | None = None
        self._data_replaced = False  # by a restore: typing here was about the data replaced
        self._closing_once_saved = False  # closing waits for drafts being saved to close
        self.runner = runner or Runner(self, release=services.ctx.db.close)
        self.inbox = InboxPage(services, session)
        self._remember_columns("inbox", self.inbox)
        sections = [
            ("inbox", self.tr("Kotak Tugas"), lambda: self.inbox),
            ("cycles", self.tr("Kegiatan Monev"), self._cycles_page),
            ("register", self.tr("Register Kerja Sama"), self._register_page),
            ("documents", self.tr("Dokumen"), self._documents_page),
            ("dashboard", self.tr("Dasbor"), self._dashboard_page),
        ]
        if Role.ADMIN in session.roles:
            sections.append(("settings", self.tr("Pengaturan"), self._settings_page))
        self.pages: dict[str, QWidget] = {}  # the sections built so far, by name
        self._stale: set[str] = set()  # built sections to refresh when next shown
        self._sections = [(name, build) for name, _, build in sections]
        for _, title, _ in sections:
            self.ui.navigation.addItem(title)
            scroller = QScrollArea(self)  # a tall page scrolls instead of growing the window
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QScrollArea.Shape.NoFrame)
            self.ui.pages.addWidget(scroller)
        self.ui.navigation.currentRowChanged.connect(self._show_section)
        self.ui.navigation.setCurrentRow(0)
        self.inbox.sig_task_opened.connect(self.open_task)
        is_admin = Role.ADMIN in session.roles
        self.ui.actionRestore.setEnabled(is_admin)
        self.ui.actionBackup.triggered.connect(self._on_backup)
        self.ui.actionRestore.triggered.connect(self._on_restore)
        self.ui.actionPassword.triggered.connect(self._on_change_password)
        self.ui.actionSignOut.triggered.connect(self._on_sign_out)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self._on_about)
        self.ui.statusbar.showMessage(self.tr("Masuk sebagai: %s") % session.describe())
        self.dialogs: list[StepDialog] = []

    def open_task(self, task_id: int) -> "StepDialog":
        """Open a task's window (non-blocking); changes there refresh the lists here."""
        from monev_desktop.gui.step_dialog import StepDialog  # the nine forms load on first use

        dialog = StepDialog(self.services, self.session, task_id, self.runner, self)
        dialog.sig_changed.connect(self.refresh)
        dialog.sig_stayed.connect(self._stay_open)
        dialog.finished.connect(lambda _: (self.dialogs.remove(dialog), self._close_if_waiting()))
        self.runner.dispose_on_close(dialog)
        self.dialogs.append(dialog)
        dialog.show()
        return dialog

    def page(self, name: str) -> QWidget:
        """The section `name` ("inbox", "cycles", "register", "documents", "dashboard",
        "settings"), built on first use: only the inbox is built at start-up."""
        if name not in self.pages:
            row = [n for n, _ in self._sections].index(name)
            page = self._sections[row][1]()
            self._remember_columns(name, page)
            self.ui.pages.widget(row).setWidget(page)
            self.pages[name] = page
        return self.pages[name]

    def _remember_columns(self, section: str, page: QWidget) -> None:
        """Each list of `page` keeps its columns as this workstation's user left them."""
        for table in page.findChildren(QTableView):
            if isinstance(table, QTableWidget):  # a form's own grid, not a list
                continue
            optional = getattr(table.model(), "optional_titles", ())
            ColumnChooser(table, self.settings, f"{section}/{table.objectName()}", optional)

    def _show_section(self, row: int) -> None:
        name = self._sections[row][0]
        if name in self._stale:
            self._stale.discard(name)
            self.pages[name].refresh()
        self.page(name)
        self.ui.pages.setCurrentIndex(row)

    # The sections other than the inbox import their modules when first shown, keeping
    # document, Excel and chart libraries off the start-up path.

    def _cycles_page(self) -> QWidget:
        from monev_desktop.gui.cycles import CyclesPage

        page = CyclesPage(self.services, self.session, self.runner)
        page.sig_task_opened.connect(self.open_task)
        page.sig_changed.connect(self.refresh)
        return page

    def _register_page(self) -> QWidget:
        from monev_desktop.gui.register import RegisterPage

        page = RegisterPage(self.services, self.session, self.runner)
        page.sig_changed.connect(self.refresh)
        return page

    def _documents_page(self) -> QWidget:
        from monev_desktop.gui.documents_page import DocumentsPage

        return DocumentsPage(self.services, self.runner)

    def _dashboard_page(self) -> QWidget:
        from monev_desktop.gui.dashboard_page import DashboardPage

        return DashboardPage(self.services, self.runner)

    def _settings_page(self) -> QWidget:
        from monev_desktop.gui.settings_page import SettingsPage

        page = SettingsPage(self.services, self.session, self.runner)
        page.sig_changed.connect(self.refresh)
        return page

    def refresh(self, what: str = "tasks") -> None:
        """Bring the sections that show `what` ("tasks", "documents", "agreements") up to
        date: the one on screen now, the others when next shown."""
        on_screen = self._sections[self.ui.pages.currentIndex()][0]
        for name in self.REFRESHED_BY.get(what, ("dashboard",)):
            if name == on_screen:
                self.pages[name].refresh()
            elif name in self.pages:
                self._stale.add(name)

    def _on_backup(self) -> None:
        self.runner.run_while_disabled(
            self.ui.actionBackup,
            self.services.backup.create,
            lambda path: self.ui.statusbar.showMessage(self.tr("Cadangan dibuat: %s") % path),
            parent=self,
        )

    def _on_restore(self) -> None:
        folder = str(self.services.backup.default_folder() or "")
        file, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih berkas cadangan"),
            folder,
            self.tr("Cadangan Monev (monev-cadangan-*.zip)"),
        )
        if not file:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Pulihkan cadangan"),
            self.tr(
                "Seluruh data dan arsip akan diganti dengan isi cadangan ini. Data saat ini disimpan "
                "terlebih dahulu di folder 'sebelum-pulih'. Sesudahnya semua jendela ditutup dan "
                "Anda masuk kembali dengan akun yang ada dalam cadangan. Lanjutkan?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.runner.run_while_disabled(
            self.ui.actionRestore,
            lambda: self.services.restore.run(self.session, Path(file)),
            lambda _: self._end_session(
                self.tr(
                    "Data dan arsip dipulihkan dari %s. Masuk dengan akun yang ada dalam cadangan."
                )
                % file
            ),
            parent=self,
        )

    def _on_change_password(self) -> QDialog:
        from monev_desktop.gui.account_dialogs import PasswordDialog  # off the start-up path

        dialog = PasswordDialog(self.services, self.session, self.runner, self)
        dialog.accepted.connect(
            lambda: self.ui.statusbar.showMessage(self.tr("Kata sandi Anda sudah diubah."))
        )
        self.runner.dispose_on_close(dialog)
        dialog.open()
        return dialog

    def _on_sign_out(self) -> None:
        """Close this session's windows as closing the app does (asking about typing not
        saved; staying keeps the session); the login window comes again for the next person."""
        self.sign_in_again = self.tr("%s telah keluar. Silakan masuk.") % self.session.name
        if not self.close() and not self._closing_once_saved:
            self.sign_in_again = None

    def _end_session(self, note: str) -> None:
        """After a restore: close every window of this session, asking nothing; the login
        window comes again, saying `note`."""
        self.sign_in_again, self._data_replaced = note, True
        for dialog in list(self.dialogs):  # the step windows: they show the replaced data
            dialog.close_discarding()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """The step windows close first, each asking about typing not saved yet, then the
        settings are asked about; staying in either keeps the app open."""
        for dialog in list(self.dialogs):
            dialog.close()
        still_open = [dialog for dialog in self.dialogs if dialog.isVisible()]
        # A window saving its draft closes once saved; closing goes on then.
        self._closing_once_saved = bool(still_open) and all(
            dialog.saving_to_close for dialog in still_open
        )
        if still_open or (not self._data_replaced and not self._settings_may_close()):
            event.ignore()
            return
        super().closeEvent(event)

    def _close_if_waiting(self) -> None:
        if self._closing_once_saved and not any(dialog.isVisible() for dialog in self.dialogs):
            self._closing_once_saved = False
            self.close()

    def _stay_open(self) -> None:
        """A step window's draft was refused: it stays, and so does the session."""
        if self._closing_once_saved:
            self._closing_once_saved, self.sign_in_again = False, None

    def _settings_may_close(self) -> bool:
        """True unless settings were typed and not saved and the admin chose to go back to
        them: then the first such tab is shown."""
        page = self.pages.get("settings")
        tabs = page.unsaved_tabs() if page else []
        if not tabs:
            return True
        titles = ", ".join(page.ui.tabs.tabText(index) for index in tabs)
        if may_discard(
            self,
            self.tr("Isian di Pengaturan belum disimpan (%s). Tutup aplikasi dan buang isian itu?")
            % titles,
            self.tr("Kembali ke Pengaturan"),
        ):
            return True
        self.ui.navigation.setCurrentRow([name for name, _ in self._sections].index("settings"))
        page.ui.tabs.setCurrentIndex(tabs[0])
        return False

    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Tentang aplikasi"),
            self.tr(
                "Monev Kerja Sama Daerah %s\nBagian Pemerintahan, Sekretariat Daerah Kota Tangerang\n"
                "SOP 53/000.8.3.3/11/2025"
            )
            % __version__,
        )
