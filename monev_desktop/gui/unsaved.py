"""Asking, before a window closes, what to do with typing not saved yet."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QDialog, QMessageBox, QWidget


def _question(
    parent: QWidget, question: str, keep_label: str
) -> tuple[QMessageBox, QAbstractButton, QAbstractButton]:
    """A question box with `keep_label` (the default) and "Buang isian"; the box, then those
    two buttons."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("unsaved", "Isian belum disimpan"),
        question,
        parent=parent,
    )
    keeping = box.addButton(keep_label, QMessageBox.ButtonRole.AcceptRole)
    discarding = box.addButton(
        QCoreApplication.translate("unsaved", "Buang isian"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(keeping)
    return box, keeping, discarding


def ask_before_closing(
    parent: QWidget,
    question: str,
    save_label: str,
    save: Callable[[], None],
    close: Callable[[], None],
) -> None:
    """Ask `question`, then `save()` (the button `save_label`, the default; it closes once
    saved), `close()` discarding the typing, or neither: stay in the window (Batal, Esc)."""
    box, saving, discarding = _question(parent, question, save_label)
    box.setEscapeButton(
        box.addButton(
            QCoreApplication.translate("unsaved", "Batal"), QMessageBox.ButtonRole.RejectRole
        )
    )
    box.exec()
    if box.clickedButton() is saving:
        save()
    elif box.clickedButton() is discarding:
        close()


def may_discard(parent: QWidget, question: str, stay_label: str) -> bool:
    """Ask `question`: True once "Buang isian" is pressed; False for `stay_label` (the
    default, and Esc), which keeps the typing."""
    box, staying, discarding = _question(parent, question, stay_label)
    box.setEscapeButton(staying)
    box.exec()
    return box.clickedButton() is discarding


def reject_asking(
    dialog: QDialog, buttons: QWidget, unchanged: bool, question: str, save: Callable[[], None]
) -> None:
    """A form dialog's reject() (Batal, Esc, ×): nothing while its `buttons` wait for a save
    (its outcome decides); closes when `unchanged`; else asks `question`: Simpan (`save()`,
    which closes once saved), Buang isian, or stay."""
    if not buttons.isEnabled():
        return
    if unchanged:
        QDialog.reject(dialog)
        return
    ask_before_closing(
        dialog,
        question,
        QCoreApplication.translate("unsaved", "Simpan"),
        save=save,
        close=lambda: QDialog.reject(dialog),
    )
