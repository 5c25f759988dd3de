"""A claimed task given back to its role's inbox, its draft kept: by the person who claimed
it, or by the Kabag for anyone's (someone on leave); nobody else."""

import pytest

from monev_desktop.db.models import Riwayat
from monev_desktop.domain.errors import ConflictError, PermissionDenied
from tests.cycles import run_cycle
from tests.factories import make_agreements


@pytest.fixture
def claimed(services, people, clock):
    """Step 4 of a cycle, claimed by analis1 with a draft saved."""
    run_cycle(services, people, make_agreements(services, people["admin"]), clock, until=3)
    (task,) = services.workflow.inbox(people["analis1"])
    services.workflow.claim(people["analis1"], task.id)
    services.workflow.save_draft(people["analis1"], task.id, {"catatan": "OPD sudah dihubungi"})
    return task


def test_the_person_who_claimed_a_task_gives_it_back_with_its_draft(services, people, claimed):
    assert services.workflow.can_release(people["analis1"], claimed.id)
    row = services.workflow.release(people["analis1"], claimed.id)
    assert (row.status, row.claimed_by) == ("tersedia", "")
    assert services.workflow.task(claimed.id).draft == {"catatan": "OPD sudah dihubungi"}
    entry = Riwayat.get(Riwayat.aksi == "lepas_tugas")
    assert (entry.pelaku_id, entry.peran, entry.hasil) == (
        people["analis1"].user_id,
        "analis",
        "ok",
    )
    services.workflow.claim(people["analis2"], claimed.id)  # a colleague takes it on
    assert services.workflow.task(claimed.id).row.claimed_by == people["analis2"].name


def test_the_kabag_gives_back_anyone_s_task_and_nobody_else_may(services, people, claimed):
    assert not services.workflow.can_release(people["analis2"], claimed.id)
    with pytest.raises(PermissionDenied, match="tidak berwenang melepaskan tugas"):
        services.workflow.release(people["analis2"], claimed.id)
    refusal = Riwayat.get((Riwayat.aksi == "lepas_tugas") & (Riwayat.hasil == "ditolak"))
    assert refusal.pelaku_id == people["analis2"].user_id
    assert services.workflow.task(claimed.id).row.claimed_by == people["analis1"].name

    assert services.workflow.can_release(people["kabag"], claimed.id)
    services.workflow.release(people["kabag"], claimed.id)
    assert services.workflow.task(claimed.id).row.status == "tersedia"
    assert not services.workflow.can_release(people["kabag"], claimed.id)
    with pytest.raises(ConflictError, match="tidak sedang diambil siapa pun"):
        services.workflow.release(people["kabag"], claimed.id)
