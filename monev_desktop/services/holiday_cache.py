"""Indonesian holidays kept in a small JSON file in the per-user cache folder, so that a
start-up does not import the `holidays` package (0.2–0.4 s of every cold start).

The file is rebuilt when the installed `holidays` package changes (a new release brings the
year's cuti bersama decree); a year outside the file asks the package itself.
"""

import hashlib
import importlib.util
import json
import logging
from datetime import date
from pathlib import Path

from monev_desktop.documents.archive import write_atomic
from monev_desktop.domain.calendar import HolidayLookup, indonesian_holidays

FILE_NAME = "hari-libur.json"
YEARS_BACK, YEARS_AHEAD = 25, 5
log = logging.getLogger(__name__)


def cached_holidays(folder: Path, today: date) -> HolidayLookup:
    """The same answers as `indonesian_holidays()`, read from `folder`'s cache when it is
    current, otherwise computed once and written there (a failed write only costs speed)."""
    key = _package_key()
    path = folder / FILE_NAME
    years = range(today.year - YEARS_BACK, today.year + YEARS_AHEAD + 1)
    stored = _read(path, key)
    if stored is not None and years.start >= stored[0].start and years.stop <= stored[0].stop:
        return _lookup(*stored)
    library = indonesian_holidays()
    days = {day for year in years for day in _days_of(library, year)}
    try:
        write_atomic(
            path,
            json.dumps(
                {
                    "kunci": key,
                    "dari": years.start,
                    "sampai": years.stop - 1,
                    "tanggal": sorted(d.isoformat() for d in days),
                }
            ).encode(),
        )
    except OSError:
        log.warning("holiday cache not written to %s", path, exc_info=True)
    return _lookup(years, frozenset(days), library)


def _package_key() -> str:
    """A fingerprint of the installed `holidays` release, without importing it."""
    spec = importlib.util.find_spec("holidays")
    version = Path(spec.origin).with_name("version.py") if spec and spec.origin else None
    try:
        return hashlib.sha256(version.read_bytes()).hexdigest() if version else ""
    except OSError:
        return ""


def _read(path: Path, key: str) -> tuple[range, frozenset[date]] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not key or data["kunci"] != key:
            return None
        return (
            range(data["dari"], data["sampai"] + 1),
            frozenset(date.fromisoformat(d) for d in data["tanggal"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _days_of(library: HolidayLookup, year: int) -> list[date]:
    day, days = date(year, 1, 1), []
    while day.year == year:
        if library(day):
            days.append(day)
        day = date.fromordinal(day.toordinal() + 1)
    return days


def _lookup(
    years: range, days: frozenset[date], library: HolidayLookup | None = None
) -> HolidayLookup:
    fallback: list[HolidayLookup] = [library] if library else []

    def is_holiday(day: date) -> bool:
        if day.year in years:
            return day in days
        if not fallback:
            fallback.append(indonesian_holidays())
        return fallback[0](day)

    return is_holiday
