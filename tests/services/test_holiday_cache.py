"""The holiday cache answers exactly as the `holidays` package and spares its import."""

import json
import subprocess
import sys
from datetime import date, timedelta

from monev_desktop.domain.calendar import indonesian_holidays
from monev_desktop.services.holiday_cache import FILE_NAME, cached_holidays

TODAY = date(2025, 3, 3)


def every_day(start: date, end: date):
    day = start
    while day <= end:
        yield day
        day += timedelta(days=1)


def test_the_cache_gives_the_packages_answers_inside_and_outside_its_years(tmp_path):
    library = indonesian_holidays()
    first = cached_holidays(tmp_path, TODAY)  # computes and writes
    second = cached_holidays(tmp_path, TODAY)  # reads the file
    for day in every_day(date(2023, 1, 1), date(2026, 12, 31)):
        assert first(day) == second(day) == library(day), day
    assert second(date(2025, 3, 31))  # Idul Fitri 1446 H
    assert second(date(2025, 4, 2))  # cuti bersama
    assert second(date(1990, 1, 1)) and not second(date(1990, 1, 2))  # asks the package


def test_a_stale_or_damaged_cache_is_rebuilt(tmp_path):
    cache = tmp_path / FILE_NAME
    cached_holidays(tmp_path, TODAY)
    data = json.loads(cache.read_text())
    cache.write_text(json.dumps({**data, "kunci": "older release", "tanggal": []}))
    assert cached_holidays(tmp_path, TODAY)(date(2025, 12, 25))
    assert json.loads(cache.read_text())["kunci"] == data["kunci"]
    cache.write_text("{not json")
    assert cached_holidays(tmp_path, TODAY)(date(2025, 12, 25))
    assert json.loads(cache.read_text()) == data


def test_a_folder_that_cannot_be_written_only_costs_speed(tmp_path):
    missing_parent = tmp_path / "file"
    missing_parent.write_text("")
    lookup = cached_holidays(missing_parent / "cache", TODAY)  # mkdir fails under a file
    assert lookup(date(2025, 12, 25)) and not lookup(date(2025, 12, 23))


def test_a_warm_start_does_not_import_the_holidays_package(tmp_path):
    cached_holidays(tmp_path, TODAY)
    code = (
        "import sys; from datetime import date; "
        "from monev_desktop.services.holiday_cache import cached_holidays; "
        f"lookup = cached_holidays(__import__('pathlib').Path({str(tmp_path)!r}), date(2025, 3, 3)); "
        "assert lookup(date(2025, 3, 31)); print('holidays' in sys.modules)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "False"
