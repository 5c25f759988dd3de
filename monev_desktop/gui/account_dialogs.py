"""The windows that change an account after it is made: the admin's (UserDialog: data,
roles, active, a new password) and everyone's own password (PasswordDialog). Both save off
the GUI thread and keep the window, with a sentence, when the save is refused."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from monev_desktop.domain.roles import Role
from monev_desktop.gui.errors import sentences
from monev_desktop.gui.forms.ui_password_dialog import Ui_PasswordDialog
from monev_desktop.gui.forms.ui_user_dialog import Ui_UserDialog
from monev_desktop.gui.runner import Runner
from monev_desktop.gui.step_forms.base import checked, fill_checks
from monev_desktop.gui.unsaved import reject_asking
from monev_desktop.services.container import Services
from monev_desktop.services.dto import Employee, UserSession
from monev_desktop.services.step_options import Choice


class UserDialog(QDialog):
    """Change `employee` (as listed when the window opened). Once saved, `released` holds how
    many of their open tasks went back to their role's inbox."""

    def __init__(
        self,
        services: Services,
        session: UserSession,
        runner: Runner,
        employee: Employee,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_UserDialog()
        self.ui.setupUi(self)
        self.services, self.session, self.runner, self.employee = (
            services,
            session,
            runner,
            employee,
        )
        self.released: int | None = None
        self.setWindowTitle(self.tr("Ubah pengguna: %s") % employee.name)
        self.ui.username.setText(employee.username)
        for edit, text in (
            (self.ui.nama, employee.name),
            (self.ui.nip, employee.nip),
            (self.ui.pangkat, employee.pangkat),
            (self.ui.golongan, employee.golongan),
            (self.ui.jabatan, employee.jabatan),
        ):
            edit.setText(text)
        fill_checks(self.ui.roles, [Choice(r.value, r.title) for r in Role], employee.roles)
        self.ui.aktif.setChecked(employee.active)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Simpan"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.ui.buttons.accepted.connect(self._on_save)
        self.ui.buttons.rejected.connect(self.reject)
        self._loaded = self.collect()

    def collect(self) -> dict:
        """The account as the window shows it, as `AccountService.update_user` takes it."""
        return {
            "nama": self.ui.nama.text(),
            "nip": self.ui.nip.text(),
            "pangkat": self.ui.pangkat.text(),
            "golongan": self.ui.golongan.text(),
            "jabatan": self.ui.jabatan.text(),
            "roles": checked(self.ui.roles),
            "aktif": self.ui.aktif.isChecked(),
            "password": self.ui.password.text(),
        }

    def changed_name_or_roles(self) -> bool:
        """The name or the roles differ from the account's when the window opened (what a
        signed-in session shows until its next login)."""
        now = self.collect()
        return any(now[key] != self._loaded[key] for key in ("nama", "roles"))

    def _on_save(self) -> None:
        data = self.collect()
        self.runner.run_while_disabled(
            self.ui.buttons,
            lambda: self.services.accounts.update_user(
                self.session, self.employee.id, data, self.employee
            ),
            self._on_saved,
            lambda error: self.ui.error.setText(sentences(error)),
        )

    def _on_saved(self, released: int) -> None:
        self.released = released
        self.accept()

    def reject(self) -> None:
        """Closing with changes not saved asks first, as the other windows do."""
        reject_asking(
            self,
            self.ui.buttons,
            self.collect() == self._loaded,
            self.tr("Perubahan pengguna ini belum disimpan. Simpan sebelum menutup?"),
            self._on_save,
        )


class PasswordDialog(QDialog):
    """Change the signed-in person's own password; the current one is asked first."""

    def __init__(
        self,
        services: Services,
        session: UserSession,
        runner: Runner,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        self.services, self.session, self.runner = services, session, runner
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Ubah kata sandi")
        )
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.ui.buttons.accepted.connect(self._on_change)
        self.ui.buttons.rejected.connect(self.reject)

    def _on_change(self) -> None:
        current, fresh = self.ui.current.text(), self.ui.fresh.text()
        if fresh != self.ui.repeat.text():
            self.ui.error.setText(self.tr("Kedua kata sandi baru tidak sama; ketik ulang."))
            return
        self.ui.error.setText(self.tr("Memeriksa kata sandi…"))
        self.runner.run_while_disabled(
            self.ui.buttons,
            lambda: self.services.accounts.change_own_password(self.session, current, fresh),
            lambda _: self.accept(),
            lambda error: self.ui.error.setText(sentences(error)),
        )
