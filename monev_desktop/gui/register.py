"""Register Kerja Sama: search, add and edit with validation, expiry colours, Excel in and out."""

from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from monev_desktop.domain.agreements import (
    BENTUK_LABELS,
    JENIS_LABELS,
    MANUAL_STATUSES,
    SifatKsdd,
    expiry_threshold,
)
from monev_desktop.domain.errors import MonevError, ValidationError
from monev_desktop.gui.errors import show_error
from monev_desktop.gui.forms.ui_agreement_dialog import Ui_AgreementDialog
from monev_desktop.gui.forms.ui_import_report_dialog import Ui_ImportReportDialog
from monev_desktop.gui.forms.ui_register_page import Ui_RegisterPage
from monev_desktop.gui.opd_dialog import OpdDialog
from monev_desktop.gui.runner import Runner
from monev_desktop.gui.step_forms.base import checked, fill_checks, widget_name
from monev_desktop.gui.table_model import Column, RowTableModel, size_columns
from monev_desktop.gui.unsaved import reject_asking
from monev_desktop.services.container import Services
from monev_desktop.services.dto import Agreement, UserSession
from monev_desktop.services.excel import ImportResult, RegisterImport, export, write_template
from monev_desktop.services.step_options import Choice

EXPIRY_COLOURS = {
    0: QColor("#f5c2c7"),
    7: QColor("#f8d7da"),
    30: QColor("#ffe5b4"),
    60: QColor("#fff3cd"),
    90: QColor("#fffbe6"),
}
EXCEL = "Excel (*.xlsx)"
UNLISTED = object()  # a parent typed that is not in the list


class AgreementDialog(QDialog):
    """Add (agreement None) or edit an agreement; every bad field is named under it."""

    def __init__(
        self,
        services: Services,
        session: UserSession,
        runner: Runner,
        agreement: Agreement | None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_AgreementDialog()
        self.ui.setupUi(self)
        self.services, self.session, self.runner = services, session, runner
        self.agreement, self.saved = agreement, None
        self.setWindowTitle(
            self.tr("Ubah kerja sama") if agreement else self.tr("Tambah kerja sama")
        )
        for code, label in JENIS_LABELS.items():
            self.ui.jenis.addItem(f"{code.value} — {label}", code.value)
        self.ui.sifatKsdd.addItem("-", None)
        for sifat in SifatKsdd:
            self.ui.sifatKsdd.addItem(sifat.value, sifat.value)
        for code, label in BENTUK_LABELS.items():
            self.ui.bentuk.addItem(f"{code.value} — {label}", code.value)
        self._fill_parents(services.agreements.parent_choices(agreement))
        self.ui.statusManual.addItem(self.tr("— mengikuti tanggal —"), None)
        for status in MANUAL_STATUSES:
            self.ui.statusManual.addItem(status.value, status.value)
        opds = [Choice(i, name) for i, name in services.agreements.opds()]
        fill_checks(self.ui.opdIds, opds, agreement.opd_ids if agreement else ())
        self.ui.pilihBerkas.clicked.connect(self._on_pick_file)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.ui.buttons.accepted.connect(self._on_save)
        self.ui.buttons.rejected.connect(self.reject)
        self._load(agreement)
        self._loaded = self.collect()  # what closing the window keeps without asking
        self._show_errors(
            {}
            if opds
            else {
                "opd_ids": self.tr(
                    "Belum ada OPD; tambahkan dulu lewat Daftar OPD… di halaman Register."
                )
            }
        )

    def _fill_parents(self, choices: list[tuple[int, str]]) -> None:
        """The parent list, searched by typing any part of a number or title."""
        combo = self.ui.indukId
        combo.setEditable(True)  # before the items: made editable when full, it reads them all
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.lineEdit().setPlaceholderText(self.tr("ketik sebagian nomor atau judul"))
        completer = combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.addItem(self.tr("— tidak ada —"), None)
        for agreement_id, text in choices:
            combo.addItem(text, agreement_id)

    def _chosen_parent(self) -> int | None | object:
        """The listed parent the field names, None for none, UNLISTED when the typed text
        names none of the list."""
        text = self.ui.indukId.currentText().strip()
        index = self.ui.indukId.findText(text, Qt.MatchFlag.MatchFixedString) if text else 0
        return self.ui.indukId.itemData(index) if index >= 0 else UNLISTED

    def _refuse_unlisted_parent(self, data: dict) -> None:
        """Raise ValidationError naming the unlisted parent and every other bad field."""
        try:
            self.services.agreements.check({**data, "induk_id": None})
            errors = {}
        except ValidationError as error:
            errors = error.errors
        raise ValidationError(
            {
                **errors,
                "induk_id": "Induk tidak ada di daftar; ketik sebagian nomor atau judulnya, "
                "lalu pilih dari daftar yang muncul.",
            }
        )

    def _load(self, a: Agreement | None) -> None:
        today = QDate.currentDate()
        self.ui.nomor.setText(a.nomor if a else "")
        self.ui.nomorMitra.setText(a.nomor_mitra if a else "")
        self.ui.judul.setText(a.judul if a else "")
        self.ui.mitra.setText(a.mitra if a else "")
        self.ui.ruangLingkup.setPlainText(a.ruang_lingkup if a else "")
        self.ui.berkas.setText(a.berkas if a else "")
        for combo, value in (
            (self.ui.jenis, a and a.jenis),
            (self.ui.sifatKsdd, a and a.sifat_ksdd),
            (self.ui.bentuk, a and a.bentuk),
            (self.ui.indukId, a and a.induk_id),
            (self.ui.statusManual, a and a.status if a and a.status in MANUAL_STATUSES else None),
        ):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.ui.tanggalMulai.setDate(QDate(a.tanggal_mulai) if a else today)
        self.ui.tanggalBerakhir.setDate(QDate(a.tanggal_berakhir) if a else today.addYears(1))

    def collect(self) -> dict:
        """The form's values (`induk_id` UNLISTED when the parent typed is not in the list)."""
        return {
            "nomor": self.ui.nomor.text(),
            "nomor_mitra": self.ui.nomorMitra.text(),
            "judul": self.ui.judul.text(),
            "mitra": self.ui.mitra.text(),
            "jenis": self.ui.jenis.currentData(),
            "sifat_ksdd": self.ui.sifatKsdd.currentData(),
            "bentuk": self.ui.bentuk.currentData(),
            "induk_id": self._chosen_parent(),
            "tanggal_mulai": self.ui.tanggalMulai.date().toString("yyyy-MM-dd"),
            "tanggal_berakhir": self.ui.tanggalBerakhir.date().toString("yyyy-MM-dd"),
            "opd_ids": checked(self.ui.opdIds),
            "ruang_lingkup": self.ui.ruangLingkup.toPlainText(),
            "berkas": self.ui.berkas.text(),
            "status_manual": self.ui.statusManual.currentData(),
        }

    def _show_errors(self, errors: dict[str, str]) -> None:
        for field in (
            "nomor",
            "nomor_mitra",
            "judul",
            "mitra",
            "jenis",
            "sifat_ksdd",
            "bentuk",
            "induk_id",
            "tanggal_mulai",
            "tanggal_berakhir",
            "opd_ids",
            "ruang_lingkup",
            "status_manual",
        ):
            label = getattr(self.ui, f"{widget_name(field)}Error")
            label.setText(errors.get(field, ""))
            label.setVisible(field in errors)

    def _on_pick_file(self) -> None:
        file, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Berkas dokumen kerja sama"),
            "",
            self.tr("Dokumen (*.pdf *.docx *.doc *.jpg *.png)"),
        )
        if file:
            self.ui.berkas.setText(file)

    def _on_save(self) -> None:
        """Save off the GUI thread (a write may wait for another workstation's); the buttons
        wait with it."""
        data = self.collect()
        self.runner.run_while_disabled(
            self.ui.buttons, lambda: self._save(data), self._on_saved, self._on_refused
        )

    def _save(self, data: dict) -> Agreement:
        if data["induk_id"] is UNLISTED:
            self._refuse_unlisted_parent(data)
        if self.agreement is None:
            return self.services.agreements.create(self.session, data)
        return self.services.agreements.update(
            self.session, self.agreement.id, data, self.agreement.version
        )

    def _on_saved(self, agreement: Agreement) -> None:
        self.saved = agreement
        self.accept()

    def reject(self) -> None:
        """Batal, Esc or the window's × with typing not saved yet asks first: save it (and
        close once saved), discard it, or stay in the window. While a save runs, its outcome
        decides."""
        reject_asking(
            self,
            self.ui.buttons,
            self.collect() == self._loaded,
            self.tr("Isian kerja sama ini belum disimpan. Simpan sebelum menutup?"),
            self._on_save,
        )

    def _on_refused(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self._show_errors(error.errors)
            return
        self._show_errors({})  # not about a field: a refusal, a record gone meanwhile
        show_error(self, error)


class ImportReportDialog(QDialog):
    """Every bad row of an import, with row, column and reason. Accepted, `choice` says
    what next: "good" (import the good rows) or "opds" (add the OPDs the Daftar OPD lacks,
    which is offered unless they are being added already, and check again)."""

    def __init__(
        self, result: ImportResult, adding_opds: bool = False, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ui = Ui_ImportReportDialog()
        self.ui.setupUi(self)
        self.choice = ""
        summary = self.tr(
            "%d baris bermasalah; belum ada yang disimpan. Perbaiki berkasnya lalu impor lagi, "
            "atau impor baris yang benar saja."
        ) % len({p.row for p in result.problems})
        offer_opds = bool(result.new_opds) and not adding_opds
        if offer_opds:
            summary += " " + self.tr(
                "Berkas ini menyebut %d OPD yang belum ada di Daftar OPD: %s."
            ) % (len(result.new_opds), "; ".join(result.new_opds))
        self.ui.summary.setText(summary)
        self.ui.addOpds.setVisible(offer_opds)
        self.ui.importGood.setText(self.tr("&Impor %d baris yang benar saja") % result.good_rows)
        self.ui.importGood.setEnabled(result.good_rows > 0)
        self.ui.problems.setRowCount(len(result.problems))
        for row, problem in enumerate(result.problems):
            for column, value in enumerate((str(problem.row), problem.column, problem.reason)):
                self.ui.problems.setItem(row, column, QTableWidgetItem(value))
        self.ui.problems.horizontalHeader().setStretchLastSection(True)
        self.ui.problems.resizeColumnsToContents()
        self.ui.importGood.clicked.connect(lambda: self._choose("good"))
        self.ui.addOpds.clicked.connect(lambda: self._choose("opds"))
        self.ui.closeReport.clicked.connect(self.reject)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


class RegisterPage(QWidget):
    """`sig_changed("agreements")` after any change."""

    sig_changed = Signal(str)

    def __init__(
        self,
        services: Services,
        session: UserSession,
        runner: Runner,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_RegisterPage()
        self.ui.setupUi(self)
        self.services, self.session, self.runner = services, session, runner
        self.report: ImportReportDialog | None = None  # the last import's report of bad rows
        today = services.ctx.now().date()

        def colour(a: Agreement):
            threshold = expiry_threshold(a.tanggal_berakhir, today)
            return EXPIRY_COLOURS.get(threshold) if a.status not in MANUAL_STATUSES else None

        ends = Column(self.tr("Berakhir"), lambda a: a.tanggal_berakhir)
        # When it ends and its status first: on a narrow screen the columns cut off at the
        # right are the ones least needed.
        self.model = RowTableModel(
            [
                Column(self.tr("Nomor"), lambda a: a.nomor),
                Column(self.tr("Judul"), lambda a: a.judul),
                Column(self.tr("Mitra"), lambda a: a.mitra),
                ends,
                Column(
                    self.tr("Sisa hari"),
                    lambda a: (a.tanggal_berakhir - today).days,
                    text=self._days_left,
                ),
                Column(self.tr("Status"), lambda a: a.status),
                Column(self.tr("Jenis"), lambda a: a.jenis),
                Column(self.tr("Bentuk"), lambda a: a.bentuk),
                Column(self.tr("OPD Pelaksana"), lambda a: ", ".join(a.opd_names)),
                Column(self.tr("Mulai"), lambda a: a.tanggal_mulai),
            ],
            colour,
            self,
        )
        self.ui.table.setModel(self.model)
        self.ui.table.sortByColumn(self.model.columns.index(ends), Qt.SortOrder.AscendingOrder)
        self.ui.table.verticalHeader().setVisible(False)
        self.ui.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.ui.table.horizontalHeader().setStretchLastSection(True)
        self.ui.search.textChanged.connect(self.model.set_filter)
        QShortcut(QKeySequence.StandardKey.Find, self, self.ui.search.setFocus)
        self.ui.table.doubleClicked.connect(lambda _: self._on_edit())
        self.ui.add.clicked.connect(lambda: self._edit(None))
        self.ui.edit.clicked.connect(self._on_edit)
        self.ui.remove.clicked.connect(self._on_remove)
        self.ui.opdList.clicked.connect(self._on_opd_list)
        self.ui.importExcel.clicked.connect(self._on_import)
        self.ui.exportExcel.clicked.connect(self._on_export)
        self.ui.template.clicked.connect(self._on_template)
        self.ui.refresh.clicked.connect(self.refresh)
        self.refresh()

    def _days_left(self, days: int) -> str:
        if days > 0:
            return str(days)
        return self.tr("hari ini") if days == 0 else self.tr("lewat %d") % -days

    def refresh(self) -> None:
        """Re-read the register off the GUI thread (10,000 agreements take a moment)."""
        self.runner.run(self.services.agreements.list, self._show, parent=self)

    def _show(self, agreements: list[Agreement]) -> None:
        today = self.services.ctx.now().date()
        soon = sum(1 for a in agreements if expiry_threshold(a.tanggal_berakhir, today) is not None)
        self.model.set_rows(agreements)
        self.ui.summary.setText(
            self.tr(
                "%d kerja sama; %d berakhir dalam 90 hari (berwarna: makin merah makin dekat: 90/60/30/7/0 hari)."
            )
            % (len(agreements), soon)
        )
        size_columns(self.ui.table, widest=320)

    def selected(self) -> Agreement | None:
        index = self.ui.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _on_edit(self) -> None:
        """Edit the selected agreement as it is now, not as the list showed it when loaded."""
        selected = self.selected()
        if selected is None:
            return
        try:
            current = self.services.agreements.get(selected.id)
        except MonevError as error:  # gone meanwhile
            show_error(self, error)
            self.refresh()
            return
        self._edit(current)

    def _on_remove(self) -> None:
        """Delete the selected agreement as listed, once asked; one a cycle used is refused
        with the reason."""
        selected = self.selected()
        if selected is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Hapus kerja sama"),
            self.tr("Hapus %s — %s dari register? Riwayatnya tetap tercatat.")
            % (selected.nomor, selected.judul),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.runner.run_while_disabled(
            self.ui.remove,
            lambda: self.services.agreements.delete(self.session, selected.id, selected.version),
            lambda _: (self.refresh(), self.sig_changed.emit("agreements")),
            parent=self,
        )

    def _on_opd_list(self) -> OpdDialog:
        dialog = OpdDialog(self.services, self.session, self.runner, self)
        dialog.sig_changed.connect(lambda what: (self.refresh(), self.sig_changed.emit(what)))
        self.runner.dispose_on_close(dialog)
        dialog.open()
        return dialog

    def _edit(self, agreement: Agreement | None) -> AgreementDialog:
        dialog = AgreementDialog(self.services, self.session, self.runner, agreement, self)
        dialog.accepted.connect(lambda: (self.refresh(), self.sig_changed.emit("agreements")))
        self.runner.dispose_on_close(dialog)
        dialog.open()
        return dialog

    def import_file(
        self, path: Path, *, skip_invalid: bool = False, add_opds: bool = False
    ) -> None:
        """Import in the background; a report of bad rows offers to import the good ones
        and to add the OPDs the Daftar OPD lacks."""
        importer = RegisterImport(self.services.agreements)

        def done(result: ImportResult | None) -> None:
            if result is None:
                return  # cancelled: nothing was written
            if result.problems and not result.written:
                report = ImportReportDialog(result, add_opds, self)
                report.accepted.connect(
                    lambda: self.import_file(
                        path,
                        skip_invalid=report.choice == "good",
                        add_opds=add_opds or report.choice == "opds",
                    )
                )
                self.runner.dispose_on_close(report)
                report.open()
                self.report = report
                return
            self.refresh()
            self.sig_changed.emit("agreements")
            said = self.tr("%d kerja sama diimpor dari %s.") % (result.imported, path.name)
            if result.added_opds:
                said += " " + self.tr("%d OPD baru ditambahkan ke Daftar OPD: %s.") % (
                    len(result.added_opds),
                    "; ".join(result.added_opds),
                )
            self.ui.summary.setText(said)

        self.runner.run_with_progress(
            self.tr("Mengimpor register…"),
            lambda progress: importer.run(
                self.session,
                path,
                skip_invalid=skip_invalid,
                add_opds=add_opds,
                progress=progress.step,
            ),
            done,
            self,
        )

    def _on_import(self) -> None:
        file, _ = QFileDialog.getOpenFileName(self, self.tr("Impor register dari Excel"), "", EXCEL)
        if file:
            self.import_file(Path(file))

    def _on_export(self) -> None:
        file, _ = QFileDialog.getSaveFileName(
            self, self.tr("Ekspor register ke Excel"), "register-kerja-sama.xlsx", EXCEL
        )
        if file:
            self.runner.run(
                lambda: export(self.services.agreements.list(), Path(file)),
                lambda path: self.ui.summary.setText(self.tr("Register diekspor ke %s.") % path),
                parent=self,
            )

    def _on_template(self) -> None:
        file, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan templat impor"), "templat-register.xlsx", EXCEL
        )
        if file:
            write_template(Path(file))
