"""Dates and times written the Indonesian way: "3 Maret 2025", "Senin", "08.00"."""

from datetime import date, datetime

MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def format_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def format_day_date(day: date) -> str:
    return f"{DAYS[day.weekday()]}, {format_date(day)}"


def format_datetime(moment: datetime) -> str:
    return f"{format_date(moment)} {moment:%H.%M}"
