"""The Kabag's dialogs about a cycle: starting one, and correcting a running one's Kepwal
TKKSD. Each writes off the GUI thread (a write may wait for another workstation's) and keeps
a refusal on its error line; `cycle` holds the result after accept()."""

from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from monev_desktop.domain.dates import format_date
from monev_desktop.gui.errors import sentences
from monev_desktop.gui.forms.ui_kepwal_dialog import Ui_KepwalDialog
from monev_desktop.gui.forms.ui_start_cycle_dialog import Ui_StartCycleDialog
from monev_desktop.gui.runner import Runner
from monev_desktop.services.container import Services
from monev_desktop.services.dto import Cycle, UserSession


class _CycleDialog(QDialog):
    _on_accepted: Callable[[], None]  # each dialog's own: read its form, then _submit

    def __init__(
        self, ui, services: Services, session: UserSession, runner: Runner, parent, ok: str
    ):
        super().__init__(parent)
        self.ui = ui
        self.ui.setupUi(self)
        self.services, self.session, self.runner = services, session, runner
        self.cycle: Cycle | None = None
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.ui.buttons.accepted.connect(self._on_accepted)
        self.ui.buttons.rejected.connect(self.reject)

    def _kepwal(self) -> dict:
        return {
            "kepwal_nomor": self.ui.kepwalNomor.text(),
            "kepwal_tanggal": self.ui.kepwalTanggal.date().toString("yyyy-MM-dd"),
        }

    def _submit(self, write: Callable[[], Cycle]) -> None:
        self.runner.run_while_disabled(
            self.ui.buttons,
            write,
            self._on_written,
            lambda error: self.ui.error.setText(sentences(error)),
        )

    def _on_written(self, cycle: Cycle) -> None:
        self.cycle = cycle
        self.accept()


class StartCycleDialog(_CycleDialog):
    """Start a cycle (Kabag)."""

    def __init__(
        self,
        services: Services,
        session: UserSession,
        runner: Runner,
        parent: QWidget | None = None,
    ):
        super().__init__(Ui_StartCycleDialog(), services, session, runner, parent, self.tr("Mulai"))
        today = services.ctx.now().date()
        self.ui.tahun.setValue(today.year)
        self.ui.periode.setValue(1 if today.month <= 6 else 2)
        self.ui.kepwalTanggal.setDate(QDate(today.year, 1, 2))

    def _on_accepted(self) -> None:
        data = {"tahun": self.ui.tahun.value(), "periode": self.ui.periode.value()}
        data |= self._kepwal()
        self._submit(lambda: self.services.workflow.start_cycle(self.session, data))


class KepwalDialog(_CycleDialog):
    """Correct the Kepwal TKKSD of running cycle `cycle` (Kabag), saying first which of its
    documents already cite the one recorded."""

    def __init__(
        self,
        services: Services,
        session: UserSession,
        runner: Runner,
        cycle: Cycle,
        parent: QWidget | None = None,
    ):
        super().__init__(Ui_KepwalDialog(), services, session, runner, parent, self.tr("Simpan"))
        self.cycle_id = cycle.id
        self.ui.intro.setText(
            self.tr(
                "Kepwal TKKSD %s yang tercatat: Nomor %s tanggal %s. Betulkan nomor atau "
                "tanggalnya; dokumen yang dibuat sesudah ini menyebut Kepwal yang baru."
            )
            % (cycle.label, cycle.kepwal_number, format_date(cycle.kepwal_date))
        )
        self.ui.kepwalNomor.setText(cycle.kepwal_number)
        self.ui.kepwalTanggal.setDate(QDate(cycle.kepwal_date))
        self.ui.documents.setText(self._citing(cycle.id))

    def _citing(self, cycle_id: int) -> str:
        citing = self.services.documents.citing_kepwal(cycle_id)
        if not citing:
            return self.tr("Belum ada dokumen terbit yang menyebut Kepwal ini.")
        listed = "; ".join(
            self.tr("%s%s v%d (langkah %s)")
            % (d.title, f" {d.number}" if d.number else "", d.version, d.step or "-")
            for d in citing
        )
        return (
            self.tr(
                "Sudah terbit dan menyebut Kepwal yang lama: %s. Dokumen itu tetap di arsip seperti "
                "adanya; untuk versi baru yang menyebut Kepwal yang dibetulkan (nomor suratnya "
                "tetap), buka langkahnya dan tekan tombol Buat dokumen."
            )
            % listed
        )

    def _on_accepted(self) -> None:
        data = self._kepwal()
        self._submit(
            lambda: self.services.workflow.correct_kepwal(self.session, self.cycle_id, data)
        )
