"""The Kabag stops a running cycle from the Kegiatan Monev page, with a reason; the step
window of a cancelled task says why it can no longer be worked on."""

from PySide6.QtCore import Qt

from monev_desktop.gui.reason_dialog import ReasonDialog
from tests.cycles import run_cycle
from tests.factories import make_agreements
from tests.gui.modal import when_shown
from tests.gui.test_full_cycle import log_in

REASON = "Kepwal TKKSD yang dipilih keliru."


def test_the_kabag_stops_a_cycle_and_its_open_step_says_why(qtbot, services, people, clock):
    cycle = run_cycle(services, people, make_agreements(services, people["admin"]), clock, until=3)
    (task,) = services.workflow.inbox(people["analis1"])
    step1 = services.workflow.cycle_tasks(cycle.id)[0].id
    (letter,) = services.documents.generate(people["kabag"], step1)  # the Surat Perintah
    number = letter.number

    ketua = log_in(qtbot, services, "ketua").page("cycles")
    assert ketua.ui.stopCycle.isHidden()  # only the Kabag stops a cycle

    page = log_in(qtbot, services, "kabag").page("cycles")
    assert not page.ui.stopCycle.isHidden() and page.ui.stopCycle.isEnabled()
    asked = []

    def answer(dialog):
        asked.append(dialog.ui.question.text())
        dialog.ui.buttons.accepted.emit()  # empty first: refused, the dialog stays
        assert dialog.ui.error.text() == "Alasan wajib diisi."
        dialog.ui.reason.setPlainText(REASON)
        dialog.ui.buttons.accepted.emit()

    when_shown(ReasonDialog, answer)
    qtbot.mouseClick(page.ui.stopCycle, Qt.MouseButton.LeftButton)
    assert asked and asked[0].startswith("Hentikan Monev 2025 periode 1?")
    assert services.workflow.cycle(cycle.id).status == "dihentikan"
    shown = page.cycles.index(0, page.cycles.columnCount() - 2)
    assert shown.data() == "Dihentikan"
    assert shown.siblingAtColumn(page.cycles.columnCount() - 1).data() == REASON
    assert not page.ui.stopCycle.isEnabled()  # nothing left to stop
    assert [r.status for r in page.steps.rows][3:5] == ["dibatalkan", "tidak dilaksanakan"]
    shown = page.ui.history
    history = [shown.topLevelItem(i).text(0) for i in range(shown.topLevelItemCount())]
    kabag = people["kabag"].name
    assert history[0].endswith(f"— {kabag}: memulai kegiatan")
    assert history[1].endswith(f"— {kabag}: menyelesaikan tugas, langkah 1")
    assert f"3 Maret 2025 08.15 — {kabag}: membuat dokumen, Surat Perintah {number} v1" in history
    assert history[-2:] == [
        f"3 Maret 2025 08.15 — {kabag}: menghentikan kegiatan: {REASON}",
        f"3 Maret 2025 08.15 — {kabag}: membatalkan tugas, langkah 4: {REASON}",
    ]

    analyst = log_in(qtbot, services, "analis1")
    assert analyst.inbox.model.rowCount() == 0
    step = analyst.open_task(task.id)
    qtbot.addWidget(step)
    assert step.ui.notice.text() == f"Kegiatan ini telah dihentikan; alasannya: {REASON}"
    assert not step.ui.complete.isEnabled() and not step.ui.claim.isVisibleTo(step)
    assert (
        step.ui.documents.item(0).text()
        == "Laporan Monitoring — tidak dibuat; kegiatannya dihentikan"
    )
    step.close()
