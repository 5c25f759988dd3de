"""The step forms' grids as a person fills them (step 4's checklist)."""

from PySide6.QtWidgets import QComboBox

from monev_desktop.domain.checklist import CHECKLIST
from monev_desktop.gui.step_forms import FORMS
from tests.cycles import run_cycle
from tests.factories import make_agreements


def test_a_checklist_column_is_filled_at_once_where_still_unanswered(
    qtbot, services, people, clock
):
    agreements = make_agreements(services, people["admin"])
    run_cycle(services, people, agreements, clock, until=3)
    task = services.workflow.inbox(people["analis1"])[0]
    form = FORMS["monitoring"](services.workflow.step_options(task.id))
    qtbot.addWidget(form)
    form.load({"hasil": [{"kerja_sama_id": a.id} for a in agreements]})
    purpose = 1 + [q.key for q in CHECKLIST].index("kesesuaian_tujuan")
    table = form.ui.hasil
    table.cellWidget(1, purpose).setCurrentIndex(2)  # "Sebagian" for the second agreement

    menu = form.results.fill_menu(purpose)
    assert [a.text() for a in menu.actions()] == [
        "Isi yang belum dipilih: Ya seluruhnya",
        "Isi yang belum dipilih: Sebagian",
        "Isi yang belum dipilih: Tidak",
    ]
    menu.actions()[0].trigger()

    answers = [row["kesesuaian_tujuan"] for row in form.collect()["hasil"]]
    assert answers == ["Ya seluruhnya", "Sebagian", "Ya seluruhnya"]
    assert form.results.fill_menu(0) is None  # the agreement's own column is not an answer
    assert all(isinstance(table.cellWidget(0, c), QComboBox) for c in range(1, 12))
