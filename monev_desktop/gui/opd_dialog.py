"""Daftar OPD: the office's OPDs, which agreements and schedules name; added, renamed when the
government reorganises, removed when entered by mistake (never while something names one)."""

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget

from monev_desktop.gui.forms.ui_opd_dialog import Ui_OpdDialog
from monev_desktop.gui.message_line import run_telling
from monev_desktop.gui.runner import Runner
from monev_desktop.gui.table_model import Column, RowTableModel, size_columns
from monev_desktop.services.container import Services
from monev_desktop.services.dto import OpdEntry, UserSession


class OpdDialog(QDialog):
    """`sig_changed("agreements")` after each change: the register shows OPD names."""

    sig_changed = Signal(str)

    def __init__(
        self,
        services: Services,
        session: UserSession,
        runner: Runner,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_OpdDialog()
        self.ui.setupUi(self)
        self.services, self.session, self.runner = services, session, runner
        self.model = RowTableModel(
            [
                Column(self.tr("Nama OPD"), lambda o: o.name),
                Column(self.tr("Singkatan"), lambda o: o.short or "-"),
                Column(self.tr("Kerja sama"), lambda o: o.agreements),
            ],
            parent=self,
        )
        self.ui.opds.setModel(self.model)
        self.ui.opds.horizontalHeader().setStretchLastSection(True)
        self.ui.opds.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.ui.add.clicked.connect(self._on_add)
        self.ui.rename.clicked.connect(self._on_rename)
        self.ui.remove.clicked.connect(self._on_remove)
        self.ui.closeDialog.clicked.connect(self.reject)
        self._refresh()

    def selected(self) -> OpdEntry | None:
        index = self.ui.opds.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _refresh(self) -> None:
        self.model.set_rows(self.services.agreements.opd_entries())
        size_columns(self.ui.opds)
        self._show_selected()

    def _show_selected(self) -> None:
        chosen = self.selected()
        self.ui.nama.setText(chosen.name if chosen else "")
        self.ui.singkatan.setText(chosen.short if chosen else "")
        self.ui.rename.setEnabled(chosen is not None)
        self.ui.remove.setEnabled(chosen is not None)

    def _on_add(self) -> None:
        name, short = self.ui.nama.text(), self.ui.singkatan.text()
        self._write(
            self.ui.add,
            lambda: self.services.agreements.add_opd(self.session, name, short),
            self.tr("OPD %s ditambahkan.") % name.strip(),
        )

    def _on_rename(self) -> None:
        chosen, name, short = self.selected(), self.ui.nama.text(), self.ui.singkatan.text()
        self._write(
            self.ui.rename,
            lambda: self.services.agreements.update_opd(self.session, chosen.id, name, short),
            self.tr("OPD %s disimpan.") % name.strip(),
        )

    def _on_remove(self) -> None:
        chosen = self.selected()
        answer = QMessageBox.question(
            self, self.tr("Hapus OPD"), self.tr("Hapus OPD %s dari daftar?") % chosen.name
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._write(
            self.ui.remove,
            lambda: self.services.agreements.delete_opd(self.session, chosen.id),
            self.tr("OPD %s dihapus.") % chosen.name,
        )

    def _write(self, button: QPushButton, write: Callable[[], object], news: str) -> None:
        """`write`, then the list shown again with `news`; a refusal keeps the typing."""
        run_telling(
            self.runner,
            button,
            write,
            self.ui.message,
            news,
            lambda: (self._refresh(), self.sig_changed.emit("agreements")),
        )
