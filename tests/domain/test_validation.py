from datetime import date

import pytest

from monev_desktop.domain.agreements import (
    Status,
    effective_status,
    expiry_threshold,
    validate_agreement,
)
from monev_desktop.domain.errors import ValidationError
from monev_desktop.domain.forms import validate_form

GOOD = {
    "nomor": "000.7/001-Pem/2024",
    "judul": "PKS tentang Pengelolaan Sampah",
    "mitra": "PT Bersih",
    "jenis": "KSDPK",
    "bentuk": "PKS",
    "tanggal_mulai": "2024-01-01",
    "tanggal_berakhir": "2026-12-31",
    "opd_ids": [1],
}


def errors_of(data):
    with pytest.raises(ValidationError) as error:
        validate_agreement(data)
    return error.value.errors


def test_a_good_agreement_is_cleaned():
    clean = validate_agreement({**GOOD, "judul": "  PKS  "})
    assert clean["judul"] == "PKS"
    assert clean["tanggal_mulai"] == date(2024, 1, 1)
    assert clean["sifat_ksdd"] is None


def test_every_bad_field_is_named_in_indonesian():
    errors = errors_of(
        {**GOOD, "nomor": "", "jenis": "KSXX", "tanggal_berakhir": "2023-12-31", "opd_ids": []}
    )
    assert errors["nomor"] == "Nomor wajib diisi."
    assert "Jenis harus salah satu dari" in errors["jenis"]
    assert "tidak boleh sebelum tanggal mulai" in errors["tanggal_berakhir"]
    assert "OPD pelaksana" in errors["opd_ids"]


def test_limits_control_characters_and_validity():
    errors = errors_of(
        {**GOOD, "mitra": "x" * 501, "judul": "PKS\x07", "tanggal_berakhir": "2029-01-02"}
    )
    assert "terlalu panjang" in errors["mitra"] and "paling banyak 500" in errors["mitra"]
    assert "karakter kendali" in errors["judul"]
    assert "paling lama 5 tahun" in errors["tanggal_berakhir"]
    assert "wajib dipilih" in errors_of({**GOOD, "jenis": "KSDD"})["sifat_ksdd"]
    assert (
        "bukan tanggal yang sah"
        in errors_of({**GOOD, "tanggal_mulai": "31-12-2024"})["tanggal_mulai"]
    )


def test_status_follows_end_date_unless_decided():
    today = date(2025, 3, 3)
    assert effective_status(None, date(2025, 12, 1), today) is Status.BERLAKU
    assert effective_status(None, date(2025, 5, 1), today) is Status.AKAN_BERAKHIR
    assert effective_status(None, date(2025, 3, 2), today) is Status.BERAKHIR
    assert effective_status("dihentikan", date(2025, 12, 1), today) is Status.DIHENTIKAN
    assert expiry_threshold(date(2025, 3, 3), today) == 0
    assert expiry_threshold(date(2025, 3, 30), today) == 30
    assert expiry_threshold(date(2025, 8, 30), today) is None


def test_step_forms_report_rows_and_fields():
    with pytest.raises(ValidationError) as error:
        validate_form("monitoring", {"hasil": [{"kerja_sama_id": 3, "rekomendasi": "Mungkin"}]})
    errors = error.value.errors
    assert errors["hasil[0].rekomendasi"].startswith(
        "Hasil monitoring baris 1: Rekomendasi harus salah satu"
    )
    assert "wajib dipilih" in errors["hasil[0].kesesuaian_tujuan"]
    with pytest.raises(ValidationError) as error:
        validate_form("surat_perintah", {"tanggal": "2025-03-03", "analis_ids": [], "untuk": []})
    assert set(error.value.errors) == {"ketua_tim_id", "analis_ids", "untuk"}
