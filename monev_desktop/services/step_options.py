"""What a step's form offers to choose from, and the data it starts with (plain dataclasses)."""

from dataclasses import dataclass
from datetime import date

from monev_desktop.db.models import Disposisi, KerjaSama, Opd, Pegawai, PegawaiPeran, Tugas
from monev_desktop.domain.agreements import MANUAL_STATUSES
from monev_desktop.domain.roles import Role
from monev_desktop.services.calendar import CalendarService
from monev_desktop.services.context import ServiceContext
from monev_desktop.services.cycle_records import load_cycle


@dataclass(frozen=True)
class Choice:
    id: int
    label: str


@dataclass(frozen=True)
class FollowUpItem:
    id: int
    action: str
    responsible: str
    deadline: date
    status: str
    note: str


@dataclass(frozen=True)
class StepOptions:
    employees: tuple[Choice, ...]
    leads: tuple[Choice, ...]
    analysts: tuple[Choice, ...]
    agreements: tuple[Choice, ...]  # in force today: what step 2 may pick
    scope: tuple[Choice, ...]  # the cycle's agreements (chosen in step 2)
    opds: tuple[Choice, ...]
    follow_ups: tuple[FollowUpItem, ...]
    defaults: dict


DEFAULT_TASKS = (
    "Melaksanakan monitoring dan evaluasi penyelenggaraan kerja sama daerah di lingkungan "
    "Pemerintah Kota Tangerang.",
    "Melaporkan hasil pelaksanaan tugas kepada Kepala Bagian Pemerintahan.",
)


def step_options(ctx: ServiceContext, calendar: CalendarService, task_id: int) -> StepOptions:
    task = Tugas.get_by_id(task_id)
    records = load_cycle(task.siklus_id)
    today = ctx.now().date()
    people = list(Pegawai.select().where(Pegawai.aktif).order_by(Pegawai.nama))
    roles: dict[int, set[str]] = {}
    for row in PegawaiPeran.select():
        roles.setdefault(row.pegawai_id, set()).add(row.peran)
    in_force = (
        KerjaSama.select()
        .where(
            (KerjaSama.tanggal_berakhir >= today)
            & (
                KerjaSama.status_manual.not_in(list(MANUAL_STATUSES))
                | KerjaSama.status_manual.is_null()
            )
        )
        .order_by(KerjaSama.nomor)
    )
    scope = tuple(Choice(a.id, f"{a.nomor} — {a.judul}") for a in records.scope)
    scope_opds = list(dict.fromkeys(o for a in records.scope for o in records.opds_of[a.id]))
    disposition = (
        Disposisi.select()
        .where(Disposisi.siklus == task.siklus_id)
        .order_by(Disposisi.id.desc())
        .first()
    )
    follow_ups = (
        tuple(
            FollowUpItem(
                t.id,
                t.uraian,
                records.people[t.penanggung_jawab_id].nama,
                t.batas_waktu,
                t.status,
                t.keterangan,
            )
            for t in records.follow_ups
        )
        if disposition
        else ()
    )
    options = StepOptions(
        employees=tuple(Choice(p.id, p.nama) for p in people),
        leads=tuple(Choice(p.id, p.nama) for p in people if Role.KETUA_TIM in roles.get(p.id, ())),
        analysts=tuple(Choice(p.id, p.nama) for p in people if Role.ANALIS in roles.get(p.id, ())),
        agreements=tuple(Choice(a.id, f"{a.nomor} — {a.judul}") for a in in_force),
        scope=scope,
        opds=tuple(Choice(o.id, o.nama) for o in Opd.select().order_by(Opd.nama)),
        follow_ups=follow_ups,
        defaults={},
    )
    defaults = _defaults(task.langkah, options, records, scope_opds, calendar, today)
    return StepOptions(**{**options.__dict__, "defaults": defaults})


def _defaults(step, options, records, scope_opds, calendar, today) -> dict:
    team = [m.pegawai_id for m in records.team]
    analysts = [m.pegawai_id for m in records.team if m.peran == Role.ANALIS] or [
        c.id for c in options.analysts
    ]
    if step == 1:
        return {
            "tanggal": today.isoformat(),
            "ketua_tim_id": options.leads[0].id if options.leads else None,
            "analis_ids": [c.id for c in options.analysts],
            "untuk": list(DEFAULT_TASKS),
        }
    if step == 2:
        return {"kerja_sama_ids": [c.id for c in options.agreements]}
    if step == 3:
        day, rows = today, []
        working = calendar.calendar()
        for n, opd in enumerate(scope_opds):
            if n % 3 == 0:
                day = working.next_working_day(day)
            rows.append(
                {
                    "opd_id": opd.id,
                    "tanggal": day.isoformat(),
                    "petugas_id": analysts[n % len(analysts)] if analysts else None,
                }
            )
        return {"jadwal": rows}
    if step == 4:
        return {"hasil": [{"kerja_sama_id": c.id} for c in options.scope]}
    if step in (5,):
        return {"tanggal": today.isoformat()}
    if step == 6:
        counts: dict[str, int] = {}
        for result in records.results.values():
            counts[result.rekomendasi] = counts.get(result.rekomendasi, 0) + 1
        summary = ", ".join(f"{k.lower()} {v}" for k, v in sorted(counts.items()))
        return {
            "ringkasan": f"{len(records.scope)} kerja sama dimonitor; rekomendasi: {summary or '-'}."
        }
    if step == 7:
        chair = records.done[1].diselesaikan_oleh_id if 1 in records.done else None
        return {
            "tanggal": today.isoformat(),
            "waktu": "09.00 - 13.00 WIB",
            "tempat": "Ruang Rapat Bagian Pemerintahan",
            "peserta_ids": list(dict.fromkeys([p for p in (chair, *team) if p])),
            "temuan": [],
        }
    if step == 8:
        return {
            "sifat": "Segera",
            "isi_ringkas": "Hasil monitoring dan evaluasi kerja sama daerah",
            "instruksi": ["Untuk ditindaklanjuti"],
            "tindak_lanjut": [],
        }
    if step == 9:
        return {
            "status": [
                {"id": f.id, "status": f.status, "keterangan": f.note} for f in options.follow_ups
            ]
        }
    return {}
