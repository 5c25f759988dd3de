"""Lepaskan tugas: the person holding a task, or the Kabag, gives it back to its role's inbox
from the step's window, once asked; typing not saved yet goes into the draft first."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from monev_desktop.domain.checklist import CHECKLIST
from monev_desktop.gui.main_window import MainWindow
from monev_desktop.gui.runner import Runner
from tests.conftest import PASSWORD
from tests.cycles import run_cycle
from tests.factories import make_agreements, profile
from tests.gui.modal import answer_message_box


@pytest.fixture
def step_4(services, people, clock):
    """Step 4 of a cycle, claimed by analis1."""
    run_cycle(services, people, make_agreements(services, people["admin"]), clock, until=3)
    (task,) = services.workflow.inbox(people["analis1"])
    services.workflow.claim(people["analis1"], task.id)
    return task


def step_window(qtbot, services, session, task):
    window = MainWindow(services, session, Runner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    return window.open_task(task.id)


def test_the_holder_gives_a_task_back_and_their_typing_becomes_its_draft(
    qtbot, services, people, step_4
):
    dialog = step_window(qtbot, services, people["analis1"], step_4)
    assert dialog.ui.releaseTask.isVisible()
    purpose = 1 + [q.key for q in CHECKLIST].index("kesesuaian_tujuan")
    dialog.form.ui.hasil.cellWidget(0, purpose).setCurrentIndex(2)  # "Sebagian"
    asked = answer_message_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.ui.releaseTask, Qt.MouseButton.LeftButton)
    assert asked == [
        "Lepaskan tugas ini agar dapat diambil rekan lain? Isian Anda disimpan sebagai draf."
    ]
    task = services.workflow.task(step_4.id)
    assert (task.row.status, task.row.claimed_by) == ("tersedia", "")
    assert task.draft["hasil"][0]["kesesuaian_tujuan"] == "Sebagian"
    assert dialog.ui.message.text() == (
        "Tugas dilepaskan; kini dapat diambil dari kotak tugas Analis Kerja Sama."
    )
    assert not dialog.ui.releaseTask.isVisible() and dialog.ui.claim.isVisible()
    dialog.close()  # the typing is the draft now: nothing to ask
    assert not dialog.isVisible()


def test_the_kabag_gives_back_a_colleague_s_task_others_cannot(qtbot, services, people, step_4):
    other = step_window(qtbot, services, people["analis2"], step_4)
    assert not other.ui.releaseTask.isVisible()

    dialog = step_window(qtbot, services, people["kabag"], step_4)
    asked = answer_message_box(QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.ui.releaseTask, Qt.MouseButton.LeftButton)
    assert asked == [
        "Tugas ini sedang dikerjakan oleh Budi Santoso, S.H. Lepaskan agar dapat "
        "diambil orang lain? Drafnya tetap tersimpan."
    ]
    assert services.workflow.task(step_4.id).row.claimed_by == people["analis1"].name
    answer_message_box(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.ui.releaseTask, Qt.MouseButton.LeftButton)
    assert services.workflow.task(step_4.id).row.status == "tersedia"


def test_who_holds_a_task_is_told_by_account_not_by_name(qtbot, services, people, step_4):
    """A colleague of the same name is not the holder; the holder renamed since logging in
    still is."""

    def rename(username, name):
        person = services.accounts.employee(people[username].user_id)
        services.accounts.update_user(
            people["admin"], person.id, profile(person, nama=name), person
        )

    holder_name = people["analis1"].name
    rename("analis2", holder_name)
    namesake = step_window(qtbot, services, services.accounts.login("analis2", PASSWORD), step_4)
    assert namesake.ui.notice.text() == "Sedang dikerjakan oleh Budi Santoso, S.H."  # one stop
    assert not namesake.ui.complete.isEnabled() and not namesake.ui.releaseTask.isVisible()

    rename("analis1", "Budi Santoso Putra")
    holder = step_window(qtbot, services, people["analis1"], step_4)  # logged in as before
    assert holder.ui.complete.isEnabled() and not holder.ui.notice.isVisibleTo(holder)
    asked = answer_message_box(QMessageBox.StandardButton.No)
    qtbot.mouseClick(holder.ui.releaseTask, Qt.MouseButton.LeftButton)
    assert asked[0].startswith("Lepaskan tugas ini agar dapat diambil rekan lain?")
