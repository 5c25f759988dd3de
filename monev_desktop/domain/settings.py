"""Office settings: every key with its label, default and check, declared once."""

from dataclasses import dataclass
from datetime import time

from monev_desktop.domain.validation import Checker

PAPER_SIZES = ("F4", "A4")


@dataclass(frozen=True)
class SettingKey:
    key: str
    label: str
    default: str
    kind: str = "text"  # "text", "time" (HH:MM) or "paper"


SETTINGS = {
    s.key: s
    for s in (
        SettingKey("nama_pemerintah", "Nama pemerintah daerah", "PEMERINTAH KOTA TANGERANG"),
        SettingKey("nama_instansi", "Nama instansi", "SEKRETARIAT DAERAH"),
        SettingKey("nama_unit", "Nama unit kerja", "BAGIAN PEMERINTAHAN"),
        SettingKey(
            "alamat", "Alamat kantor", "Jl. Satria - Sudirman No. 1, Kota Tangerang, Banten 15111"
        ),
        SettingKey("kota", "Tempat penerbitan surat", "Tangerang"),
        SettingKey("kode_unit", "Kode unit pada nomor surat", "Pem"),
        SettingKey("ukuran_kertas", "Ukuran kertas", "F4", kind="paper"),
        SettingKey("jam_kerja_mulai", "Jam kerja mulai", "07:30", kind="time"),
        SettingKey("jam_kerja_selesai", "Jam kerja selesai", "16:00", kind="time"),
        SettingKey("folder_cadangan", "Folder cadangan", ""),
    )
}


def validate_settings(values: dict[str, object], current: dict[str, str]) -> dict[str, str]:
    """Clean changed settings; ValidationError names unknown keys and bad values."""
    check = Checker()
    clean: dict[str, str] = {}
    for key, value in values.items():
        setting = SETTINGS.get(key)
        if setting is None:
            check.fail(key, f"Pengaturan '{key}' tidak dikenal.")
            continue
        if setting.kind == "paper":
            clean[key] = check.choice(key, setting.label, value, PAPER_SIZES)
        elif setting.kind == "time":
            text = check.text(key, setting.label, value, max_length=5)
            try:
                time.fromisoformat(text)
            except ValueError:
                check.fail(key, f"{setting.label} harus berbentuk JJ:MM, contoh 07:30.")
            clean[key] = text
        else:
            required = key != "folder_cadangan"
            clean[key] = check.text(key, setting.label, value, required=required, max_length=500)
    merged = {**current, **clean}
    if not check.errors and merged["jam_kerja_mulai"] >= merged["jam_kerja_selesai"]:
        check.fail("jam_kerja_selesai", "Jam kerja selesai harus setelah jam kerja mulai.")
    check.raise_if_any()
    return clean
