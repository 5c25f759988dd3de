"""Asking, before a window closes, what to do with typing not saved yet."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_before_closing(
    parent: QWidget,
    question: str,
    save_label: str,
    save: Callable[[], None],
    close: Callable[[], None],
) -> None:
    """Ask `question`, then `save()` (the button `save_label`, the default; it closes once
    saved), `close()` discarding the typing, or neither: stay in the window (Batal, Esc)."""
    tr = lambda text: QCoreApplication.translate("unsaved", text)  # noqa: E731
    box = QMessageBox(
        QMessageBox.Icon.Question, tr("Isian belum disimpan"), question, parent=parent
    )
    saving = box.addButton(save_label, QMessageBox.ButtonRole.AcceptRole)
    discarding = box.addButton(tr("Buang isian"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(saving)
    box.setEscapeButton(box.addButton(tr("Batal"), QMessageBox.ButtonRole.RejectRole))
    box.exec()
    if box.clickedButton() is saving:
        save()
    elif box.clickedButton() is discarding:
        close()
