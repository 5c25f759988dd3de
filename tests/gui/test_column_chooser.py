"""Each list keeps its columns as the person left them on this workstation (QSettings)."""

import pytest
from PySide6.QtCore import QSettings

from monev_desktop.gui.column_chooser import ColumnChooser
from monev_desktop.gui.main_window import MainWindow
from monev_desktop.gui.runner import Runner
from tests.cycles import run_cycle
from tests.factories import make_agreements

INBOX = [
    "Langkah",
    "Kegiatan",
    "Tenggat",
    "Sisa waktu",
    "Status",
    "Dari",
    "Diterima",
    "Ditujukan kepada",
]


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "workstation.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def open_window(qtbot, services, settings):
    """Opens a main window for a session; the windows stay referenced until the test ends
    (qtbot holds them only weakly)."""
    windows = []

    def open_for(session):
        shown = MainWindow(services, session, Runner(synchronous=True), settings=settings)
        qtbot.addWidget(shown)
        windows.append(shown)
        return shown

    return open_for


def chooser(table) -> ColumnChooser:
    return table.findChild(ColumnChooser)


def entries(table) -> dict[str, bool]:
    """The header menu: each column's title and whether it is ticked."""
    return {a.text(): a.isChecked() for a in chooser(table).menu().actions() if a.isCheckable()}


def choose(table, title: str) -> None:
    (action,) = [a for a in chooser(table).menu().actions() if a.text() == title]
    action.trigger()


def test_hidden_and_moved_columns_come_back_as_left(open_window, people, settings):
    first = open_window(people["analis1"])
    table = first.inbox.ui.table
    assert chooser(table).shown() == INBOX
    choose(table, "Dari")
    header = table.horizontalHeader()
    header.moveSection(header.visualIndex(INBOX.index("Diterima")), 0)
    assert entries(table)["Dari"] is False

    again = open_window(people["analis1"]).inbox.ui.table
    assert chooser(again).shown() == [
        "Diterima",
        "Langkah",
        "Kegiatan",
        "Tenggat",
        "Sisa waktu",
        "Status",
        "Ditujukan kepada",
    ]
    chooser(again).reset()
    assert chooser(again).shown() == INBOX
    assert not settings.contains("kolom/inbox/table")


def test_the_checksum_column_is_there_only_when_chosen(open_window, services, people, clock):
    agreements = make_agreements(services, people["admin"])
    run_cycle(services, people, agreements, clock, until=1)
    table = open_window(people["kabag"]).page("documents").ui.table
    assert "SHA-256" not in chooser(table).shown()
    assert entries(table)["SHA-256"] is False
    choose(table, "SHA-256")
    again = open_window(people["kabag"]).page("documents").ui.table
    assert chooser(again).shown()[-1] == "SHA-256"


def test_the_last_column_shown_cannot_be_hidden(open_window, people):
    table = open_window(people["analis1"]).inbox.ui.table
    for title in INBOX[1:]:
        choose(table, title)
    assert chooser(table).shown() == ["Langkah"]
    (last,) = [a for a in chooser(table).menu().actions() if a.text() == "Langkah"]
    assert not last.isEnabled()


def test_a_damaged_or_older_choice_falls_back_to_what_still_fits(open_window, people, settings):
    settings.setValue("kolom/inbox/table", "{not json")
    table = open_window(people["analis1"]).inbox.ui.table
    assert chooser(table).shown() == INBOX
    settings.setValue(
        "kolom/inbox/table",
        '{"urutan": ["Status", "Kolom lama", "Langkah"], "tersembunyi": ["Kolom lama", "Dari"]}',
    )
    table = open_window(people["analis1"]).inbox.ui.table
    assert chooser(table).shown() == [
        "Status",
        "Langkah",
        "Kegiatan",
        "Tenggat",
        "Sisa waktu",
        "Diterima",
        "Ditujukan kepada",
    ]


def test_an_optional_column_newer_than_the_choice_stays_hidden(open_window, people, settings):
    settings.setValue(
        "kolom/documents/table",
        '{"urutan": ["Dokumen", "Langkah"], "tersembunyi": ["Versi"]}',
    )
    table = open_window(people["kabag"]).page("documents").ui.table
    assert chooser(table).shown() == ["Dokumen", "Langkah", "Nomor", "Dibuat oleh", "Dibuat"]
