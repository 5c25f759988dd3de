from datetime import date

import pytest

from monev_desktop.db.models import KerjaSama, Riwayat
from monev_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from tests.cycles import run_cycle
from tests.factories import make_agreements


@pytest.fixture
def opd(services, people):
    return services.agreements.add_opd(people["admin"], "Dinas Perhubungan", "Dishub")


def data(opd, **changes):
    return {
        "nomor": "000.7/010-Pem/2024",
        "judul": "KB tentang Transportasi Terintegrasi",
        "mitra": "Pemerintah Provinsi DKI Jakarta",
        "jenis": "KSDD",
        "sifat_ksdd": "sukarela",
        "bentuk": "KB",
        "tanggal_mulai": "2024-02-01",
        "tanggal_berakhir": "2027-01-31",
        "opd_ids": [opd],
        **changes,
    }


def test_add_and_edit_an_agreement_with_history(services, people, opd):
    created = services.agreements.create(people["ketua"], data(opd))
    assert created.opd_names == ("Dinas Perhubungan",)
    assert created.status == "berlaku"
    child = services.agreements.create(
        people["analis1"],
        data(
            opd,
            nomor="000.7/011-Pem/2024",
            bentuk="PKS",
            judul="PKS Bus Antarkota",
            induk_id=created.id,
        ),
    )
    assert child.induk_id == created.id
    edited = services.agreements.update(
        people["ketua"], created.id, data(opd, tanggal_berakhir="2025-04-30"), created.version
    )
    assert edited.status == "akan berakhir" and edited.tanggal_berakhir == date(2025, 4, 30)
    history = Riwayat.get((Riwayat.aksi == "ubah_kerja_sama") & (Riwayat.entitas_id == created.id))
    assert history.sebelum["tanggal_berakhir"] == "2027-01-31"
    assert history.sesudah["tanggal_berakhir"] == "2025-04-30"


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        (
            {"tanggal_berakhir": "2024-01-01"},
            "tanggal_berakhir",
            "tidak boleh sebelum tanggal mulai",
        ),
        ({"judul": ""}, "judul", "Judul wajib diisi."),
        ({"mitra": "M" * 501}, "mitra", "terlalu panjang"),
        ({"judul": "KB\x00 rusak"}, "judul", "karakter kendali"),
        ({"opd_ids": [9999]}, "opd_ids", "tidak ditemukan"),
        ({"bentuk": "Adendum"}, "induk_id", "Adendum harus menyebut"),
    ],
)
def test_bad_input_names_the_field_and_writes_nothing(services, people, opd, changes, field, words):
    with pytest.raises(ValidationError) as error:
        services.agreements.create(people["ketua"], data(opd, **changes))
    assert words in error.value.errors[field]
    assert KerjaSama.select().count() == 0


def test_duplicate_number_is_refused_case_insensitively(services, people, opd):
    services.agreements.create(people["ketua"], data(opd))
    with pytest.raises(ValidationError, match="sudah dipakai"):
        services.agreements.create(people["ketua"], data(opd, nomor="000.7/010-PEM/2024"))
    assert KerjaSama.select().count() == 1


def test_a_pks_parent_must_be_a_kb_or_nk(services, people, opd):
    pks = services.agreements.create(people["ketua"], data(opd, bentuk="PKS"))
    with pytest.raises(ValidationError, match="harus Kesepakatan Bersama"):
        services.agreements.create(
            people["ketua"], data(opd, nomor="X/1", bentuk="PKS", induk_id=pks.id)
        )


def test_the_kabag_reads_the_register_but_does_not_edit_it(services, people, opd):
    with pytest.raises(PermissionDenied):
        services.agreements.create(people["kabag"], data(opd))
    assert services.agreements.list() == []


def test_ending_within_finds_the_agreements_ending_from_today_on(services, people, opd):
    """The clock stands at 2025-03-03: the day itself and 90 days on count, the day before
    and the day after do not; each comes with its OPDs."""
    for number, end in (
        ("A/ended", "2025-03-02"),
        ("A/today", "2025-03-03"),
        ("A/day-90", "2025-06-01"),
        ("A/day-91", "2025-06-02"),
    ):
        services.agreements.create(
            people["ketua"],
            data(opd, nomor=number, tanggal_mulai="2024-01-01", tanggal_berakhir=end),
        )
    found = services.agreements.ending_within(90)
    assert [(a.nomor, a.opd_names) for a in found] == [
        ("A/today", ("Dinas Perhubungan",)),
        ("A/day-90", ("Dinas Perhubungan",)),
    ]


def test_an_edit_made_from_an_older_version_is_refused_naming_who_edited_since(
    services, people, opd, clock
):
    created = services.agreements.create(people["ketua"], data(opd))
    clock.advance(minutes=30)
    first = services.agreements.update(
        people["analis1"], created.id, data(opd, mitra="PT Baru"), created.version
    )
    assert first.version == created.version + 1
    with pytest.raises(ConflictError) as refused:
        services.agreements.update(
            people["analis2"], created.id, data(opd, judul="Judul Lain"), created.version
        )
    assert "sudah diubah oleh Budi Santoso, S.H. pada 03-03-2025 08.30" in str(refused.value)
    kept = services.agreements.get(created.id)
    assert (kept.mitra, kept.judul, kept.version) == ("PT Baru", first.judul, first.version)
    edit_again = data(opd, mitra="PT Baru", judul="Judul Lain")
    again = services.agreements.update(people["analis2"], created.id, edit_again, kept.version)
    assert (again.mitra, again.judul) == ("PT Baru", "Judul Lain")


def test_an_agreement_entered_by_mistake_is_deleted_and_the_history_keeps_it(services, people, opd):
    kept = services.agreements.create(people["ketua"], data(opd))
    mistake = services.agreements.create(people["analis1"], data(opd, nomor="000.7/011-Pem/2024"))
    with pytest.raises(PermissionDenied, match="tidak berwenang menghapus kerja sama"):
        services.agreements.delete(people["kabag"], mistake.id, mistake.version)
    services.agreements.update(people["ketua"], mistake.id, data(opd, nomor="X/2"), 1)
    with pytest.raises(ConflictError, match="sudah diubah oleh"):
        services.agreements.delete(people["analis1"], mistake.id, mistake.version)

    services.agreements.delete(people["analis1"], mistake.id, mistake.version + 1)
    assert [a.id for a in services.agreements.list()] == [kept.id]
    row = Riwayat.get((Riwayat.aksi == "hapus_kerja_sama") & (Riwayat.hasil == "ok"))
    assert (row.entitas_id, row.sebelum["nomor"], row.sebelum["opd_ids"]) == (
        mistake.id,
        "X/2",
        [opd],
    )


def test_an_agreement_a_cycle_used_or_an_adendum_names_is_not_deleted(services, people, opd, clock):
    parent = services.agreements.create(people["ketua"], data(opd))
    services.agreements.create(
        people["ketua"], data(opd, nomor="X/3", bentuk="Adendum", induk_id=parent.id)
    )
    with pytest.raises(ConflictError, match="menjadi induk X/3, jadi tidak dapat dihapus"):
        services.agreements.delete(people["ketua"], parent.id, parent.version)

    used = make_agreements(services, people["admin"], count=1)
    run_cycle(services, people, used, clock, until=2)  # step 2 puts them in the cycle's scope
    with pytest.raises(ConflictError) as refused:
        services.agreements.delete(people["ketua"], used[0].id, used[0].version)
    assert str(refused.value) == (
        f"Kerja sama {used[0].nomor} sudah dipakai dalam Monev 2025 periode 1, jadi tidak dapat "
        "dihapus. Bila sudah tidak berlaku, ubah Status keputusan-nya menjadi dihentikan."
    )
    assert KerjaSama.select().count() == 3


def test_the_office_keeps_its_list_of_opds(services, people, opd):
    """An office starts with no OPD: they are added, renamed when the government reorganises,
    and removed when entered by mistake, never while something names them."""
    services.agreements.create(people["ketua"], data(opd))
    extra = services.agreements.add_opd(people["analis1"], "Dinas Pariwisata", "Dispar")
    assert [(e.name, e.short, e.agreements) for e in services.agreements.opd_entries()] == [
        ("Dinas Pariwisata", "Dispar", 0),
        ("Dinas Perhubungan", "Dishub", 1),
    ]
    with pytest.raises(ValidationError, match="'dinas pariwisata' sudah terdaftar"):
        services.agreements.update_opd(people["ketua"], opd, "dinas pariwisata", "")
    with pytest.raises(PermissionDenied, match="tidak berwenang mengubah OPD"):
        services.agreements.update_opd(people["kabag"], opd, "Dinas Perhubungan Kota", "")
    services.agreements.update_opd(people["ketua"], opd, " Dinas Perhubungan Kota ", "Dishub")
    assert services.agreements.list()[0].opd_names == ("Dinas Perhubungan Kota",)
    renamed = Riwayat.get((Riwayat.aksi == "ubah_opd") & (Riwayat.hasil == "ok"))
    assert (renamed.sebelum["nama"], renamed.sesudah["nama"]) == (
        "Dinas Perhubungan",
        "Dinas Perhubungan Kota",
    )

    with pytest.raises(ConflictError) as refused:
        services.agreements.delete_opd(people["ketua"], opd)
    assert str(refused.value) == (
        "OPD Dinas Perhubungan Kota dipakai oleh 1 kerja sama, jadi tidak dapat dihapus. "
        "Bila namanya berubah, ubah namanya saja."
    )
    services.agreements.delete_opd(people["ketua"], extra)
    assert [e.id for e in services.agreements.opd_entries()] == [opd]
    assert Riwayat.get(Riwayat.aksi == "hapus_opd").sebelum["nama"] == "Dinas Pariwisata"
