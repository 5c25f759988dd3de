"""Acting in a window the app opens, as a person would: the real window (a QFileDialog, a
QMessageBox, one of the app's dialogs) is found once it is on the screen, its own event loop
running, and answered there. Each is set up before the action that opens the window."""

import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

W = TypeVar("W", bound=QWidget)


def when_shown(kind: type[W], act: Callable[[W], object], seconds: float = 20) -> None:
    """Run `act(window)` once a window of `kind` is on the screen. If none comes in time, close
    every window (so that the flow under test ends) and fail the test."""
    deadline = time.monotonic() + seconds

    def poll() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if shown:
            act(shown[0])
        elif time.monotonic() < deadline:
            QTimer.singleShot(10, poll)
        else:
            for window in QApplication.topLevelWidgets():
                window.close()
            raise AssertionError(f"no {kind.__name__} was shown within {seconds} s")

    QTimer.singleShot(0, poll)


def answer_file_dialog(path: Path | None) -> list[str]:
    """Choose `path` in the next file dialog (None: press Batal); the list returned gets the
    dialog's title once answered. A path the dialog will not take (a folder where a file is
    asked for) leaves it cancelled rather than open, so the test fails instead of hanging."""
    asked: list[str] = []

    def choose(dialog: QFileDialog) -> None:
        asked.append(dialog.windowTitle())
        if path is not None:
            dialog.selectFile(str(path))
            dialog.accept()
        if dialog.isVisible():
            dialog.reject()

    when_shown(QFileDialog, choose)
    return asked


def answer_message_box(button: QMessageBox.StandardButton) -> list[str]:
    """Press `button` in the next message box; the list returned gets the box's text."""
    asked: list[str] = []

    def press(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(button).click()

    when_shown(QMessageBox, press)
    return asked


def press_in_message_box(text: str) -> list[str]:
    """Press the button labelled `text` in the next message box (one the app labelled
    itself); the list returned gets the box's text."""
    asked: list[str] = []

    def press(box: QMessageBox) -> None:
        asked.append(box.text())
        (button,) = (b for b in box.buttons() if b.text() == text)
        button.click()

    when_shown(QMessageBox, press)
    return asked
