"""Kegiatan Monev: the cycles, each as a timeline of the nine steps and its history; the
Kabag starts, corrects and stops them."""

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QTreeWidgetItem, QWidget

from monev_desktop.domain.dates import format_datetime
from monev_desktop.domain.documents import KINDS
from monev_desktop.domain.tasks import CycleStatus
from monev_desktop.gui.cycle_dialogs import KepwalDialog, StartCycleDialog
from monev_desktop.gui.forms.ui_cycles_page import Ui_CyclesPage
from monev_desktop.gui.labels import action_phrase, status_label
from monev_desktop.gui.reason_dialog import ReasonDialog
from monev_desktop.gui.runner import Runner
from monev_desktop.gui.table_model import Column, RowTableModel, size_columns
from monev_desktop.services.container import Services
from monev_desktop.services.dto import HistoryEntry, UserSession

LATE = QColor("#f8d7da")
HISTORY_SHOWN = 2000  # a cycle's newest history entries on its page


def history_runs(entries: Iterable[HistoryEntry]) -> list[list[HistoryEntry]]:
    """`entries` in order, cut into runs: documents of one kind made by one person in one
    minute (a step's letters to every OPD) form a run; any other entry is a run of its own."""
    runs: list[list[HistoryEntry]] = []
    last = None
    for entry in entries:
        key = _batch_key(entry)
        if key is not None and key == last:
            runs[-1].append(entry)
        else:
            runs.append([entry])
        last = key
    return runs


def _batch_key(entry: HistoryEntry) -> tuple | None:
    if entry.action != "buat_dokumen" or not entry.after:
        return None
    minute = entry.when.replace(second=0, microsecond=0)
    return entry.actor, entry.acting_for, entry.outcome, minute, entry.after.get("jenis")


class CyclesPage(QWidget):
    """`sig_task_opened(task_id)` asks to open a step; `sig_changed(what)` after a change."""

    sig_task_opened = Signal(int)
    sig_changed = Signal(str)

    def __init__(
        self,
        services: Services,
        session: UserSession,
        runner: Runner,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_CyclesPage()
        self.ui.setupUi(self)
        self.services, self.session, self.runner = services, session, runner
        self.cycles = RowTableModel(
            [
                Column(self.tr("Kegiatan"), lambda c: c.label),
                Column(self.tr("Kepwal TKKSD"), lambda c: c.kepwal_number),
                Column(self.tr("Dimulai"), lambda c: c.started),
                Column(self.tr("Selesai"), lambda c: c.closed or "-"),
                Column(self.tr("Status"), lambda c: status_label(c.status)),
                Column(self.tr("Alasan penghentian"), lambda c: c.stop_reason),
            ],
            parent=self,
        )
        self.steps = RowTableModel(
            [
                Column(self.tr("No"), lambda r: r.step),
                Column(self.tr("Kegiatan"), lambda r: r.title),
                Column(self.tr("Pelaksana"), lambda r: r.actor),
                Column(self.tr("Dikerjakan oleh"), lambda r: r.done_by),
                Column(self.tr("Diterima"), lambda r: r.received or ""),
                Column(self.tr("Selesai"), lambda r: r.completed or ""),
                Column(self.tr("Waktu baku"), lambda r: r.standard),
                Column(self.tr("Waktu nyata"), lambda r: r.actual),
                Column(self.tr("Status"), lambda r: status_label(r.status)),
                Column(self.tr("Ket"), lambda r: r.note),
            ],
            highlight=lambda r: LATE if r.late else None,
            parent=self,
        )
        for view, model in ((self.ui.cycles, self.cycles), (self.ui.timeline, self.steps)):
            view.setModel(model)
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            view.horizontalHeader().setStretchLastSection(True)
        self.ui.cycles.selectionModel().currentRowChanged.connect(
            lambda current, _: self._show(current.row())
        )
        self.ui.timeline.doubleClicked.connect(lambda _: self._open_step())
        self.ui.openStep.clicked.connect(self._open_step)
        self.ui.startCycle.clicked.connect(self._on_start)
        self.ui.stopCycle.clicked.connect(self._on_stop)
        self.ui.correctKepwal.clicked.connect(self._on_correct_kepwal)
        self.ui.controlSheet.clicked.connect(self._on_control_sheet)
        is_kabag = "kabag" in {r.value for r in session.roles} or any(
            a.role.value == "kabag" for a in session.acting
        )
        for kabag_only in (self.ui.startCycle, self.ui.correctKepwal, self.ui.stopCycle):
            kabag_only.setVisible(is_kabag)
        self.refresh()

    def refresh(self, chosen: int | None = None) -> None:
        """Reload the cycles and show cycle `chosen` (by id), else the newest."""
        rows = self.services.workflow.cycles()
        self.cycles.set_rows(rows)
        size_columns(self.ui.cycles)
        ids = [c.id for c in rows]
        if ids:  # the reset cleared the current row: selecting one shows it
            self.ui.cycles.selectRow(ids.index(chosen) if chosen in ids else 0)

    def current_cycle(self):
        row = self.ui.cycles.currentIndex().row()
        return self.cycles.row_at(row) if 0 <= row < self.cycles.rowCount() else None

    def _show(self, row: int) -> None:
        if not 0 <= row < self.cycles.rowCount():
            return
        cycle = self.cycles.row_at(row)
        for changes_a_running_one in (self.ui.correctKepwal, self.ui.stopCycle):
            changes_a_running_one.setEnabled(cycle.status == CycleStatus.RUNNING)
        self.steps.set_rows(self.services.workflow.timeline(cycle.id))
        size_columns(self.ui.timeline, widest=380)
        self.ui.timeline.resizeRowsToContents()
        self.ui.history.clear()
        entries = self.services.workflow.cycle_history(cycle.id, HISTORY_SHOWN + 1)
        if len(entries) > HISTORY_SHOWN:
            entries = entries[1:]
            note = self.tr("… catatan yang lebih lama tidak ditampilkan; ini %d catatan terakhir.")
            self.ui.history.addTopLevelItem(QTreeWidgetItem([note % HISTORY_SHOWN]))
        steps = {t.id: t.step for t in self.services.workflow.cycle_tasks(cycle.id)}
        for run in history_runs(entries):
            self.ui.history.addTopLevelItem(self._history_item(run, steps))

    def _history_item(self, run: list[HistoryEntry], steps: dict[int, int]) -> QTreeWidgetItem:
        """One entry's line; for a run of documents, one line saying how many, over a line per
        document (folded)."""
        first = run[0]
        if len(run) == 1:
            what = action_phrase(first.action) + self._subject(first, steps)
            return QTreeWidgetItem([self._history_line(first, what)])
        code = first.after.get("jenis", "")
        kind = kind.title if (kind := KINDS.get(f"{code}.docx")) else code
        what = self.tr("membuat %d dokumen, %s") % (len(run), kind)
        item = QTreeWidgetItem([self._history_line(first, what)])
        for entry in run:
            item.addChild(QTreeWidgetItem([self._subject(entry, steps).removeprefix(", ")]))
        return item

    def _history_line(self, entry: HistoryEntry, what: str) -> str:
        """'When — who (for whom): what[ [ditolak]][: why]', one line."""
        acting = self.tr(" (atas nama %s)") % entry.acting_for if entry.acting_for else ""
        refused = self.tr(" [ditolak]") if entry.outcome == "ditolak" else ""
        why = f": {entry.message}" if entry.message else ""
        return f"{format_datetime(entry.when)} — {entry.actor or '-'}{acting}: {what}{refused}{why}"

    def _subject(self, entry: HistoryEntry, steps: dict[int, int]) -> str:
        """Which step a task's entry is about; which document, number and version."""
        if entry.entity == "tugas" and entry.entity_id in steps:
            return self.tr(", langkah %d") % steps[entry.entity_id]
        if entry.entity == "dokumen" and entry.after:
            document = entry.after
            number = f" {document['nomor']}" if document.get("nomor") else ""
            title = document.get("judul") or document.get("jenis", "")
            return f", {title}{number} v{document.get('versi', 1)}"
        return ""

    def _open_step(self) -> None:
        index = self.ui.timeline.currentIndex()
        if index.isValid() and (task_id := self.steps.row_at(index.row()).task_id):
            self.sig_task_opened.emit(task_id)

    def _on_start(self) -> None:
        dialog = StartCycleDialog(self.services, self.session, self.runner, self)
        self.runner.dispose_on_close(dialog)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.sig_changed.emit("tasks")

    def _on_correct_kepwal(self) -> None:
        cycle = self.current_cycle()
        if cycle is None:
            return
        dialog = KepwalDialog(self.services, self.session, self.runner, cycle, self)
        self.runner.dispose_on_close(dialog)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(cycle.id)
            self.sig_changed.emit("tasks")  # the inbox finds a task by its Kepwal too

    def _on_stop(self) -> None:
        """Ask the reason, then stop the chosen cycle off the GUI thread."""
        cycle = self.current_cycle()
        if cycle is None:
            return
        asked = ReasonDialog(
            self.tr("Hentikan kegiatan"),
            self.tr(
                "Hentikan %s? Tugas yang belum selesai dibatalkan (drafnya tetap tersimpan), "
                "dokumen yang sudah terbit tetap di arsip dengan nomornya, dan periode ini "
                "dapat dimulai lagi. Tulis alasan penghentiannya:"
            )
            % cycle.label,
            self,
        )
        if asked.exec() != QDialog.DialogCode.Accepted:
            return
        self.runner.run_while_disabled(
            self.ui.stopCycle,
            lambda: self.services.workflow.stop_cycle(self.session, cycle.id, asked.reason()),
            lambda stopped: self._after_stop(stopped.id),
            parent=self,
        )

    def _after_stop(self, cycle_id: int) -> None:
        self.refresh(cycle_id)
        self.sig_changed.emit("tasks")

    def _on_control_sheet(self) -> None:
        cycle = self.current_cycle()
        if cycle is None:
            return
        self.runner.run_while_disabled(
            self.ui.controlSheet,
            lambda: self.services.documents.generate_control_sheet(self.session, cycle.id),
            lambda _: self.sig_changed.emit("documents"),
            parent=self,
        )
