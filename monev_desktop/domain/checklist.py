"""The per-agreement monitoring checklist, with its fixed answers."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Question:
    key: str
    label: str
    answers: tuple[str, ...]


CHECKLIST = (
    Question("kesesuaian_tujuan", "Kesesuaian tujuan", ("Ya seluruhnya", "Sebagian", "Tidak")),
    Question(
        "ketepatan_waktu", "Ketepatan waktu", ("Tepat waktu", "Terlambat", "Tidak terlaksana")
    ),
    Question("kontribusi_mitra", "Kontribusi mitra", ("Ya sepenuhnya", "Sebagian", "Tidak")),
    Question(
        "tingkat_koordinasi", "Tingkat koordinasi", ("Sangat baik", "Baik", "Cukup", "Kurang")
    ),
    Question(
        "capaian_indikator", "Capaian indikator", ("Tercapai seluruhnya", "Sebagian", "Tidak")
    ),
    Question("dampak", "Dampak", ("Sangat berdampak", "Cukup", "Kurang")),
    Question("manfaat_inovasi", "Manfaat/inovasi", ("Ya signifikan", "Ada", "Tidak")),
    Question("kelengkapan_dokumen", "Kelengkapan dokumen", ("Lengkap", "Sebagian", "Tidak")),
    Question("pelaporan_berkala", "Pelaporan berkala", ("Rutin", "Kadang", "Tidak")),
    Question("relevansi", "Relevansi", ("Sangat relevan", "Cukup", "Tidak")),
    Question("rekomendasi", "Rekomendasi", ("Dilanjutkan", "Diperluas", "Dihentikan")),
)
FREE_TEXT = (("hambatan", "Hambatan"), ("saran", "Saran"))
