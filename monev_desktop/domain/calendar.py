"""Working-day calendar: Indonesian holidays and cuti bersama, office overrides, office hours.

Times are the office's local wall-clock time (WIB), naive datetimes.
"""

from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache

HolidayLookup = Callable[[date], bool]


def indonesian_holidays() -> HolidayLookup:
    """Public holidays plus cuti bersama from the `holidays` package, years loaded on demand."""
    import holidays

    table = holidays.country_holidays("ID", categories=("public", "government"), language="id")
    return lambda day: day in table


@dataclass(frozen=True)
class OfficeHours:
    start: time = time(7, 30)
    end: time = time(16, 0)

    @property
    def minutes_per_day(self) -> int:
        return (self.end.hour * 60 + self.end.minute) - (self.start.hour * 60 + self.start.minute)


@dataclass(frozen=True)
class WorkingCalendar:
    """Mon–Fri minus holidays and `days_off`, plus `make_up_days` (weekend days worked)."""

    is_holiday: HolidayLookup
    days_off: frozenset[date] = field(default_factory=frozenset)
    make_up_days: frozenset[date] = field(default_factory=frozenset)
    hours: OfficeHours = OfficeHours()
    _running: dict[int, list[int]] = field(default_factory=dict, compare=False, repr=False)

    def is_working_day(self, day: date) -> bool:
        if day in self.make_up_days:
            return True
        if day in self.days_off or day.weekday() >= 5:
            return False
        return not self.is_holiday(day)

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after `day`."""
        return self._nth_working_day_after(day, 1)

    def add_working_days(self, start: datetime, days: int) -> datetime:
        """Due time of a task of `days` working days received at `start`.

        The days count from the day after receipt; the task is due at closing time of the
        last one (received Monday, 1 day: due Tuesday at closing time).
        """
        day = start.date()
        if days > 0:
            day = self._nth_working_day_after(day, days)
        return datetime.combine(day, self.hours.end)

    def add_office_minutes(self, start: datetime, minutes: int) -> datetime:
        """`start` plus `minutes` counted only inside office hours on working days."""
        moment = self._clamp_to_office(start)
        remaining = minutes
        while True:
            closing = datetime.combine(moment.date(), self.hours.end)
            available = int((closing - moment).total_seconds() // 60)
            if remaining <= available:
                return moment + timedelta(minutes=remaining)
            remaining -= available
            moment = datetime.combine(self.next_working_day(moment.date()), self.hours.start)

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after `start` up to and including `end` (0 when end <= start).

        Constant work per year spanned (running counts per year, cached), so a task a year
        overdue costs no more than one due tomorrow."""
        if end <= start:
            return 0
        total = self._count_through(end) - self._count_through(start)
        return total + sum(self._running_count(year)[-1] for year in range(start.year, end.year))

    def office_minutes_between(self, start: datetime, end: datetime) -> int:
        """Office minutes from `start` to `end` (negative when end is earlier)."""
        if end < start:
            return -self.office_minutes_between(end, start)
        begin = self._clamp_to_office(start)
        if begin >= end:
            return 0
        if begin.date() == end.date():
            return _minutes(begin, min(end, datetime.combine(end.date(), self.hours.end)))
        first = _minutes(begin, datetime.combine(begin.date(), self.hours.end))
        whole = self.working_days_between(begin.date(), end.date() - timedelta(days=1))
        last = 0
        if self.is_working_day(end.date()):
            opening = datetime.combine(end.date(), self.hours.start)
            closing = datetime.combine(end.date(), self.hours.end)
            last = max(0, _minutes(opening, min(end, closing)))
        return first + whole * self.hours.minutes_per_day + last

    def _running_count(self, year: int) -> list[int]:
        """[i]: working days from 1 January of `year` through its (i+1)-th day."""
        counts = self._running.get(year)
        if counts is None:
            counts, total, day = [], 0, date(year, 1, 1)
            while day.year == year:
                total += self.is_working_day(day)
                counts.append(total)
                day += timedelta(days=1)
            self._running[year] = counts
        return counts

    def _nth_working_day_after(self, day: date, n: int) -> date:
        """The `n`-th working day after `day` (n >= 1), found in the running counts."""
        year, wanted = day.year, self._count_through(day) + n
        while (counts := self._running_count(year))[-1] < wanted:
            wanted -= counts[-1]
            year += 1
        return date.fromordinal(_new_year(year) + bisect_left(counts, wanted))

    def _count_through(self, day: date) -> int:
        return self._running_count(day.year)[day.toordinal() - _new_year(day.year)]

    def _clamp_to_office(self, moment: datetime) -> datetime:
        day = moment.date()
        if self.is_working_day(day):
            opening = datetime.combine(day, self.hours.start)
            if moment < opening:
                return opening
            if moment < datetime.combine(day, self.hours.end):
                return moment
        return datetime.combine(self.next_working_day(day), self.hours.start)


@cache
def _new_year(year: int) -> int:
    """The ordinal of 1 January of `year`."""
    return date(year, 1, 1).toordinal()


def _minutes(start: datetime, end: datetime) -> int:
    return int((end - start).total_seconds() // 60)


def build_calendar(
    is_holiday: HolidayLookup,
    days_off: Iterable[date] = (),
    make_up_days: Iterable[date] = (),
    hours: OfficeHours | None = None,
) -> WorkingCalendar:
    return WorkingCalendar(
        is_holiday, frozenset(days_off), frozenset(make_up_days), hours or OfficeHours()
    )
