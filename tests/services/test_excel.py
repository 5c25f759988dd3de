"""The register in Excel: template, import with a row-by-row report, export and back."""

from datetime import date

import pytest
from openpyxl import Workbook, load_workbook

from monev_desktop.db.models import KerjaSama, Opd, Riwayat
from monev_desktop.services.excel import (
    COLUMNS,
    ImportRefused,
    RegisterImport,
    export,
    write_template,
)

HEADERS = [h for h, _, _ in COLUMNS]


@pytest.fixture
def opds(services, people):
    for name in ("Dinas Perhubungan", "Dinas Kesehatan"):
        services.agreements.add_opd(people["admin"], name, "")


def sheet(tmp_path, rows, headers=HEADERS):
    book = Workbook()
    book.active.append(headers)
    for row in rows:
        book.active.append(row)
    path = tmp_path / "register.xlsx"
    book.save(path)
    return path


GOOD = [
    "000.7/1/2024",
    "",
    "KB Transportasi",
    "Pemprov DKI",
    "ksdd",
    "Sukarela",
    "kb",
    "",
    "dinas perhubungan",
    date(2024, 1, 1),
    "31-12-2026",
    "",
    "",
    "",
]
CHILD = [
    "000.7/2/2024",
    "12/KS",
    "PKS Bus",
    "PT Transjakarta",
    "KSDPK",
    "",
    "PKS",
    "Layanan bus",
    "Dinas Perhubungan; Dinas Kesehatan",
    "2024-02-01",
    "2026-12-31",
    "",
    "",
    "000.7/1/2024",
]
BAD = [
    "000.7/3/2024",
    "",
    "",
    "PT X",
    "KSDXX",
    "",
    "NK",
    "",
    "Dinas Pariwisata",
    "2025-01-01",
    "2024-01-01",
    "",
    "",
    "",
]


def test_the_template_has_the_headers_and_the_rules(tmp_path):
    path = write_template(tmp_path / "templat.xlsx")
    book = load_workbook(path)
    assert [c.value for c in book["Register"][1]] == HEADERS
    assert "Petunjuk" in book.sheetnames


def test_a_bad_row_is_reported_by_row_and_column_and_nothing_is_written(
    services, people, opds, tmp_path
):
    result = RegisterImport(services.agreements).run(
        people["ketua"], sheet(tmp_path, [GOOD, CHILD, BAD])
    )
    assert not result.written and result.imported == 0
    reported = {(p.row, p.column) for p in result.problems}
    assert reported == {(4, "Judul"), (4, "Jenis"), (4, "OPD Pelaksana"), (4, "Tanggal Berakhir")}
    assert "Dinas Pariwisata" in str(
        next(p for p in result.problems if p.column == "OPD Pelaksana")
    )
    assert str(result.problems[0]).startswith("Baris 4, kolom ")
    assert KerjaSama.select().count() == 0


def test_skip_invalid_imports_the_good_rows_in_one_go(services, people, opds, tmp_path):
    result = RegisterImport(services.agreements).run(
        people["ketua"], sheet(tmp_path, [GOOD, CHILD, BAD]), skip_invalid=True
    )
    assert result.imported == 2 and len(result.problems) == 4
    child = services.agreements.get(KerjaSama.get(KerjaSama.nomor == "000.7/2/2024").id)
    assert child.opd_names == ("Dinas Kesehatan", "Dinas Perhubungan")
    assert child.induk_id == KerjaSama.get(KerjaSama.nomor == "000.7/1/2024").id
    assert Riwayat.select().where(Riwayat.aksi == "tambah_kerja_sama").count() == 2


def test_headers_match_case_insensitively_and_missing_ones_are_named(
    services, people, opds, tmp_path
):
    lower = [h.upper() for h in HEADERS]
    assert (
        RegisterImport(services.agreements)
        .run(people["ketua"], sheet(tmp_path, [GOOD], lower))
        .imported
        == 1
    )
    with pytest.raises(ImportRefused, match="Tanggal Berakhir"):
        RegisterImport(services.agreements).run(
            people["ketua"], sheet(tmp_path, [GOOD[:10]], HEADERS[:10])
        )
    not_excel = tmp_path / "bukan.xlsx"
    not_excel.write_text("halo")
    with pytest.raises(ImportRefused, match="tidak dapat dibaca"):
        RegisterImport(services.agreements).run(people["ketua"], not_excel)


def test_export_then_import_round_trips(services, people, opds, tmp_path):
    RegisterImport(services.agreements).run(people["ketua"], sheet(tmp_path, [GOOD, CHILD]))
    exported = export(services.agreements.list(), tmp_path / "ekspor.xlsx")
    for agreement in KerjaSama.select():
        agreement.delete_instance(recursive=True)
    result = RegisterImport(services.agreements).run(people["ketua"], exported)
    assert result.imported == 2 and not result.problems


def test_an_opd_may_be_named_by_its_abbreviation_unless_two_share_it(services, people, tmp_path):
    for name, short in (("Dinas Perhubungan", "Dishub"), ("Dinas A", "DA"), ("Dinas B", "DA")):
        services.agreements.add_opd(people["admin"], name, short)
    by_short = [*GOOD[:8], "dishub", *GOOD[9:]]
    shared = [*CHILD[:8], "DA", *CHILD[9:13], ""]
    result = RegisterImport(services.agreements).run(
        people["ketua"], sheet(tmp_path, [by_short, shared]), skip_invalid=True
    )
    assert result.imported == 1
    assert services.agreements.list()[0].opd_names == ("Dinas Perhubungan",)
    (problem,) = result.problems
    assert (problem.row, problem.column) == (3, "OPD Pelaksana") and "DA" in problem.reason


def test_a_new_office_s_first_import_adds_the_opds_it_names_when_asked(services, people, tmp_path):
    """Before the Daftar OPD is typed in, every OPD is unknown: reported, nothing written;
    asked to add them, each distinct name (in any case) becomes one OPD, in the import's
    own transaction, each recorded."""
    own = [*GOOD[:8], "Dinas Perhubungan", *GOOD[9:]]
    both = [*CHILD[:8], "dinas perhubungan; Dinas Kesehatan", *CHILD[9:]]
    path = sheet(tmp_path, [own, both])
    importer = RegisterImport(services.agreements)
    refused = importer.run(people["ketua"], path)
    assert not refused.written and refused.good_rows == 0
    assert refused.new_opds == ("Dinas Perhubungan", "Dinas Kesehatan")
    assert "tambahkan sebagai OPD baru" in refused.problems[0].reason
    assert Opd.select().count() == 0
    added = importer.run(people["ketua"], path, add_opds=True)
    assert added.written and added.imported == 2 and not added.problems
    assert [o.nama for o in Opd.select().order_by(Opd.id)] == [
        "Dinas Perhubungan",
        "Dinas Kesehatan",
    ]
    child = services.agreements.get(KerjaSama.get(KerjaSama.nomor == "000.7/2/2024").id)
    assert child.opd_names == ("Dinas Kesehatan", "Dinas Perhubungan")
    recorded = Riwayat.select().where(Riwayat.aksi == "tambah_opd")
    assert [(r.pelaku_id, r.entitas_id) for r in recorded] == [
        (people["ketua"].user_id, o.id) for o in Opd.select().order_by(Opd.id)
    ]


def test_only_the_good_rows_opds_are_added_and_a_bad_row_adds_none(services, people, tmp_path):
    too_long = "Dinas " + "X" * 200
    bad = [*BAD[:8], "Dinas Pariwisata", *BAD[9:]]
    long_named = [*GOOD[:8], too_long, *GOOD[9:]]
    long_named[0] = "000.7/9/2024"
    path = sheet(tmp_path, [[*GOOD[:8], "Dinas Perhubungan", *GOOD[9:]], bad, long_named])
    result = RegisterImport(services.agreements).run(
        people["ketua"], path, add_opds=True, skip_invalid=True
    )
    assert result.imported == 1 and result.good_rows == 1
    assert result.new_opds == ("Dinas Perhubungan", "Dinas Pariwisata", too_long)
    assert result.added_opds == ("Dinas Perhubungan",)
    assert [o.nama for o in Opd.select()] == ["Dinas Perhubungan"]
    long_problem = next(p for p in result.problems if p.row == 4)
    assert long_problem.column == "OPD Pelaksana" and "paling panjang 200" in long_problem.reason


def test_a_shared_abbreviation_is_never_added_as_a_new_opd(services, people, tmp_path):
    for name in ("Dinas A", "Dinas B"):
        services.agreements.add_opd(people["admin"], name, "DA")
    path = sheet(tmp_path, [[*GOOD[:8], "DA", *GOOD[9:]]])
    result = RegisterImport(services.agreements).run(people["ketua"], path, add_opds=True)
    (problem,) = result.problems
    assert "DA dipakai lebih dari satu OPD" in problem.reason and result.new_opds == ()
    assert Opd.select().count() == 2
