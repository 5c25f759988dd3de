"""The Kabag corrects a running cycle's Kepwal TKKSD from the Kegiatan Monev page; the dialog
says first which issued documents cite the one recorded, and a refusal stays in the dialog."""

from PySide6.QtCore import QDate, Qt

from monev_desktop.gui.cycle_dialogs import KepwalDialog
from tests.cycles import done_task, run_cycle
from tests.factories import make_agreements
from tests.gui.modal import when_shown
from tests.gui.test_full_cycle import log_in

NEW = "100.3.3.2/Kep.121-Huk/2025"


def test_the_kabag_corrects_the_kepwal_of_a_running_cycle(qtbot, services, people, clock):
    cycle = run_cycle(services, people, make_agreements(services, people["admin"]), clock, until=1)
    (order,) = services.documents.generate(people["kabag"], done_task(services, cycle, 1).id)

    assert log_in(qtbot, services, "ketua").page("cycles").ui.correctKepwal.isHidden()
    page = log_in(qtbot, services, "kabag").page("cycles")
    assert not page.ui.correctKepwal.isHidden() and page.ui.correctKepwal.isEnabled()
    seen = []

    def answer(dialog):
        seen.append((dialog.ui.intro.text(), dialog.ui.documents.text()))
        assert dialog.ui.kepwalNomor.text() == cycle.kepwal_number
        dialog.ui.buttons.accepted.emit()  # nothing changed yet: refused, the dialog stays
        qtbot.waitUntil(lambda: dialog.ui.error.text() != "")
        assert "sama dengan yang tercatat" in dialog.ui.error.text()
        dialog.ui.kepwalNomor.setText(NEW)
        dialog.ui.kepwalTanggal.setDate(QDate(2025, 1, 16))
        dialog.ui.buttons.accepted.emit()

    when_shown(KepwalDialog, answer)
    qtbot.mouseClick(page.ui.correctKepwal, Qt.MouseButton.LeftButton)
    intro, documents = seen[0]
    assert intro.startswith(
        f"Kepwal TKKSD Monev 2025 periode 1 yang tercatat: Nomor {cycle.kepwal_number} "
        "tanggal 15 Januari 2025."
    )
    assert documents.startswith(
        f"Sudah terbit dan menyebut Kepwal yang lama: Surat Perintah {order.number} v1 (langkah 1)."
    )
    assert services.workflow.cycle(cycle.id).kepwal_number == NEW
    assert page.cycles.index(0, 1).data() == NEW
    history = page.ui.history
    last = history.topLevelItem(history.topLevelItemCount() - 1).text(0)
    assert last.endswith(
        f"— {people['kabag'].name}: mengubah Kepwal TKKSD: {cycle.kepwal_number} tanggal "
        f"15 Januari 2025 menjadi {NEW} tanggal 16 Januari 2025"
    )


def test_an_ended_cycle_offers_no_correction(qtbot, services, people, clock):
    run_cycle(services, people, make_agreements(services, people["admin"]), clock)
    page = log_in(qtbot, services, "kabag").page("cycles")
    assert not page.ui.correctKepwal.isEnabled() and not page.ui.stopCycle.isEnabled()


def test_a_cycle_stopped_meanwhile_is_said_in_the_dialog(qtbot, services, people, clock):
    cycle = run_cycle(services, people, make_agreements(services, people["admin"]), clock, until=1)
    page = log_in(qtbot, services, "kabag").page("cycles")
    said = []

    def answer(dialog):
        assert dialog.ui.documents.text() == "Belum ada dokumen terbit yang menyebut Kepwal ini."
        services.workflow.stop_cycle(people["kabag"], cycle.id, "Periode keliru.")  # elsewhere
        dialog.ui.kepwalNomor.setText(NEW)
        dialog.ui.buttons.accepted.emit()
        qtbot.waitUntil(lambda: dialog.ui.error.text() != "")
        said.append(dialog.ui.error.text())
        dialog.reject()

    when_shown(KepwalDialog, answer)
    qtbot.mouseClick(page.ui.correctKepwal, Qt.MouseButton.LeftButton)
    assert said == [
        "Kegiatan ini sudah dihentikan pada 03-03-2025 08.05; Kepwal TKKSD-nya tidak diubah lagi."
    ]
    assert services.workflow.cycle(cycle.id).kepwal_number != NEW
