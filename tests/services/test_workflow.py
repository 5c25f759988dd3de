from datetime import datetime

import pytest

from monev_desktop.db.models import (
    HasilMonitoring,
    Riwayat,
    Siklus,
    SiklusTim,
    Temuan,
    TindakLanjut,
    Tugas,
    TugasPeserta,
)
from monev_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from monev_desktop.domain.roles import Role
from monev_desktop.services.inbox import InboxList
from tests.cycles import run_cycle
from tests.factories import ACTOR, appoint, make_agreements, start_cycle, step_data


@pytest.fixture
def agreements(services, people):
    return make_agreements(services, people["admin"])


def only_task(services, session):
    tasks = services.workflow.inbox(session)
    assert len(tasks) == 1, tasks
    return tasks[0]


def complete_step(services, people, agreements, cycle, step, **kw):
    session = people[ACTOR[step]]
    task = only_task(services, session)
    assert task.step == step
    return services.workflow.complete(
        session, task.id, step_data(step, people, agreements, services, cycle.id), **kw
    )


def test_a_full_cycle_runs_step_1_to_9_and_closes(services, people, agreements, clock):
    cycle = start_cycle(services, people)
    for step in range(1, 10):
        clock.advance(minutes=5)
        complete_step(services, people, agreements, cycle, step)
    assert Siklus.get_by_id(cycle.id).status == "selesai"
    assert [t.step for t in services.workflow.cycle_tasks(cycle.id)] == list(range(1, 10))
    assert all(t.status == "selesai" for t in services.workflow.cycle_tasks(cycle.id))
    assert SiklusTim.select().where(SiklusTim.siklus == cycle.id).count() == 3
    assert HasilMonitoring.select().where(HasilMonitoring.siklus == cycle.id).count() == 3
    assert Temuan.select().where(Temuan.siklus == cycle.id).count() == 1
    assert TindakLanjut.get().status == "selesai"
    step7 = Tugas.get((Tugas.siklus == cycle.id) & (Tugas.langkah == 7))
    assert TugasPeserta.select().where(TugasPeserta.tugas == step7).count() == 3
    actions = [r.aksi for r in Riwayat.select().where(Riwayat.entitas == "siklus")]
    assert actions == ["mulai_siklus", "tutup_siklus"]


def test_only_the_kabag_starts_a_cycle_and_refusals_are_recorded(services, people):
    with pytest.raises(PermissionDenied, match="hanya Kepala Bagian Pemerintahan"):
        start_cycle(services, {"kabag": people["analis1"]})
    refusal = Riwayat.get((Riwayat.aksi == "mulai_siklus") & (Riwayat.hasil == "ditolak"))
    assert refusal.pelaku_id == people["analis1"].user_id
    assert Siklus.select().count() == 0


def test_steps_go_to_the_team_lead_named_in_the_surat_perintah(services, people, agreements):
    services.accounts.create_user(
        people["admin"],
        {
            "username": "ketua2",
            "nama": "Ketua Lain",
            "roles": ["ketua_tim"],
            "password": "12345678",
        },
    )
    other_lead = services.accounts.login("ketua2", "12345678")
    cycle = start_cycle(services, people)
    complete_step(services, people, agreements, cycle, 1)
    task = only_task(services, people["ketua"])
    assert task.step == 2 and task.assigned_to == "Siti Nurhaliza, S.IP., M.AP."
    assert services.workflow.inbox(other_lead) == []
    with pytest.raises(PermissionDenied, match="ditujukan kepada Siti Nurhaliza"):
        services.workflow.claim(other_lead, task.id)


def test_an_analyst_never_sees_or_opens_a_kabag_task(services, people):
    start_cycle(services, people)
    assert services.workflow.inbox(people["analis1"]) == []
    task = only_task(services, people["kabag"])
    with pytest.raises(PermissionDenied):
        services.workflow.complete(people["analis1"], task.id, {})


def test_an_acting_kabag_signs_for_the_kabag_and_history_shows_both(services, people, clock):
    appoint(services, people, "2025-03-03", "2025-03-07")
    acting = services.accounts.login("ketua", "rahasia-kantor")
    assert acting.acting[0].label == "Plh. Kepala Bagian Pemerintahan"
    cycle = start_cycle(services, {"kabag": acting})
    entry = Riwayat.get((Riwayat.aksi == "mulai_siklus") & (Riwayat.entitas_id == cycle.id))
    assert entry.pelaku_id == people["ketua"].user_id
    assert entry.atas_nama_id == people["kabag"].user_id
    clock.advance(days=7)
    with pytest.raises(PermissionDenied):
        start_cycle(services, {"kabag": acting}, period=2)


def test_due_dates_follow_the_standard_time_on_working_days(services, people, agreements, clock):
    clock.moment = datetime(2025, 3, 27, 15, 50)  # Thursday before Nyepi and Idul Fitri
    cycle = start_cycle(services, people)
    first = only_task(services, people["kabag"])
    assert first.due == datetime(2025, 4, 8, 7, 35)  # 10 minutes on 27 March, 5 on 8 April
    complete_step(services, people, agreements, cycle, 1)
    second = only_task(services, people["ketua"])
    assert second.due == datetime(2025, 4, 8, 16, 0)


def test_a_late_step_needs_a_reason_which_is_kept(services, people, agreements, clock):
    cycle = start_cycle(services, people)
    clock.advance(hours=2)
    task = only_task(services, people["kabag"])
    assert task.overdue
    data = step_data(1, people, agreements)
    with pytest.raises(ValidationError) as error:
        services.workflow.complete(people["kabag"], task.id, data)
    assert "alasan keterlambatan (Ket)" in error.value.errors["alasan_terlambat"]
    assert Tugas.get_by_id(task.id).status == "tersedia"
    services.workflow.complete(
        people["kabag"], task.id, data, late_reason="Rapat mendadak dengan Sekda."
    )
    assert Tugas.get_by_id(task.id).alasan_terlambat == "Rapat mendadak dengan Sekda."
    assert cycle.id


def test_invalid_form_data_writes_nothing(services, people, agreements):
    start_cycle(services, people)
    task = only_task(services, people["kabag"])
    history = Riwayat.select().count()
    with pytest.raises(ValidationError) as error:
        services.workflow.complete(
            people["kabag"],
            task.id,
            {
                "tanggal": "2025-03-03",
                "ketua_tim_id": people["analis1"].user_id,
                "analis_ids": [people["analis2"].user_id],
                "untuk": ["Tugas."],
            },
        )
    assert "berperan Ketua Tim Kerja" in str(error.value)
    assert Tugas.get_by_id(task.id).status == "tersedia"
    assert Tugas.select().count() == 1
    assert SiklusTim.select().count() == 0
    assert Riwayat.select().count() == history


def test_return_to_previous_step_needs_a_reason_and_reoffers_to_who_did_it(
    services, people, agreements
):
    cycle = start_cycle(services, people)
    complete_step(services, people, agreements, cycle, 1)
    complete_step(services, people, agreements, cycle, 2)
    task = only_task(services, people["ketua"])
    with pytest.raises(ValidationError, match="Alasan pengembalian wajib diisi"):
        services.workflow.return_to_previous(people["ketua"], task.id, "  ")
    redo = services.workflow.return_to_previous(people["ketua"], task.id, "Data OPD belum lengkap.")
    assert redo.step == 2 and redo.assigned_to == "Siti Nurhaliza, S.IP., M.AP."
    assert Tugas.get_by_id(task.id).status == "dikembalikan"
    assert services.workflow.task(redo.id).draft["kerja_sama_ids"] == [a.id for a in agreements]
    with pytest.raises(ValidationError, match="tidak ada langkah sebelumnya"):
        first = services.workflow.cycle_tasks(cycle.id)[0]
        Tugas.update(status="tersedia").where(Tugas.id == first.id).execute()
        services.workflow.return_to_previous(people["kabag"], first.id, "Salah.")


def test_completing_a_finished_task_says_who_did_it_and_when(services, people, agreements, clock):
    start_cycle(services, people)
    task = only_task(services, people["kabag"])
    services.workflow.complete(people["kabag"], task.id, step_data(1, people, agreements))
    with pytest.raises(
        ConflictError,
        match=r"sudah diselesaikan oleh Dr\. H\. Ahmad Fauzi.* pada 03-03-2025 08\.00",
    ):
        services.workflow.complete(people["kabag"], task.id, step_data(1, people, agreements))


def test_a_claimed_task_belongs_to_its_claimer(services, people, agreements):
    cycle = start_cycle(services, people)
    for step in (1, 2, 3):
        complete_step(services, people, agreements, cycle, step)
    task = only_task(services, people["analis1"])
    services.workflow.claim(people["analis1"], task.id)
    assert only_task(services, people["analis2"]).claimed_by == "Budi Santoso, S.H."
    with pytest.raises(ConflictError, match="sudah diambil oleh Budi Santoso"):
        services.workflow.claim(people["analis2"], task.id)
    services.workflow.save_draft(people["analis1"], task.id, {"hasil": []})
    assert services.workflow.task(task.id).draft == {"hasil": []}


def test_a_revoked_account_loses_its_rights(services, people):
    start_cycle(services, people)
    from monev_desktop.db.models import Pegawai

    Pegawai.update(aktif=False).where(Pegawai.id == people["kabag"].user_id).execute()
    task = only_task(services, people["kabag"])
    with pytest.raises(PermissionDenied):
        services.workflow.claim(people["kabag"], task.id)
    assert Role.KABAG in people["kabag"].roles


def test_each_inbox_count_is_the_length_of_its_list(services, people, agreements, clock):
    run_cycle(services, people, agreements, clock, until=3)  # steps 4 offered to the analysts
    clock.advance(days=30)  # and overdue
    lists = services.workflow.lists
    for user in ("kabag", "ketua", "analis1", "analis2"):
        counts = lists.counts(people[user])
        for which in InboxList:
            assert counts[which] == len(lists.page(people[user], which, limit=None)), (user, which)
    assert lists.counts(people["analis1"])[InboxList.OVERDUE] > 0
    assert lists.counts(people["kabag"])[InboxList.DONE] > 0
