"""Figures for the dashboard: the register by type, status and OPD; step durations against the
standard over the past cycles; what expires soon."""

from collections import Counter
from dataclasses import dataclass

from monev_desktop.db.models import Siklus, Tugas
from monev_desktop.domain.agreements import MANUAL_STATUSES, expiry_threshold
from monev_desktop.domain.process import TimeUnit
from monev_desktop.domain.tasks import TaskStatus
from monev_desktop.services.agreements import AgreementService
from monev_desktop.services.calendar import CalendarService
from monev_desktop.services.context import ServiceContext
from monev_desktop.services.dto import Agreement


@dataclass(frozen=True)
class StepPerformance:
    step: int
    title: str
    standard_hours: float | None  # office hours; None when the SOP gives no standard
    average_hours: float | None  # over every completed instance; None when none yet
    completed: int


@dataclass(frozen=True)
class Dashboard:
    by_type: tuple[tuple[str, int], ...]
    by_status: tuple[tuple[str, int], ...]
    by_opd: tuple[tuple[str, int], ...]
    steps: tuple[StepPerformance, ...]
    expiring: tuple[Agreement, ...]


def dashboard(
    ctx: ServiceContext,
    calendar: CalendarService,
    agreements: AgreementService,
    process_code: str = "monev-kerja-sama",
    top_opds: int = 12,
) -> Dashboard:
    register = agreements.list()
    today = ctx.now().date()
    process = ctx.process(process_code)
    office = calendar.calendar()
    minutes_per_day = office.hours.minutes_per_day
    done = (
        Tugas.select(Tugas.langkah, Tugas.diterima, Tugas.diselesaikan)
        .join(Siklus)
        .where((Siklus.proses == process_code) & (Tugas.status == TaskStatus.DONE))
    )
    spent: dict[int, list[int]] = {}
    for task in done:
        spent.setdefault(task.langkah, []).append(
            office.office_minutes_between(task.diterima, task.diselesaikan)
        )
    steps = []
    for step in process.steps:
        standard = None
        if step.standard_time:
            amount = step.standard_time.amount
            standard = (
                amount if step.standard_time.unit is TimeUnit.MINUTES else amount * minutes_per_day
            )
        values = spent.get(step.number, [])
        steps.append(
            StepPerformance(
                step.number,
                step.title,
                standard / 60 if standard else None,
                sum(values) / len(values) / 60 if values else None,
                len(values),
            )
        )
    return Dashboard(
        by_type=tuple(sorted(Counter(a.jenis for a in register).items())),
        by_status=tuple(sorted(Counter(a.status for a in register).items())),
        by_opd=tuple(Counter(name for a in register for name in a.opd_names).most_common(top_opds)),
        steps=tuple(steps),
        expiring=tuple(
            a
            for a in register
            if a.status not in MANUAL_STATUSES
            and expiry_threshold(a.tanggal_berakhir, today) is not None
        ),
    )
