"""Closing the app never loses settings typed and not saved without a word: it asks to go
back to them or to discard them."""

from PySide6.QtCore import Qt

from monev_desktop.gui.main_window import MainWindow
from monev_desktop.gui.runner import Runner
from tests.gui.modal import press_in_message_box


def settings_window(qtbot, services, people):
    """The admin's main window, showing Pengaturan."""
    window = MainWindow(services, people["admin"], Runner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    window.ui.navigation.setCurrentRow(window.ui.navigation.count() - 1)
    return window, window.pages["settings"]


def test_closing_asks_about_settings_typed_and_keeps_what_was_chosen(qtbot, services, people):
    window, page = settings_window(qtbot, services, people)
    page.fields["kota"].setText("Kota Tangerang Selatan")
    qtbot.keyClicks(page.ui.userNama, "Rudi Hartono")
    page.ui.tabs.setCurrentWidget(page.ui.backupTab)
    window.ui.navigation.setCurrentRow(0)

    asked = press_in_message_box("Kembali ke Pengaturan")
    window.close()
    assert asked == [
        "Isian di Pengaturan belum disimpan (Kantor dan dokumen, Pengguna dan peran). "
        "Tutup aplikasi dan buang isian itu?"
    ]
    assert window.isVisible() and window.ui.pages.currentWidget().widget() is page
    assert page.ui.tabs.currentWidget() is page.ui.officeTab  # the first tab with typing
    assert page.fields["kota"].text() == "Kota Tangerang Selatan"

    qtbot.mouseClick(page.ui.saveOffice, Qt.MouseButton.LeftButton)
    assert services.settings.get("kota") == "Kota Tangerang Selatan"
    page.ui.backupKeep.setValue(page.ui.backupKeep.value() + 1)
    asked = press_in_message_box("Buang isian")
    window.close()
    assert asked == [
        "Isian di Pengaturan belum disimpan (Pengguna dan peran, Cadangan). "
        "Tutup aplikasi dan buang isian itu?"
    ]
    assert not window.isVisible()
    assert "Rudi Hartono" not in [person.name for person in services.accounts.employees()]


def test_settings_as_stored_close_without_asking(qtbot, services, people):
    window, page = settings_window(qtbot, services, people)
    qtbot.keyClicks(page.ui.dayNote, "Hari jadi kota")
    qtbot.mouseClick(page.ui.addDay, Qt.MouseButton.LeftButton)
    assert page.ui.dayNote.text() == ""  # saved, the form is ready for the next day
    window.close()
    assert not window.isVisible()
