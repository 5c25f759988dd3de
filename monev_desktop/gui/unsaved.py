"""Asking, before a window closes, what to do with typing not saved yet."""

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class Unsaved(Enum):
    SAVE = "simpan"
    DISCARD = "buang"
    STAY = "tetap"


def ask_about_unsaved(parent: QWidget, question: str, save_label: str) -> Unsaved:
    """The person's answer to `question`: save first (the button `save_label`, the default),
    discard the typing, or stay in the window (Batal, Esc)."""
    tr = lambda text: QCoreApplication.translate("unsaved", text)  # noqa: E731
    box = QMessageBox(
        QMessageBox.Icon.Question, tr("Isian belum disimpan"), question, parent=parent
    )
    save = box.addButton(save_label, QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("Buang isian"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(save)
    box.setEscapeButton(box.addButton(tr("Batal"), QMessageBox.ButtonRole.RejectRole))
    box.exec()
    return {save: Unsaved.SAVE, discard: Unsaved.DISCARD}.get(box.clickedButton(), Unsaved.STAY)
