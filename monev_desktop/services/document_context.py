"""What each template is filled with: one builder per template, reading a cycle's records.

A builder returns one `DocumentDraft` per document to make (a batch for the step 2 letters);
the document service adds the number. The keys of a draft's context are exactly the
variables its template may use; a test checks every shipped template against them.
"""

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from monev_desktop.db.models import Opd, Pegawai, Tugas
from monev_desktop.documents.render import Image, text
from monev_desktop.domain.calendar import WorkingCalendar
from monev_desktop.domain.checklist import CHECKLIST
from monev_desktop.domain.dates import format_date, format_day_date
from monev_desktop.domain.documents import KINDS, DocumentKind
from monev_desktop.domain.forms import INSTRUKSI_DISPOSISI, SIFAT_SURAT
from monev_desktop.domain.nip import parse_nip
from monev_desktop.domain.process import Process
from monev_desktop.domain.roles import Role
from monev_desktop.domain.tasks import CycleStatus
from monev_desktop.services.cycle_records import CycleRecords
from monev_desktop.services.timeline import actual_duration

CHECKED, UNCHECKED = "☑", "☐"
LEGAL_BASIS = (
    "Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah",
    "Peraturan Menteri Dalam Negeri Nomor 22 Tahun 2020 tentang Tata Cara Kerja Sama Daerah "
    "dengan Daerah Lain dan Kerja Sama Daerah dengan Pihak Ketiga",
)


@dataclass(frozen=True)
class DocumentDraft:
    """One document to make: its kind, its key inside a batch, the day it bears, its data."""

    kind: DocumentKind
    key: str
    label: str
    day: date
    context: dict
    typed_number: str = ""  # a SRIKANDI number given in the step's form


@dataclass(frozen=True)
class Sources:
    """What the builders read: the cycle, the office settings, the process and calendar."""

    records: CycleRecords
    settings: dict
    process: Process
    calendar: WorkingCalendar

    def done(self, step: int) -> Tugas:
        return self.records.done[step]

    def data(self, step: int) -> dict:
        return self.records.done[step].data or {}


Builder = Callable[[Sources], list[DocumentDraft]]
BUILDERS: dict[str, Builder] = {}


def builder(template: str) -> Callable[[Builder], Builder]:
    def register(fn: Builder) -> Builder:
        BUILDERS[template] = fn
        return fn

    return register


def drafts_for(template: str, sources: Sources) -> list[DocumentDraft]:
    return BUILDERS[template](sources)


# --- shared pieces -----------------------------------------------------------------------


def office(settings: dict) -> dict:
    """The letterhead: names, address, place, and the logo when its file is there."""
    keys = ("nama_pemerintah", "nama_instansi", "nama_unit", "alamat", "kota")
    logo = Path(settings["logo"]) if settings["logo"] else None
    return {
        **{k: settings[k] for k in keys},
        "logo": Image(logo) if logo and logo.is_file() else "",
    }


def nip_display(person: Pegawai | None) -> str:
    if person is None or not person.nip:
        return "-"
    return str(parse_nip(person.nip))


def pangkat(person: Pegawai) -> str:
    if person.pangkat and person.golongan:
        return f"{person.pangkat} ({person.golongan})"
    return person.pangkat or person.golongan or "-"


def official(sources: Sources, step: int, role: Role, *, on_behalf: bool = False) -> dict:
    """The signature block of the person who did `step`, as `role` (Plh. when acting)."""
    task = sources.done(step)
    person = sources.records.people[task.diselesaikan_oleh_id]
    acting = task.atas_nama_id is not None and task.atas_nama_id != person.id
    return {
        "an": sources.settings["atas_nama"] if on_behalf else "",
        "jabatan": f"{'Plh. ' if acting else ''}{role.title}",
        "nama": person.nama,
        "pangkat": pangkat(person),
        "nip": nip_display(person),
    }


def base(sources: Sources, step: int, role: Role, day: date, *, on_behalf: bool = False) -> dict:
    return {
        "kantor": office(sources.settings),
        "tanggal": format_date(day),
        "penandatangan": official(sources, step, role, on_behalf=on_behalf),
    }


def step_day(sources: Sources, step: int) -> date:
    return sources.done(step).diselesaikan.date()


def cycle_label(sources: Sources) -> str:
    c = sources.records.cycle
    return f"Monitoring dan Evaluasi Kerja Sama Daerah Tahun {c.tahun} Periode {c.periode}"


def cycle_status(cycle) -> str:
    """The control sheet's "Status" line: running, closed on a day, or stopped and why."""
    if cycle.status == CycleStatus.STOPPED:
        return f"Dihentikan pada {format_date(cycle.selesai.date())}; alasan: {cycle.alasan_henti}"
    if cycle.status == CycleStatus.CLOSED:
        return f"Selesai pada {format_date(cycle.selesai.date())}"
    return "Sedang berjalan"


# The documents whose text cites the cycle's Kepwal TKKSD (by kepwal() below).
CITES_KEPWAL = frozenset({"surat_perintah", "laporan_monitoring", "dokumen_evaluasi"})


def kepwal(sources: Sources) -> str:
    c = sources.records.cycle
    return (
        f"Keputusan Wali Kota Tangerang Nomor {c.kepwal_nomor} tanggal {format_date(c.kepwal_tanggal)} "
        "tentang Tim Koordinasi Kerja Sama Daerah Kota Tangerang"
    )


def warrant(sources: Sources) -> str:
    number = sources.records.numbers.get(KINDS["surat_perintah.docx"].code) or sources.data(1).get(
        "nomor"
    )
    return (
        f"Surat Perintah Nomor {number}" if number else "Surat Perintah Kepala Bagian Pemerintahan"
    )


def opd_head(opd: Opd) -> str:
    """How a letter addresses an OPD's head."""
    name = opd.nama
    if name.startswith("Kecamatan "):
        return f"Camat {name.removeprefix('Kecamatan ')}"
    if name == "Inspektorat":
        return "Inspektur Kota Tangerang"
    if name.startswith("Rumah Sakit"):
        return f"Direktur {name}"
    return f"Kepala {name}"


def agreement_row(sources: Sources, agreement) -> dict:
    return {
        "nomor": agreement.nomor,
        "judul": agreement.judul,
        "mitra": agreement.mitra,
        "opd": ", ".join(o.nama for o in sources.records.opds_of[agreement.id]),
        "tanggal_berakhir": format_date(agreement.tanggal_berakhir),
    }


def result_rows(sources: Sources) -> list[dict]:
    rows = []
    for agreement in sources.records.scope:
        result = sources.records.results.get(agreement.id)
        if result is None:
            continue
        rows.append(
            {
                "judul": agreement.judul,
                "mitra": agreement.mitra,
                "ketepatan_waktu": result.ketepatan_waktu,
                "capaian_indikator": result.capaian_indikator,
                "rekomendasi": result.rekomendasi,
            }
        )
    return rows


def sentence(words: str) -> str:
    """`words` ended with one full stop: a name's last title ("S.Sos.") already ends it."""
    return words if words.endswith(".") else f"{words}."


def counted(values) -> list[dict]:
    return [{"uraian": k, "jumlah": n} for k, n in sorted(Counter(values).items())]


def draft(
    template: str, key: str, label: str, day: date, context: dict, typed: str = ""
) -> DocumentDraft:
    return DocumentDraft(KINDS[template], key, label, day, context, typed)


# --- the builders --------------------------------------------------------------------------


@builder("surat_perintah.docx")
def _surat_perintah(sources: Sources) -> list[DocumentDraft]:
    data = sources.data(1)
    day = date.fromisoformat(data["tanggal"])
    team = [p for p in (sources.records.lead(), *sources.records.analysts()) if p is not None]
    context = {
        **base(sources, 1, Role.KABAG, day, on_behalf=True),
        "dasar": [kepwal(sources), *LEGAL_BASIS],
        "kepada": [
            {
                "nama": p.nama,
                "nip": nip_display(p),
                "pangkat": pangkat(p),
                "jabatan": p.jabatan or "-",
            }
            for p in team
        ],
        "untuk": [text(u) for u in data["untuk"]],
    }
    return [draft("surat_perintah.docx", "", "Surat Perintah", day, context, data.get("nomor", ""))]


@builder("surat_permintaan_data.docx")
def _surat_permintaan_data(sources: Sources) -> list[DocumentDraft]:
    day = step_day(sources, 2)
    by_opd: dict[int, tuple[Opd, list]] = {}
    for agreement in sources.records.scope:
        for opd in sources.records.opds_of[agreement.id]:
            by_opd.setdefault(opd.id, (opd, []))[1].append(agreement)
    drafts = []
    for opd, agreements in sorted(by_opd.values(), key=lambda pair: pair[0].nama):
        context = {
            **base(sources, 1, Role.KABAG, day, on_behalf=True),
            "sifat": "Segera",
            "lampiran": "1 (satu) berkas",
            "hal": "Permintaan Data Penyelenggaraan Kerja Sama Daerah",
            "kepada": opd_head(opd),
            "isi": (
                f"Dalam rangka {cycle_label(sources)}, berdasarkan {warrant(sources)}, dengan hormat "
                f"kami mohon Saudara menyampaikan data dan informasi penyelenggaraan kerja sama "
                f"yang dilaksanakan oleh {opd.nama}, paling lambat 3 (tiga) hari kerja sejak surat ini "
                "diterima, untuk kerja sama berikut:"
            ),
            "kerja_sama": [agreement_row(sources, a) for a in agreements],
        }
        drafts.append(
            draft(
                "surat_permintaan_data.docx",
                f"opd-{opd.id}",
                f"Surat Permintaan Data — {opd.nama}",
                day,
                context,
            )
        )
    return drafts


@builder("jadwal_monitoring.docx")
def _jadwal(sources: Sources) -> list[DocumentDraft]:
    day = step_day(sources, 3)
    titles: dict[int, list[str]] = {}
    for agreement in sources.records.scope:
        for opd in sources.records.opds_of[agreement.id]:
            titles.setdefault(opd.id, []).append(agreement.judul)
    context = {
        **base(sources, 3, Role.KETUA_TIM, day),
        "siklus": cycle_label(sources),
        "dasar": warrant(sources),
        "jadwal": [
            {
                "opd": row.opd.nama,
                "kerja_sama": "; ".join(titles.get(row.opd_id, [])) or "-",
                "tanggal": format_day_date(row.tanggal),
                "petugas": sources.records.people[row.petugas_id].nama,
            }
            for row in sources.records.schedule
        ],
    }
    return [draft("jadwal_monitoring.docx", "", "Jadwal Monitoring", day, context)]


@builder("instrumen_monitoring.docx")
def _instrumen(sources: Sources) -> list[DocumentDraft]:
    day = step_day(sources, 3)
    context = {
        **base(sources, 3, Role.KETUA_TIM, day),
        "kerja_sama": [agreement_row(sources, a) for a in sources.records.scope],
        "pertanyaan": [{"label": q.label, "pilihan": " / ".join(q.answers)} for q in CHECKLIST],
    }
    return [draft("instrumen_monitoring.docx", "", "Instrumen Monitoring", day, context)]


@builder("laporan_monitoring.docx")
def _laporan(sources: Sources) -> list[DocumentDraft]:
    day = step_day(sources, 4)
    records = sources.records
    dates = [row.tanggal for row in records.schedule]
    period = f"{format_date(min(dates))} s.d. {format_date(max(dates))}" if dates else "-"
    recommendations = Counter(r.rekomendasi for r in records.results.values())
    obstacles = [
        f"{a.judul}: {records.results[a.id].hambatan}"
        for a in records.scope
        if a.id in records.results and records.results[a.id].hambatan
    ]
    context = {
        **base(sources, 4, Role.ANALIS, day),
        "pendahuluan": text(
            f"Monitoring dilaksanakan berdasarkan {kepwal(sources)} dan {warrant(sources)}, dengan "
            f"maksud memantau penyelenggaraan {len(records.scope)} kerja sama daerah yang dilaksanakan "
            "oleh OPD/unit kerja di lingkungan Pemerintah Kota Tangerang."
        ),
        "pelaksanaan": text(
            sentence(
                f"Monitoring dilaksanakan pada {period} pada {len({r.opd_id for r in records.schedule})} "
                f"OPD oleh tim: {', '.join(p.nama for p in records.analysts()) or '-'}"
            )
        ),
        "hasil": result_rows(sources),
        "kesimpulan": text(
            "Rekomendasi: "
            + ", ".join(f"{k} {n}" for k, n in sorted(recommendations.items()))
            + (".\nHambatan yang ditemukan:\n" + "\n".join(obstacles) if obstacles else ".")
        ),
        "penutup": "Demikian laporan ini disampaikan untuk menjadi bahan tindak lanjut.",
    }
    return [draft("laporan_monitoring.docx", "", "Laporan Monitoring", day, context)]


def _nota_dinas(sources: Sources, step: int, signer: Role, to: Role, hal: str) -> dict:
    day = step_day(sources, step)
    return {
        **base(sources, step, signer, day),
        "kepada": to.title,
        "dari": signer.title,
        "tembusan": "-",
        "sifat": "Biasa",
        "lampiran": "1 (satu) berkas",
        "hal": hal,
    }


@builder("nota_dinas_hasil_monitoring.docx")
def _nota_dinas_hasil(sources: Sources) -> list[DocumentDraft]:
    note = sources.data(5).get("catatan", "")
    context = {
        **_nota_dinas(
            sources,
            5,
            Role.ANALIS,
            Role.KETUA_TIM,
            "Penyampaian Hasil Monitoring Kerja Sama Daerah",
        ),
        "isi": text(
            f"Bersama ini kami sampaikan hasil pelaksanaan {cycle_label(sources)} sebagaimana "
            f"terlampir, dengan ringkasan rekomendasi per kerja sama sebagai berikut.{' ' + note if note else ''}"
        ),
        "hasil": [
            {"judul": r["judul"], "rekomendasi": r["rekomendasi"]} for r in result_rows(sources)
        ],
    }
    return [
        draft(
            "nota_dinas_hasil_monitoring.docx",
            "",
            "Nota Dinas Hasil Monitoring",
            step_day(sources, 5),
            context,
        )
    ]


@builder("nota_dinas_olah_data.docx")
def _nota_dinas_olah(sources: Sources) -> list[DocumentDraft]:
    records = sources.records
    context = {
        **_nota_dinas(
            sources, 6, Role.KETUA_TIM, Role.KABAG, "Hasil Olah Data Monitoring Kerja Sama Daerah"
        ),
        "ringkasan": text(sources.data(6)["ringkasan"]),
        "per_jenis": counted(a.jenis for a in records.scope),
        "per_opd": counted(o.nama for a in records.scope for o in records.opds_of[a.id]),
        "per_rekomendasi": counted(r.rekomendasi for r in records.results.values()),
    }
    return [
        draft(
            "nota_dinas_olah_data.docx",
            "",
            "Nota Dinas Hasil Olah Data",
            step_day(sources, 6),
            context,
        )
    ]


@builder("notulen_rapat_evaluasi.docx")
def _notulen(sources: Sources) -> list[DocumentDraft]:
    records, data = sources.records, sources.data(7)
    meeting = sources.done(7)
    day = date.fromisoformat(data["tanggal"])
    chair = records.people[meeting.diselesaikan_oleh_id]
    scribe = records.lead() or chair
    titles = {a.id: a.judul for a in records.scope}
    context = {
        **base(sources, 7, Role.KABAG, day),
        "rapat": "Rapat Evaluasi Hasil Monitoring Kerja Sama Daerah",
        "hari_tanggal": format_day_date(day),
        "waktu": data["waktu"],
        "tempat": data["tempat"],
        "acara": "Pembahasan hasil monitoring dan evaluasi atas temuan penyelenggaraan kerja sama daerah",
        "pimpinan": chair.nama,
        "pencatat": scribe.nama,
        "peserta": [records.people[p].nama for p in records.participants.get(meeting.id, [])],
        "pembukaan": f"Rapat dibuka oleh {chair.nama} selaku pimpinan rapat.",
        "temuan": [
            {
                "kerja_sama": titles.get(f.kerja_sama_id, "Umum"),
                "uraian": text(f.uraian),
                "evaluasi": text(f.evaluasi),
            }
            for f in records.findings
        ],
        "kesimpulan": text(data["kesimpulan"]),
        "pimpinan_ttd": {"nama": chair.nama, "nip": nip_display(chair)},
        "pencatat_ttd": {"nama": scribe.nama, "nip": nip_display(scribe)},
    }
    return [draft("notulen_rapat_evaluasi.docx", "", "Notulen Rapat Evaluasi", day, context)]


def _ticks(options, chosen) -> list[dict]:
    return [{"kotak": CHECKED if o in chosen else UNCHECKED, "teks": o} for o in options]


@builder("lembar_disposisi.docx")
def _disposisi(sources: Sources) -> list[DocumentDraft]:
    records = sources.records
    d = records.disposition
    day = step_day(sources, 8)
    optional_date = lambda value: format_date(value) if value else ""  # noqa: E731
    context = {
        **base(sources, 8, Role.KABAG, day),
        "index": d.indeks,
        "kode": d.kode,
        "nomor_urut": d.nomor_urut,
        "tgl_penyelesaian": optional_date(d.tgl_penyelesaian),
        "isi_ringkas": text(d.isi_ringkas),
        "asal_surat": d.asal_surat or Role.KETUA_TIM.title,
        "tanggal_surat": optional_date(d.tanggal_surat) or format_date(step_day(sources, 6)),
        "nomor_surat": d.nomor_surat
        or records.numbers.get(KINDS["nota_dinas_olah_data.docx"].code, ""),
        "lampiran": d.lampiran,
        "sifat_kotak": "   ".join(
            f"{t['kotak']} {t['teks']}" for t in _ticks(SIFAT_SURAT, [d.sifat])
        ),
        "diterima": optional_date(d.diterima_tgl),
        "no_agenda": d.no_agenda,
        "diteruskan": [records.people[p].nama for p in d.diteruskan_kepada],
        "instruksi": _ticks(INSTRUKSI_DISPOSISI, d.instruksi),
        "arahan": text(d.arahan),
        "tindak_lanjut": [
            {
                "uraian": text(t.uraian),
                "penanggung_jawab": records.people[t.penanggung_jawab_id].nama,
                "batas_waktu": format_date(t.batas_waktu),
            }
            for t in records.follow_ups
        ],
    }
    return [draft("lembar_disposisi.docx", "", "Lembar Disposisi", day, context)]


@builder("dokumen_evaluasi.docx")
def _evaluasi(sources: Sources) -> list[DocumentDraft]:
    records = sources.records
    day = step_day(sources, 9)
    findings: dict[int | None, list[str]] = {}
    for f in records.findings:
        findings.setdefault(f.kerja_sama_id, []).append(f.uraian)
    context = {
        **base(sources, 8, Role.KABAG, day),
        "siklus": cycle_label(sources),
        "dasar": f"{kepwal(sources)}; {warrant(sources)}",
        "kerja_sama": [
            {
                "judul": a.judul,
                "mitra": a.mitra,
                "temuan": text("\n".join(findings.get(a.id, [])) or "-"),
                "rekomendasi": records.results[a.id].rekomendasi
                if a.id in records.results
                else "-",
            }
            for a in records.scope
        ],
        "tindak_lanjut": [
            {
                "uraian": text(t.uraian),
                "penanggung_jawab": records.people[t.penanggung_jawab_id].nama,
                "batas_waktu": format_date(t.batas_waktu),
                "status": t.status.capitalize(),
            }
            for t in records.follow_ups
        ],
        "kesimpulan": text(sources.data(9)["kesimpulan"]),
    }
    return [draft("dokumen_evaluasi.docx", "", "Dokumen Evaluasi Kerja Sama", day, context)]


@builder("lembar_kendali.docx")
def _kendali(sources: Sources) -> list[DocumentDraft]:
    records, process = sources.records, sources.process
    last = max(records.done) if records.done else 1
    stopped = records.cycle.status == CycleStatus.STOPPED
    columns = {Role.KABAG: "kabag", Role.KETUA_TIM: "ketua_tim", Role.ANALIS: "analis"}
    rows = []
    for step in process.steps:
        task = records.done.get(step.number)
        row = {
            "nomor": step.number,
            "kegiatan": step.title,
            "kabag": "",
            "ketua_tim": "",
            "analis": "",
            "kelengkapan": ", ".join(step.inputs) or "-",
            "waktu_baku": str(step.standard_time or "-"),
            "output": ", ".join(step.outputs),
            "waktu_nyata": "-",
            "ket": "",
        }
        for role in step.participants:
            row[columns[role]] = "✓"
        if task is not None:
            person = records.people[task.diselesaikan_oleh_id].nama
            plh = (
                " (Plh.)"
                if task.atas_nama_id and task.atas_nama_id != task.diselesaikan_oleh_id
                else ""
            )
            row[columns[step.actor]] = f"✓ {person}{plh}\n{task.diselesaikan:%d-%m-%Y %H.%M}"
            row["waktu_nyata"] = actual_duration(
                sources.calendar, step, task.diterima, task.diselesaikan
            )
            row["ket"] = task.alasan_terlambat or ("Tepat waktu" if task.tenggat else "")
        elif step.number > last:
            row["ket"] = "Tidak dilaksanakan" if stopped else "Belum dilaksanakan"
        returned = [t for t in records.tasks if t.langkah == step.number and t.alasan_kembali]
        if returned:
            row["ket"] = (
                (row["ket"] + "\n" if row["ket"] else "")
                + "Dikembalikan: "
                + "; ".join(t.alasan_kembali for t in returned)
            )
        rows.append({k: text(v) for k, v in row.items()})
    day = step_day(sources, last) if records.done else records.cycle.dimulai.date()
    context = {
        "kantor": office(sources.settings),
        "sop_judul": process.title,
        "sop_nomor": process.sop_number,
        "siklus": cycle_label(sources),
        "status": text(cycle_status(records.cycle)),
        "langkah": rows,
    }
    return [draft("lembar_kendali.docx", "", "Lembar Kendali SOP", day, context)]
