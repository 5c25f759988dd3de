"""Every SOP document generated from a real cycle, opened back with python-docx."""

import hashlib

import docx
import pytest

from monev_desktop.db.models import Dokumen, NomorSurat, Riwayat
from monev_desktop.documents.archive import WRITE_BITS, seal, unseal
from monev_desktop.domain.errors import PermissionDenied, ValidationError
from monev_desktop.services.documents import DocumentChanged
from monev_desktop.services.folders import FolderUnwritable
from monev_desktop.services.resources import template_dirs
from tests.cycles import done_task, run_cycle
from tests.factories import make_agreements


def text_of(path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def table_rows(path) -> list[list[str]]:
    """Rows of the document's tables after the letterhead (the first table)."""
    document = docx.Document(str(path))
    return [[c.text for c in row.cells] for t in document.tables[1:] for row in t.rows]


@pytest.fixture
def cycle(services, people, clock):
    agreements = make_agreements(services, people["admin"])
    return run_cycle(services, people, agreements, clock)


def generate_all(services, people, cycle):
    issued = []
    for step in range(1, 10):
        task = done_task(services, cycle, step)
        issued += services.documents.generate(people["kabag"], task.id)
    return issued


def test_every_step_produces_its_documents_numbered_and_archived(services, people, cycle):
    issued = generate_all(services, people, cycle)
    kinds = [d.kind for d in issued]
    assert kinds == [
        "surat_perintah",
        "surat_permintaan_data",
        "jadwal_monitoring",
        "instrumen_monitoring",
        "laporan_monitoring",
        "nota_dinas_hasil_monitoring",
        "nota_dinas_olah_data",
        "notulen_rapat_evaluasi",
        "lembar_disposisi",
        "dokumen_evaluasi",
        "lembar_kendali",
    ]
    numbers = [d.number for d in issued if d.number]
    assert numbers[0] == "000.8.3.3/1/Pem/2025"
    assert "000.1.5/6/Pem/2025" in numbers  # the Notulen's classification code
    assert len(set(numbers)) == len(numbers) == NomorSurat.select().count() == 7
    for document in issued:
        assert document.path.is_file()
        assert hashlib.sha256(document.path.read_bytes()).hexdigest() == document.sha256
    assert Riwayat.select().where(Riwayat.aksi == "buat_dokumen").count() == len(issued)
    assert services.documents.documents(cycle.id) == issued
    control_sheet = next(d for d in issued if d.kind == "lembar_kendali")
    assert "Status\t: Selesai pada 3 Maret 2025" in text_of(control_sheet.path)


def test_the_surat_perintah_reads_as_the_paper_form(services, people, cycle):
    task = done_task(services, cycle, 1)
    (letter,) = services.documents.generate(people["kabag"], task.id)
    body = text_of(letter.path)
    for expected in (
        "PEMERINTAH KOTA TANGERANG",
        "SURAT PERINTAH",
        "NOMOR : 000.8.3.3/1/Pem/2025",
        "Keputusan Wali Kota Tangerang Nomor 100.3.3.2/Kep.112-Huk/2025 tanggal 15 Januari 2025",
        "MEMERINTAHKAN :",
        "Siti Nurhaliza, S.IP., M.AP.",
        "19840220 200604 2 001",
        "Dikeluarkan di\t: Tangerang",
        "Pada tanggal\t: 3 Maret 2025",
        "a.n. SEKRETARIS DAERAH KOTA TANGERANG",
        "Kepala Bagian Pemerintahan,",
        "Dr. H. Ahmad Fauzi, S.STP., M.Si.",
        "NIP. 19780315 200012 1 002",
        "Penata (III/c)",
    ):
        assert expected in body, expected
    rows = table_rows(letter.path)
    assert rows[0] == ["No", "Nama", "NIP", "Pangkat/Gol.", "Jabatan"]
    assert [r[1] for r in rows[1:]] == [
        "Siti Nurhaliza, S.IP., M.AP.",
        "Budi Santoso, S.H.",
        "Dewi Lestari, S.Sos.",
    ]
    section = docx.Document(str(letter.path)).sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (215, 330)


def test_the_monitoring_report_names_its_team_in_one_sentence(services, people, cycle):
    (report,) = services.documents.generate(people["kabag"], done_task(services, cycle, 4).id)
    body = text_of(report.path)
    assert "oleh tim: Budi Santoso, S.H., Dewi Lestari, S.Sos.\n" in body  # the title ends it
    assert ".." not in body


def test_step_2_makes_one_letter_per_opd_in_one_batch(services, people, cycle):
    task = done_task(services, cycle, 2)
    letters = services.documents.generate(people["ketua"], task.id)
    assert len(letters) == 1  # the factory's agreements all run at Dinas Kesehatan
    assert letters[0].title == "Surat Permintaan Data — Dinas Kesehatan"  # as the archive lists it
    body = text_of(letters[0].path)
    assert "Yth. Kepala Dinas Kesehatan" in body
    assert "Surat Perintah Nomor" not in body or "000.8.3.3/" in body
    assert [r[1] for r in table_rows(letters[0].path)[1:]] == [
        "000.7/001-Pem/2024",
        "000.7/002-Pem/2024",
        "000.7/003-Pem/2024",
    ]


def test_regenerating_keeps_the_number_and_adds_a_version(services, people, cycle):
    task = done_task(services, cycle, 1)
    (first,) = services.documents.generate(people["kabag"], task.id)
    (second,) = services.documents.generate(people["kabag"], task.id)
    assert (second.number, second.version) == (first.number, 2)
    assert first.path.is_file() and second.path.is_file() and first.path != second.path
    assert NomorSurat.select().count() == 1


def test_a_number_typed_from_srikandi_is_used_and_registered(
    services, people, agreements_for_srikandi
):
    services_, cycle = agreements_for_srikandi
    task = done_task(services_, cycle, 1)
    (letter,) = services_.documents.generate(people["kabag"], task.id)
    assert letter.number == "B-123/000.8.3.3/Pem/III/2025"
    row = NomorSurat.get(NomorSurat.nomor == letter.number)
    assert (row.sumber, row.urut) == ("srikandi", None)
    assert "NOMOR : B-123/000.8.3.3/Pem/III/2025" in text_of(letter.path)


@pytest.fixture
def agreements_for_srikandi(services, people, clock):
    from tests.factories import step_data

    agreements = make_agreements(services, people["admin"])
    form = {**step_data(1, people, agreements), "nomor": "B-123/000.8.3.3/Pem/III/2025"}
    return services, run_cycle(services, people, agreements, clock, until=1, data={1: form})


def test_documents_need_a_finished_step_and_the_right_people(services, people, clock):
    agreements = make_agreements(services, people["admin"])
    cycle = run_cycle(services, people, agreements, clock, until=3)
    open_task = services.workflow.inbox(people["analis1"])[0]
    with pytest.raises(ValidationError, match="selesaikan langkah ini dulu"):
        services.documents.generate(people["analis1"], open_task.id)
    with pytest.raises(PermissionDenied):
        services.documents.generate(people["analis1"], done_task(services, cycle, 1).id)
    assert Dokumen.select().count() == 0


def test_a_failed_write_leaves_no_record_and_gives_the_number_back(
    services, people, cycle, tmp_path
):
    blocker = tmp_path / "bukan-folder"
    blocker.write_text("x")
    services.settings.set(people["admin"], {"folder_arsip": str(blocker)})
    task = done_task(services, cycle, 1)
    with pytest.raises(FolderUnwritable) as refused:
        services.documents.generate(people["kabag"], task.id)
    assert f"Folder arsip {blocker} tidak dapat dijangkau" in str(refused.value)
    assert Dokumen.select().count() == 0 and NomorSurat.select().count() == 0
    services.settings.set(people["admin"], {"folder_arsip": str(tmp_path / "arsip")})
    (letter,) = services.documents.generate(people["kabag"], task.id)
    assert letter.number == "000.8.3.3/1/Pem/2025"


def test_a_step_whose_second_document_cannot_be_written_issues_none_and_leaves_no_file(
    services, people, clock
):
    cycle = run_cycle(services, people, make_agreements(services, people["admin"]), clock, until=3)
    task = done_task(services, cycle, 3)  # the schedule, then the monitoring instrument
    schedule, instrument = services.documents.generate(people["ketua"], task.id)
    in_the_way = instrument.path.with_name(instrument.path.name.replace("-v1", "-v2"))
    in_the_way.mkdir()
    archive = sorted(p.name for p in schedule.path.parent.iterdir())
    with pytest.raises(FolderUnwritable):
        services.documents.generate(people["ketua"], task.id)
    assert sorted(p.name for p in schedule.path.parent.iterdir()) == archive  # no v2 schedule
    assert Dokumen.select().count() == 2
    in_the_way.rmdir()
    again = services.documents.generate(people["ketua"], task.id)
    assert [d.version for d in again] == [2, 2] and all(d.path.is_file() for d in again)


def test_an_issued_file_is_sealed_and_refused_once_changed_outside_the_app(
    services, people, cycle, tmp_path
):
    task = done_task(services, cycle, 1)
    (letter,) = services.documents.generate(people["kabag"], task.id)
    assert not letter.path.stat().st_mode & WRITE_BITS  # Word opens it read-only
    assert services.documents.file_of(letter) == letter.path

    unseal(letter.path)  # someone clears the read-only mark and saves over it in Word
    letter.path.write_bytes(letter.path.read_bytes() + b"diubah")
    for use in (
        lambda: services.documents.file_of(letter),
        lambda: services.documents.export_pdf([letter], tmp_path / "pdf"),
        lambda: services.documents.print([letter]),
    ):
        with pytest.raises(DocumentChanged, match="telah diubah di luar aplikasi"):
            use()

    (again,) = services.documents.generate(people["kabag"], task.id)  # a new version
    assert again.version == 2 and again.number == letter.number
    assert services.documents.file_of(again) == again.path


def test_a_sealed_file_a_crash_left_under_a_versions_name_is_replaced(services, people, cycle):
    """A crash after the file was written but before its record was committed leaves the
    sealed file without a record; issuing again writes the same version over it."""
    task = done_task(services, cycle, 1)
    (letter,) = services.documents.generate(people["kabag"], task.id)
    Dokumen.delete().execute()  # as if the record had never been committed
    unseal(letter.path)
    letter.path.write_bytes(b"bukan dokumen ini")
    seal(letter.path)
    (again,) = services.documents.generate(people["kabag"], task.id)
    assert again.path == letter.path and again.version == 1
    assert services.documents.file_of(again) == again.path


def test_settings_choose_paper_font_and_numbering(services, people, cycle):
    services.settings.set(
        people["admin"],
        {
            "ukuran_kertas": "A4",
            "huruf": "Times New Roman",
            "ukuran_huruf": "12",
            "penomoran": {
                "surat_perintah": {
                    "pattern": "{kode}/{urut}/{unit}/{bulan}/{tahun}",
                    "kode": "800.1.11.1",
                }
            },
        },
    )
    (letter,) = services.documents.generate(people["kabag"], done_task(services, cycle, 1).id)
    assert letter.number == "800.1.11.1/1/Pem/III/2025"
    document = docx.Document(str(letter.path))
    assert (
        round(document.sections[0].page_width.mm),
        round(document.sections[0].page_height.mm),
    ) == (210, 297)
    assert document.styles["Normal"].font.name == "Times New Roman"
    assert document.styles["Normal"].font.size.pt == 12


def test_an_office_copy_of_a_template_wins_over_the_shipped_one(services, people, cycle, tmp_path):
    office = tmp_path / "templat-kantor"
    office.mkdir()
    shipped = template_dirs()[-1] / "surat_perintah.docx"
    edited = docx.Document(str(shipped))
    edited.add_paragraph("Tembusan: Sekretaris Daerah (disunting staf)")
    edited.save(str(office / "surat_perintah.docx"))
    services.settings.set(people["admin"], {"folder_templat": str(office)})
    (letter,) = services.documents.generate(people["kabag"], done_task(services, cycle, 1).id)
    assert "Tembusan: Sekretaris Daerah (disunting staf)" in text_of(letter.path)
    assert services.documents.template_path("surat_perintah.docx") == office / "surat_perintah.docx"


def test_render_samples_takes_no_number_and_records_nothing(services, people, cycle, tmp_path):
    before = (Dokumen.select().count(), NomorSurat.select().count(), Riwayat.select().count())
    written = services.documents.render_samples(cycle.id, tmp_path / "contoh")
    assert len(written) == 11
    assert "NOMOR : 000.8.3.3/…/Pem/2025" in text_of(tmp_path / "contoh" / "surat_perintah.docx")
    assert (
        Dokumen.select().count(),
        NomorSurat.select().count(),
        Riwayat.select().count(),
    ) == before


def test_the_office_logo_goes_into_the_letterhead(services, people, cycle, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(tiny_png())
    services.settings.set(people["admin"], {"logo": str(logo)})
    (letter,) = services.documents.generate(people["kabag"], done_task(services, cycle, 1).id)
    assert len(docx.Document(str(letter.path)).inline_shapes) == 1


def tiny_png() -> bytes:
    """A 2x2 black PNG, written by hand."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    raw = b"".join(b"\x00" + b"\x00\x00\x00" * 2 for _ in range(2))
    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
