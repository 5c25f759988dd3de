"""NIP, the 18-digit civil servant id: validation and display form."""

import re
from dataclasses import dataclass
from datetime import date

_NON_DIGIT = re.compile(r"[\s.\-]")


@dataclass(frozen=True)
class Nip:
    """A validated NIP; `str()` gives the display form `19671110 199203 1 001`."""

    digits: str

    @property
    def birth_date(self) -> date:
        d = self.digits
        return date(int(d[0:4]), int(d[4:6]), int(d[6:8]))

    @property
    def service_start(self) -> tuple[int, int]:
        return int(self.digits[8:12]), int(self.digits[12:14])

    @property
    def sex(self) -> str:
        return "L" if self.digits[14] == "1" else "P"

    def __str__(self) -> str:
        d = self.digits
        return f"{d[0:8]} {d[8:14]} {d[14]} {d[15:18]}"


def parse_nip(text: str) -> Nip:
    """Parse a NIP typed with or without spaces; ValueError says what is wrong, in Indonesian."""
    digits = _NON_DIGIT.sub("", text or "")
    if not digits.isdigit() or len(digits) != 18:
        raise ValueError("NIP harus terdiri atas 18 angka, contoh: 19671110 199203 1 001.")
    try:
        born = date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise ValueError("8 angka pertama NIP harus tanggal lahir yang sah (TTTTBBHH).") from None
    year, month = int(digits[8:12]), int(digits[12:14])
    if not 1 <= month <= 12 or year < born.year + 15:
        raise ValueError(
            "Angka ke-9 sampai ke-14 NIP harus tahun dan bulan pengangkatan (TTTTBB) "
            "yang sah, setelah tanggal lahir."
        )
    if digits[14] not in "12":
        raise ValueError("Angka ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan).")
    if digits[15:18] == "000":
        raise ValueError("Tiga angka terakhir NIP (nomor urut) tidak boleh 000.")
    return Nip(digits)
