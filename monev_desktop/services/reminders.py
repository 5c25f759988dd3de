"""What a user should hear about right after logging in (the workstations work offline: the
app itself is the reminder): tasks overdue or due soon, tasks that arrived since the last
login, agreements reaching 90/60/30/7/0 days before their end, a failed automatic backup, and
(to administrators) what the start did about a restore a crash cut short.

Each heading names its first few items and counts the rest, so that the message stays short
and true however much has piled up."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from monev_desktop.db.models import Riwayat, Tugas
from monev_desktop.domain.agreements import (
    EXPIRY_WARNING_DAYS,
    MANUAL_STATUSES,
    expiry_threshold,
)
from monev_desktop.domain.roles import Role
from monev_desktop.services.agreements import AgreementService
from monev_desktop.services.context import ServiceContext
from monev_desktop.services.dto import Excerpt, UserSession
from monev_desktop.services.inbox import InboxList, InboxService
from monev_desktop.services.restore import INTERRUPTED

SHOWN = 10  # items named under each heading
# "Due soon" means within the next working day (or hour, for steps timed in minutes); that
# lies inside this many calendar days even across Lebaran's cuti bersama.
DUE_SOON_HORIZON = timedelta(days=14)


@dataclass(frozen=True)
class Reminders:
    overdue: Excerpt  # TaskRows, the most overdue first
    due_soon: Excerpt  # TaskRows, the soonest due first
    arrived: Excerpt  # TaskRows received since the previous login, the newest first
    expiring: Excerpt  # (Agreement, threshold in days), the soonest ending first
    backup_problem: str
    interrupted_restores: tuple[str, ...] = ()  # since the previous login, for administrators

    def __bool__(self) -> bool:
        return bool(
            self.overdue
            or self.due_soon
            or self.arrived
            or self.expiring
            or self.backup_problem
            or self.interrupted_restores
        )


def reminders(
    ctx: ServiceContext,
    inbox: InboxService,
    agreements: AgreementService,
    session: UserSession,
    backup_problem: str = "",
) -> Reminders:
    """What to tell `session` now, in a few indexed queries whatever the database's size."""
    now = ctx.now()
    previous = _previous_login(session)
    arrived = (
        inbox.excerpt(
            session, InboxList.ALL, Tugas.diterima > previous, order="diterima", first=SHOWN
        )
        if previous
        else Excerpt.of([], SHOWN)
    )
    coming = inbox.excerpt(
        session, InboxList.ALL, Tugas.tenggat.between(now, now + DUE_SOON_HORIZON), first=500
    ).items
    due_soon = [t for t in coming if t.due_soon and not t.overdue]
    expiring = [
        (a, threshold)
        for a in agreements.ending_within(EXPIRY_WARNING_DAYS[0])
        if a.status not in MANUAL_STATUSES
        and (threshold := expiry_threshold(a.tanggal_berakhir, now.date())) is not None
    ]
    return Reminders(
        overdue=inbox.excerpt(session, InboxList.OVERDUE, first=SHOWN),
        due_soon=Excerpt.of(due_soon, SHOWN),
        arrived=arrived,
        expiring=Excerpt.of(expiring, SHOWN),
        backup_problem=backup_problem,
        interrupted_restores=_interrupted_restores(session, previous),
    )


def _interrupted_restores(session: UserSession, previous: datetime | None) -> tuple[str, ...]:
    """What the starts since `session`'s previous login did about restores cut short; told
    to administrators only (who restore)."""
    if Role.ADMIN not in session.roles:
        return ()
    rows = Riwayat.select(Riwayat.pesan).where(
        (Riwayat.entitas == "cadangan") & (Riwayat.aksi == INTERRUPTED)  # (entitas, id) index
    )
    if previous is not None:
        rows = rows.where(Riwayat.waktu > previous)
    return tuple(r.pesan for r in rows.order_by(Riwayat.id))


def _previous_login(session: UserSession) -> datetime | None:
    """When `session`'s user logged in before this login (None for a first login)."""
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
    return times[1] if len(times) > 1 else None
