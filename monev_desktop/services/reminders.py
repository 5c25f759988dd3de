"""What a user should hear about right after logging in (the workstations work offline: the
app itself is the reminder): tasks overdue or due soon, tasks that arrived since the last
login, agreements reaching 90/60/30/7/0 days before their end, a failed automatic backup."""

from dataclasses import dataclass
from datetime import datetime

from monev_desktop.db.models import Riwayat
from monev_desktop.domain.agreements import (
    EXPIRY_WARNING_DAYS,
    MANUAL_STATUSES,
    expiry_threshold,
)
from monev_desktop.services.agreements import AgreementService
from monev_desktop.services.context import ServiceContext
from monev_desktop.services.dto import Agreement, TaskRow, UserSession
from monev_desktop.services.inbox import InboxList, InboxService


@dataclass(frozen=True)
class Reminders:
    overdue: tuple[TaskRow, ...]
    due_soon: tuple[TaskRow, ...]
    arrived: tuple[TaskRow, ...]  # received since the previous login
    expiring: tuple[tuple[Agreement, int], ...]  # (agreement, threshold in days)
    backup_problem: str

    def __bool__(self) -> bool:
        return bool(
            self.overdue or self.due_soon or self.arrived or self.expiring or self.backup_problem
        )


def reminders(
    ctx: ServiceContext,
    inbox: InboxService,
    agreements: AgreementService,
    session: UserSession,
    backup_problem: str = "",
) -> Reminders:
    open_tasks = inbox.page(session, InboxList.ALL, limit=500)
    logins = (
        Riwayat.select(Riwayat.waktu)
        .where(
            (Riwayat.aksi == "masuk")
            & (Riwayat.pelaku == session.user_id)
            & (Riwayat.hasil == "ok")
        )
        .order_by(Riwayat.id.desc())
        .limit(2)
    )
    times = [r.waktu for r in logins]
    previous = times[1] if len(times) > 1 else datetime.min
    today = ctx.now().date()
    expiring = tuple(
        (a, threshold)
        for a in agreements.ending_within(EXPIRY_WARNING_DAYS[0])
        if a.status not in MANUAL_STATUSES
        and (threshold := expiry_threshold(a.tanggal_berakhir, today)) is not None
    )
    return Reminders(
        overdue=tuple(t for t in open_tasks if t.overdue),
        due_soon=tuple(t for t in open_tasks if t.due_soon and not t.overdue),
        arrived=tuple(t for t in open_tasks if t.received > previous and previous != datetime.min),
        expiring=expiring,
        backup_problem=backup_problem,
    )
