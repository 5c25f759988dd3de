"""Letter-number patterns: tokens for classification code, serial, unit, Roman month, year."""

import re
import string
from dataclasses import dataclass
from datetime import date

from monev_desktop.domain.dates import ROMAN_MONTHS
from monev_desktop.domain.errors import ValidationError

TOKENS = {"kode", "urut", "unit", "bulan", "tahun"}
DEFAULT_PATTERN = "{kode}/{urut}/{unit}/{tahun}"


@dataclass(frozen=True)
class NumberingRule:
    """How one kind of document is numbered: its pattern, classification code, agenda book."""

    pattern: str = DEFAULT_PATTERN
    kode: str = "000.8.3.3"
    buku: str = "umum"


def check_pattern(pattern: str) -> None:
    """ValidationError unless `pattern` uses only known tokens and has {urut}."""
    fields = {name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None}
    unknown = fields - TOKENS
    if unknown:
        raise ValidationError(
            {
                "pola": f"Pola nomor memakai token yang tidak dikenal: {', '.join(sorted(unknown))}. "
                f"Token yang tersedia: {', '.join('{' + t + '}' for t in sorted(TOKENS))}."
            }
        )
    if "urut" not in fields:
        raise ValidationError({"pola": "Pola nomor harus memuat {urut} (nomor urut)."})


def format_number(rule: NumberingRule, serial: int | str, unit: str, day: date) -> str:
    """The letter number for `serial`, e.g. 000.8.3.3/263/Pem/2025 (a draft shows "…")."""
    check_pattern(rule.pattern)
    return rule.pattern.format(
        kode=rule.kode, urut=serial, unit=unit, bulan=ROMAN_MONTHS[day.month - 1], tahun=day.year
    )


_TYPED = re.compile(r"^[\w.\-/ ()]+$")


def check_typed_number(text: str) -> str:
    """A number typed in from SRIKANDI: trimmed, printable, not empty."""
    number = (text or "").strip()
    if not number or len(number) > 200 or not _TYPED.match(number):
        raise ValidationError(
            {
                "nomor": "Nomor dari SRIKANDI wajib diisi dengan huruf, angka, titik, garis miring "
                "atau tanda hubung (paling banyak 200 karakter)."
            }
        )
    return number
