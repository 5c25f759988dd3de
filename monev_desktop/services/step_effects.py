"""What completing each step writes besides the task: the team, scope, schedule, results...

Each effect takes the cycle, the task and the cleaned form data, checks the references the
form validator could not (ids exist, people hold roles), and replaces the cycle's records of
that step, so that a step redone after a return leaves no stale rows. Runs inside the
completing transaction; a ValidationError rolls everything back.
"""

from collections.abc import Callable

from monev_desktop.db.models import (
    Disposisi,
    HasilMonitoring,
    JadwalMonitoring,
    KerjaSama,
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
from monev_desktop.domain.errors import ValidationError
from monev_desktop.domain.roles import Role
from monev_desktop.services.context import ServiceContext
from monev_desktop.services.permissions import acting_roles, own_roles

Effect = Callable[[ServiceContext, Siklus, Tugas, dict], None]
EFFECTS: dict[str, Effect] = {}


def effect(form: str) -> Callable[[Effect], Effect]:
    def register(fn: Effect) -> Effect:
        EFFECTS[form] = fn
        return fn

    return register


def apply_effect(ctx: ServiceContext, form: str, cycle: Siklus, task: Tugas, data: dict) -> None:
    EFFECTS.get(form, _no_effect)(ctx, cycle, task, data)


def _no_effect(ctx: ServiceContext, cycle: Siklus, task: Tugas, data: dict) -> None:
    """Steps whose output is the document alone (5, 6) keep just the task's data."""


def _missing(model, ids) -> set[int]:
    wanted = {i for i in ids if i}
    found = (
        {r.id for r in model.select(model.id).where(model.id.in_(list(wanted)))}
        if wanted
        else set()
    )
    return wanted - found


def _require_existing(model, field: str, label: str, ids) -> None:
    if _missing(model, ids):
        raise ValidationError(
            {field: f"{label} yang dipilih tidak ditemukan; muat ulang lalu pilih lagi."}
        )


def _holds(ctx: ServiceContext, person_id: int, role: Role) -> bool:
    today = ctx.now().date()
    return role in own_roles(person_id) or any(
        a.role is role for a in acting_roles(person_id, today)
    )


@effect("surat_perintah")
def _team(ctx: ServiceContext, cycle: Siklus, task: Tugas, data: dict) -> None:
    lead, analysts = data["ketua_tim_id"], data["analis_ids"]
    _require_existing(Pegawai, "ketua_tim_id", "Ketua tim kerja", [lead])
    _require_existing(Pegawai, "analis_ids", "Analis kerja sama", analysts)
    if not _holds(ctx, lead, Role.KETUA_TIM):
        raise ValidationError(
            {"ketua_tim_id": "Ketua tim kerja harus pegawai yang berperan Ketua Tim Kerja."}
        )
    if any(not _holds(ctx, a, Role.ANALIS) for a in analysts):
        raise ValidationError(
            {"analis_ids": "Setiap analis harus pegawai yang berperan Analis Kerja Sama."}
        )
    SiklusTim.delete().where(SiklusTim.siklus == cycle).execute()
    SiklusTim.create(siklus=cycle, pegawai=lead, peran=Role.KETUA_TIM)
    for person in dict.fromkeys(a for a in analysts if a != lead):
        SiklusTim.create(siklus=cycle, pegawai=person, peran=Role.ANALIS)


@effect("pengumpulan_data")
def _scope(ctx: ServiceContext, cycle: Siklus, task: Tugas, data: dict) -> None:
    ids = list(dict.fromkeys(data["kerja_sama_ids"]))
    _require_existing(KerjaSama, "kerja_sama_ids", "Kerja sama", ids)
    SiklusKerjaSama.delete().where(SiklusKerjaSama.siklus == cycle).execute()
    SiklusKerjaSama.insert_many([{"siklus": cycle.id, "kerja_sama": i} for i in ids]).execute()


@effect("bahan_monitoring")
def _schedule(ctx: ServiceContext, cycle: Siklus, task: Tugas, data: dict) -> None:
    rows = data["jadwal"]
    _require_existing(Opd, "jadwal", "OPD pada jadwal", [r["opd_id"] for r in rows])
    _require_existing(Pegawai, "jadwal", "Petugas pada jadwal", [r["petugas_id"] for r in rows])
    JadwalMonitoring.delete().where(JadwalMonitoring.siklus == cycle).execute()
    JadwalMonitoring.insert_many(
        [
            {
                "siklus": cycle.id,
                "opd": r["opd_id"],
                "tanggal": r["tanggal"],
                "petugas": r["petugas_id"],
            }
            for r in rows
        ]
    ).execute()


@effect("monitoring")
def _results(ctx: ServiceContext, cycle: Siklus, task: Tugas, data: dict) -> None:
    scope = {
        r.kerja_sama_id for r in SiklusKerjaSama.select().where(SiklusKerjaSama.siklus == cycle)
    }
    ids = [r["kerja_sama_id"] for r in data["hasil"]]
    outside = [i for i in ids if i not in scope]
    if outside:
        raise ValidationError(
            {"hasil": "Ada hasil untuk kerja sama di luar cakupan siklus ini; hapus baris itu."}
        )
    if len(set(ids)) != len(ids):
        raise ValidationError(
            {"hasil": "Satu kerja sama hanya boleh memiliki satu baris hasil monitoring."}
        )
    HasilMonitoring.delete().where(HasilMonitoring.siklus == cycle).execute()
    today = ctx.now().date()
    for row in data["hasil"]:
        fields = {k: v for k, v in row.items() if k != "kerja_sama_id"}
        HasilMonitoring.create(
            siklus=cycle,
            kerja_sama=row["kerja_sama_id"],
            petugas=task.diselesaikan_oleh_id,
            tanggal=today,
            **fields,
        )


@effect("rapat_evaluasi")
def _meeting(ctx: ServiceContext, cycle: Siklus, task: Tugas, data: dict) -> None:
    _require_existing(Pegawai, "peserta_ids", "Peserta rapat", data["peserta_ids"])
    _require_existing(
        KerjaSama, "temuan", "Kerja sama pada temuan", [t["kerja_sama_id"] for t in data["temuan"]]
    )
    TugasPeserta.delete().where(TugasPeserta.tugas == task).execute()
    for person in dict.fromkeys(data["peserta_ids"]):
        TugasPeserta.create(tugas=task, pegawai=person)
    Temuan.delete().where(Temuan.siklus == cycle).execute()
    for finding in data["temuan"]:
        Temuan.create(
            siklus=cycle,
            kerja_sama=finding["kerja_sama_id"],
            uraian=finding["uraian"],
            evaluasi=finding["evaluasi"],
        )


@effect("disposisi")
def _disposition(ctx: ServiceContext, cycle: Siklus, task: Tugas, data: dict) -> None:
    items = data["tindak_lanjut"]
    _require_existing(Pegawai, "diteruskan_kepada", "Penerima disposisi", data["diteruskan_kepada"])
    _require_existing(
        Pegawai, "tindak_lanjut", "Penanggung jawab", [i["penanggung_jawab_id"] for i in items]
    )
    for old in Disposisi.select().where(Disposisi.siklus == cycle):
        old.delete_instance(recursive=True)
    fields = {k: v for k, v in data.items() if k != "tindak_lanjut"}
    disposition = Disposisi.create(
        siklus=cycle, dibuat_oleh=task.diselesaikan_oleh_id, dibuat=ctx.now(), **fields
    )
    for item in items:
        TindakLanjut.create(
            disposisi=disposition,
            uraian=item["uraian"],
            penanggung_jawab=item["penanggung_jawab_id"],
            batas_waktu=item["batas_waktu"],
        )


@effect("tindak_lanjut")
def _follow_up(ctx: ServiceContext, cycle: Siklus, task: Tugas, data: dict) -> None:
    own = {t.id: t for t in TindakLanjut.select().join(Disposisi).where(Disposisi.siklus == cycle)}
    for update in data["status"]:
        item = own.get(update["id"])
        if item is None:
            raise ValidationError(
                {"status": "Butir tindak lanjut itu bukan milik siklus ini; muat ulang formulir."}
            )
        item.status, item.keterangan = update["status"], update["keterangan"]
        item.save()
