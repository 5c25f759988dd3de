"""Office settings: every key with its label, default and check, declared once."""

from dataclasses import dataclass
from datetime import time

from monev_desktop.domain.errors import ValidationError
from monev_desktop.domain.numbering import check_pattern
from monev_desktop.domain.validation import Checker

PAPER_SIZES = ("F4", "A4")


@dataclass(frozen=True)
class SettingKey:
    key: str
    label: str
    default: object
    kind: str = (
        "text"  # text, optional, folder, image, time (HH:MM), paper, number, count, numbering
    )


SETTINGS = {
    s.key: s
    for s in (
        SettingKey("nama_pemerintah", "Nama pemerintah daerah", "PEMERINTAH KOTA TANGERANG"),
        SettingKey("nama_instansi", "Nama instansi", "SEKRETARIAT DAERAH"),
        SettingKey("nama_unit", "Nama unit kerja", "BAGIAN PEMERINTAHAN"),
        SettingKey(
            "alamat",
            "Alamat kantor",
            "Jl. Satria - Sudirman No. 1, Kota Tangerang, Banten 15111",
        ),
        SettingKey("logo", "Berkas logo kop (PNG/JPG)", "", kind="image"),
        SettingKey("kota", "Tempat penerbitan surat", "Tangerang"),
        SettingKey("kode_unit", "Kode unit pada nomor surat", "Pem"),
        SettingKey(
            "atas_nama",
            "Baris a.n. pada surat keluar",
            "a.n. SEKRETARIS DAERAH KOTA TANGERANG",
            kind="optional",
        ),
        SettingKey("ukuran_kertas", "Ukuran kertas", "F4", kind="paper"),
        SettingKey("huruf", "Jenis huruf", "Arial"),
        SettingKey("ukuran_huruf", "Ukuran huruf (pt)", "11", kind="number"),
        SettingKey("margin_atas", "Margin atas (cm)", "2", kind="number"),
        SettingKey("margin_bawah", "Margin bawah (cm)", "2", kind="number"),
        SettingKey("margin_kiri", "Margin kiri (cm)", "2.5", kind="number"),
        SettingKey("margin_kanan", "Margin kanan (cm)", "2", kind="number"),
        SettingKey("penomoran", "Pola nomor surat per jenis dokumen", {}, kind="numbering"),
        SettingKey("jam_kerja_mulai", "Jam kerja mulai", "07:30", kind="time"),
        SettingKey("jam_kerja_selesai", "Jam kerja selesai", "16:00", kind="time"),
        SettingKey("folder_arsip", "Folder arsip dokumen", "", kind="folder"),
        SettingKey("folder_templat", "Folder templat kantor", "", kind="folder"),
        SettingKey("folder_cadangan", "Folder cadangan", "", kind="folder"),
        SettingKey("jumlah_cadangan", "Jumlah cadangan yang disimpan", "10", kind="count"),
    )
}


def validate_settings(values: dict[str, object], current: dict[str, object]) -> dict[str, object]:
    """Clean changed settings; ValidationError names unknown keys and bad values."""
    check = Checker()
    clean: dict[str, object] = {}
    for key, value in values.items():
        setting = SETTINGS.get(key)
        if setting is None:
            check.fail(key, f"Pengaturan '{key}' tidak dikenal.")
        elif setting.kind == "paper":
            clean[key] = check.choice(key, setting.label, value, PAPER_SIZES)
        elif setting.kind == "time":
            clean[key] = _time(check, setting, value)
        elif setting.kind == "number":
            clean[key] = _number(check, setting, value)
        elif setting.kind == "count":
            clean[key] = _count(check, setting, value)
        elif setting.kind == "numbering":
            clean[key] = _numbering(check, setting, value)
        else:
            required = setting.kind == "text"
            clean[key] = check.text(key, setting.label, value, required=required, max_length=500)
    merged = {**current, **clean}
    if not check.errors and merged["jam_kerja_mulai"] >= merged["jam_kerja_selesai"]:
        check.fail("jam_kerja_selesai", "Jam kerja selesai harus setelah jam kerja mulai.")
    check.raise_if_any()
    return clean


def _time(check: Checker, setting: SettingKey, value: object) -> str:
    text = check.text(setting.key, setting.label, value, max_length=5)
    try:
        time.fromisoformat(text)
    except ValueError:
        check.fail(setting.key, f"{setting.label} harus berbentuk JJ:MM, contoh 07:30.")
    return text


def _number(check: Checker, setting: SettingKey, value: object) -> str:
    text = check.text(setting.key, setting.label, value, max_length=10).replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        number = -1.0
    if not 0 < number <= 50:
        check.fail(setting.key, f"{setting.label} harus angka lebih dari 0, contoh 2,5.")
    return text


def _count(check: Checker, setting: SettingKey, value: object) -> str:
    text = check.text(setting.key, setting.label, value, max_length=4)
    if not text.isdigit() or not 1 <= int(text) <= 1000:
        check.fail(setting.key, f"{setting.label} harus bilangan bulat 1 sampai 1000.")
    return text


def _numbering(check: Checker, setting: SettingKey, value: object) -> dict:
    rules = value if isinstance(value, dict) else {}
    for kind, rule in rules.items():
        if not isinstance(rule, dict) or not set(rule) <= {"pattern", "kode", "buku"}:
            check.fail(setting.key, f"Aturan penomoran '{kind}' tidak sah.")
            continue
        try:
            check_pattern(str(rule.get("pattern", "{urut}")))
        except ValidationError as error:
            check.fail(setting.key, f"Penomoran '{kind}': {error}")
    return rules
