"""Figures for the dashboard: the register by type, status and OPD; step durations against the
standard over the past cycles; what expires soon."""

from collections import Counter
from dataclasses import dataclass

from peewee import fn

from monev_desktop.db.models import KerjaSama, KerjaSamaOpd, Opd, Siklus, Tugas
from monev_desktop.domain.agreements import MANUAL_STATUSES, effective_status, expiry_threshold
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
    by_opd: tuple[tuple[str, int], ...]  # the OPD's short name where it has one
    steps: tuple[StepPerformance, ...]
    expiring: tuple[Agreement, ...]


def dashboard(
    ctx: ServiceContext,
    calendar: CalendarService,
    agreements: AgreementService,
    process_code: str = "monev-kerja-sama",
    top_opds: int = 8,
) -> Dashboard:
    """The figures, from aggregate queries and lean row reads (no per-row objects)."""
    today = ctx.now().date()
    by_type: Counter[str] = Counter()
    by_status: Counter[str] = Counter()
    expiring_ids = []
    register = KerjaSama.select(
        KerjaSama.id, KerjaSama.jenis, KerjaSama.status_manual, KerjaSama.tanggal_berakhir
    ).tuples()
    for agreement_id, kind, manual, end in register:
        status = effective_status(manual, end, today)
        by_type[kind] += 1
        by_status[status] += 1
        if status not in MANUAL_STATUSES and expiry_threshold(end, today) is not None:
            expiring_ids.append(agreement_id)
    per_opd = (
        KerjaSamaOpd.select(Opd.nama, Opd.singkatan, fn.COUNT(KerjaSamaOpd.kerja_sama))
        .join(Opd)
        .group_by(Opd.id, Opd.nama, Opd.singkatan)
        .order_by(fn.COUNT(KerjaSamaOpd.kerja_sama).desc(), Opd.nama)
        .limit(top_opds)
        .tuples()
    )
    return Dashboard(
        by_type=tuple(sorted(by_type.items())),
        by_status=tuple(sorted((str(k), v) for k, v in by_status.items())),
        by_opd=tuple((short or name, count) for name, short, count in per_opd),
        steps=_step_performance(ctx, calendar, process_code),
        expiring=tuple(agreements.list(expiring_ids)) if expiring_ids else (),
    )


def _step_performance(
    ctx: ServiceContext, calendar: CalendarService, process_code: str
) -> tuple[StepPerformance, ...]:
    process = ctx.process(process_code)
    office = calendar.calendar()
    done = (
        Tugas.select(Tugas.langkah, Tugas.diterima, Tugas.diselesaikan)
        .join(Siklus)
        .where((Siklus.proses == process_code) & (Tugas.status == TaskStatus.DONE))
        .tuples()
    )
    spent: dict[int, list[int]] = {}
    for step, received, finished in done:
        spent.setdefault(step, []).append(office.office_minutes_between(received, finished))
    steps = []
    for step in process.steps:
        standard = None
        if step.standard_time:
            amount = step.standard_time.amount
            standard = (
                amount
                if step.standard_time.unit is TimeUnit.MINUTES
                else amount * office.hours.minutes_per_day
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
    return tuple(steps)
