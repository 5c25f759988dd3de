from datetime import date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from monev_desktop.domain.calendar import OfficeHours, build_calendar, indonesian_holidays

HOLIDAYS = indonesian_holidays()


def calendar(**kw):
    return build_calendar(HOLIDAYS, **kw)


def test_weekends_public_holidays_and_cuti_bersama_are_not_working_days():
    cal = calendar()
    assert cal.is_working_day(date(2025, 3, 3))  # Monday
    assert not cal.is_working_day(date(2025, 3, 8))  # Saturday
    assert not cal.is_working_day(date(2025, 3, 31))  # Idul Fitri
    assert not cal.is_working_day(date(2025, 4, 2))  # cuti bersama Idul Fitri
    assert not cal.is_working_day(date(2025, 12, 26))  # cuti bersama Natal


def test_office_overrides_win():
    cal = calendar(days_off=[date(2025, 3, 4)], make_up_days=[date(2025, 3, 8)])
    assert not cal.is_working_day(date(2025, 3, 4))
    assert cal.is_working_day(date(2025, 3, 8))


def test_working_days_are_due_at_closing_time_of_the_last_day():
    cal = calendar()
    assert cal.add_working_days(datetime(2025, 3, 3, 10, 0), 1) == datetime(2025, 3, 4, 16, 0)
    # Friday 2025-03-28 is cuti bersama Nyepi, then Idul Fitri and cuti bersama to 7 April.
    assert cal.add_working_days(datetime(2025, 3, 27, 9, 0), 1) == datetime(2025, 4, 8, 16, 0)
    assert cal.add_working_days(datetime(2025, 3, 3, 9, 0), 6) == datetime(2025, 3, 11, 16, 0)


def test_minutes_count_only_in_office_hours():
    cal = calendar()
    assert cal.add_office_minutes(datetime(2025, 3, 3, 9, 0), 15) == datetime(2025, 3, 3, 9, 15)
    # 15:55 Friday + 15 minutes: 5 minutes on Friday, 10 on Monday from 07:30.
    assert cal.add_office_minutes(datetime(2025, 3, 7, 15, 55), 15) == datetime(2025, 3, 10, 7, 40)
    # Received on a Saturday evening: the clock starts on Monday morning.
    assert cal.add_office_minutes(datetime(2025, 3, 8, 20, 0), 60) == datetime(2025, 3, 10, 8, 30)
    assert cal.add_office_minutes(datetime(2025, 3, 3, 6, 0), 240) == datetime(2025, 3, 3, 11, 30)


def test_office_hours_are_configurable():
    from datetime import time

    cal = calendar(hours=OfficeHours(time(8, 0), time(16, 30)))
    assert cal.add_working_days(datetime(2025, 3, 3, 10, 0), 1) == datetime(2025, 3, 4, 16, 30)
    assert cal.hours.minutes_per_day == 510


def test_counting_between_dates_and_times():
    cal = calendar()
    assert cal.working_days_between(date(2025, 3, 3), date(2025, 3, 10)) == 5
    assert cal.working_days_between(date(2025, 3, 10), date(2025, 3, 3)) == 0
    assert (
        cal.office_minutes_between(datetime(2025, 3, 7, 15, 0), datetime(2025, 3, 10, 8, 30)) == 120
    )
    assert (
        cal.office_minutes_between(datetime(2025, 3, 10, 8, 30), datetime(2025, 3, 7, 15, 0))
        == -120
    )


def naive_working_days(cal, start: date, end: date) -> int:
    return sum(
        cal.is_working_day(date.fromordinal(n))
        for n in range(start.toordinal() + 1, end.toordinal() + 1)
    )


def naive_office_minutes(cal, start: datetime, end: datetime) -> int:
    """Each working day clipped to office hours, summed (the definition itself)."""
    total, moment = 0, start
    while moment < end:
        day_open = datetime.combine(moment.date(), cal.hours.start)
        day_close = datetime.combine(moment.date(), cal.hours.end)
        if cal.is_working_day(moment.date()):
            total += max(
                0, int((min(end, day_close) - max(moment, day_open)).total_seconds() // 60)
            )
        moment = datetime.combine(moment.date() + timedelta(days=1), time(0, 0))
    return total


OVERRIDES = calendar(days_off=[date(2025, 3, 5)], make_up_days=[date(2025, 3, 8)])
moments = st.datetimes(datetime(2024, 11, 1), datetime(2026, 2, 1)).map(
    lambda m: m.replace(second=0, microsecond=0)
)


@settings(max_examples=300, deadline=None)
@given(moments, moments)
def test_fast_counts_agree_with_counting_day_by_day(start, end):
    cal = OVERRIDES
    assert cal.working_days_between(start.date(), end.date()) == naive_working_days(
        cal, start.date(), end.date()
    )
    expected = (
        naive_office_minutes(cal, start, end)
        if start <= end
        else -naive_office_minutes(cal, end, start)
    )
    assert cal.office_minutes_between(start, end) == expected


@settings(max_examples=200, deadline=None)
@given(moments, st.integers(min_value=0, max_value=400))
def test_adding_working_days_agrees_with_stepping_day_by_day(start, days):
    cal, day = OVERRIDES, start.date()
    for _ in range(days):
        day += timedelta(days=1)
        while not cal.is_working_day(day):
            day += timedelta(days=1)
    assert cal.add_working_days(start, days) == datetime.combine(day, cal.hours.end)
    assert cal.next_working_day(start.date()) > start.date()
