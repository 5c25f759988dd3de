"""The task lists of the inbox, queried page by page in SQL (search, order, counts).

Lists: "saya" (claimed by me or addressed to me or to whom I stand in for), "peran" (offered
to a role I hold and not yet claimed), "terlambat" (any open task I can see, past due),
"semua" (every open task I can see), "selesai" (what I finished or returned).
"""

from datetime import datetime
from enum import StrEnum

from peewee import JOIN, Case, fn

from monev_desktop.db.models import Pegawai, Siklus, Tugas
from monev_desktop.domain.calendar import WorkingCalendar
from monev_desktop.domain.process import TimeUnit
from monev_desktop.domain.roles import Role
from monev_desktop.domain.tasks import OPEN_STATUSES, TaskStatus, cycle_label
from monev_desktop.services.calendar import CalendarService
from monev_desktop.services.context import ServiceContext
from monev_desktop.services.dto import Excerpt, TaskRow, UserSession


class InboxList(StrEnum):
    MINE = "saya"
    ROLE = "peran"
    OVERDUE = "terlambat"
    ALL = "semua"
    DONE = "selesai"


OPEN_LISTS = [which for which in InboxList if which is not InboxList.DONE]

ORDERS = {
    "tenggat": (Tugas.tenggat.asc(nulls="LAST"), Tugas.id),
    "diterima": (Tugas.diterima.desc(), Tugas.id.desc()),
    "langkah": (Tugas.langkah, Tugas.id),
    "siklus": (Siklus.tahun.desc(), Siklus.periode.desc(), Tugas.langkah),
}


class InboxService:
    def __init__(self, ctx: ServiceContext, calendar: CalendarService):
        self.ctx, self.calendar = ctx, calendar

    def page(
        self,
        session: UserSession,
        which: InboxList = InboxList.ALL,
        search: str = "",
        *,
        offset: int = 0,
        limit: int = 200,
        order: str = "tenggat",
    ) -> list[TaskRow]:
        """One page of a list, newest-due first by default; `search` matches the step's title,
        the cycle's year, and the names of the sender, addressee and claimer."""
        return self.rows_where(
            self._condition(session, which) & self._search(search),
            ORDERS.get(order, ORDERS["tenggat"]),
            offset=offset,
            limit=limit,
        )

    def counts(self, session: UserSession) -> dict[InboxList, int]:
        """How many tasks each list holds, in two queries (`count_queries`)."""
        open_lists, finished = self.count_queries(session)
        return {
            **dict(zip(OPEN_LISTS, open_lists.tuples().get(), strict=True)),
            InboxList.DONE: finished.scalar(),
        }

    def count_queries(self, session: UserSession):
        """The counts of the open lists in one pass over the open tasks (each list holds
        only open tasks), and the count of the finished list through its own index."""
        open_lists = Tugas.select(
            *(fn.COUNT(Case(None, [(self._condition(session, w), 1)])) for w in OPEN_LISTS)
        ).where(Tugas.status.in_([s.value for s in OPEN_STATUSES]))
        finished = Tugas.select(fn.COUNT(Tugas.id)).where(self._condition(session, InboxList.DONE))
        return open_lists, finished

    def excerpt(
        self,
        session: UserSession,
        which: InboxList,
        narrower=True,
        *,
        order: str = "tenggat",
        first: int,
    ) -> Excerpt:
        """The first `first` tasks of a list, narrowed by the SQL condition `narrower`, and
        how many tasks the narrowed list holds (two queries, whatever the size)."""
        condition = self._condition(session, which) & narrower
        rows = self.rows_where(condition, ORDERS[order], limit=first)
        total = len(rows) if len(rows) < first else _count(condition)
        return Excerpt(tuple(rows), total)

    def row(self, task_id: int) -> TaskRow:
        return self.rows_where(Tugas.id == task_id)[0]

    def rows_where(
        self, condition, order=(Tugas.id,), *, offset: int = 0, limit: int | None = None
    ) -> list[TaskRow]:
        """TaskRows of the tasks matching `condition`, in one query (names joined in)."""
        query = row_query().where(condition).order_by(*order).offset(offset).limit(limit)
        found = list(query.namedtuples())
        if not found:
            return []
        now, calendar = self.ctx.now(), self.calendar.calendar()
        return [self._task_row(r, calendar, now) for r in found]

    def _task_row(self, r, calendar: WorkingCalendar, now: datetime) -> TaskRow:
        step = self.ctx.process(r.proses).step(r.langkah)
        is_open = r.status in OPEN_STATUSES
        left, soon = (
            _time_left(calendar, step, r.tenggat, now) if is_open and r.tenggat else ("", False)
        )
        return TaskRow(
            id=r.id,
            cycle_id=r.siklus,
            cycle_label=cycle_label(r.tahun, r.periode),
            step=r.langkah,
            step_title=step.title,
            role=Role(r.peran),
            status=r.status,
            assigned_to=r.kepada_nama or "",
            from_name=r.dari_nama or "",
            received=r.diterima,
            due=r.tenggat,
            claimed_by=r.pengambil_nama or "",
            claimed_by_id=r.diambil_oleh,
            overdue=bool(is_open and r.tenggat and now > r.tenggat),
            version=r.versi,
            time_left=left,
            due_soon=soon,
        )

    # --- conditions ------------------------------------------------------------------------

    def _condition(self, session: UserSession, which: InboxList | str):
        which = InboxList(which)
        today = self.ctx.now().date()
        acting = [a for a in session.acting if a.start <= today <= a.end]
        roles = [r.value for r in {*session.roles, *(a.role for a in acting)}]
        people = [session.user_id, *(a.for_id for a in acting if a.for_id)]
        is_open = Tugas.status.in_([s.value for s in OPEN_STATUSES])
        mine = Tugas.ditugaskan_ke.in_(people) | (Tugas.diambil_oleh == session.user_id)
        for_role = Tugas.ditugaskan_ke.is_null() & Tugas.peran.in_(roles)
        if which is InboxList.MINE:
            return is_open & mine
        if which is InboxList.ROLE:
            return (Tugas.status == TaskStatus.OFFERED) & for_role
        if which is InboxList.OVERDUE:
            return is_open & (mine | for_role) & (Tugas.tenggat < self.ctx.now())
        if which is InboxList.DONE:
            return Tugas.diselesaikan_oleh == session.user_id
        return is_open & (mine | for_role)

    def _search(self, text: str):
        needle = text.strip().casefold()
        if not needle:
            return True
        steps = {
            s.number
            for p in self.ctx.processes.values()
            for s in p.steps
            if needle in s.title.casefold()
        }
        people = Pegawai.select(Pegawai.id).where(fn.LOWER(Pegawai.nama).contains(needle))
        condition = (
            Tugas.dari.in_(people)
            | Tugas.ditugaskan_ke.in_(people)
            | Tugas.diambil_oleh.in_(people)
            | fn.LOWER(Siklus.kepwal_nomor).contains(needle)
        )
        if needle.isdigit():
            condition |= (Siklus.tahun == int(needle)) | (Tugas.langkah == int(needle))
        if steps:
            condition |= Tugas.langkah.in_(sorted(steps))
        return condition


_SENDER, _ADDRESSEE, _CLAIMER = Pegawai.alias(), Pegawai.alias(), Pegawai.alias()


def row_query():
    """Exactly the columns a TaskRow needs, with the three names joined in."""
    return (
        Tugas.select(
            Tugas.id,
            Tugas.siklus,
            Tugas.langkah,
            Tugas.status,
            Tugas.peran,
            Tugas.diterima,
            Tugas.tenggat,
            Tugas.versi,
            Tugas.diambil_oleh,
            Siklus.proses,
            Siklus.tahun,
            Siklus.periode,
            _SENDER.nama.alias("dari_nama"),
            _ADDRESSEE.nama.alias("kepada_nama"),
            _CLAIMER.nama.alias("pengambil_nama"),
        )
        .join(Siklus, JOIN.INNER)
        .switch(Tugas)
        .join(_SENDER, JOIN.LEFT_OUTER, on=(Tugas.dari == _SENDER.id))
        .switch(Tugas)
        .join(_ADDRESSEE, JOIN.LEFT_OUTER, on=(Tugas.ditugaskan_ke == _ADDRESSEE.id))
        .switch(Tugas)
        .join(_CLAIMER, JOIN.LEFT_OUTER, on=(Tugas.diambil_oleh == _CLAIMER.id))
    )


def names_of(ids) -> dict[int, str]:
    """Names of the given employee ids (None and repeats ignored), in one query."""
    wanted = list({i for i in ids if i})
    if not wanted:
        return {}
    return {
        p.id: p.nama for p in Pegawai.select(Pegawai.id, Pegawai.nama).where(Pegawai.id.in_(wanted))
    }


def _count(condition) -> int:
    return Tugas.select(fn.COUNT(Tugas.id)).where(condition).scalar()


def _time_left(calendar: WorkingCalendar, step, due: datetime, now: datetime) -> tuple[str, bool]:
    """('2 hari kerja' / '3 jam 10 menit' / 'lewat 1 hari kerja', due soon?)."""
    if step.standard_time and step.standard_time.unit is TimeUnit.MINUTES:
        minutes = calendar.office_minutes_between(now, due)
        text = f"{abs(minutes) // 60} jam {abs(minutes) % 60} menit"
        return (text if minutes >= 0 else f"lewat {text}"), 0 <= minutes <= 60
    days = calendar.working_days_between(now.date(), due.date())
    if now > due:
        late = calendar.working_days_between(due.date(), now.date())
        return f"lewat {late} hari kerja", False
    return ("hari ini" if days == 0 else f"{days} hari kerja"), days <= 1
