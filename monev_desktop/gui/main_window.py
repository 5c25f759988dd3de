"""The main window: navigation on the left, one page per section, who is logged in below."""

from PySide6.QtWidgets import QMainWindow, QWidget

from monev_desktop.gui.errors import show_error
from monev_desktop.gui.forms.ui_main_window import Ui_MainWindow
from monev_desktop.gui.pages import (
    INBOX_SORT_COLUMN,
    REGISTER_SORT_COLUMN,
    ListPage,
    inbox_model,
    register_model,
)
from monev_desktop.services.container import Services
from monev_desktop.services.dto import UserSession


class MainWindow(QMainWindow):
    def __init__(self, services: Services, session: UserSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.services, self.session = services, session
        self.inbox = ListPage(self.tr("Kotak Tugas"), inbox_model(self), INBOX_SORT_COLUMN)
        self.register = ListPage(
            self.tr("Register Kerja Sama"), register_model(self), REGISTER_SORT_COLUMN
        )
        for title, page in (
            (self.tr("Kotak Tugas"), self.inbox),
            (self.tr("Register Kerja Sama"), self.register),
        ):
            self.ui.navigation.addItem(title)
            self.ui.pages.addWidget(page)
        self.ui.navigation.currentRowChanged.connect(self.ui.pages.setCurrentIndex)
        self.ui.navigation.setCurrentRow(0)
        self.inbox.ui.refresh.clicked.connect(self.refresh_inbox)
        self.register.ui.refresh.clicked.connect(self.refresh_register)
        self.ui.statusbar.showMessage(self.tr("Masuk sebagai: %s") % session.describe())
        self.refresh_inbox()
        self.refresh_register()

    def refresh_inbox(self) -> None:
        try:
            tasks = self.services.workflow.inbox(self.session)
        except Exception as error:  # shown as a sentence, logged in full
            show_error(self, error)
            return
        late = sum(t.overdue for t in tasks)
        self.inbox.set_rows(tasks, self.tr("%d tugas terbuka, %d terlambat.") % (len(tasks), late))

    def refresh_register(self) -> None:
        try:
            agreements = self.services.agreements.list()
        except Exception as error:  # shown as a sentence, logged in full
            show_error(self, error)
            return
        soon = sum(a.status == "akan berakhir" for a in agreements)
        self.register.set_rows(
            agreements,
            self.tr("%d kerja sama; %d akan berakhir dalam 90 hari (kuning).")
            % (len(agreements), soon),
        )
