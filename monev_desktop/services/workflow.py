"""The workflow engine: start a cycle, claim, save a draft, complete, return a task.

Every mutation is one transaction that also writes the history. A task row carries a
version number; a change is written only `WHERE versi = <the version read>`, so of two
people claiming or completing the same task at once exactly one wins and the other gets a
ConflictError naming who did it and when. Refusals are recorded in the history.
"""

from datetime import datetime

from peewee import JOIN

from monev_desktop.db.models import Dokumen, Siklus, SiklusTim, Tugas
from monev_desktop.domain.dates import format_date
from monev_desktop.domain.errors import ConflictError, NotFound, PermissionDenied
from monev_desktop.domain.forms import validate_form
from monev_desktop.domain.process import OfferTo, Step
from monev_desktop.domain.roles import Role
from monev_desktop.domain.tasks import OPEN_STATUSES, CycleStatus, TaskStatus, cycle_label
from monev_desktop.domain.validation import LONG_TEXT, Checker
from monev_desktop.services.calendar import CalendarService
from monev_desktop.services.context import ServiceContext
from monev_desktop.services.dto import Cycle, HistoryEntry, TaskDetail, TaskRow, UserSession
from monev_desktop.services.history import entries_of, record, refusals_recorded, snapshot
from monev_desktop.services.inbox import InboxList, InboxService, names_of
from monev_desktop.services.permissions import (
    Authority,
    authorize_person,
    authorize_role,
    is_active,
)
from monev_desktop.services.step_effects import apply_effect
from monev_desktop.services.step_options import StepOptions, step_options
from monev_desktop.services.timeline import TimelineRow, timeline

DEFAULT_PROCESS = "monev-kerja-sama"


class WorkflowService:
    def __init__(self, ctx: ServiceContext, calendar: CalendarService):
        self.ctx, self.calendar = ctx, calendar
        self.lists = InboxService(ctx, calendar)

    # --- cycles ----------------------------------------------------------------------------

    def start_cycle(
        self, session: UserSession, data: dict, process: str = DEFAULT_PROCESS
    ) -> Cycle:
        """Start a cycle (Kabag only): tahun, periode, kepwal_nomor, kepwal_tanggal.
        Offers the first step's task."""
        with refusals_recorded(self.ctx, session, "mulai_siklus", "siklus", None):
            with self.ctx.transaction():
                now = self.ctx.now()
                authority = authorize_role(
                    session, Role.KABAG, now.date(), "memulai kegiatan monev"
                )
                check = Checker()
                year = _int(check, "tahun", "Tahun", data.get("tahun"), 2000, 2100)
                period = _int(check, "periode", "Periode", data.get("periode"), 1, 12)
                kepwal = check.text("kepwal_nomor", "Nomor Kepwal TKKSD", data.get("kepwal_nomor"))
                kepwal_date = check.date(
                    "kepwal_tanggal", "Tanggal Kepwal TKKSD", data.get("kepwal_tanggal")
                )
                if (
                    year
                    and period
                    and Siklus.select()
                    .where(
                        (Siklus.proses == process)
                        & (Siklus.tahun == year)
                        & (Siklus.periode == period)
                        & (Siklus.status != CycleStatus.STOPPED)
                    )
                    .exists()
                ):
                    check.fail("periode", f"Kegiatan monev {year} periode {period} sudah ada.")
                check.raise_if_any()
                cycle = Siklus.create(
                    proses=process,
                    tahun=year,
                    periode=period,
                    kepwal_nomor=kepwal,
                    kepwal_tanggal=kepwal_date,
                    dimulai_oleh=session.user_id,
                    dimulai=now,
                )
                record(
                    self.ctx,
                    session,
                    "mulai_siklus",
                    "siklus",
                    cycle.id,
                    after=snapshot(cycle),
                    acting_for=authority.acting_for,
                    role=authority.role,
                )
                self._offer(cycle, self.ctx.process(process).step(1), session.user_id, now)
        return _cycle(cycle)

    def stop_cycle(self, session: UserSession, cycle_id: int, reason: str) -> Cycle:
        """Stop a running cycle before its last step (Kabag only), with a reason: its open
        tasks are cancelled (drafts kept), each recorded, and its period is free for a new
        cycle. Documents already issued keep their numbers. ConflictError when the cycle
        has already ended."""
        with refusals_recorded(self.ctx, session, "hentikan_siklus", "siklus", cycle_id):
            with self.ctx.transaction():
                now = self.ctx.now()
                authority = authorize_role(
                    session, Role.KABAG, now.date(), "menghentikan kegiatan monev"
                )
                cycle = _find_cycle(cycle_id)
                check = Checker()
                reason = check.text(
                    "alasan_henti",
                    "Alasan penghentian",
                    reason,
                    max_length=LONG_TEXT,
                    multiline=True,
                )
                check.raise_if_any()
                before = snapshot(cycle)
                cycle = _change_running(
                    cycle,
                    "tidak ada yang dihentikan lagi",
                    status=CycleStatus.STOPPED,
                    selesai=now,
                    alasan_henti=reason,
                )
                record(
                    self.ctx,
                    session,
                    "hentikan_siklus",
                    "siklus",
                    cycle_id,
                    before=before,
                    after=snapshot(cycle),
                    message=reason,
                    acting_for=authority.acting_for,
                    role=authority.role,
                )
                self._cancel_open_tasks(session, cycle, authority, now)
        return _cycle(cycle)

    def correct_kepwal(self, session: UserSession, cycle_id: int, data: dict) -> Cycle:
        """Correct a running cycle's Kepwal TKKSD (Kabag only): kepwal_nomor, kepwal_tanggal.
        Documents already issued stay as they are; their next version cites the corrected
        one. The history records the old and the new. ConflictError when the cycle has
        ended; ValidationError when nothing would change."""
        with refusals_recorded(self.ctx, session, "ubah_kepwal", "siklus", cycle_id):
            with self.ctx.transaction():
                authority = authorize_role(
                    session, Role.KABAG, self.ctx.now().date(), "mengubah Kepwal TKKSD"
                )
                cycle = _find_cycle(cycle_id)
                check = Checker()
                number = check.text("kepwal_nomor", "Nomor Kepwal TKKSD", data.get("kepwal_nomor"))
                day = check.date(
                    "kepwal_tanggal", "Tanggal Kepwal TKKSD", data.get("kepwal_tanggal")
                )
                if (number, day) == (cycle.kepwal_nomor, cycle.kepwal_tanggal):
                    check.fail(
                        "kepwal_nomor",
                        "Nomor dan tanggal Kepwal TKKSD sama dengan yang tercatat; ubah salah "
                        "satunya, atau batalkan.",
                    )
                check.raise_if_any()
                corrected = _change_running(
                    cycle,
                    "Kepwal TKKSD-nya tidak diubah lagi",
                    kepwal_nomor=number,
                    kepwal_tanggal=day,
                )
                record(
                    self.ctx,
                    session,
                    "ubah_kepwal",
                    "siklus",
                    cycle_id,
                    before=snapshot(cycle),
                    after=snapshot(corrected),
                    message=f"{_kepwal(cycle)} menjadi {_kepwal(corrected)}",
                    acting_for=authority.acting_for,
                    role=authority.role,
                )
        return _cycle(corrected)

    def cycle(self, cycle_id: int) -> Cycle:
        return _cycle(_find_cycle(cycle_id))

    def cycles(self) -> list[Cycle]:
        """Every cycle, newest period first (a restarted period's new cycle before the
        stopped one)."""
        newest = (Siklus.tahun.desc(), Siklus.periode.desc(), Siklus.id.desc())
        return [_cycle(c) for c in Siklus.select().order_by(*newest)]

    def timeline(self, cycle_id: int) -> list[TimelineRow]:
        """Each step of the cycle: who did it, when, the standard against the actual time."""
        cycle = Siklus.get_by_id(cycle_id)
        return timeline(
            self.ctx.process(cycle.proses), self.calendar.calendar(), cycle_id, self.ctx.now()
        )

    def cycle_history(self, cycle_id: int, limit: int = 2000) -> list[HistoryEntry]:
        """The newest `limit` entries recorded about a cycle, its tasks and its documents,
        oldest first."""
        tasks = [t.id for t in Tugas.select(Tugas.id).where(Tugas.siklus == cycle_id)]
        documents = [d.id for d in Dokumen.select(Dokumen.id).where(Dokumen.siklus == cycle_id)]
        records = {"siklus": [cycle_id], "tugas": tasks, "dokumen": documents}
        return entries_of(self.ctx, records, limit)

    def cycle_tasks(self, cycle_id: int) -> list[TaskRow]:
        """Every task of a cycle, in the order they were offered (the cycle's timeline)."""
        return self.lists.rows_where(Tugas.siklus == cycle_id)

    # --- tasks -----------------------------------------------------------------------------

    def inbox(self, session: UserSession) -> list[TaskRow]:
        """Every open task this user may work on, due first (the inbox's "semua" list)."""
        return self.lists.page(session, InboxList.ALL, limit=10_000)

    def task(self, task_id: int) -> TaskDetail:
        row = _task_query().where(Tugas.id == task_id).first()
        if row is None:
            raise NotFound("Tugas tidak ditemukan; mungkin sudah dihapus bersama kegiatannya.")
        names = names_of([row.diselesaikan_oleh_id, row.atas_nama_id])
        return TaskDetail(
            row=self.lists.row(task_id),
            draft=row.draf,
            data=row.data,
            completed_by=names.get(row.diselesaikan_oleh_id, ""),
            acting_for=names.get(row.atas_nama_id, ""),
            completed=row.diselesaikan,
            late_reason=row.alasan_terlambat,
            return_reason=row.alasan_kembali,
            stop_reason=row.siklus.alasan_henti if row.siklus.status == CycleStatus.STOPPED else "",
        )

    def can_act(self, session: UserSession, task_id: int) -> bool:
        """Whether the user may work on the task (a check only: nothing is recorded)."""
        try:
            self._authorize(session, self._load(task_id), "bekerja pada tugas ini")
        except PermissionDenied:
            return False
        return True

    def step_options(self, task_id: int) -> StepOptions:
        """What the task's form offers to choose from, and the data a new form starts with."""
        return step_options(self.ctx, self.calendar, task_id)

    def step_of(self, task_id: int) -> Step:
        task = self._load(task_id)
        return self.ctx.process(task.siklus.proses).step(task.langkah)

    def claim(self, session: UserSession, task_id: int) -> TaskRow:
        """Take an offered task; ConflictError when someone else took or finished it first."""
        with refusals_recorded(self.ctx, session, "ambil_tugas", "tugas", task_id):
            with self.ctx.transaction():
                task = self._load(task_id)
                authority = self._authorize(session, task, "mengambil tugas ini")
                self._ensure_open_for(session, task)
                if task.status == TaskStatus.CLAIMED:
                    return self.lists.row(task_id)
                before = snapshot(task)
                self._write(
                    task,
                    session,
                    status=TaskStatus.CLAIMED,
                    diambil_oleh=session.user_id,
                    diambil=self.ctx.now(),
                )
                self._record(
                    session,
                    "ambil_tugas",
                    task,
                    authority,
                    before=before,
                    after=snapshot(self._load(task_id)),
                )
        return self.lists.row(task_id)

    def save_draft(self, session: UserSession, task_id: int, data: dict) -> None:
        """Keep unfinished form data on the task (no validation; nothing is passed on)."""
        with refusals_recorded(self.ctx, session, "simpan_draf", "tugas", task_id):
            with self.ctx.transaction():
                task = self._load(task_id)
                authority = self._authorize(session, task, "menyimpan draf tugas ini")
                self._ensure_open_for(session, task)
                self._write(task, session, draf=data)
                self._record(session, "simpan_draf", task, authority, after={"draf": data})

    def complete(
        self, session: UserSession, task_id: int, data: dict, late_reason: str = ""
    ) -> TaskRow | None:
        """Finish a task with its validated form data and offer the next step.

        A task past its due time needs `late_reason` (the SOP's "Ket"). Returns the next
        task, or None when the last step closed the cycle.
        """
        with refusals_recorded(self.ctx, session, "selesaikan_tugas", "tugas", task_id):
            with self.ctx.transaction():
                task = self._load(task_id)
                authority = self._authorize(session, task, "menyelesaikan tugas ini")
                self._ensure_open_for(session, task)
                process = self.ctx.process(task.siklus.proses)
                step = process.step(task.langkah)
                clean = validate_form(step.form, data)
                now = self.ctx.now()
                reason = self._late_reason(task, now, late_reason)
                before = snapshot(task)
                self._write(
                    task,
                    session,
                    status=TaskStatus.DONE,
                    diselesaikan_oleh=session.user_id,
                    atas_nama=authority.acting_for,
                    diselesaikan=now,
                    data=clean,
                    draf=None,
                    alasan_terlambat=reason,
                    diambil_oleh=task.diambil_oleh_id or session.user_id,
                    diambil=task.diambil or now,
                )
                apply_effect(self.ctx, step.form, task.siklus, task, clean)
                self._record(
                    session,
                    "selesaikan_tugas",
                    task,
                    authority,
                    before=before,
                    after=snapshot(task),
                )
                if task.langkah == process.last_step:
                    self._close(session, task.siklus, now)
                    return None
                nxt = self._offer(task.siklus, process.step(task.langkah + 1), session.user_id, now)
        return self.lists.row(nxt.id)

    def can_release(self, session: UserSession, task_id: int) -> bool:
        """Whether the user may give the claimed task back (a check only: nothing is
        recorded): the person who claimed it, or the Kabag."""
        task = self._load(task_id)
        if task.status != TaskStatus.CLAIMED:
            return False
        if task.diambil_oleh_id == session.user_id:
            return True
        try:
            authorize_role(session, Role.KABAG, self.ctx.now().date(), "melepaskan tugas")
        except PermissionDenied:
            return False
        return True

    def release(self, session: UserSession, task_id: int) -> TaskRow:
        """Give a claimed task back to its role's inbox with its draft: the person who claimed
        it may, and the Kabag (own or acting) may for anyone, say while they are on leave. A
        task addressed by name stays addressed: their Plt./Plh. may take it. ConflictError when
        nobody holds it any more."""
        with refusals_recorded(self.ctx, session, "lepas_tugas", "tugas", task_id):
            with self.ctx.transaction():
                task = self._load(task_id)
                if task.status != TaskStatus.CLAIMED:
                    self._ensure_open_for(session, task)  # finished or returned: by whom
                    raise ConflictError(
                        "Tugas ini tidak sedang diambil siapa pun; tidak ada yang dilepaskan."
                    )
                if task.diambil_oleh_id == session.user_id:
                    authority = Authority(Role(task.peran))
                else:
                    authority = authorize_role(
                        session,
                        Role.KABAG,
                        self.ctx.now().date(),
                        "melepaskan tugas yang diambil orang lain",
                    )
                before = snapshot(task)
                self._write(
                    task, session, status=TaskStatus.OFFERED, diambil_oleh=None, diambil=None
                )
                self._record(
                    session, "lepas_tugas", task, authority, before=before, after=snapshot(task)
                )
        return self.lists.row(task_id)

    def return_to_previous(self, session: UserSession, task_id: int, reason: str) -> TaskRow:
        """Send an open task back to the previous step with a reason; the person who did the
        previous step receives a new task for it."""
        with refusals_recorded(self.ctx, session, "kembalikan_tugas", "tugas", task_id):
            with self.ctx.transaction():
                task = self._load(task_id)
                authority = self._authorize(session, task, "mengembalikan tugas ini")
                self._ensure_open_for(session, task)
                check = Checker()
                reason = check.text(
                    "alasan_kembali",
                    "Alasan pengembalian",
                    reason,
                    max_length=LONG_TEXT,
                    multiline=True,
                )
                if task.langkah == 1:
                    check.fail(
                        "alasan_kembali",
                        "Langkah 1 tidak dapat dikembalikan: tidak ada langkah sebelumnya.",
                    )
                check.raise_if_any()
                previous = (
                    Tugas.select()
                    .where(
                        (Tugas.siklus == task.siklus)
                        & (Tugas.langkah == task.langkah - 1)
                        & (Tugas.status == TaskStatus.DONE)
                    )
                    .order_by(Tugas.id.desc())
                    .first()
                )
                before = snapshot(task)
                now = self.ctx.now()
                self._write(
                    task,
                    session,
                    status=TaskStatus.RETURNED,
                    alasan_kembali=reason,
                    diselesaikan_oleh=session.user_id,
                    atas_nama=authority.acting_for,
                    diselesaikan=now,
                )
                self._record(
                    session,
                    "kembalikan_tugas",
                    task,
                    authority,
                    before=before,
                    after=snapshot(task),
                    message=reason,
                )
                process = self.ctx.process(task.siklus.proses)
                redo = self._offer(
                    task.siklus,
                    process.step(task.langkah - 1),
                    session.user_id,
                    now,
                    person=previous.diselesaikan_oleh_id if previous else None,
                )
                Tugas.update(draf=previous.data if previous else None).where(
                    Tugas.id == redo.id
                ).execute()
        return self.lists.row(redo.id)

    # --- internals -------------------------------------------------------------------------

    def _load(self, task_id: int) -> Tugas:
        task = Tugas.select(Tugas, Siklus).join(Siklus).where(Tugas.id == task_id).first()
        if task is None:
            raise NotFound("Tugas tidak ditemukan; mungkin sudah dihapus bersama kegiatannya.")
        return task

    def _ensure_open_for(self, session: UserSession, task: Tugas) -> None:
        """ConflictError when the task was finished, returned, or claimed by someone else."""
        if task.status == TaskStatus.CANCELLED:
            raise ConflictError(
                f"Tugas ini dibatalkan karena kegiatannya dihentikan pada "
                f"{_when(task.diselesaikan)}: {task.siklus.alasan_henti}"
            )
        if task.status in (TaskStatus.DONE, TaskStatus.RETURNED):
            verb = "diselesaikan" if task.status == TaskStatus.DONE else "dikembalikan"
            who = names_of([task.diselesaikan_oleh_id]).get(task.diselesaikan_oleh_id, "orang lain")
            raise ConflictError(
                f"Tugas ini sudah {verb} oleh {who} pada {_when(task.diselesaikan)}."
            )
        if task.status == TaskStatus.CLAIMED and task.diambil_oleh_id != session.user_id:
            who = names_of([task.diambil_oleh_id]).get(task.diambil_oleh_id, "orang lain")
            raise ConflictError(f"Tugas ini sudah diambil oleh {who} pada {_when(task.diambil)}.")

    def _authorize(self, session: UserSession, task: Tugas, action: str) -> Authority:
        today = self.ctx.now().date()
        role = Role(task.peran)
        if task.ditugaskan_ke_id:
            return authorize_person(session, task.ditugaskan_ke_id, role, today, action)
        return authorize_role(session, role, today, action)

    def _write(self, task: Tugas, session: UserSession, **changes) -> None:
        """Write `changes` if nobody changed the task since it was read; ConflictError otherwise."""
        written = (
            Tugas.update(versi=Tugas.versi + 1, **changes)
            .where((Tugas.id == task.id) & (Tugas.versi == task.versi))
            .execute()
        )
        if written != 1:
            self._ensure_open_for(session, self._load(task.id))
            raise ConflictError("Tugas ini baru saja diubah orang lain; muat ulang lalu coba lagi.")
        for key, value in changes.items():
            setattr(task, key, value)
        task.versi += 1

    def _record(
        self, session: UserSession, action: str, task: Tugas, authority: Authority, **details
    ) -> None:
        """The history row of `action` on `task`, done in the capacity `authority`; `details`
        as `record` takes them (before, after, message)."""
        record(
            self.ctx,
            session,
            action,
            "tugas",
            task.id,
            acting_for=authority.acting_for,
            role=authority.role,
            **details,
        )

    def _late_reason(self, task: Tugas, now: datetime, reason: str) -> str:
        if task.tenggat is None or now <= task.tenggat:
            return ""
        check = Checker()
        text = check.text(
            "alasan_terlambat",
            "Alasan keterlambatan (Ket)",
            reason,
            max_length=LONG_TEXT,
            multiline=True,
        )
        if not text:
            check.errors["alasan_terlambat"] = (
                f"Langkah ini melewati waktu baku (tenggat {_when(task.tenggat)}); "
                "isi alasan keterlambatan (Ket) sebelum menyelesaikan."
            )
        check.raise_if_any()
        return text

    def _offer(
        self, cycle: Siklus, step: Step, sender: int, now: datetime, person: int | None = None
    ) -> Tugas:
        if person is None and step.offer_to is OfferTo.TEAM_LEAD:
            lead = SiklusTim.get_or_none(
                (SiklusTim.siklus == cycle) & (SiklusTim.peran == Role.KETUA_TIM)
            )
            # a lead since deactivated cannot act: the task goes to the role instead
            person = lead.pegawai_id if lead and is_active(lead.pegawai_id) else None
        due = step.standard_time.due(self.calendar.calendar(), now) if step.standard_time else None
        return Tugas.create(
            siklus=cycle,
            langkah=step.number,
            peran=step.actor,
            ditugaskan_ke=person,
            dari=sender,
            diterima=now,
            tenggat=due,
        )

    def _cancel_open_tasks(
        self, session: UserSession, cycle: Siklus, authority: Authority, now: datetime
    ) -> None:
        """Cancel every open task of the stopped `cycle`, each with its history row. Read
        again until none is left: on PostgreSQL a step completed at the same moment may
        have offered its next task after this transaction's first look."""
        is_open = Tugas.status.in_([s.value for s in OPEN_STATUSES])
        while tasks := list(
            Tugas.select().where((Tugas.siklus == cycle) & is_open).order_by(Tugas.id)
        ):
            for task in tasks:
                cancelled = (
                    Tugas.update(
                        status=TaskStatus.CANCELLED, diselesaikan=now, versi=Tugas.versi + 1
                    )
                    .where((Tugas.id == task.id) & is_open)
                    .execute()
                )
                if cancelled:  # not completed meanwhile
                    self._record(
                        session,
                        "batalkan_tugas",
                        task,
                        authority,
                        before=snapshot(task),
                        after=snapshot(Tugas.get_by_id(task.id)),
                        message=cycle.alasan_henti,
                    )

    def _close(self, session: UserSession, cycle: Siklus, now: datetime) -> None:
        before = snapshot(cycle)
        Siklus.update(status=CycleStatus.CLOSED, selesai=now).where(Siklus.id == cycle.id).execute()
        record(
            self.ctx,
            session,
            "tutup_siklus",
            "siklus",
            cycle.id,
            before=before,
            after=snapshot(Siklus.get_by_id(cycle.id)),
        )


def _task_query():
    return Tugas.select(Tugas, Siklus).join(Siklus, JOIN.INNER)


def _when(moment: datetime | None) -> str:
    return f"{moment:%d-%m-%Y %H.%M}" if moment else "waktu yang tidak tercatat"


def _find_cycle(cycle_id: int) -> Siklus:
    cycle = Siklus.get_or_none(Siklus.id == cycle_id)
    if cycle is None:
        raise NotFound("Kegiatan monev tidak ditemukan.")
    return cycle


def _change_running(cycle: Siklus, consequence: str, **changes) -> Siklus:
    """Write `changes` to `cycle` if it is still running (checked in the same statement, so
    another workstation's stop in between is seen) and return it as written; else
    ConflictError saying when it ended and `consequence`."""
    running = (Siklus.id == cycle.id) & (Siklus.status == CycleStatus.RUNNING)
    if Siklus.update(**changes).where(running).execute() != 1:
        raise ConflictError(_ended(cycle, consequence))
    return Siklus.get_by_id(cycle.id)


def _ended(cycle: Siklus, consequence: str) -> str:
    """Why a cycle that is no longer running refuses a change: 'Kegiatan ini sudah selesai
    pada …; <consequence>.'"""
    cycle = Siklus.get_by_id(cycle.id)
    ended = "dihentikan" if cycle.status == CycleStatus.STOPPED else "selesai"
    return f"Kegiatan ini sudah {ended} pada {_when(cycle.selesai)}; {consequence}."


def _kepwal(cycle: Siklus) -> str:
    return f"{cycle.kepwal_nomor} tanggal {format_date(cycle.kepwal_tanggal)}"


def _int(check: Checker, field: str, label: str, value: object, low: int, high: int) -> int | None:
    try:
        number = int(value)
    except (TypeError, ValueError):
        check.fail(field, f"{label} wajib diisi dengan angka.")
        return None
    if not low <= number <= high:
        check.fail(field, f"{label} harus antara {low} dan {high}.")
    return number


def _cycle(c: Siklus) -> Cycle:
    return Cycle(
        id=c.id,
        process=c.proses,
        year=c.tahun,
        period=c.periode,
        label=cycle_label(c.tahun, c.periode),
        kepwal_number=c.kepwal_nomor,
        kepwal_date=c.kepwal_tanggal,
        status=c.status,
        started=c.dimulai,
        closed=c.selesai,
        stop_reason=c.alasan_henti,
    )
