"""Everything recorded about one cycle, read in a fixed handful of queries (no query per row)."""

from collections import defaultdict
from dataclasses import dataclass, field

from monev_desktop.db.models import (
    Disposisi,
    Dokumen,
    HasilMonitoring,
    JadwalMonitoring,
    KerjaSama,
    KerjaSamaOpd,
    Opd,
    Pegawai,
    Siklus,
    SiklusKerjaSama,
    SiklusTim,
    Temuan,
    TindakLanjut,
    Tugas,
    TugasPeserta,
)
from monev_desktop.domain.tasks import TaskStatus


@dataclass
class CycleRecords:
    cycle: Siklus
    done: dict[int, Tugas]  # step -> its latest completed task
    tasks: list[Tugas]  # every task, in order
    people: dict[int, Pegawai]
    team: list[SiklusTim]
    scope: list[KerjaSama]
    opds_of: dict[int, list[Opd]]  # agreement id -> its OPDs
    schedule: list[JadwalMonitoring]
    results: dict[int, HasilMonitoring]  # agreement id -> result
    findings: list[Temuan]
    disposition: Disposisi | None
    follow_ups: list[TindakLanjut]
    participants: dict[int, list[int]]  # task id -> person ids
    numbers: dict[str, str] = field(default_factory=dict)  # document kind -> latest number

    def lead(self) -> Pegawai | None:
        return next((self.people[m.pegawai_id] for m in self.team if m.peran == "ketua_tim"), None)

    def analysts(self) -> list[Pegawai]:
        return [self.people[m.pegawai_id] for m in self.team if m.peran == "analis"]


def load_cycle(cycle_id: int) -> CycleRecords:
    cycle = Siklus.get_by_id(cycle_id)
    tasks = list(Tugas.select().where(Tugas.siklus == cycle_id).order_by(Tugas.id))
    done = {t.langkah: t for t in tasks if t.status == TaskStatus.DONE}
    scope = list(
        KerjaSama.select()
        .join(SiklusKerjaSama)
        .where(SiklusKerjaSama.siklus == cycle_id)
        .order_by(KerjaSama.nomor)
    )
    opds_of: dict[int, list[Opd]] = defaultdict(list)
    links = (
        KerjaSamaOpd.select(KerjaSamaOpd, Opd)
        .join(Opd)
        .where(KerjaSamaOpd.kerja_sama.in_([k.id for k in scope]))
        .order_by(Opd.nama)
    )
    for link in links:
        opds_of[link.kerja_sama_id].append(link.opd)
    disposition = (
        Disposisi.select().where(Disposisi.siklus == cycle_id).order_by(Disposisi.id.desc()).first()
    )
    participants: dict[int, list[int]] = defaultdict(list)
    for row in TugasPeserta.select().join(Tugas).where(Tugas.siklus == cycle_id):
        participants[row.tugas_id].append(row.pegawai_id)
    numbers = {}
    for doc in Dokumen.select().where(Dokumen.siklus == cycle_id).order_by(Dokumen.id):
        if doc.nomor:
            numbers[doc.jenis] = doc.nomor
    return CycleRecords(
        cycle=cycle,
        done=done,
        tasks=tasks,
        people={p.id: p for p in Pegawai.select()},
        team=list(
            SiklusTim.select().where(SiklusTim.siklus == cycle_id).order_by(SiklusTim.peran.desc())
        ),
        scope=scope,
        opds_of=opds_of,
        schedule=list(
            JadwalMonitoring.select(JadwalMonitoring, Opd)
            .join(Opd)
            .where(JadwalMonitoring.siklus == cycle_id)
            .order_by(JadwalMonitoring.tanggal, Opd.nama)
        ),
        results={
            r.kerja_sama_id: r
            for r in HasilMonitoring.select().where(HasilMonitoring.siklus == cycle_id)
        },
        findings=list(Temuan.select().where(Temuan.siklus == cycle_id).order_by(Temuan.id)),
        disposition=disposition,
        follow_ups=list(
            TindakLanjut.select()
            .where(TindakLanjut.disposisi == disposition)
            .order_by(TindakLanjut.id)
        )
        if disposition
        else [],
        participants=participants,
        numbers=numbers,
    )
