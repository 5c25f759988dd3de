"""Logging in as an acting official, and what the app says right after login."""

from datetime import date

from monev_desktop.gui.login import LoginDialog
from monev_desktop.gui.reminders_dialog import RemindersDialog
from monev_desktop.services.history import record
from monev_desktop.services.restore import INTERRUPTED
from tests.conftest import PASSWORD
from tests.factories import appoint, start_cycle


def acting_login(qtbot, services, choice):
    dialog = LoginDialog(services.accounts)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.username, "ketua")
    qtbot.keyClicks(dialog.ui.password, PASSWORD)
    dialog.ui.buttons.accepted.emit()
    assert (
        dialog.ui.actingChoice.isVisibleTo(dialog) and dialog.result() != dialog.DialogCode.Accepted
    )
    assert (
        "Plh. Kepala Bagian Pemerintahan (menggantikan Dr. H. Ahmad Fauzi"
        in dialog.ui.actingChoice.itemText(1)
    )
    dialog.ui.actingChoice.setCurrentIndex(choice)
    dialog.ui.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted
    return dialog.session


def test_an_acting_official_chooses_in_which_capacity_to_work(qtbot, services, people):
    appoint(services, people, "2025-03-01", "2025-03-10")
    as_plh = acting_login(qtbot, services, 1)
    assert [a.label for a in as_plh.acting] == ["Plh. Kepala Bagian Pemerintahan"]
    assert "Plh. Kepala Bagian Pemerintahan" in as_plh.describe()
    start_cycle(services, {"kabag": as_plh})
    assert len(services.workflow.inbox(as_plh)) == 1
    as_self = acting_login(qtbot, services, 0)
    assert as_self.acting == () and services.workflow.inbox(as_self) == []


def test_after_login_the_app_tells_what_is_late_new_and_ending(qtbot, services, people, clock):
    opd = services.agreements.add_opd(people["admin"], "Dinas Kesehatan", "")
    for number, title, end in (
        ("A/1", "NK Hampir Selesai", date(2025, 4, 1)),
        ("A/2", "NK Berakhir Hari Ini", date(2025, 3, 3)),
    ):
        services.agreements.create(
            people["ketua"],
            {
                "nomor": number,
                "judul": title,
                "mitra": "PT A",
                "jenis": "KSDPK",
                "bentuk": "NK",
                "tanggal_mulai": "2024-01-01",
                "tanggal_berakhir": end,
                "opd_ids": [opd],
            },
        )
    clock.advance(minutes=5)  # the kabag last logged in at 08:00
    start_cycle(services, people)
    clock.advance(hours=2)
    session = services.accounts.login("kabag", PASSWORD)
    found = services.reminders(session)
    assert found.overdue.total == 1 and found.arrived.total == 1
    assert [(a.nomor, days) for a, days in found.expiring.items] == [("A/2", 0), ("A/1", 30)]
    dialog = RemindersDialog(found, None)
    qtbot.addWidget(dialog)
    text = dialog.ui.text.toPlainText()
    assert "Terlambat (1)" in text and "Tugas baru sejak Anda terakhir masuk (1)" in text
    assert "A/1 — NK Hampir Selesai: berakhir 1 April 2025 (batas 30 hari)" in text
    assert "A/2 — NK Berakhir Hari Ini: berakhir 3 Maret 2025 (hari ini)" in text


def test_a_long_list_names_the_first_ten_and_counts_the_rest(qtbot, services, people, clock):
    for year in range(2014, 2026):
        start_cycle(services, people, year=year)
    clock.advance(hours=2)  # twelve Surat Perintah are late
    found = services.reminders(services.accounts.login("kabag", PASSWORD))
    assert found.overdue.total == 12 and len(found.overdue.items) == 10
    dialog = RemindersDialog(found, None)
    qtbot.addWidget(dialog)
    text = dialog.ui.text.toPlainText()
    assert "Terlambat (12)" in text
    assert "… dan 2 lainnya; lihat daftar Terlambat di Kotak Tugas." in text


def test_a_task_due_within_the_hour_is_due_soon_not_late(qtbot, services, people, clock):
    start_cycle(services, people)  # the Surat Perintah is due in 15 office minutes
    clock.advance(minutes=5)
    found = services.reminders(services.accounts.login("kabag", PASSWORD))
    assert (found.due_soon.total, found.overdue.total) == (1, 0)
    dialog = RemindersDialog(found, None)
    qtbot.addWidget(dialog)
    assert "Segera jatuh tempo (1)" in dialog.ui.text.toPlainText()


def test_an_administrator_is_told_what_the_start_did_about_a_restore_cut_short(
    qtbot, services, people, clock
):
    """Told once, at the next login of each administrator; never to the others."""
    clock.advance(minutes=5)  # a start after everyone's last login
    note = "Pemulihan dari cadangan.zip terputus: data belum diganti; data dan arsip tetap."
    with services.ctx.transaction():
        record(services.ctx, None, INTERRUPTED, "cadangan", None, message=note)
    clock.advance(minutes=5)
    found = services.reminders(services.accounts.login("admin", PASSWORD))
    assert found.interrupted_restores == (note,)
    dialog = RemindersDialog(found, None)
    qtbot.addWidget(dialog)
    assert f"Pemulihan cadangan yang terputus\n{note}" in dialog.ui.text.toPlainText()
    assert not services.reminders(services.accounts.login("kabag", PASSWORD)).interrupted_restores
    clock.advance(minutes=5)
    assert not services.reminders(services.accounts.login("admin", PASSWORD)).interrupted_restores
