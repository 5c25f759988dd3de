"""The main window: navigation on the left, one page per section; layout and wiring only."""

from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QScrollArea, QWidget

from monev_desktop import __version__
from monev_desktop.domain.roles import Role
from monev_desktop.gui.cycles import CyclesPage
from monev_desktop.gui.dashboard_page import DashboardPage
from monev_desktop.gui.documents_page import DocumentsPage
from monev_desktop.gui.forms.ui_main_window import Ui_MainWindow
from monev_desktop.gui.inbox import InboxPage
from monev_desktop.gui.register import RegisterPage
from monev_desktop.gui.runner import Runner
from monev_desktop.gui.settings_page import SettingsPage
from monev_desktop.gui.step_dialog import StepDialog
from monev_desktop.services.container import Services
from monev_desktop.services.dto import UserSession


class MainWindow(QMainWindow):
    def __init__(
        self,
        services: Services,
        session: UserSession,
        runner: Runner | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.services, self.session = services, session
        self.runner = runner or Runner(self, release=services.ctx.db.close)
        self.inbox = InboxPage(services, session)
        self.cycles = CyclesPage(services, session, self.runner)
        self.register = RegisterPage(services, session, self.runner)
        self.documents = DocumentsPage(services, self.runner)
        self.dashboard = DashboardPage(services)
        pages = [
            (self.tr("Kotak Tugas"), self.inbox),
            (self.tr("Kegiatan Monev"), self.cycles),
            (self.tr("Register Kerja Sama"), self.register),
            (self.tr("Dokumen"), self.documents),
            (self.tr("Dasbor"), self.dashboard),
        ]
        self.settings = None
        if Role.ADMIN in session.roles:
            self.settings = SettingsPage(services, session, self.runner)
            self.settings.sig_changed.connect(self.refresh)
            pages.append((self.tr("Pengaturan"), self.settings))
        for title, page in pages:
            self.ui.navigation.addItem(title)
            scroller = QScrollArea(self)  # a tall page scrolls instead of growing the window
            scroller.setWidgetResizable(True)
            scroller.setFrameShape(QScrollArea.Shape.NoFrame)
            scroller.setWidget(page)
            self.ui.pages.addWidget(scroller)
        self.ui.navigation.currentRowChanged.connect(self.ui.pages.setCurrentIndex)
        self.ui.navigation.setCurrentRow(0)
        self.inbox.sig_task_opened.connect(self.open_task)
        self.cycles.sig_task_opened.connect(self.open_task)
        self.cycles.sig_changed.connect(self.refresh)
        self.register.sig_changed.connect(self.refresh)
        is_admin = Role.ADMIN in session.roles
        self.ui.actionRestore.setEnabled(is_admin)
        self.ui.actionBackup.triggered.connect(self._on_backup)
        self.ui.actionRestore.triggered.connect(self._on_restore)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self._on_about)
        self.ui.statusbar.showMessage(self.tr("Masuk sebagai: %s") % session.describe())
        self.dialogs: list[StepDialog] = []

    def open_task(self, task_id: int) -> StepDialog:
        """Open a task's window (non-blocking); changes there refresh the lists here."""
        dialog = StepDialog(self.services, self.session, task_id, self.runner, self)
        dialog.sig_changed.connect(self.refresh)
        dialog.finished.connect(lambda _: self.dialogs.remove(dialog))
        self.dialogs.append(dialog)
        dialog.show()
        return dialog

    def refresh(self, what: str = "tasks") -> None:
        """Refresh the views that show `what` ("tasks", "documents", "agreements")."""
        if what in ("tasks", "documents"):
            self.inbox.refresh()
            self.cycles.refresh()
            self.documents.refresh()
        if what == "agreements":
            self.register.refresh()
        self.dashboard.refresh()

    def _on_backup(self) -> None:
        self.runner.run(
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
                "terlebih dahulu di folder 'sebelum-pulih'. Lanjutkan?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from pathlib import Path

        self.runner.run(
            lambda: self.services.backup.restore(self.session, Path(file)),
            lambda _: (
                self.refresh("tasks"),
                self.refresh("agreements"),
                self.ui.statusbar.showMessage(self.tr("Data dipulihkan dari %s") % file),
            ),
            parent=self,
        )

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
