from datetime import date, datetime

import pytest

from monev_desktop.db.models import Pengaturan
from monev_desktop.domain.errors import PermissionDenied, ValidationError
from monev_desktop.services.history import entries_of
from tests.factories import start_cycle


def test_settings_have_defaults_and_an_admin_changes_them_with_history(services, people):
    assert services.settings.get("ukuran_kertas") == "F4"
    services.settings.set(people["admin"], {"ukuran_kertas": "A4", "kota": "Tangerang"})
    assert services.settings.all()["ukuran_kertas"] == "A4"
    with pytest.raises(PermissionDenied):
        services.settings.set(people["kabag"], {"kota": "Serang"})
    assert services.settings.get("kota") == "Tangerang"


@pytest.mark.parametrize(
    ("values", "field", "words"),
    [
        ({"warna": "biru"}, "warna", "tidak dikenal"),
        ({"ukuran_kertas": "Letter"}, "ukuran_kertas", "harus salah satu dari: F4, A4"),
        ({"jam_kerja_mulai": "7.30"}, "jam_kerja_mulai", "JJ:MM"),
        ({"jam_kerja_selesai": "07:00"}, "jam_kerja_selesai", "setelah jam kerja mulai"),
        ({"nama_unit": ""}, "nama_unit", "wajib diisi"),
    ],
)
def test_bad_settings_are_refused_and_nothing_is_written(services, people, values, field, words):
    with pytest.raises(ValidationError) as error:
        services.settings.set(people["admin"], values)
    assert words in error.value.errors[field]
    assert Pengaturan.select().count() == 0


def test_office_days_off_and_office_hours_move_due_dates(services, people, clock):
    services.calendar.set_special_day(people["admin"], date(2025, 3, 4), "libur", "Rapat kerja")
    services.settings.set(people["admin"], {"jam_kerja_selesai": "16:30"})
    calendar = services.calendar.calendar()
    assert calendar.add_working_days(datetime(2025, 3, 3, 9), 1) == datetime(2025, 3, 5, 16, 30)
    services.calendar.set_special_day(people["admin"], date(2025, 3, 8), "masuk", "Ganti hari")
    assert services.calendar.calendar().is_working_day(date(2025, 3, 8))
    services.calendar.remove_special_day(people["admin"], date(2025, 3, 4))
    assert services.calendar.calendar().is_working_day(date(2025, 3, 4))
    with pytest.raises(ValidationError, match="bukan hari khusus"):
        services.calendar.remove_special_day(people["admin"], date(2025, 3, 4))
    with pytest.raises(PermissionDenied):
        services.calendar.set_special_day(people["analis1"], date(2025, 3, 5), "libur")
    with pytest.raises(ValidationError, match="Jenis hari"):
        services.calendar.set_special_day(people["admin"], date(2025, 3, 5), "cuti")


def test_history_of_a_record_reads_who_acted_for_whom(services, people):
    cycle = start_cycle(services, people)
    task = services.workflow.inbox(people["kabag"])[0]
    services.workflow.claim(people["kabag"], task.id)
    with pytest.raises(PermissionDenied):
        services.workflow.claim(people["analis1"], task.id)
    history = entries_of(services.ctx, {"tugas": [task.id]})
    assert [(h.action, h.outcome, h.actor) for h in history] == [
        ("ambil_tugas", "ok", "Dr. H. Ahmad Fauzi, S.STP., M.Si."),
        ("ambil_tugas", "ditolak", "Budi Santoso, S.H."),
    ]
    assert history[0].before["status"] == "tersedia" and history[0].after["status"] == "dikerjakan"
    assert entries_of(services.ctx, {"siklus": [cycle.id]})[0].role == "kabag"
