"""Office settings: every key with its label and default, declared once."""

from dataclasses import dataclass


@dataclass(frozen=True)
class SettingKey:
    key: str
    label: str
    default: object


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
        SettingKey("kota", "Tempat penerbitan surat", "Tangerang"),
        SettingKey("kode_unit", "Kode unit pada nomor surat", "Pem"),
        SettingKey("ukuran_kertas", "Ukuran kertas", "F4"),
        SettingKey("jam_kerja_mulai", "Jam kerja mulai", "07:30"),
        SettingKey("jam_kerja_selesai", "Jam kerja selesai", "16:00"),
        SettingKey("folder_cadangan", "Folder cadangan", ""),
    )
}
