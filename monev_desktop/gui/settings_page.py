"""Pengaturan (admin): office identity and documents, users and roles, Plt./Plh., the
office's own days off, and backups."""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from monev_desktop.domain.dates import format_date
from monev_desktop.domain.documents import KINDS
from monev_desktop.domain.numbering import NumberingRule
from monev_desktop.domain.roles import Role
from monev_desktop.domain.settings import SETTINGS
from monev_desktop.gui.account_dialogs import UserDialog
from monev_desktop.gui.errors import user_message
from monev_desktop.gui.forms.ui_settings_page import Ui_SettingsPage
from monev_desktop.gui.message_line import run_telling, tell
from monev_desktop.gui.runner import Runner
from monev_desktop.gui.setting_editors import ChoiceEditor, LineEditor, editor_for
from monev_desktop.gui.step_forms.base import checked, fill_checks
from monev_desktop.gui.table_model import Column, RowTableModel, size_columns
from monev_desktop.services.container import Services
from monev_desktop.services.dto import UserSession
from monev_desktop.services.step_options import Choice

OFFICE_KEYS = [
    k
    for k, s in SETTINGS.items()
    if s.kind != "numbering" and k not in ("folder_cadangan", "jumlah_cadangan")
]
NUMBERED = [kind for kind in KINDS.values() if kind.numbered]


class SettingsPage(QWidget):
    """`sig_changed(what)` after a change that other pages show."""

    sig_changed = Signal(str)

    def __init__(
        self,
        services: Services,
        session: UserSession,
        runner: Runner,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self.services, self.session, self.runner = services, session, runner
        self.fields: dict[str, LineEditor | ChoiceEditor] = {}
        for key in OFFICE_KEYS:
            self.fields[key] = editor_for(SETTINGS[key], self)
            self.ui.officeFields.addRow(SETTINGS[key].label, self.fields[key])
        self.numbering = QTableWidget(len(NUMBERED), 4, self)
        self.numbering.setHorizontalHeaderLabels(
            [
                self.tr("Dokumen"),
                self.tr("Pola nomor"),
                self.tr("Kode klasifikasi"),
                self.tr("Buku agenda"),
            ]
        )
        self.numbering.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.numbering.setMinimumHeight(240)
        self.ui.officeFields.addRow(
            self.tr("Nomor surat ({kode} {urut} {unit} {bulan} {tahun})"), self.numbering
        )
        self.users = RowTableModel(
            [
                Column(self.tr("Nama"), lambda e: e.name),
                Column(self.tr("NIP"), lambda e: e.nip or "-"),
                Column(self.tr("Jabatan"), lambda e: e.jabatan),
                Column(self.tr("Nama pengguna"), lambda e: e.username),
                Column(self.tr("Peran"), lambda e: ", ".join(r.title for r in sorted(e.roles))),
                Column(
                    self.tr("Status"),
                    lambda e: self.tr("aktif") if e.active else self.tr("nonaktif"),
                ),
            ],
            parent=self,
        )
        self.ui.users.setModel(self.users)
        self.ui.users.horizontalHeader().setStretchLastSection(True)
        fill_checks(self.ui.userRoles, [Choice(r.value, r.title) for r in Role], ())
        for role in Role:
            self.ui.actingRole.addItem(role.title, role.value)
        for kind in ("Plh", "Plt"):
            self.ui.actingKind.addItem(kind, kind)
        self.user_edits = {
            "nama": self.ui.userNama,
            "nip": self.ui.userNip,
            "pangkat": self.ui.userPangkat,
            "golongan": self.ui.userGolongan,
            "jabatan": self.ui.userJabatan,
            "username": self.ui.userUsername,
            "password": self.ui.userPassword,
        }
        self.ui.dayKind.addItem(self.tr("Libur kantor"), "libur")
        self.ui.dayKind.addItem(self.tr("Hari kerja pengganti"), "masuk")
        today = QDate.currentDate()
        for edit in (self.ui.actingStart, self.ui.actingEnd, self.ui.dayDate):
            edit.setDate(today)
        self.ui.saveOffice.clicked.connect(self._on_save_office)
        self.ui.addUser.clicked.connect(self._on_add_user)
        self.ui.editUser.clicked.connect(self._on_edit_user)
        self.ui.users.doubleClicked.connect(lambda _: self._on_edit_user())
        self.ui.addActing.clicked.connect(self._on_add_acting)
        self.ui.endActing.clicked.connect(self._on_end_acting)
        self.ui.addDay.clicked.connect(self._on_add_day)
        self.ui.removeDay.clicked.connect(self._on_remove_day)
        self.ui.pickBackupFolder.clicked.connect(self._on_pick_folder)
        self.ui.saveBackup.clicked.connect(self._on_save_backup)
        self.ui.backupNow.clicked.connect(self._on_backup_now)
        self.refresh()

    def refresh(self) -> None:
        """Show every section as stored."""
        values = self.services.settings.all()
        self._show_office(values)
        self._show_people()
        self._show_days()
        self._show_backup(values)

    # Each action below shows again only its own section, so that what is typed but not yet
    # saved in another section stays on the page.

    def _show_office(self, values: dict) -> None:
        for key, edit in self.fields.items():
            edit.setText(str(values[key]))
        rules = values["penomoran"]
        for row, kind in enumerate(NUMBERED):
            rule = NumberingRule(**{**kind.rule.__dict__, **rules.get(kind.code, {})})
            for column, text in enumerate((kind.title, rule.pattern, rule.kode, rule.buku)):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    item.setData(Qt.ItemDataRole.UserRole, kind.code)
                self.numbering.setItem(row, column, item)
        self.shown = {key: edit.text() for key, edit in self.fields.items()}
        self.shown_numbering = self._numbering_values()

    def _show_people(self) -> None:
        """The users table lists the deactivated accounts too; the choices only the active."""
        people = self.services.accounts.employees(include_inactive=True)
        self.users.set_rows(people)
        size_columns(self.ui.users)
        choices = [(p.name, p.id) for p in people if p.active]
        for combo, blank in (
            (self.ui.actingPerson, None),
            (self.ui.actingFor, self.tr("— tidak ada —")),
        ):
            combo.clear()
            if blank:
                combo.addItem(blank, None)
            for name, person_id in choices:
                combo.addItem(name, person_id)
        self.ui.actingList.clear()
        for a in self.services.accounts.acting_appointments():
            replaced = self.tr(" menggantikan %s") % a.for_name if a.for_name else ""
            self.ui.actingList.addItem(
                f"{a.person}: {a.kind}. {a.role.title}{replaced}, "
                f"{format_date(a.start)} s.d. {format_date(a.end)}"
            )
            self.ui.actingList.item(self.ui.actingList.count() - 1).setData(
                Qt.ItemDataRole.UserRole, a.id
            )

    def _show_days(self) -> None:
        self.ui.dayList.clear()
        for day, kind, note in self.services.calendar.special_days():
            label = self.tr("libur kantor") if kind == "libur" else self.tr("hari kerja pengganti")
            self.ui.dayList.addItem(f"{format_date(day)} — {label}{': ' + note if note else ''}")
            self.ui.dayList.item(self.ui.dayList.count() - 1).setData(
                Qt.ItemDataRole.UserRole, day.isoformat()
            )

    def _show_backup(self, values: dict) -> None:
        self.ui.backupFolder.setText(values["folder_cadangan"])
        self.ui.backupKeep.setValue(int(values["jumlah_cadangan"]))
        self.shown_backup = self._backup_values()
        state = self.services.backup.state()
        if state.get("last_error"):
            status = self.tr("Cadangan terakhir gagal: %s") % state["last_error"]
        elif state.get("last_path"):
            status = self.tr("Cadangan terakhir yang berhasil: %s") % state["last_path"]
        else:
            status = self.tr("Belum ada cadangan.")
        tell(self.ui.backupStatus, status, problem=bool(state.get("last_error")))

    def unsaved_tabs(self) -> list[int]:
        """The tabs, by index, holding typing not saved yet."""
        typed = {
            self.ui.officeTab: bool(self._office_changes()),
            self.ui.usersTab: any(edit.text() for edit in self.user_edits.values()),
            self.ui.daysTab: bool(self.ui.dayNote.text()),
            self.ui.backupTab: self._backup_values() != self.shown_backup,
        }
        return [self.ui.tabs.indexOf(tab) for tab, changed in typed.items() if changed]

    def _office_changes(self) -> dict:
        """What was changed on the office tab since it was shown."""
        values = {k: e.text() for k, e in self.fields.items() if e.text() != self.shown[k]}
        if (rules := self._numbering_values()) != self.shown_numbering:
            values["penomoran"] = rules
        return values

    def _backup_values(self) -> dict:
        return {
            "folder_cadangan": self.ui.backupFolder.text(),
            "jumlah_cadangan": str(self.ui.backupKeep.value()),
        }

    def _numbering_values(self) -> dict:
        rules = {}
        for row in range(self.numbering.rowCount()):
            code = self.numbering.item(row, 0).data(Qt.ItemDataRole.UserRole)
            rules[code] = {
                key: self.numbering.item(row, column).text().strip()
                for column, key in ((1, "pattern"), (2, "kode"), (3, "buku"))
            }
        return rules

    def _save(
        self, button: QWidget, values: dict, message: QLabel, show: Callable[[dict], None]
    ) -> None:
        """Save the settings `values`, then `show` the section as stored."""
        run_telling(
            self.runner,
            button,
            lambda: self.services.settings.set(self.session, values),
            message,
            self.tr("Tersimpan."),
            lambda: (show(self.services.settings.all()), self.sig_changed.emit("settings")),
        )

    def _on_save_office(self) -> None:
        """Save what was changed on this page since it was shown, so that what another
        workstation changed meanwhile in the other fields is kept."""
        self._save(
            self.ui.saveOffice, self._office_changes(), self.ui.officeMessage, self._show_office
        )

    def _on_add_user(self) -> None:
        data = {key: edit.text() for key, edit in self.user_edits.items()}
        data["roles"] = checked(self.ui.userRoles)

        def added() -> None:
            for edit in self.user_edits.values():
                edit.clear()
            self._show_people()

        run_telling(
            self.runner,
            self.ui.addUser,
            lambda: self.services.accounts.create_user(self.session, data),
            self.ui.userMessage,
            self.tr("Pengguna %s ditambahkan.") % data["username"],
            added,
        )

    def _on_edit_user(self) -> UserDialog | None:
        """Change the selected account as it is now, not as the list showed it when loaded."""
        index = self.ui.users.currentIndex()
        if not index.isValid():
            tell(self.ui.usersMessage, self.tr("Pilih dulu pengguna di tabel."), problem=True)
            return None
        employee = self.services.accounts.employee(self.users.row_at(index.row()).id)
        dialog = UserDialog(self.services, self.session, self.runner, employee, self)

        def saved() -> None:
            news = self.tr("Data %s disimpan.") % employee.username
            if dialog.released:
                news += (
                    " "
                    + self.tr(
                        "%d tugas yang tidak dapat lagi dikerjakannya kembali ke kotak tugas perannya."
                    )
                    % dialog.released
                )
            if employee.id == self.session.user_id and dialog.changed_name_or_roles():
                news += " " + self.tr(
                    "Nama dan peran baru Anda tampil di jendela ini setelah Anda masuk kembali "
                    "(Berkas → Ganti pengguna)."
                )
            self._show_people()
            tell(self.ui.usersMessage, news, problem=False)
            self.sig_changed.emit("tasks")

        dialog.accepted.connect(saved)
        self.runner.dispose_on_close(dialog)
        dialog.open()
        return dialog

    def _on_add_acting(self) -> None:
        data = {
            "pegawai_id": self.ui.actingPerson.currentData(),
            "peran": self.ui.actingRole.currentData(),
            "jenis": self.ui.actingKind.currentData(),
            "menggantikan_id": self.ui.actingFor.currentData(),
            "mulai": self.ui.actingStart.date().toString("yyyy-MM-dd"),
            "selesai": self.ui.actingEnd.date().toString("yyyy-MM-dd"),
        }
        run_telling(
            self.runner,
            self.ui.addActing,
            lambda: self.services.accounts.add_acting(self.session, data),
            self.ui.actingMessage,
            self.tr("Penunjukan disimpan."),
            lambda: (self._show_people(), self.sig_changed.emit("tasks")),
        )

    def _on_end_acting(self) -> None:
        item = self.ui.actingList.currentItem()
        if item is None:
            tell(self.ui.actingMessage, self.tr("Pilih dulu penunjukan di daftar."), problem=True)
            return
        answer = QMessageBox.question(
            self, self.tr("Akhiri penunjukan"), self.tr("Akhiri penunjukan %s?") % item.text()
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        appointment = item.data(Qt.ItemDataRole.UserRole)
        run_telling(
            self.runner,
            self.ui.endActing,
            lambda: self.services.accounts.end_acting(self.session, appointment),
            self.ui.actingMessage,
            lambda removed: (
                self.tr("Penunjukan dihapus sebelum berlaku.")
                if removed
                else self.tr("Penunjukan diakhiri; mulai hari ini tidak berlaku.")
            ),
            lambda: (self._show_people(), self.sig_changed.emit("tasks")),
        )

    def _on_add_day(self) -> None:
        day, kind, note = (
            self.ui.dayDate.date().toPython(),
            self.ui.dayKind.currentData(),
            self.ui.dayNote.text(),
        )
        run_telling(
            self.runner,
            self.ui.addDay,
            lambda: self.services.calendar.set_special_day(self.session, day, kind, note),
            self.ui.dayMessage,
            self.tr("Hari disimpan; tenggat tugas baru mengikutinya."),
            lambda: (self.ui.dayNote.clear(), self._show_days()),
        )

    def _on_remove_day(self) -> None:
        item = self.ui.dayList.currentItem()
        if item is None:
            return
        day = date.fromisoformat(item.data(Qt.ItemDataRole.UserRole))
        run_telling(
            self.runner,
            self.ui.removeDay,
            lambda: self.services.calendar.remove_special_day(self.session, day),
            self.ui.dayMessage,
            self.tr("Hari dihapus."),
            self._show_days,
        )

    def _on_pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder cadangan"), self.ui.backupFolder.text()
        )
        if folder:
            self.ui.backupFolder.setText(folder)

    def _on_save_backup(self) -> None:
        self._save(
            self.ui.saveBackup, self._backup_values(), self.ui.backupStatus, self._show_backup
        )

    def _on_backup_now(self) -> None:
        self.runner.run_while_disabled(
            self.ui.backupNow,
            self.services.backup.create,
            lambda path: tell(
                self.ui.backupStatus, self.tr("Cadangan dibuat: %s") % path, problem=False
            ),
            lambda error: tell(self.ui.backupStatus, user_message(error), problem=True),
            self,
        )
