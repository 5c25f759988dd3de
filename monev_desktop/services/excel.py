"""The agreement register in Excel: the import template, import with a row-by-row report, export.

Headers are in Indonesian and matched case-insensitively. An import writes nothing when any
row is bad, unless asked to import only the good rows; then those go in one transaction.
OPDs the file names that the Daftar OPD lacks are bad rows too, unless asked to add them
(a new office's first import, before its OPD list is typed in); then they are added in the
import's own transaction.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from zipfile import BadZipFile

from monev_desktop.db.models import KerjaSama, Opd
from monev_desktop.domain.agreements import BENTUK_LABELS, JENIS_LABELS, Bentuk, Jenis, SifatKsdd
from monev_desktop.domain.errors import MonevError, ValidationError
from monev_desktop.domain.progress import Progress, no_progress
from monev_desktop.services.agreements import OPD_NAME_LENGTH, AgreementService
from monev_desktop.services.dto import Agreement, UserSession

COLUMNS = (  # (header, field, required)
    ("Nomor", "nomor", True),
    ("Nomor Mitra", "nomor_mitra", False),
    ("Judul", "judul", True),
    ("Mitra", "mitra", True),
    ("Jenis", "jenis", True),
    ("Sifat KSDD", "sifat_ksdd", False),
    ("Bentuk", "bentuk", True),
    ("Ruang Lingkup", "ruang_lingkup", False),
    ("OPD Pelaksana", "opd_ids", True),
    ("Tanggal Mulai", "tanggal_mulai", True),
    ("Tanggal Berakhir", "tanggal_berakhir", True),
    ("Berkas", "berkas", False),
    ("Status", "status_manual", False),
    ("Induk", "induk_id", False),
)
HEADER_OF = {field: header for header, field, _ in COLUMNS}
DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y")


class ImportRefused(MonevError):
    """The file cannot be read as the register's spreadsheet."""


@dataclass(frozen=True)
class RowProblem:
    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"Baris {self.row}, kolom '{self.column}': {self.reason}"


@dataclass(frozen=True)
class ImportResult:
    imported: int
    problems: tuple[RowProblem, ...]
    written: bool
    good_rows: int = 0  # rows without a problem (what "import the good rows" would import)
    new_opds: tuple[str, ...] = ()  # names the Daftar OPD lacks, each as first written
    added_opds: tuple[str, ...] = ()  # those of them added, for the rows imported


def write_template(path: Path) -> Path:
    """An empty register spreadsheet with the headers, and a sheet of allowed values."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Register"
    sheet.append([h for h, _, _ in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column, (header, _, _) in zip(sheet.iter_cols(min_row=1, max_row=1), COLUMNS, strict=True):
        sheet.column_dimensions[column[0].column_letter].width = max(14, len(header) + 4)
    help_sheet = book.create_sheet("Petunjuk")
    help_sheet.append(["Kolom", "Isi"])
    for row in (
        ("Jenis", ", ".join(f"{j.value} ({label})" for j, label in JENIS_LABELS.items())),
        ("Bentuk", ", ".join(f"{b.value} ({label})" for b, label in BENTUK_LABELS.items())),
        ("Sifat KSDD", "wajib atau sukarela (hanya untuk KSDD)"),
        (
            "OPD Pelaksana",
            "nama OPD atau singkatannya seperti di Daftar OPD; beberapa OPD dipisah titik koma (;)",
        ),
        ("Tanggal", "tanggal Excel, atau tulisan 2025-03-03 / 03-03-2025"),
        ("Status", "kosong, diperpanjang, atau dihentikan"),
        ("Induk", "nomor KB/NK induk dari sebuah PKS (atau kerja sama yang diubah adendum)"),
        ("Wajib", ", ".join(h for h, _, required in COLUMNS if required)),
    ):
        help_sheet.append(list(row))
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def export(agreements: list[Agreement], path: Path) -> Path:
    """The register as a spreadsheet with the import's headers (so it can be imported back)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    numbers = {a.id: a.nomor for a in agreements}
    book = Workbook()
    sheet = book.active
    sheet.title = "Register"
    sheet.append([h for h, _, _ in COLUMNS] + ["Status Saat Ini"])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for a in agreements:
        sheet.append(
            [
                a.nomor,
                a.nomor_mitra,
                a.judul,
                a.mitra,
                a.jenis,
                a.sifat_ksdd or "",
                a.bentuk,
                a.ruang_lingkup,
                "; ".join(a.opd_names),
                a.tanggal_mulai,
                a.tanggal_berakhir,
                a.berkas,
                a.status if a.status in ("diperpanjang", "dihentikan") else "",
                numbers.get(a.induk_id, "") if a.induk_id else "",
                a.status,
            ]
        )
    for row in sheet.iter_rows(min_row=2, min_col=10, max_col=11):
        for cell in row:
            cell.number_format = "DD-MM-YYYY"
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


class RegisterImport:
    """Reads a register spreadsheet, checks every row, and imports the good ones."""

    def __init__(self, agreements: AgreementService):
        self.agreements = agreements

    def run(
        self,
        session: UserSession | None,
        path: Path,
        *,
        skip_invalid: bool = False,
        add_opds: bool = False,
        progress: Progress = no_progress,
    ) -> ImportResult:
        """Check every row, then import them all, or with `skip_invalid` the good ones; with
        `add_opds` an OPD name the Daftar OPD lacks is added as a new OPD, not a problem."""
        rows = _read(path)
        opds = OpdNames()
        known = {k.nomor.casefold(): k.id for k in KerjaSama.select(KerjaSama.id, KerjaSama.nomor)}
        checked, problems, seen, new_opds = [], [], set(), {}
        for index, (number, raw) in enumerate(rows):
            progress(index, len(rows), f"Memeriksa baris {number}")
            data, row_problems = self._row(number, raw, opds, known, seen, add_opds)
            problems += row_problems
            for name in data["opd_baru"]:
                new_opds.setdefault(name.casefold(), name)  # the first spelling of each
            if not row_problems:
                checked.append(data)
        found = {
            "problems": tuple(problems),
            "good_rows": len(checked),
            "new_opds": tuple(new_opds.values()),
        }
        if problems and not skip_invalid:
            return ImportResult(0, written=False, **found)
        imported = self.agreements.create_many(session, checked, progress)
        added = {n.casefold() for d in checked for n in d["opd_baru"]}
        return ImportResult(
            imported,
            written=bool(imported),
            added_opds=tuple(n for n in found["new_opds"] if n.casefold() in added),
            **found,
        )

    def _row(self, number, raw, opds, known, seen, add_opds) -> tuple[dict, list[RowProblem]]:
        problems: list[RowProblem] = []

        def fail(field: str, reason: str) -> None:
            problems.append(RowProblem(number, HEADER_OF[field], reason))

        data = {field: _text(raw.get(field)) for _, field, _ in COLUMNS}
        data["jenis"] = _canonical(data["jenis"], [j.value for j in Jenis])
        data["bentuk"] = _canonical(data["bentuk"], [b.value for b in Bentuk])
        data["sifat_ksdd"] = _canonical(data["sifat_ksdd"], [s.value for s in SifatKsdd]) or None
        data["status_manual"] = data["status_manual"].lower() or None
        for field in ("tanggal_mulai", "tanggal_berakhir"):
            data[field] = _date(raw.get(field))
            if data[field] is None and raw.get(field) not in (None, ""):
                fail(field, "bukan tanggal yang sah; tulis seperti 2025-03-03 atau 03-03-2025.")
        names = [n.strip() for n in data["opd_ids"].replace(",", ";").split(";") if n.strip()]
        data["opd_ids"] = [i for i in map(opds.id_of, names) if i is not None]
        data["opd_baru"] = [n for n in names if opds.id_of(n) is None and not opds.shared(n)]
        shared = [n for n in names if opds.shared(n)]
        if shared:
            fail(
                "opd_ids",
                f"singkatan {', '.join(shared)} dipakai lebih dari satu OPD; tulis nama "
                "lengkap OPD-nya.",
            )
        if data["opd_baru"] and not add_opds:
            fail(
                "opd_ids",
                f"OPD tidak dikenal: {', '.join(data['opd_baru'])}; tulis nama OPD atau "
                "singkatannya seperti di Daftar OPD, atau tambahkan sebagai OPD baru saat "
                "mengimpor.",
            )
        if too_long := [n for n in data["opd_baru"] if len(n) > OPD_NAME_LENGTH]:
            fail("opd_ids", f"nama OPD paling panjang {OPD_NAME_LENGTH} karakter: {too_long[0]}.")
        parent = data.pop("induk_id")
        data["induk_nomor"] = parent
        data["induk_id"] = known.get(parent.casefold()) if parent else None
        if parent and data["induk_id"] is None and parent.casefold() not in seen:
            fail("induk_id", f"induk {parent} tidak ada di register maupun di baris sebelumnya.")
        key = data["nomor"].casefold()
        if key and (key in known or key in seen):
            fail(
                "nomor", f"nomor {data['nomor']} sudah ada di register atau dua kali di berkas ini."
            )
        seen.add(key)
        try:
            self.agreements.check(data)
        except ValidationError as error:
            for field, message in error.errors.items():
                if field == "opd_ids" and data["opd_baru"]:
                    continue  # its OPDs are all new: they get their ids when added
                if field in HEADER_OF and not any(p.column == HEADER_OF[field] for p in problems):
                    fail(field, message)
        return data, problems


def _read(path: Path) -> list[tuple[int, dict]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (OSError, InvalidFileException, KeyError, ValueError, BadZipFile) as exc:
        raise ImportRefused(
            f"Berkas {path.name} tidak dapat dibaca sebagai spreadsheet Excel (.xlsx): {exc}."
        ) from exc
    sheet = book.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    header = [str(h).strip().casefold() if h is not None else "" for h in next(rows, ())]
    by_header = {h.casefold(): field for h, field, _ in COLUMNS}
    missing = [h for h, _, required in COLUMNS if required and h.casefold() not in header]
    if missing:
        raise ImportRefused(
            f"Kolom wajib tidak ada di baris judul {path.name}: {', '.join(missing)}. "
            "Gunakan templat impor (monev-desktop import-template)."
        )
    result = []
    for number, values in enumerate(rows, start=2):
        if values is None or all(v in (None, "") for v in values):
            continue
        result.append(
            (
                number,
                {by_header[h]: v for h, v in zip(header, values, strict=False) if h in by_header},
            )
        )
    book.close()
    return result


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _canonical(value: str, options: list[str]) -> str:
    return next((o for o in options if o.casefold() == value.casefold()), value)


def _date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(value)
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


class OpdNames:
    """The Daftar OPD by name and by abbreviation, without regard to case; an abbreviation
    two OPDs share names neither."""

    def __init__(self):
        rows = list(Opd.select(Opd.id, Opd.nama, Opd.singkatan))
        shorts = Counter(o.singkatan.casefold() for o in rows if o.singkatan)
        self._shared = {short for short, count in shorts.items() if count > 1}
        by_short = {
            o.singkatan.casefold(): o.id
            for o in rows
            if o.singkatan and o.singkatan.casefold() not in self._shared
        }
        self._ids = {**by_short, **{o.nama.casefold(): o.id for o in rows}}

    def id_of(self, name: str) -> int | None:
        return self._ids.get(name.casefold())

    def shared(self, name: str) -> bool:
        """`name` is no OPD's name but the abbreviation of more than one."""
        return name.casefold() not in self._ids and name.casefold() in self._shared
