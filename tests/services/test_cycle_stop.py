"""A running cycle stopped by the Kabag (started by mistake, say for the wrong period): its
open tasks cancelled and recorded, its documents kept, its period free again."""

import pytest

from monev_desktop.db.models import Riwayat, Siklus, Tugas
from monev_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from monev_desktop.services.inbox import InboxList
from tests.cycles import done_task, run_cycle
from tests.documents.test_generate import text_of
from tests.factories import appoint, make_agreements, start_cycle

REASON = "Kepwal TKKSD yang dipilih keliru; kegiatan dimulai lagi dengan Kepwal yang benar."


@pytest.fixture
def agreements(services, people):
    return make_agreements(services, people["admin"])


@pytest.fixture
def claimed(services, people, agreements, clock):
    """A cycle at step 4, claimed by analis1 with a draft saved; (cycle, task)."""
    cycle = run_cycle(services, people, agreements, clock, until=3)
    (task,) = services.workflow.inbox(people["analis1"])
    services.workflow.claim(people["analis1"], task.id)
    services.workflow.save_draft(people["analis1"], task.id, {"catatan": "OPD sudah dihubungi"})
    return cycle, task


def test_stopping_cancels_the_open_tasks_and_records_each(services, people, claimed, clock):
    cycle, task = claimed
    clock.advance(hours=1)
    stopped = services.workflow.stop_cycle(people["kabag"], cycle.id, REASON)
    assert (stopped.status, stopped.closed, stopped.stop_reason) == (
        "dihentikan",
        clock.moment,
        REASON,
    )
    detail = services.workflow.task(task.id)
    assert (detail.row.status, detail.stop_reason) == ("dibatalkan", REASON)
    assert detail.draft == {"catatan": "OPD sudah dihubungi"}  # kept, as the dialog says
    done = [t.status for t in services.workflow.cycle_tasks(cycle.id) if t.id != task.id]
    assert done == ["selesai"] * 3
    entries = Riwayat.select().where(Riwayat.aksi.in_(["hentikan_siklus", "batalkan_tugas"]))
    assert [(e.aksi, e.entitas_id, e.pelaku_id, e.pesan) for e in entries] == [
        ("hentikan_siklus", cycle.id, people["kabag"].user_id, REASON),
        ("batalkan_tugas", task.id, people["kabag"].user_id, REASON),
    ]


def test_a_cancelled_task_leaves_every_inbox_and_refuses_work(services, people, claimed):
    cycle, task = claimed
    services.workflow.stop_cycle(people["kabag"], cycle.id, REASON)
    for who in ("kabag", "ketua", "analis1", "analis2"):
        counts = services.workflow.lists.counts(people[who])
        assert {w: n for w, n in counts.items() if w is not InboxList.DONE and n} == {}, who
    analyst = people["analis1"]
    said = f"dibatalkan karena kegiatannya dihentikan pada .*: {REASON}"
    for act in (
        lambda: services.workflow.claim(analyst, task.id),
        lambda: services.workflow.save_draft(analyst, task.id, {"catatan": "lagi"}),
        lambda: services.workflow.complete(analyst, task.id, {}),
        lambda: services.workflow.return_to_previous(analyst, task.id, "Kurang data"),
    ):
        with pytest.raises(ConflictError, match=said):
            act()
    with pytest.raises(ConflictError):
        services.workflow.release(people["kabag"], task.id)
    assert services.workflow.task(task.id).draft == {"catatan": "OPD sudah dihubungi"}


def test_the_period_of_a_stopped_cycle_can_be_started_again(services, people, agreements, clock):
    first = run_cycle(services, people, agreements, clock, until=1)
    with pytest.raises(ValidationError):
        start_cycle(services, people)  # one running cycle per period
    services.workflow.stop_cycle(people["kabag"], first.id, REASON)
    again = start_cycle(services, people)
    assert (again.year, again.period, again.status) == (2025, 1, "berjalan")
    assert [c.status for c in services.workflow.cycles()] == ["berjalan", "dihentikan"]
    (task,) = services.workflow.inbox(people["kabag"])
    assert task.cycle_id == again.id and task.step == 1


def test_only_the_kabag_stops_a_cycle_with_a_reason(services, people, agreements, clock):
    cycle = run_cycle(services, people, agreements, clock, until=1)
    with pytest.raises(PermissionDenied, match="hanya Kepala Bagian Pemerintahan"):
        services.workflow.stop_cycle(people["ketua"], cycle.id, REASON)
    refusal = Riwayat.get((Riwayat.aksi == "hentikan_siklus") & (Riwayat.hasil == "ditolak"))
    assert refusal.pelaku_id == people["ketua"].user_id
    with pytest.raises(ValidationError) as error:
        services.workflow.stop_cycle(people["kabag"], cycle.id, "  ")
    assert "Alasan penghentian" in str(error.value)
    assert Siklus.get_by_id(cycle.id).status == "berjalan"
    assert Tugas.select().where(Tugas.status == "dibatalkan").count() == 0


def test_an_acting_kabag_stops_a_cycle_for_the_kabag(services, people, agreements, clock):
    cycle = run_cycle(services, people, agreements, clock, until=1)
    appoint(services, people, "2025-03-03", "2025-03-07")
    acting = services.accounts.login("ketua", "rahasia-kantor")
    services.workflow.stop_cycle(acting, cycle.id, REASON)
    entry = Riwayat.get(Riwayat.aksi == "hentikan_siklus")
    assert (entry.pelaku_id, entry.atas_nama_id) == (
        people["ketua"].user_id,
        people["kabag"].user_id,
    )


def test_a_cycle_that_has_ended_is_not_stopped(services, people, agreements, clock):
    closed = run_cycle(services, people, agreements, clock)
    with pytest.raises(ConflictError, match="sudah selesai pada"):
        services.workflow.stop_cycle(people["kabag"], closed.id, REASON)
    assert Siklus.get_by_id(closed.id).status == "selesai"
    stopped = run_cycle(services, people, agreements, clock, until=1, period=2)
    services.workflow.stop_cycle(people["kabag"], stopped.id, REASON)
    with pytest.raises(ConflictError, match="sudah dihentikan pada"):
        services.workflow.stop_cycle(people["kabag"], stopped.id, "Lagi")
    assert Siklus.get_by_id(stopped.id).alasan_henti == REASON


def test_a_stopped_cycle_issues_no_new_documents_but_keeps_its_archive(
    services, people, agreements, clock
):
    cycle = run_cycle(services, people, agreements, clock, until=1)
    step1 = done_task(services, cycle, 1)
    issued = services.documents.generate(people["kabag"], step1.id)
    services.workflow.stop_cycle(people["kabag"], cycle.id, REASON)
    with pytest.raises(ValidationError, match="tidak ada nomor surat baru"):
        services.documents.generate(people["kabag"], step1.id)
    assert [d.number for d in services.documents.documents(cycle.id)] == [d.number for d in issued]
    sheet = services.documents.generate_control_sheet(people["kabag"], cycle.id)  # still made
    written = text_of(sheet.path)
    assert f"Status\t: Dihentikan pada 3 Maret 2025; alasan: {REASON}" in written
    assert written.count("Tidak dilaksanakan") == 8 and "Belum dilaksanakan" not in written


def test_the_timeline_of_a_stopped_cycle(services, people, claimed, clock):
    cycle, task = claimed
    clock.advance(days=30)  # step 4 well past its due date
    services.workflow.stop_cycle(people["kabag"], cycle.id, REASON)
    rows = services.workflow.timeline(cycle.id)
    assert [r.status for r in rows] == ["selesai"] * 3 + ["dibatalkan"] + ["tidak dilaksanakan"] * 5
    assert not rows[3].late and rows[3].completed is None
