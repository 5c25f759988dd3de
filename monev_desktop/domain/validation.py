"""Field checks shared by every form: required, length, control characters, dates, choices.

Each check returns the cleaned value or records one Indonesian sentence naming the field
in a `Checker`; `Checker.raise_if_any()` then raises one ValidationError for all of them,
so a form shows every problem at once and nothing is written.
"""

import re
from collections.abc import Iterable
from datetime import date

from monev_desktop.domain.errors import ValidationError

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_ONE_LINE = re.compile(r"[\x00-\x1f\x7f]")

SHORT_TEXT = 200
LONG_TEXT = 10_000


class Checker:
    """Collects field errors; values pass through cleaned."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def fail(self, field: str, message: str) -> None:
        self.errors.setdefault(field, message)

    def text(
        self,
        field: str,
        label: str,
        value: object,
        *,
        required: bool = True,
        max_length: int = SHORT_TEXT,
        multiline: bool = False,
    ) -> str:
        """Return `value` stripped; empty optional text gives ''."""
        text = "" if value is None else str(value).strip()
        if not text:
            if required:
                self.fail(field, f"{label} wajib diisi.")
            return ""
        pattern = _CONTROL if multiline else _CONTROL_ONE_LINE
        if pattern.search(text):
            self.fail(
                field,
                f"{label} berisi karakter kendali yang tidak dapat dicetak; "
                "hapus karakter tersebut lalu simpan lagi.",
            )
        if len(text) > max_length:
            self.fail(
                field,
                f"{label} terlalu panjang ({len(text):,} karakter); "
                f"paling banyak {max_length:,} karakter.".replace(",", "."),
            )
        return text

    def choice(self, field: str, label: str, value: object, choices: Iterable[str]) -> str:
        options = list(choices)
        text = "" if value is None else str(value).strip()
        if text not in options:
            if text:
                self.fail(field, f"{label} harus salah satu dari: {', '.join(options)}.")
            else:
                self.fail(field, f"{label} wajib dipilih.")
        return text

    def date(self, field: str, label: str, value: object, *, required: bool = True) -> date | None:
        if value in (None, ""):
            if required:
                self.fail(field, f"{label} wajib diisi.")
            return None
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            self.fail(field, f"{label} bukan tanggal yang sah; tulis seperti 2025-03-03.")
            return None

    def id(self, field: str, label: str, value: object, *, required: bool = True) -> int | None:
        """Return one record id chosen in a field, or None when optional and empty."""
        if value in (None, "", 0):
            if required:
                self.fail(field, f"{label} wajib dipilih.")
            return None
        try:
            return int(value)
        except (TypeError, ValueError):
            self.fail(field, f"{label} berisi pilihan yang tidak sah; pilih ulang.")
            return None

    def ids(self, field: str, label: str, value: object, *, minimum: int = 1) -> list[int]:
        """Return a list of integer ids, at least `minimum` of them."""
        items = [] if value is None else list(value) if isinstance(value, Iterable) else [value]
        try:
            ids = [int(v) for v in items]
        except (TypeError, ValueError):
            self.fail(field, f"{label} berisi pilihan yang tidak sah; pilih ulang.")
            return []
        if len(ids) < minimum:
            self.fail(field, f"{label}: pilih paling sedikit {minimum}.")
        return ids

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)
