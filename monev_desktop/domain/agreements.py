"""Cooperation agreements (kerja sama daerah): types, forms, status and agreement validation."""

from datetime import date, timedelta
from enum import StrEnum

from monev_desktop.domain.validation import LONG_TEXT, Checker

EXPIRY_WARNING_DAYS = (90, 60, 30, 7, 0)
MAX_VALIDITY_YEARS = 5


class Jenis(StrEnum):
    """Type of cooperation (PP 28/2018, and "sinergi" with central ministries)."""

    KSDD = "KSDD"
    KSDPK = "KSDPK"
    KSDPL = "KSDPL"
    KSDLL = "KSDLL"
    SINERGI = "Sinergi"


JENIS_LABELS = {
    Jenis.KSDD: "Kerja sama daerah dengan daerah lain",
    Jenis.KSDPK: "Kerja sama daerah dengan pihak ketiga",
    Jenis.KSDPL: "Kerja sama daerah dengan pemerintah daerah di luar negeri",
    Jenis.KSDLL: "Kerja sama daerah dengan lembaga di luar negeri",
    Jenis.SINERGI: "Sinergi dengan kementerian/lembaga pusat",
}


class SifatKsdd(StrEnum):
    WAJIB = "wajib"
    SUKARELA = "sukarela"


class Bentuk(StrEnum):
    """Document form of an agreement."""

    KB = "KB"
    NK = "NK"
    PKS = "PKS"
    LOI = "LoI"
    MOU = "MoU"
    ADENDUM = "Adendum"


BENTUK_LABELS = {
    Bentuk.KB: "Kesepakatan Bersama",
    Bentuk.NK: "Nota Kesepakatan",
    Bentuk.PKS: "Perjanjian Kerja Sama",
    Bentuk.LOI: "Letter of Intent",
    Bentuk.MOU: "Memorandum of Understanding",
    Bentuk.ADENDUM: "Adendum",
}
PARENT_FORMS = (Bentuk.KB, Bentuk.NK)


class Status(StrEnum):
    BERLAKU = "berlaku"
    AKAN_BERAKHIR = "akan berakhir"
    BERAKHIR = "berakhir"
    DIPERPANJANG = "diperpanjang"
    DIHENTIKAN = "dihentikan"


MANUAL_STATUSES = (Status.DIPERPANJANG, Status.DIHENTIKAN)


def effective_status(manual: str | None, end: date, today: date) -> Status:
    """Status shown in the register: a manual decision wins, otherwise it follows the end date."""
    if manual in MANUAL_STATUSES:
        return Status(manual)
    if end < today:
        return Status.BERAKHIR
    if (end - today).days <= EXPIRY_WARNING_DAYS[0]:
        return Status.AKAN_BERAKHIR
    return Status.BERLAKU


def expiry_threshold(end: date, today: date) -> int | None:
    """The smallest warning threshold (90/60/30/7/0 days) the agreement has reached, if any."""
    left = (end - today).days
    reached = [t for t in EXPIRY_WARNING_DAYS if 0 <= left <= t]
    return min(reached) if reached else None


def validate_agreement(data: dict) -> dict:
    """Clean the register fields of one agreement; ValidationError lists every bad field.

    Reference checks (OPD and parent exist, number unique) belong to the caller.
    """
    check = Checker()
    clean = {
        "nomor": check.text("nomor", "Nomor", data.get("nomor")),
        "nomor_mitra": check.text(
            "nomor_mitra", "Nomor mitra", data.get("nomor_mitra"), required=False
        ),
        "judul": check.text("judul", "Judul", data.get("judul"), max_length=1000),
        "mitra": check.text("mitra", "Mitra", data.get("mitra"), max_length=500),
        "jenis": check.choice("jenis", "Jenis", data.get("jenis"), [j.value for j in Jenis]),
        "bentuk": check.choice("bentuk", "Bentuk", data.get("bentuk"), [b.value for b in Bentuk]),
        "ruang_lingkup": check.text(
            "ruang_lingkup",
            "Ruang lingkup",
            data.get("ruang_lingkup"),
            required=False,
            max_length=LONG_TEXT,
            multiline=True,
        ),
        "tanggal_mulai": check.date("tanggal_mulai", "Tanggal mulai", data.get("tanggal_mulai")),
        "tanggal_berakhir": check.date(
            "tanggal_berakhir", "Tanggal berakhir", data.get("tanggal_berakhir")
        ),
        "berkas": check.text(
            "berkas", "Berkas dokumen", data.get("berkas"), required=False, max_length=1000
        ),
        "opd_ids": check.ids("opd_ids", "OPD pelaksana", data.get("opd_ids")),
        "induk_id": check.id("induk_id", "Induk", data.get("induk_id"), required=False),
        "status_manual": data.get("status_manual") or None,
    }
    if clean["jenis"] == Jenis.KSDD:
        clean["sifat_ksdd"] = check.choice(
            "sifat_ksdd", "Sifat KSDD", data.get("sifat_ksdd"), [s.value for s in SifatKsdd]
        )
    else:
        clean["sifat_ksdd"] = None
    if clean["status_manual"] not in (None, *MANUAL_STATUSES):
        check.fail("status_manual", "Status manual hanya boleh 'diperpanjang' atau 'dihentikan'.")
    start, end = clean["tanggal_mulai"], clean["tanggal_berakhir"]
    if start and end:
        if end < start:
            check.fail(
                "tanggal_berakhir",
                "Tanggal berakhir tidak boleh sebelum tanggal mulai; periksa kedua tanggal.",
            )
        elif end > _years_after(start, MAX_VALIDITY_YEARS):
            check.fail(
                "tanggal_berakhir",
                f"Jangka waktu kerja sama paling lama {MAX_VALIDITY_YEARS} tahun; "
                "untuk masa berikutnya catat perpanjangan sebagai kerja sama baru.",
            )
    check.raise_if_any()
    return clean


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28) + timedelta(days=1)
