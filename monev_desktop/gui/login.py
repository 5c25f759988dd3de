"""Login dialog, and the first-start setup that creates the first administrator.

Loads only Qt and its own forms (the services are types here), so that the login window can
be shown before the data layer has loaded.
"""

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from monev_desktop.domain.errors import MonevError, ValidationError
from monev_desktop.gui.errors import user_message
from monev_desktop.gui.forms.ui_login_dialog import Ui_LoginDialog
from monev_desktop.gui.forms.ui_setup_dialog import Ui_SetupDialog
from monev_desktop.gui.message_line import tell
from monev_desktop.gui.runner import Runner

if TYPE_CHECKING:
    from monev_desktop.services.accounts import AccountService
    from monev_desktop.services.dto import UserSession


class LoginDialog(QDialog):
    """Asks for user and password; `session` holds the result after accept().

    Without `accounts` the window can be shown while the services are still loading: Masuk
    pressed meanwhile is remembered and carried out once `accounts_loaded()` hands them over.
    The password is checked through `runner` (by default at once, on this thread): given a
    worker, the window stays responsive during the argon2id check and says it is checking.
    A `note` is shown under the fields until the first answer replaces it.
    """

    def __init__(
        self,
        accounts: "AccountService | None" = None,
        parent: QWidget | None = None,
        runner: Runner | None = None,
        note: str = "",
    ):
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        if note:
            tell(self.ui.message, note, problem=False)
        self.accounts = accounts
        self.runner = runner or Runner(self, synchronous=True)
        self.session: UserSession | None = None
        self._masuk_waiting = self._checking = False
        _name_buttons(self, self.ui.buttons, self.tr("Masuk"))
        self.ui.buttons.accepted.connect(self._on_accepted)
        self.ui.buttons.rejected.connect(self.reject)
        self._show_acting(False)
        self.ui.username.setFocus()

    def accounts_loaded(self, accounts: "AccountService", runner: Runner | None = None) -> None:
        """The services have loaded (and `runner`, if given, checks passwords from now on):
        log in now if Masuk was pressed while they loaded."""
        self.accounts = accounts
        self.runner = runner or self.runner
        if self._masuk_waiting:
            self._masuk_waiting = False
            self._on_accepted()

    def _show_acting(self, visible: bool) -> None:
        self.ui.actingLabel.setVisible(visible)
        self.ui.actingChoice.setVisible(visible)

    def _on_accepted(self) -> None:
        if self.session is not None:  # second press: the acting appointment was chosen
            chosen = self.ui.actingChoice.currentData()
            self.session = self.session.acting_as(chosen)
            self.accept()
            return
        if self._checking:
            return
        if self.accounts is None:
            self._masuk_waiting = True
            tell(self.ui.message, self.tr("Menyiapkan basis data…"), problem=False)
            return
        accounts, username, password = (
            self.accounts,
            self.ui.username.text(),
            self.ui.password.text(),
        )
        self._set_checking(True)
        self.runner.run(lambda: accounts.login(username, password), self._logged_in, self._refused)

    def _set_checking(self, checking: bool) -> None:
        self._checking = checking
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not checking)
        self.ui.username.setEnabled(not checking)
        self.ui.password.setEnabled(not checking)
        tell(self.ui.message, self.tr("Memeriksa kata sandi…") if checking else "", problem=False)

    def _refused(self, error: BaseException) -> None:
        self._set_checking(False)
        tell(self.ui.message, user_message(error), problem=True)
        self.ui.password.clear()
        self.ui.password.setFocus()

    def _logged_in(self, session: "UserSession") -> None:
        self._set_checking(False)
        self.session = session
        if not session.acting:
            self.accept()
            return
        own = ", ".join(r.title for r in sorted(session.roles)) or self.tr("peran sendiri")
        self.ui.actingChoice.addItem(own, None)
        for index, acting in enumerate(session.acting):
            replaced = self.tr(" (menggantikan %s)") % acting.for_name if acting.for_name else ""
            self.ui.actingChoice.addItem(f"{acting.label}{replaced}", index)
        self.ui.actingChoice.setCurrentIndex(1)
        self._show_acting(True)
        self.ui.username.setEnabled(False)
        self.ui.password.setEnabled(False)
        tell(
            self.ui.message,
            self.tr("Anda memiliki penunjukan Plt./Plh. yang berlaku hari ini; pilih, lalu Masuk."),
            problem=False,
        )
        self.ui.actingChoice.setFocus()


class SetupDialog(QDialog):
    """First start on an empty database: create the first administrator and log in."""

    def __init__(self, accounts: "AccountService", parent: QWidget | None = None):
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
