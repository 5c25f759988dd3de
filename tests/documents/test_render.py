"""Rendering is safe: sandboxed, escaped, strict; broken templates are named before writing."""

from datetime import date

import docx
import pytest

from monev_desktop.documents.page import PageSetup
from monev_desktop.documents.pdf import PdfUnavailable, convert_all_to_pdf, find_libreoffice
from monev_desktop.documents.render import (
    TemplateProblem,
    check_template,
    render_docx,
    template_variables,
    text,
)
from monev_desktop.services.document_context import BUILDERS
from monev_desktop.services.resources import known_templates, template_dirs
from tests.cycles import done_task, run_cycle
from tests.documents.test_generate import table_rows, text_of
from tests.factories import step_data

SHIPPED = template_dirs()[-1]
HOSTILE = "PT A & B <Persero> \"kutip\" 'tunggal' 😀 مرحبا بالعالم"


def one_paragraph_template(tmp_path, text):
    path = tmp_path / "uji.docx"
    document = docx.Document()
    document.add_paragraph(text)
    document.save(str(path))
    return path


def test_every_shipped_template_has_a_builder_and_asks_only_for_what_it_supplies(
    services, people, clock
):
    from tests.factories import make_agreements

    assert set(BUILDERS) == known_templates()
    agreements = make_agreements(services, people["admin"])
    cycle = run_cycle(services, people, agreements, clock)
    for step in range(1, 10):
        for draft in services.documents.drafts(done_task(services, cycle, step).id):
            path = SHIPPED / draft.kind.template
            assert template_variables(path) <= {*draft.context, "nomor"}, draft.kind.template


def test_a_template_cannot_reach_python_internals(tmp_path):
    path = one_paragraph_template(tmp_path, "{{ nomor.__class__.__mro__[1].__subclasses__() }}")
    with pytest.raises(TemplateProblem, match="tidak dapat diisi"):
        render_docx(path, {"nomor": "1"}, PageSetup())


def test_values_print_exactly_as_given(tmp_path):
    path = one_paragraph_template(tmp_path, "Mitra: {{ mitra }}")
    out = tmp_path / "hasil.docx"
    out.write_bytes(render_docx(path, {"mitra": "PT A & B <Persero>"}, PageSetup()))
    assert "Mitra: PT A & B <Persero>" in text_of(out)


def test_an_unknown_variable_is_named_before_anything_is_written(tmp_path):
    path = one_paragraph_template(tmp_path, "{{ nomor }} {{ nama_kepala }}")
    with pytest.raises(
        TemplateProblem,
        match=r"uji\.docx memakai variabel yang tidak dikenal: \{\{ nama_kepala \}\}",
    ):
        check_template(path, {"nomor"})


@pytest.mark.parametrize(
    ("text", "tag"),
    [("Halo {{ nama }", "{{ nama }"), ("{% for x in %}{{ x }}{% endfor %}", "{% for x in %}")],
)
def test_a_broken_tag_is_named(tmp_path, text, tag):
    path = one_paragraph_template(tmp_path, text)
    with pytest.raises(TemplateProblem) as error:
        check_template(path, {"nama"})
    assert "uji.docx rusak di tag" in str(error.value)
    assert tag[:8] in str(error.value)


def test_missing_libreoffice_is_a_clear_message(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(PdfUnavailable, match="Pasang LibreOffice"):
        convert_all_to_pdf([SHIPPED / "surat_perintah.docx"], tmp_path)


@pytest.fixture
def hostile_cycle(services, people, clock):
    opd = services.agreements.add_opd(people["admin"], "Dinas Kesehatan", "")
    agreements = [
        services.agreements.create(
            people["admin"],
            {
                "nomor": f"000.7/{i:03d}/2025",
                "judul": f"{HOSTILE} {i}",
                "mitra": HOSTILE,
                "jenis": "KSDPK",
                "bentuk": "NK",
                "tanggal_mulai": date(2024, 1, 1),
                "tanggal_berakhir": date(2026, 1, 1),
                "opd_ids": [opd],
                "ruang_lingkup": "x" * 10_000,
            },
        )
        for i in range(1, 4)
    ]
    long_text = ("Kesimpulan panjang & <aman>. " * 400)[:10_000]
    data = {
        6: {"ringkasan": long_text},
        7: {
            **step_data(7, people, agreements),
            "kesimpulan": long_text,
            "temuan": [
                {
                    "kerja_sama_id": agreements[0].id,
                    "uraian": HOSTILE,
                    "evaluasi": "Baris satu\nBaris dua",
                }
            ],
        },
        9: None,
    }
    return run_cycle(services, people, agreements, clock, data=data), long_text


@pytest.mark.parametrize("step", range(1, 10))
def test_hostile_data_prints_exactly_and_opens(services, people, hostile_cycle, tmp_path, step):
    cycle, long_text = hostile_cycle
    for document in services.documents.generate(
        people["kabag"], done_task(services, cycle, step).id
    ):
        body = text_of(document.path)
        if document.kind in (
            "surat_permintaan_data",
            "laporan_monitoring",
            "instrumen_monitoring",
            "dokumen_evaluasi",
            "nota_dinas_hasil_monitoring",
        ):
            assert HOSTILE in body, document.kind
        if document.kind in ("nota_dinas_olah_data", "notulen_rapat_evaluasi"):
            assert long_text.strip() in body, document.kind
        if document.kind == "surat_perintah":
            assert "19840220 200604 2 001" in body
        if find_libreoffice():
            assert convert_all_to_pdf([document.path], tmp_path / "pdf")[0].stat().st_size > 1000


def test_broken_lines_are_not_stretched_and_table_rows_stay_on_one_page(tmp_path):
    """Whatever the template says: a justified line ended by a line break keeps its spacing,
    and no table row is split across two pages."""
    from docx.oxml.ns import qn

    path = tmp_path / "uji.docx"
    template = docx.Document()
    template.add_paragraph("{{ isi }}").alignment = 3  # justified
    table = template.add_table(rows=2, cols=1)
    table.cell(0, 0).text = "Kerja sama"
    table.cell(1, 0).text = "{{ judul }}"
    template.save(str(path))
    out = tmp_path / "hasil.docx"
    out.write_bytes(
        render_docx(
            path, {"isi": text("Hambatan yang ditemukan:\nLaporan"), "judul": "PKS"}, PageSetup()
        )
    )
    document = docx.Document(str(out))
    compat = document.settings.element.find(qn("w:compat"))
    assert compat is not None and compat.find(qn("w:doNotExpandShiftReturn")) is not None
    rows = document.element.body.iter(qn("w:tr"))
    assert all(
        row.trPr is not None and row.trPr.find(qn("w:cantSplit")) is not None for row in rows
    )
    assert "Hambatan yang ditemukan:\nLaporan" in text_of(out)


def test_500_row_tables(services, people, clock, tmp_path):
    opd = services.agreements.add_opd(people["admin"], "Dinas Perhubungan", "")
    agreements = [
        services.agreements.create(
            people["admin"],
            {
                "nomor": f"KS/{i:04d}",
                "judul": f"Kerja sama nomor {i}",
                "mitra": f"Mitra {i}",
                "jenis": "KSDPK",
                "bentuk": "NK",
                "tanggal_mulai": date(2024, 1, 1),
                "tanggal_berakhir": date(2026, 1, 1),
                "opd_ids": [opd],
            },
        )
        for i in range(500)
    ]
    cycle = run_cycle(services, people, agreements, clock, until=4)
    (report,) = services.documents.generate(people["analis1"], done_task(services, cycle, 4).id)
    rows = table_rows(report.path)
    assert len(rows) == 501 and rows[-1][1] == "Kerja sama nomor 499"
    if find_libreoffice():
        assert convert_all_to_pdf([report.path], tmp_path)[0].stat().st_size > 10_000


@pytest.mark.skipif(find_libreoffice() is None, reason="LibreOffice is not installed")
def test_two_conversions_at_once_do_not_collide(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(2) as pool:
        pdfs = list(
            pool.map(
                lambda n: convert_all_to_pdf([SHIPPED / "surat_perintah.docx"], tmp_path / str(n))[
                    0
                ],
                (1, 2),
            )
        )
    assert all(p.is_file() for p in pdfs)
