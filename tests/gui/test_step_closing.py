"""Closing a step's window never loses typing silently: it asks to save it as a draft, to
discard it, or to stay; so does closing the app over such a window."""

from PySide6.QtCore import Qt

from monev_desktop.gui.main_window import MainWindow
from monev_desktop.gui.runner import Runner
from tests.factories import make_agreements, start_cycle, step_data
from tests.gui.modal import press_in_message_box

QUESTION = "Isian langkah ini belum disimpan. Simpan sebagai draf sebelum menutup?"


def step_1_window(qtbot, services, people):
    """The Kabag's main window, and the window of step 1 of a new cycle opened from it."""
    cycle = start_cycle(services, people)
    window = MainWindow(services, people["kabag"], Runner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    task = services.workflow.cycle_tasks(cycle.id)[0]
    dialog = window.open_task(task.id)
    return window, dialog, task


def test_closing_with_typing_not_saved_asks_and_keeps_what_was_chosen(qtbot, services, people):
    window, dialog, task = step_1_window(qtbot, services, people)
    qtbot.keyClicks(dialog.form.ui.nomor, "000.8.3.3/45/Pem/2026")

    asked = press_in_message_box("Batal")
    qtbot.mouseClick(dialog.ui.closeDialog, Qt.MouseButton.LeftButton)
    assert asked == [QUESTION] and dialog.isVisible()  # stays, with the typing

    press_in_message_box("Simpan draf")
    dialog.close()  # the window's ×
    assert not dialog.isVisible()
    assert services.workflow.task(task.id).draft["nomor"] == "000.8.3.3/45/Pem/2026"

    again = window.open_task(task.id)
    assert again.form.ui.nomor.text() == "000.8.3.3/45/Pem/2026"
    qtbot.keyClicks(again.form.ui.nomor, "-salah")
    press_in_message_box("Buang isian")
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    assert not again.isVisible()
    assert services.workflow.task(task.id).draft["nomor"] == "000.8.3.3/45/Pem/2026"


def test_nothing_typed_or_everything_saved_closes_without_asking(qtbot, services, people):
    window, dialog, task = step_1_window(qtbot, services, people)
    dialog.close()
    assert not dialog.isVisible()

    dialog = window.open_task(task.id)
    qtbot.keyClicks(dialog.form.ui.nomor, "000.8.3.3/46/Pem/2026")
    qtbot.mouseClick(dialog.ui.saveDraft, Qt.MouseButton.LeftButton)
    dialog.close()
    assert not dialog.isVisible()


def test_closing_the_app_asks_for_each_step_window_with_typing_not_saved(qtbot, services, people):
    window, dialog, task = step_1_window(qtbot, services, people)
    qtbot.keyClicks(dialog.form.ui.nomor, "000.8.3.3/47/Pem/2026")
    asked = press_in_message_box("Batal")
    window.close()
    assert asked == [QUESTION] and window.isVisible() and dialog.isVisible()

    press_in_message_box("Buang isian")
    window.close()
    assert not window.isVisible() and not dialog.isVisible()
    assert services.workflow.task(task.id).draft is None


def test_changing_user_asks_as_closing_the_app_does(qtbot, services, people):
    window, dialog, task = step_1_window(qtbot, services, people)
    qtbot.keyClicks(dialog.form.ui.nomor, "000.8.3.3/48/Pem/2026")
    asked = press_in_message_box("Batal")
    window.ui.actionSignOut.trigger()
    assert asked == [QUESTION] and window.isVisible() and window.sign_in_again is None

    press_in_message_box("Simpan draf")
    window.ui.actionSignOut.trigger()
    assert not window.isVisible() and not dialog.isVisible()
    assert services.workflow.task(task.id).draft["nomor"] == "000.8.3.3/48/Pem/2026"
    assert window.sign_in_again == f"{people['kabag'].name} telah keluar. Silakan masuk."


def test_changing_user_while_a_draft_is_saved_ends_the_session_once_saved(qtbot, services, people):
    """With the app's own runner the draft is saved on a worker thread after the step window
    has answered: the session ends once the save is done, or goes on when it is refused."""
    window = MainWindow(services, people["kabag"])
    qtbot.addWidget(window)
    window.show()
    first = start_cycle(services, people, period=1)
    (task,) = services.workflow.cycle_tasks(first.id)
    dialog = window.open_task(task.id)
    qtbot.keyClicks(dialog.form.ui.nomor, "000.8.3.3/49/Pem/2026")
    agreements = make_agreements(services, people["admin"])
    services.workflow.complete(people["kabag"], task.id, step_data(1, people, agreements))
    press_in_message_box("Simpan draf")  # refused: another workstation completed the step
    window.ui.actionSignOut.trigger()
    qtbot.waitUntil(lambda: "sudah diselesaikan" in dialog.ui.message.text())
    assert window.isVisible() and dialog.isVisible() and window.sign_in_again is None
    dialog.close_discarding()

    (task,) = services.workflow.cycle_tasks(start_cycle(services, people, period=2).id)
    dialog = window.open_task(task.id)
    qtbot.keyClicks(dialog.form.ui.nomor, "000.8.3.3/50/Pem/2026")
    press_in_message_box("Simpan draf")
    window.ui.actionSignOut.trigger()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.dialogs == []  # the step window closed once its draft was saved
    assert services.workflow.task(task.id).draft["nomor"] == "000.8.3.3/50/Pem/2026"
    assert window.sign_in_again == f"{people['kabag'].name} telah keluar. Silakan masuk."
