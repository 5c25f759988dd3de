"""After login: what became due or overdue, what arrived, what agreements are ending."""

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from monev_desktop.domain.dates import format_date, format_datetime
from monev_desktop.gui.forms.ui_reminders_dialog import Ui_RemindersDialog
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
        parts = []
        if found.backup_problem:
            parts.append(
                f"<h3>{self.tr('Cadangan otomatis terakhir gagal')}</h3><p>{escape(found.backup_problem)}</p>"
            )
        for title, tasks in (
            (self.tr("Terlambat"), found.overdue),
            (self.tr("Segera jatuh tempo"), found.due_soon),
            (self.tr("Tugas baru sejak Anda terakhir masuk"), found.arrived),
        ):
            if tasks:
                items = "".join(
                    f"<li>{self.tr('Langkah')} {t.step} — {escape(t.cycle_label)}: "
                    f"{self.tr('tenggat')} {format_datetime(t.due) if t.due else '-'} ({escape(t.time_left)})</li>"
                    for t in tasks
                )
                parts.append(f"<h3>{title} ({len(tasks)})</h3><ul>{items}</ul>")
        if found.expiring:
            items = "".join(
                f"<li>{escape(a.nomor)} — {escape(a.judul)}: {self.tr('berakhir')} {format_date(a.tanggal_berakhir)}"
                f" ({self.tr('batas')} {threshold} {self.tr('hari')})</li>"
                for a, threshold in sorted(
                    found.expiring, key=lambda pair: pair[0].tanggal_berakhir
                )
            )
            parts.append(
                f"<h3>{self.tr('Kerja sama yang akan berakhir')} ({len(found.expiring)})</h3><ul>{items}</ul>"
            )
        return "".join(parts)
