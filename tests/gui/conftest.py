"""Fixtures of the window tests: a task's window opened from a main window, and the files the
app hands to the desktop to open."""

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from monev_desktop.gui.main_window import MainWindow
from monev_desktop.gui.runner import Runner


class OpenedFiles(QObject):
    """Receives the files the app hands to the desktop (Qt's own URL-handler hook)."""

    def __init__(self):
        super().__init__()
        self.paths: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.paths.append(url.toLocalFile())


@pytest.fixture
def opened_files():
    receiver = OpenedFiles()
    QDesktopServices.setUrlHandler("file", receiver, "open")
    yield receiver
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def step_window(qtbot, services):
    """Opens a task's window from a main window; both stay referenced until the test ends
    (qtbot holds them only weakly)."""
    windows = []

    def open_task(session, task_id):
        window = MainWindow(services, session, Runner(synchronous=True))
        qtbot.addWidget(window)
        windows.append(window)
        dialog = window.open_task(task_id)
        qtbot.addWidget(dialog)
        return dialog

    return open_task
