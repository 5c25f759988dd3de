"""A cycle's timeline: each SOP step with who did it, the standard against the actual time."""

from dataclasses import dataclass
from datetime import datetime

from monev_desktop.db.models import Siklus, Tugas
from monev_desktop.domain.calendar import WorkingCalendar
from monev_desktop.domain.process import Process, Step, TimeUnit
from monev_desktop.domain.tasks import CycleStatus, TaskStatus
from monev_desktop.services.inbox import names_of


@dataclass(frozen=True)
class TimelineRow:
    step: int
    title: str
    actor: str
    done_by: str  # "Nama" or "Nama (Plh.)"
    received: datetime | None
    due: datetime | None
    completed: datetime | None
    standard: str  # "15 Menit", "6 Hari Kerja", "-"
    actual: str
    status: str  # a task's status, or "belum dimulai" / "tidak dilaksanakan" (cycle stopped)
    late: bool
    note: str  # late reason, return reasons
    task_id: int | None


def actual_duration(
    calendar: WorkingCalendar, step: Step, received: datetime, done: datetime
) -> str:
    """The time a step took, in the unit of its standard (office minutes or working days)."""
    if step.standard_time and step.standard_time.unit is TimeUnit.MINUTES:
        return f"{calendar.office_minutes_between(received, done)} Menit"
    days = calendar.working_days_between(received.date(), done.date())
    return f"{days} Hari Kerja" if days else "Hari yang sama"


def timeline(
    process: Process, calendar: WorkingCalendar, cycle_id: int, now: datetime
) -> list[TimelineRow]:
    tasks = list(
        Tugas.select(
            Tugas.id,
            Tugas.langkah,
            Tugas.status,
            Tugas.diterima,
            Tugas.tenggat,
            Tugas.diselesaikan,
            Tugas.diselesaikan_oleh,
            Tugas.diambil_oleh,
            Tugas.atas_nama,
            Tugas.alasan_terlambat,
            Tugas.alasan_kembali,
        )  # not the form data: a cycle's timeline needs only these
        .where(Tugas.siklus == cycle_id)
        .order_by(Tugas.id)
    )
    stopped = Siklus.get_by_id(cycle_id).status == CycleStatus.STOPPED
    names = names_of([p for t in tasks for p in (t.diselesaikan_oleh_id, t.diambil_oleh_id)])
    rows = []
    for step in process.steps:
        mine = [t for t in tasks if t.langkah == step.number]
        latest = mine[-1] if mine else None
        returns = "; ".join(f"Dikembalikan: {t.alasan_kembali}" for t in mine if t.alasan_kembali)
        if latest is None:
            rows.append(
                TimelineRow(
                    step.number,
                    step.title,
                    step.actor.title,
                    "",
                    None,
                    None,
                    None,
                    str(step.standard_time or "-"),
                    "",
                    "tidak dilaksanakan" if stopped else "belum dimulai",
                    False,
                    "",
                    None,
                )
            )
            continue
        done = latest.status == TaskStatus.DONE
        plh = (
            " (Plh.)"
            if latest.atas_nama_id and latest.atas_nama_id != latest.diselesaikan_oleh_id
            else ""
        )
        who = names.get(latest.diselesaikan_oleh_id if done else latest.diambil_oleh_id, "")
        late = bool(
            latest.status != TaskStatus.CANCELLED
            and latest.tenggat
            and (latest.diselesaikan or now) > latest.tenggat
        )
        rows.append(
            TimelineRow(
                step=step.number,
                title=step.title,
                actor=step.actor.title,
                done_by=f"{who}{plh}" if who else "",
                received=latest.diterima,
                due=latest.tenggat,
                completed=latest.diselesaikan if done else None,  # not when cancelled
                standard=str(step.standard_time or "-"),
                actual=actual_duration(calendar, step, latest.diterima, latest.diselesaikan)
                if done
                else "",
                status=latest.status,
                late=late,
                note="; ".join(n for n in (latest.alasan_terlambat, returns) if n),
                task_id=latest.id,
            )
        )
    return rows
