"""Write the FIRST VERSION of the Word templates into templates/ (run once, by hand).

The committed .docx files in templates/ are the source that office staff edit in Word or
LibreOffice; nothing runs this script at build or start-up. It refuses to overwrite an
existing template unless given --force.

Every template uses the same variables for the letterhead and signature:
  kantor.nama_pemerintah / nama_instansi / nama_unit / alamat / kota
  nomor, tanggal (already written out in Indonesian), penandatangan.{an, jabatan, nama,
  pangkat, nip}
"""

import argparse
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

OUT = Path(__file__).resolve().parents[2] / "templates"
CENTER, RIGHT, JUSTIFY = (
    WD_ALIGN_PARAGRAPH.CENTER,
    WD_ALIGN_PARAGRAPH.RIGHT,
    WD_ALIGN_PARAGRAPH.JUSTIFY,
)


def new_document() -> Document:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(215), Mm(330)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    section.left_margin, section.right_margin = Cm(2.5), Cm(2)
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "Arial", Pt(11)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    style.paragraph_format.space_after = Pt(0)
    style.paragraph_format.line_spacing = 1.15
    return doc


def para(
    doc, text="", *, bold=False, align=None, size=None, underline=False, space_after=0, indent=None
):
    p = doc.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold, run.underline = bold, underline
        if size:
            run.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def numbered(doc, loop, item, indent=1.0):
    """A numbered list: one paragraph per item (docxtpl {%p for %}), with a hanging indent."""
    para(doc, "{%p for " + loop + " %}")
    p = para(doc, "{{ loop.index }}.\t" + item, align=JUSTIFY, indent=indent + 0.6, space_after=2)
    p.paragraph_format.first_line_indent = Cm(-0.6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(indent + 0.6))
    para(doc, "{%p endfor %}")


def bottom_border(paragraph, size=18):
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (
        ("val", "thickThinSmallGap"),
        ("sz", str(size)),
        ("space", "1"),
        ("color", "000000"),
    ):
        bottom.set(qn(f"w:{key}"), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def kop(doc, width=17.0):
    """Letterhead: logo | four centred lines | an empty cell as wide as the logo's (so the
    text stays centred with or without a logo), then a double rule."""
    table = doc.add_table(rows=1, cols=3)
    logo, middle, _ = table.rows[0].cells
    logo.paragraphs[0].add_run("{{ kantor.logo }}")
    logo.paragraphs[0].alignment = CENTER
    lines = (
        ("{{ kantor.nama_pemerintah }}", True, 14),
        ("{{ kantor.nama_instansi }}", True, 16),
        ("{{ kantor.nama_unit }}", True, 13),
        ("{{ kantor.alamat }}", False, 9),
    )
    for index, (text, bold, size) in enumerate(lines):
        paragraph = middle.paragraphs[0] if index == 0 else middle.add_paragraph()
        run = paragraph.add_run(text)
        run.bold, run.font.size = bold, Pt(size)
        paragraph.alignment = CENTER
    fixed_widths(table, [2.4, width - 4.8, 2.4])
    bottom_border(para(doc, "", space_after=12))


def judul(doc, title, nomor=True):
    para(doc, title, bold=True, align=CENTER, size=12)
    if nomor:
        para(doc, "NOMOR : {{ nomor }}", align=CENTER, space_after=12)
    else:
        para(doc, "", space_after=6)


def grid(doc, headers, row_cells, widths=None, size=None):
    """A bordered table: a header row and one templated row repeated with {%tr for %}.

    The header row repeats on every page; `size` (pt) sets the table's own font size.
    """
    loop, *cells = row_cells
    table = doc.add_table(rows=3, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        if size:
            run.font.size = Pt(size)
        cell.paragraphs[0].alignment = CENTER
    header = OxmlElement("w:tblHeader")
    table.rows[0]._tr.get_or_add_trPr().append(header)
    table.rows[1].cells[0].text = "{%tr " + loop + " %}"
    for cell, text in zip(table.rows[2].cells, cells, strict=True):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        if size:
            run.font.size = Pt(size)
    row = table.add_row()
    row.cells[0].text = "{%tr endfor %}"
    if widths:
        fixed_widths(table, widths)
    para(doc, "", space_after=6)
    return table


SIGN_INDENT = 8.0


def fixed_widths(table, widths):
    """Column widths that Word and LibreOffice both keep: fixed layout, grid and cells."""
    table.autofit = False
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)
    for r in table.rows:
        for cell, width in zip(r.cells, widths, strict=True):
            cell.width = Cm(width)


def signature(doc, with_place=True):
    if with_place:
        for label, value in (
            ("Dikeluarkan di", "{{ kantor.kota }}"),
            ("Pada tanggal", "{{ tanggal }}"),
        ):
            p = para(doc, f"{label}\t: {value}", indent=SIGN_INDENT)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(SIGN_INDENT + 3.2))
        para(doc, "", space_after=6)
    para(doc, "{%p if penandatangan.an %}")
    para(doc, "{{ penandatangan.an }}", indent=SIGN_INDENT)
    para(doc, "{%p endif %}")
    para(doc, "{{ penandatangan.jabatan }},", bold=True, indent=SIGN_INDENT, space_after=54)
    para(doc, "{{ penandatangan.nama }}", bold=True, underline=True, indent=SIGN_INDENT)
    para(doc, "{{ penandatangan.pangkat }}", indent=SIGN_INDENT)
    para(doc, "NIP. {{ penandatangan.nip }}", indent=SIGN_INDENT)


def labelled(doc, rows, indent=0.0, width=3.0):
    """Label : value lines, the colons aligned on a tab stop."""
    for label, value in rows:
        p = para(doc, f"{label}\t: {value}", indent=indent + width)
        p.paragraph_format.first_line_indent = Cm(-width)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(indent + width))


def korespondensi_header(doc, rows):
    para(doc, "{{ kantor.kota }}, {{ tanggal }}", align=RIGHT, space_after=12)
    labelled(doc, rows)
    para(doc, "", space_after=6)


def nota_dinas(doc, title="NOTA DINAS"):
    kop(doc)
    para(doc, title, bold=True, align=CENTER, size=12, space_after=12)
    labelled(
        doc,
        [
            ("Yth.", "{{ kepada }}"),
            ("Dari", "{{ dari }}"),
            ("Tembusan", "{{ tembusan }}"),
            ("Tanggal", "{{ tanggal }}"),
            ("Nomor", "{{ nomor }}"),
            ("Sifat", "{{ sifat }}"),
            ("Lampiran", "{{ lampiran }}"),
            ("Hal", "{{ hal }}"),
        ],
    )
    bottom_border(para(doc, "", space_after=6), size=6)


def surat_perintah():
    doc = new_document()
    kop(doc)
    judul(doc, "SURAT PERINTAH")
    para(doc, "Dasar :", space_after=3)
    numbered(doc, "d in dasar", "{{ d }}")
    para(doc, "", space_after=6)
    para(doc, "MEMERINTAHKAN :", bold=True, align=CENTER, space_after=6)
    para(doc, "Kepada :", space_after=3)
    grid(
        doc,
        ["No", "Nama", "NIP", "Pangkat/Gol.", "Jabatan"],
        [
            "for p in kepada",
            "{{ loop.index }}",
            "{{ p.nama }}",
            "{{ p.nip }}",
            "{{ p.pangkat }}",
            "{{ p.jabatan }}",
        ],
        widths=[1, 4.4, 4.8, 3.0, 3.8],
    )
    para(doc, "Untuk :", space_after=3)
    numbered(doc, "u in untuk", "{{ u }}")
    para(doc, "", space_after=6)
    signature(doc)
    return doc


def surat_permintaan_data():
    doc = new_document()
    kop(doc)
    korespondensi_header(
        doc,
        [
            ("Nomor", "{{ nomor }}"),
            ("Sifat", "{{ sifat }}"),
            ("Lampiran", "{{ lampiran }}"),
            ("Hal", "{{ hal }}"),
        ],
    )
    para(doc, "Yth. {{ kepada }}")
    para(doc, "di {{ kantor.kota }}", space_after=12)
    para(doc, "{{ isi }}", align=JUSTIFY, space_after=6)
    grid(
        doc,
        ["No", "Nomor", "Judul Kerja Sama", "Mitra", "Berakhir"],
        [
            "for k in kerja_sama",
            "{{ loop.index }}",
            "{{ k.nomor }}",
            "{{ k.judul }}",
            "{{ k.mitra }}",
            "{{ k.tanggal_berakhir }}",
        ],
        widths=[1, 3.5, 6, 4, 2.5],
    )
    para(
        doc,
        "Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.",
        align=JUSTIFY,
        space_after=12,
    )
    signature(doc, with_place=False)
    return doc


def jadwal_monitoring():
    doc = new_document()
    kop(doc)
    judul(doc, "JADWAL MONITORING PENYELENGGARAAN KERJA SAMA DAERAH", nomor=False)
    labelled(doc, [("Kegiatan", "{{ siklus }}"), ("Dasar", "{{ dasar }}")])
    para(doc, "", space_after=6)
    grid(
        doc,
        ["No", "OPD", "Kerja Sama", "Tanggal", "Petugas"],
        [
            "for j in jadwal",
            "{{ loop.index }}",
            "{{ j.opd }}",
            "{{ j.kerja_sama }}",
            "{{ j.tanggal }}",
            "{{ j.petugas }}",
        ],
        widths=[1, 4.5, 5.5, 2.5, 3.5],
    )
    signature(doc, with_place=False)
    return doc


def instrumen_monitoring():
    doc = new_document()
    kop(doc)
    judul(doc, "INSTRUMEN MONITORING KERJA SAMA DAERAH", nomor=False)
    para(doc, "{%p for k in kerja_sama %}")
    labelled(
        doc,
        [
            ("Nomor", "{{ k.nomor }}"),
            ("Judul", "{{ k.judul }}"),
            ("Mitra", "{{ k.mitra }}"),
            ("OPD Pelaksana", "{{ k.opd }}"),
        ],
    )
    grid(
        doc,
        ["No", "Aspek", "Pilihan jawaban", "Jawaban"],
        ["for q in pertanyaan", "{{ loop.index }}", "{{ q.label }}", "{{ q.pilihan }}", ""],
        widths=[1, 5, 8, 3],
    )
    para(doc, "Hambatan : ....................................................", space_after=3)
    para(doc, "Saran    : ....................................................", space_after=12)
    para(doc, "{%p endfor %}")
    return doc


def laporan_monitoring():
    doc = new_document()
    kop(doc)
    judul(doc, "LAPORAN MONITORING PENYELENGGARAAN KERJA SAMA DAERAH")
    for heading, body in (
        ("I. PENDAHULUAN", "{{ pendahuluan }}"),
        ("II. PELAKSANAAN", "{{ pelaksanaan }}"),
    ):
        para(doc, heading, bold=True, space_after=3)
        para(doc, body, align=JUSTIFY, indent=0.6, space_after=6)
    para(doc, "III. HASIL", bold=True, space_after=3)
    grid(
        doc,
        ["No", "Kerja Sama", "Mitra", "Ketepatan Waktu", "Capaian", "Rekomendasi"],
        [
            "for h in hasil",
            "{{ loop.index }}",
            "{{ h.judul }}",
            "{{ h.mitra }}",
            "{{ h.ketepatan_waktu }}",
            "{{ h.capaian_indikator }}",
            "{{ h.rekomendasi }}",
        ],
        widths=[1, 4.5, 3.5, 2.5, 2.5, 3],
    )
    for heading, body in (
        ("IV. KESIMPULAN DAN SARAN", "{{ kesimpulan }}"),
        ("V. PENUTUP", "{{ penutup }}"),
    ):
        para(doc, heading, bold=True, space_after=3)
        para(doc, body, align=JUSTIFY, indent=0.6, space_after=6)
    signature(doc, with_place=False)
    return doc


def nota_dinas_hasil_monitoring():
    doc = new_document()
    nota_dinas(doc)
    para(doc, "{{ isi }}", align=JUSTIFY, space_after=6)
    grid(
        doc,
        ["No", "Kerja Sama", "Rekomendasi"],
        ["for h in hasil", "{{ loop.index }}", "{{ h.judul }}", "{{ h.rekomendasi }}"],
        widths=[1, 11, 4],
    )
    para(doc, "Demikian disampaikan untuk menjadi bahan lebih lanjut.", space_after=12)
    signature(doc, with_place=False)
    return doc


def nota_dinas_olah_data():
    doc = new_document()
    nota_dinas(doc)
    para(doc, "{{ ringkasan }}", align=JUSTIFY, space_after=6)
    for title, loop in (
        ("A. Menurut jenis kerja sama", "per_jenis"),
        ("B. Menurut OPD pelaksana", "per_opd"),
        ("C. Menurut rekomendasi", "per_rekomendasi"),
    ):
        para(doc, title, bold=True, space_after=3)
        grid(
            doc,
            ["No", "Uraian", "Jumlah"],
            [f"for r in {loop}", "{{ loop.index }}", "{{ r.uraian }}", "{{ r.jumlah }}"],
            widths=[1, 12, 3],
        )
    para(doc, "Demikian disampaikan, mohon arahan lebih lanjut.", space_after=12)
    signature(doc, with_place=False)
    return doc


def notulen_rapat_evaluasi():
    doc = new_document()
    kop(doc)
    judul(doc, "NOTULEN RAPAT")
    labelled(
        doc,
        [
            ("Rapat", "{{ rapat }}"),
            ("Hari/Tanggal", "{{ hari_tanggal }}"),
            ("Waktu", "{{ waktu }}"),
            ("Tempat", "{{ tempat }}"),
            ("Acara", "{{ acara }}"),
            ("Pimpinan Rapat", "{{ pimpinan }}"),
            ("Pencatat", "{{ pencatat }}"),
        ],
    )
    para(doc, "Peserta :", space_after=3)
    numbered(doc, "p in peserta", "{{ p }}")
    para(doc, "", space_after=6)
    para(doc, "Pembukaan", bold=True)
    para(doc, "{{ pembukaan }}", align=JUSTIFY, space_after=6)
    para(doc, "Pembahasan (temuan dan evaluasi)", bold=True, space_after=3)
    grid(
        doc,
        ["No", "Kerja Sama", "Temuan", "Evaluasi"],
        [
            "for t in temuan",
            "{{ loop.index }}",
            "{{ t.kerja_sama }}",
            "{{ t.uraian }}",
            "{{ t.evaluasi }}",
        ],
        widths=[1, 4, 5.5, 5.5],
    )
    para(doc, "Keputusan/Kesimpulan", bold=True)
    para(doc, "{{ kesimpulan }}", align=JUSTIFY, space_after=18)
    table = doc.add_table(rows=1, cols=2)
    for cell, role, who in (
        (table.rows[0].cells[0], "Pencatat,", "pencatat_ttd"),
        (table.rows[0].cells[1], "Pimpinan Rapat,", "pimpinan_ttd"),
    ):
        cell.text = role
        for line in ("", "", "", f"{{{{ {who}.nama }}}}", f"NIP. {{{{ {who}.nip }}}}"):
            cell.add_paragraph(line)
    return doc


def lembar_disposisi():
    doc = new_document()
    kop(doc)
    judul(doc, "LEMBAR DISPOSISI", nomor=False)
    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    for left, lv, right, rv in (
        ("Index", "{{ index }}", "Kode", "{{ kode }}"),
        ("Nomor Urut", "{{ nomor_urut }}", "Tgl. Penyelesaian", "{{ tgl_penyelesaian }}"),
        ("Isi Ringkas", "{{ isi_ringkas }}", "", ""),
        ("Asal Surat", "{{ asal_surat }}", "Tanggal", "{{ tanggal_surat }}"),
        ("Nomor", "{{ nomor_surat }}", "Lampiran", "{{ lampiran }}"),
        ("Sifat", "{{ sifat_kotak }}", "", ""),
        ("Diterima Tgl.", "{{ diterima }}", "No. Agenda", "{{ no_agenda }}"),
    ):
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text, cells[3].text = left, lv, right, rv
        if not right:
            cells[1].merge(cells[3])
    row = table.add_row().cells
    row[0].text, row[2].text = "Diteruskan kepada :", "Informasi / Instruksi :"
    row[0].merge(row[1])
    row[2].merge(row[3])
    row[0].add_paragraph("{% for d in diteruskan %}{{ d }}\n{% endfor %}")
    row[2].add_paragraph("{% for i in instruksi %}{{ i.kotak }} {{ i.teks }}\n{% endfor %}")
    row = table.add_row().cells
    row[0].merge(row[3])
    row[0].text = "Arahan :"
    row[0].add_paragraph("{{ arahan }}")
    para(doc, "", space_after=6)
    para(doc, "Rencana tindak lanjut :", bold=True, space_after=3)
    grid(
        doc,
        ["No", "Tindakan", "Penanggung Jawab", "Batas Waktu"],
        [
            "for t in tindak_lanjut",
            "{{ loop.index }}",
            "{{ t.uraian }}",
            "{{ t.penanggung_jawab }}",
            "{{ t.batas_waktu }}",
        ],
        widths=[1, 8, 4.5, 3],
    )
    signature(doc, with_place=False)
    return doc


def dokumen_evaluasi():
    doc = new_document()
    kop(doc)
    judul(doc, "DOKUMEN EVALUASI KERJA SAMA DAERAH")
    labelled(doc, [("Kegiatan", "{{ siklus }}"), ("Dasar", "{{ dasar }}")])
    para(doc, "", space_after=6)
    para(doc, "A. Hasil evaluasi per kerja sama", bold=True, space_after=3)
    grid(
        doc,
        ["No", "Kerja Sama", "Mitra", "Temuan", "Rekomendasi"],
        [
            "for k in kerja_sama",
            "{{ loop.index }}",
            "{{ k.judul }}",
            "{{ k.mitra }}",
            "{{ k.temuan }}",
            "{{ k.rekomendasi }}",
        ],
        widths=[1, 4.5, 3.5, 4.5, 3],
    )
    para(doc, "B. Status tindak lanjut", bold=True, space_after=3)
    grid(
        doc,
        ["No", "Tindakan", "Penanggung Jawab", "Batas Waktu", "Status"],
        [
            "for t in tindak_lanjut",
            "{{ loop.index }}",
            "{{ t.uraian }}",
            "{{ t.penanggung_jawab }}",
            "{{ t.batas_waktu }}",
            "{{ t.status }}",
        ],
        widths=[1, 6, 3.5, 3, 3],
    )
    para(doc, "C. Kesimpulan", bold=True, space_after=3)
    para(doc, "{{ kesimpulan }}", align=JUSTIFY, space_after=12)
    signature(doc, with_place=False)
    return doc


def lembar_kendali():
    doc = new_document()
    section = doc.sections[0]
    section.orientation = 1
    section.page_width, section.page_height = Mm(330), Mm(215)
    kop(doc, width=28.5)
    judul(doc, "LEMBAR KENDALI SOP {{ sop_judul | upper }}", nomor=False)
    labelled(
        doc,
        [
            ("Nomor SOP", "{{ sop_nomor }}"),
            ("Kegiatan", "{{ siklus }}"),
            ("Status", "{{ status }}"),
        ],
    )
    para(doc, "", space_after=6)
    grid(
        doc,
        [
            "No",
            "Kegiatan",
            "Kabag Pemerintahan",
            "Ketua Tim Kerja",
            "Analis Kerja Sama",
            "Kelengkapan",
            "Waktu Baku",
            "Waktu Nyata",
            "Output",
            "Ket",
        ],
        [
            "for l in langkah",
            "{{ l.nomor }}",
            "{{ l.kegiatan }}",
            "{{ l.kabag }}",
            "{{ l.ketua_tim }}",
            "{{ l.analis }}",
            "{{ l.kelengkapan }}",
            "{{ l.waktu_baku }}",
            "{{ l.waktu_nyata }}",
            "{{ l.output }}",
            "{{ l.ket }}",
        ],
        widths=[1, 5.5, 2.6, 2.6, 2.6, 3, 2, 2.4, 3, 3],
        size=9,
    )
    return doc


TEMPLATES = {
    "surat_perintah.docx": surat_perintah,
    "surat_permintaan_data.docx": surat_permintaan_data,
    "jadwal_monitoring.docx": jadwal_monitoring,
    "instrumen_monitoring.docx": instrumen_monitoring,
    "laporan_monitoring.docx": laporan_monitoring,
    "nota_dinas_hasil_monitoring.docx": nota_dinas_hasil_monitoring,
    "nota_dinas_olah_data.docx": nota_dinas_olah_data,
    "notulen_rapat_evaluasi.docx": notulen_rapat_evaluasi,
    "lembar_disposisi.docx": lembar_disposisi,
    "dokumen_evaluasi.docx": dokumen_evaluasi,
    "lembar_kendali.docx": lembar_kendali,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="overwrite existing templates")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    for name, build in TEMPLATES.items():
        path = OUT / name
        if path.exists() and not args.force:
            print(f"kept     {path}")
            continue
        build().save(path)
        print(f"written  {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
