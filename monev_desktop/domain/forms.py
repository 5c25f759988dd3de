"""The data each SOP step's form collects, and its validation (one validator per form name).

A validator takes the raw form data (a dict, as a GUI or a script sends it) and returns the
cleaned data, or raises ValidationError naming every bad field. Checks that need the
database (ids exist, people hold roles) are the workflow service's.
"""

from collections.abc import Callable

from monev_desktop.domain.checklist import CHECKLIST, FREE_TEXT
from monev_desktop.domain.validation import LONG_TEXT, Checker

SIFAT_SURAT = ("Sangat Segera", "Segera", "Biasa", "Rahasia")
INSTRUKSI_DISPOSISI = (
    "Untuk diketahui",
    "Untuk ditindaklanjuti",
    "Tanggapan dan saran",
    "Proses lebih lanjut",
    "Koordinasikan",
    "Siapkan bahan",
    "Hadiri/wakili",
    "Arsipkan",
)
STATUS_TINDAK_LANJUT = ("belum", "proses", "selesai")

FormValidator = Callable[[dict], dict]
FORMS: dict[str, FormValidator] = {}


def form(name: str) -> Callable[[FormValidator], FormValidator]:
    def register(validator: FormValidator) -> FormValidator:
        FORMS[name] = validator
        return validator

    return register


def validate_form(name: str, data: dict) -> dict:
    """Validate `data` with the form `name`; KeyError when no such form is registered."""
    return FORMS[name](data or {})


def _rows(check: Checker, field: str, label: str, value: object, *, minimum: int = 1) -> list[dict]:
    rows = value if isinstance(value, list) else []
    if len(rows) < minimum:
        check.fail(field, f"{label}: isi paling sedikit {minimum} baris.")
    return [r if isinstance(r, dict) else {} for r in rows]


def _text_list(check: Checker, field: str, label: str, value: object) -> list[str]:
    items = [v for v in (value or []) if str(v).strip()] if isinstance(value, list) else []
    if not items:
        check.fail(field, f"{label}: isi paling sedikit 1 butir.")
    return [
        check.text(f"{field}[{i}]", f"{label} butir {i + 1}", v, max_length=2000, multiline=True)
        for i, v in enumerate(items)
    ]


@form("surat_perintah")
def _surat_perintah(data: dict) -> dict:
    check = Checker()
    clean = {
        "nomor": check.text("nomor", "Nomor surat", data.get("nomor"), required=False),
        "tanggal": check.date("tanggal", "Tanggal surat", data.get("tanggal")),
        "ketua_tim_id": check.id("ketua_tim_id", "Ketua tim kerja", data.get("ketua_tim_id")),
        "analis_ids": check.ids("analis_ids", "Analis kerja sama", data.get("analis_ids")),
        "untuk": _text_list(check, "untuk", "Untuk (tugas)", data.get("untuk")),
    }
    check.raise_if_any()
    return clean


@form("pengumpulan_data")
def _pengumpulan_data(data: dict) -> dict:
    check = Checker()
    clean = {
        "kerja_sama_ids": check.ids(
            "kerja_sama_ids", "Kerja sama yang dimonitor", data.get("kerja_sama_ids")
        ),
        "catatan": check.text(
            "catatan",
            "Catatan",
            data.get("catatan"),
            required=False,
            max_length=LONG_TEXT,
            multiline=True,
        ),
    }
    check.raise_if_any()
    return clean


@form("bahan_monitoring")
def _bahan_monitoring(data: dict) -> dict:
    check = Checker()
    jadwal = []
    for i, row in enumerate(_rows(check, "jadwal", "Jadwal monitoring", data.get("jadwal"))):
        label = f"Jadwal baris {i + 1}"
        jadwal.append(
            {
                "opd_id": check.id(f"jadwal[{i}].opd_id", f"{label}: OPD", row.get("opd_id")),
                "tanggal": check.date(
                    f"jadwal[{i}].tanggal", f"{label}: tanggal", row.get("tanggal")
                ),
                "petugas_id": check.id(
                    f"jadwal[{i}].petugas_id", f"{label}: petugas", row.get("petugas_id")
                ),
            }
        )
    clean = {
        "jadwal": jadwal,
        "bahan": check.text(
            "bahan",
            "Bahan monitoring",
            data.get("bahan"),
            required=False,
            max_length=LONG_TEXT,
            multiline=True,
        ),
    }
    check.raise_if_any()
    return clean


@form("monitoring")
def _monitoring(data: dict) -> dict:
    check = Checker()
    hasil = []
    for i, row in enumerate(_rows(check, "hasil", "Hasil monitoring", data.get("hasil"))):
        label = f"Hasil monitoring baris {i + 1}"
        clean_row: dict = {
            "kerja_sama_id": check.id(
                f"hasil[{i}].kerja_sama_id", f"{label}: kerja sama", row.get("kerja_sama_id")
            )
        }
        for q in CHECKLIST:
            clean_row[q.key] = check.choice(
                f"hasil[{i}].{q.key}", f"{label}: {q.label}", row.get(q.key), q.answers
            )
        for key, text_label in FREE_TEXT:
            clean_row[key] = check.text(
                f"hasil[{i}].{key}",
                f"{label}: {text_label}",
                row.get(key),
                required=False,
                max_length=LONG_TEXT,
                multiline=True,
            )
        hasil.append(clean_row)
    check.raise_if_any()
    return {"hasil": hasil}


@form("penyerahan_hasil")
def _penyerahan_hasil(data: dict) -> dict:
    check = Checker()
    clean = {
        "tanggal": check.date("tanggal", "Tanggal penyerahan", data.get("tanggal")),
        "catatan": check.text(
            "catatan",
            "Catatan",
            data.get("catatan"),
            required=False,
            max_length=LONG_TEXT,
            multiline=True,
        ),
    }
    check.raise_if_any()
    return clean


@form("pengolahan_hasil")
def _pengolahan_hasil(data: dict) -> dict:
    check = Checker()
    clean = {
        "ringkasan": check.text(
            "ringkasan",
            "Ringkasan hasil olah data",
            data.get("ringkasan"),
            max_length=LONG_TEXT,
            multiline=True,
        ),
    }
    check.raise_if_any()
    return clean


@form("rapat_evaluasi")
def _rapat_evaluasi(data: dict) -> dict:
    check = Checker()
    temuan = []
    for i, row in enumerate(_rows(check, "temuan", "Temuan", data.get("temuan"))):
        label = f"Temuan baris {i + 1}"
        temuan.append(
            {
                "kerja_sama_id": check.id(
                    f"temuan[{i}].kerja_sama_id",
                    f"{label}: kerja sama",
                    row.get("kerja_sama_id"),
                    required=False,
                ),
                "uraian": check.text(
                    f"temuan[{i}].uraian",
                    f"{label}: uraian",
                    row.get("uraian"),
                    max_length=LONG_TEXT,
                    multiline=True,
                ),
                "evaluasi": check.text(
                    f"temuan[{i}].evaluasi",
                    f"{label}: evaluasi",
                    row.get("evaluasi"),
                    max_length=LONG_TEXT,
                    multiline=True,
                ),
            }
        )
    clean = {
        "tanggal": check.date("tanggal", "Tanggal rapat", data.get("tanggal")),
        "waktu": check.text("waktu", "Waktu rapat", data.get("waktu"), max_length=50),
        "tempat": check.text("tempat", "Tempat rapat", data.get("tempat")),
        "peserta_ids": check.ids("peserta_ids", "Peserta rapat", data.get("peserta_ids")),
        "temuan": temuan,
        "kesimpulan": check.text(
            "kesimpulan", "Kesimpulan", data.get("kesimpulan"), max_length=LONG_TEXT, multiline=True
        ),
    }
    check.raise_if_any()
    return clean


@form("disposisi")
def _disposisi(data: dict) -> dict:
    check = Checker()
    instruksi = list(data.get("instruksi") or [])
    for item in instruksi:
        check.choice("instruksi", "Instruksi", item, INSTRUKSI_DISPOSISI)
    items = []
    for i, row in enumerate(
        _rows(check, "tindak_lanjut", "Rencana tindak lanjut", data.get("tindak_lanjut"))
    ):
        label = f"Tindak lanjut baris {i + 1}"
        items.append(
            {
                "uraian": check.text(
                    f"tindak_lanjut[{i}].uraian",
                    f"{label}: tindakan",
                    row.get("uraian"),
                    max_length=2000,
                    multiline=True,
                ),
                "penanggung_jawab_id": check.id(
                    f"tindak_lanjut[{i}].penanggung_jawab_id",
                    f"{label}: penanggung jawab",
                    row.get("penanggung_jawab_id"),
                ),
                "batas_waktu": check.date(
                    f"tindak_lanjut[{i}].batas_waktu",
                    f"{label}: batas waktu",
                    row.get("batas_waktu"),
                ),
            }
        )
    clean = {
        **{
            key: check.text(key, label, data.get(key), required=False, max_length=limit)
            for key, label, limit in (
                ("indeks", "Index", 100),
                ("kode", "Kode", 50),
                ("nomor_urut", "Nomor urut", 50),
                ("asal_surat", "Asal surat", 200),
                ("nomor_surat", "Nomor surat", 200),
                ("lampiran", "Lampiran", 100),
                ("no_agenda", "No. agenda", 50),
            )
        },
        **{
            key: check.date(key, label, data.get(key), required=False)
            for key, label in (
                ("tgl_penyelesaian", "Tgl. penyelesaian"),
                ("tanggal_surat", "Tanggal surat"),
                ("diterima_tgl", "Diterima tanggal"),
            )
        },
        "diteruskan_kepada": check.ids(
            "diteruskan_kepada", "Diteruskan kepada", data.get("diteruskan_kepada"), minimum=0
        ),
        "sifat": check.choice("sifat", "Sifat", data.get("sifat"), SIFAT_SURAT),
        "isi_ringkas": check.text(
            "isi_ringkas", "Isi ringkas", data.get("isi_ringkas"), max_length=2000, multiline=True
        ),
        "instruksi": instruksi,
        "arahan": check.text(
            "arahan", "Arahan", data.get("arahan"), max_length=LONG_TEXT, multiline=True
        ),
        "tindak_lanjut": items,
    }
    check.raise_if_any()
    return clean


@form("tindak_lanjut")
def _tindak_lanjut(data: dict) -> dict:
    check = Checker()
    updates = []
    for i, row in enumerate(
        _rows(check, "status", "Status tindak lanjut", data.get("status"), minimum=0)
    ):
        label = f"Tindak lanjut baris {i + 1}"
        updates.append(
            {
                "id": check.id(f"status[{i}].id", f"{label}: tindak lanjut", row.get("id")),
                "status": check.choice(
                    f"status[{i}].status",
                    f"{label}: status",
                    row.get("status"),
                    STATUS_TINDAK_LANJUT,
                ),
                "keterangan": check.text(
                    f"status[{i}].keterangan",
                    f"{label}: keterangan",
                    row.get("keterangan"),
                    required=False,
                    max_length=2000,
                    multiline=True,
                ),
            }
        )
    clean = {
        "status": updates,
        "kesimpulan": check.text(
            "kesimpulan",
            "Kesimpulan evaluasi",
            data.get("kesimpulan"),
            max_length=LONG_TEXT,
            multiline=True,
        ),
    }
    check.raise_if_any()
    return clean
