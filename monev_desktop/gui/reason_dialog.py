"""Asks for a required reason (a late step's "Ket", or why a task goes back)."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from monev_desktop.gui.forms.ui_reason_dialog import Ui_ReasonDialog


class ReasonDialog(QDialog):
    """`reason()` holds the text after accept(); an empty reason is not accepted."""

    def __init__(self, title: str, question: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ReasonDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.question.setText(question)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lanjutkan"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.ui.buttons.accepted.connect(self._on_accepted)
        self.ui.buttons.rejected.connect(self.reject)

    def reason(self) -> str:
        return self.ui.reason.toPlainText().strip()

    def _on_accepted(self) -> None:
        if not self.reason():
            self.ui.error.setText(self.tr("Alasan wajib diisi."))
            return
        self.accept()
