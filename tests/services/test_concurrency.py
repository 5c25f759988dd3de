"""Two people (two workstations) writing at the same moment, each on their own real connection."""

import threading

import pytest

from monev_desktop.db import connection
from monev_desktop.db.connection import (
    DatabaseBusy,
    is_sqlite,
    write_transaction,
)
from monev_desktop.db.models import KerjaSama, Opd, Riwayat, Siklus, Tugas, database
from monev_desktop.domain.errors import ConflictError, ValidationError
from tests.factories import make_agreements, start_cycle, step_data


def race(*actions):
    """Run the actions in threads (so each has its own database connection), released together."""
    barrier = threading.Barrier(len(actions))
    outcomes = [None] * len(actions)

    def run(index, action):
        try:
            barrier.wait()
            outcomes[index] = ("ok", action())
        except Exception as exc:  # collected for the assertions
            outcomes[index] = ("error", exc)
        finally:
            database.close()

    threads = [threading.Thread(target=run, args=(i, a)) for i, a in enumerate(actions)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads)
    return outcomes


@pytest.fixture
def analyst_task(services, people):
    agreements = make_agreements(services, people["admin"])
    cycle = start_cycle(services, people)
    for step, actor in ((1, "kabag"), (2, "ketua"), (3, "ketua")):
        task = services.workflow.inbox(people[actor])[0]
        services.workflow.complete(people[actor], task.id, step_data(step, people, agreements))
    return services.workflow.inbox(people["analis1"])[0], agreements, cycle


@pytest.mark.parametrize("attempt", range(5))
def test_two_claims_at_once_exactly_one_wins(services, people, analyst_task, attempt):
    task, _, _ = analyst_task
    outcomes = race(
        lambda: services.workflow.claim(people["analis1"], task.id),
        lambda: services.workflow.claim(people["analis2"], task.id),
    )
    winners = [o for o in outcomes if o[0] == "ok"]
    losers = [o[1] for o in outcomes if o[0] == "error"]
    assert len(winners) == 1 and len(losers) == 1, outcomes
    assert isinstance(losers[0], ConflictError)
    winner = winners[0][1].claimed_by
    assert f"sudah diambil oleh {winner} pada" in str(losers[0])
    assert (
        Riwayat.select().where((Riwayat.aksi == "ambil_tugas") & (Riwayat.hasil == "ok")).count()
        == 1
    )


@pytest.mark.parametrize("attempt", range(5))
def test_two_completions_at_once_exactly_one_wins_and_nothing_doubles(
    services, people, analyst_task, attempt
):
    task, agreements, cycle = analyst_task
    data = step_data(4, people, agreements)
    outcomes = race(
        lambda: services.workflow.complete(people["analis1"], task.id, data),
        lambda: services.workflow.complete(people["analis2"], task.id, data),
    )
    assert sorted(o[0] for o in outcomes) == ["error", "ok"], outcomes
    loser = next(o[1] for o in outcomes if o[0] == "error")
    assert isinstance(loser, ConflictError)
    assert "sudah diselesaikan oleh" in str(loser) or "sudah diambil oleh" in str(loser)
    assert Tugas.select().where((Tugas.siklus == cycle.id) & (Tugas.langkah == 5)).count() == 1
    from monev_desktop.db.models import HasilMonitoring

    assert HasilMonitoring.select().count() == len(agreements)


def agreement_numbered(services, opd_id, nomor):
    return {
        "nomor": nomor,
        "judul": "PKS tentang Layanan Bersama",
        "mitra": "PT Mitra",
        "jenis": "KSDPK",
        "bentuk": "NK",
        "tanggal_mulai": "2024-01-01",
        "tanggal_berakhir": "2026-12-31",
        "opd_ids": [opd_id],
    }


@pytest.mark.parametrize("attempt", range(5))
def test_two_workstations_adding_the_same_agreement_number_at_once_one_is_told_which_field(
    services, people, attempt
):
    opd = services.agreements.add_opd(people["admin"], "Dinas Kesehatan", "Dinkes")
    data = agreement_numbered(services, opd, "000.7/777-Pem/2025")
    outcomes = race(
        lambda: services.agreements.create(people["analis1"], data),
        lambda: services.agreements.create(people["analis2"], data),
    )
    assert sorted(o[0] for o in outcomes) == ["error", "ok"], outcomes
    loser = next(o[1] for o in outcomes if o[0] == "error")
    assert isinstance(loser, ValidationError), repr(loser)
    assert "sudah dipakai" in loser.errors["nomor"]
    assert KerjaSama.select().count() == 1


@pytest.mark.parametrize("attempt", range(3))
def test_two_workstations_adding_the_same_opd_and_user_at_once_one_is_told_which_field(
    services, people, attempt
):
    outcomes = race(
        lambda: services.agreements.add_opd(people["admin"], "Dinas Perhubungan", "Dishub"),
        lambda: services.agreements.add_opd(people["admin"], "dinas perhubungan", "Dishub"),
    )
    assert sorted(o[0] for o in outcomes) == ["error", "ok"], outcomes
    loser = next(o[1] for o in outcomes if o[0] == "error")
    assert isinstance(loser, ValidationError) and "sudah terdaftar" in loser.errors["nama"]

    person = {
        "username": "analis3",
        "nama": "Sari Wulandari, S.IP.",
        "nip": "199001012015032001",
        "password": "rahasia-kantor",
        "roles": ["analis"],
    }
    outcomes = race(*[lambda: services.accounts.create_user(people["admin"], person)] * 2)
    assert sorted(o[0] for o in outcomes) == ["error", "ok"], outcomes
    loser = next(o[1] for o in outcomes if o[0] == "error")
    assert isinstance(loser, ValidationError) and "sudah dipakai" in loser.errors["username"]


def test_a_write_kept_waiting_by_another_workstation_is_told_to_try_again_and_writes_nothing(
    services, people, other_workstation, monkeypatch
):
    if is_sqlite(services.ctx.db):
        services.ctx.db.execute_sql("PRAGMA busy_timeout = 100")
    monkeypatch.setattr(connection, "LOCK_WAIT", "100ms")
    with write_transaction(other_workstation):  # it is saving, and takes its time
        with pytest.raises(DatabaseBusy, match="sedang dipakai menyimpan oleh komputer lain"):
            services.agreements.add_opd(people["admin"], "Dinas Perhubungan", "Dishub")
    assert not Opd.select().where(Opd.nama == "Dinas Perhubungan").exists()
    services.agreements.add_opd(people["admin"], "Dinas Perhubungan", "Dishub")


@pytest.mark.parametrize("attempt", range(5))
def test_a_step_completed_while_the_kabag_stops_the_cycle_leaves_no_open_task(
    services, people, analyst_task, attempt
):
    """Either the step is completed first and the next step's task is cancelled with the
    rest, or the cycle is stopped first and the analyst is told why: never a task left open
    in a stopped cycle."""
    task, agreements, cycle = analyst_task
    data = step_data(4, people, agreements)
    stopping, completing = race(
        lambda: services.workflow.stop_cycle(people["kabag"], cycle.id, "Dimulai keliru"),
        lambda: services.workflow.complete(people["analis1"], task.id, data),
    )
    assert stopping[0] == "ok", stopping
    if completing[0] == "error":
        assert isinstance(completing[1], ConflictError), repr(completing[1])
        assert "dihentikan" in str(completing[1])
    open_tasks = Tugas.select().where(
        (Tugas.siklus == cycle.id) & Tugas.status.in_(["tersedia", "dikerjakan"])
    )
    assert open_tasks.count() == 0
    assert Siklus.get_by_id(cycle.id).status == "dihentikan"
