"""After login: what became due or overdue, what arrived, what agreements are ending."""

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from monev_desktop.domain.dates import format_date, format_datetime
from monev_desktop.gui.forms.ui_reminders_dialog import Ui_RemindersDialog
from monev_desktop.services.dto import Excerpt
from monev_desktop.services.reminders import Reminders


class RemindersDialog(QDialog):
    def __init__(self, found: Reminders, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RemindersDialog()
        self.ui.setupUi(self)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.text.setHtml(self.html(found))

    def html(self, found: Reminders) -> str:
        parts = [
            f"<h3>{self.tr('Pemulihan cadangan yang terputus')}</h3><p>{escape(note)}</p>"
            for note in found.interrupted_restores
        ]
        if found.backup_problem:
            parts.append(
                f"<h3>{self.tr('Cadangan otomatis terakhir gagal')}</h3><p>{escape(found.backup_problem)}</p>"
            )
        for title, tasks, where in (
            (self.tr("Terlambat"), found.overdue, self.tr("daftar Terlambat di Kotak Tugas")),
            (self.tr("Segera jatuh tempo"), found.due_soon, self.tr("Kotak Tugas")),
            (
                self.tr("Tugas baru sejak Anda terakhir masuk"),
                found.arrived,
                self.tr("Kotak Tugas"),
            ),
        ):
            if tasks:
                items = [
                    f"{self.tr('Langkah')} {t.step} — {escape(t.cycle_label)}: "
                    f"{self.tr('tenggat')} {format_datetime(t.due) if t.due else '-'} ({escape(t.time_left)})"
                    for t in tasks.items
                ]
                parts.append(self._section(title, tasks, items, where))
        if found.expiring:
            items = [
                f"{escape(a.nomor)} — {escape(a.judul)}: {self.tr('berakhir')} {format_date(a.tanggal_berakhir)}"
                f" ({self._when(threshold)})"
                for a, threshold in found.expiring.items
            ]
            parts.append(
                self._section(
                    self.tr("Kerja sama yang akan berakhir"),
                    found.expiring,
                    items,
                    self.tr("Register Kerja Sama"),
                )
            )
        return "".join(parts)

    def _when(self, threshold: int) -> str:
        return self.tr("hari ini") if threshold == 0 else self.tr("batas %d hari") % threshold

    def _section(self, title: str, excerpt: Excerpt, items: list[str], where: str) -> str:
        """A heading with the list's full count, its first items, and where to see the rest."""
        rest = (
            "<p>" + self.tr("… dan %d lainnya; lihat %s.") % (excerpt.more, where) + "</p>"
            if excerpt.more
            else ""
        )
        lines = "".join(f"<li>{item}</li>" for item in items)
        return f"<h3>{title} ({excerpt.total})</h3><ul>{lines}</ul>{rest}"
