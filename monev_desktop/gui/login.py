"""Login dialog, and the first-start setup that creates the first administrator."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from monev_desktop.domain.errors import MonevError, ValidationError
from monev_desktop.gui.errors import user_message
from monev_desktop.gui.forms.ui_login_dialog import Ui_LoginDialog
from monev_desktop.gui.forms.ui_setup_dialog import Ui_SetupDialog
from monev_desktop.services.accounts import AccountService
from monev_desktop.services.dto import UserSession


class LoginDialog(QDialog):
    """Asks for user and password; `session` holds the result after accept()."""

    def __init__(self, accounts: AccountService, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.accounts = accounts
        self.session: UserSession | None = None
        _name_buttons(self, self.ui.buttons, self.tr("Masuk"))
        self.ui.buttons.accepted.connect(self._on_accepted)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.username.setFocus()

    def _on_accepted(self) -> None:
        try:
            self.session = self.accounts.login(self.ui.username.text(), self.ui.password.text())
        except MonevError as error:
            self.ui.error.setText(user_message(error))
            self.ui.password.clear()
            self.ui.password.setFocus()
            return
        self.accept()


class SetupDialog(QDialog):
    """First start on an empty database: create the first administrator and log in."""

    def __init__(self, accounts: AccountService, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SetupDialog()
        self.ui.setupUi(self)
        self.accounts = accounts
        self.session: UserSession | None = None
        _name_buttons(self, self.ui.buttons, self.tr("Buat akun dan masuk"))
        self.ui.buttons.accepted.connect(self._on_accepted)
        self.ui.buttons.rejected.connect(self.reject)

    def _on_accepted(self) -> None:
        if self.ui.password.text() != self.ui.repeat.text():
            self.ui.error.setText(self.tr("Kedua kata sandi tidak sama; ketik ulang."))
            return
        try:
            self.session = self.accounts.create_first_admin(
                {
                    "nama": self.ui.nama.text(),
                    "nip": self.ui.nip.text(),
                    "username": self.ui.username.text(),
                    "password": self.ui.password.text(),
                    "jabatan": "Administrator Aplikasi",
                }
            )
        except ValidationError as error:
            self.ui.error.setText("\n".join(error.errors.values()))
            return
        except MonevError as error:
            self.ui.error.setText(user_message(error))
            return
        self.accept()


def _name_buttons(dialog: QDialog, buttons: QDialogButtonBox, accept_text: str) -> None:
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(accept_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("Batal"))
