"""A running cycle's Kepwal TKKSD corrected by the Kabag (a typo in its number or date): the
cycle cites the corrected one from then on, the history keeps the old and the new, documents
already issued stay as they are and their next version cites the corrected one."""

from datetime import date

import pytest

from monev_desktop.db.models import Riwayat, Siklus
from monev_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from monev_desktop.services.document_context import CITES_KEPWAL
from tests.cycles import done_task, run_cycle
from tests.documents.test_generate import text_of
from tests.factories import appoint, make_agreements

OLD = "100.3.3.2/Kep.112-Huk/2025"  # tests.factories.start_cycle
NEW = {"kepwal_nomor": "100.3.3.2/Kep.121-Huk/2025", "kepwal_tanggal": "2025-01-16"}


@pytest.fixture
def agreements(services, people):
    return make_agreements(services, people["admin"])


def test_the_kabag_corrects_the_kepwal_and_the_next_version_cites_it(
    services, people, agreements, clock
):
    cycle = run_cycle(services, people, agreements, clock, until=2)
    step1 = done_task(services, cycle, 1).id
    (order,) = services.documents.generate(people["kabag"], step1)
    services.documents.generate(people["ketua"], done_task(services, cycle, 2).id)
    assert [d.kind for d in services.documents.citing_kepwal(cycle.id)] == ["surat_perintah"]

    corrected = services.workflow.correct_kepwal(people["kabag"], cycle.id, NEW)
    assert (corrected.kepwal_number, corrected.kepwal_date) == (
        NEW["kepwal_nomor"],
        date(2025, 1, 16),
    )
    entry = Riwayat.get(Riwayat.aksi == "ubah_kepwal")
    assert (entry.pelaku_id, entry.hasil, entry.entitas_id) == (
        people["kabag"].user_id,
        "ok",
        cycle.id,
    )
    assert entry.pesan == (
        f"{OLD} tanggal 15 Januari 2025 menjadi {NEW['kepwal_nomor']} tanggal 16 Januari 2025"
    )
    assert (entry.sebelum["kepwal_nomor"], entry.sesudah["kepwal_nomor"]) == (
        OLD,
        NEW["kepwal_nomor"],
    )
    assert OLD in text_of(order.path)  # the issued letter is not touched

    (again,) = services.documents.generate(people["kabag"], step1)
    assert (again.number, again.version) == (order.number, 2)
    assert NEW["kepwal_nomor"] in text_of(again.path) and OLD not in text_of(again.path)
    assert [d.version for d in services.documents.citing_kepwal(cycle.id)] == [2]


def test_an_acting_kabag_corrects_it_for_the_kabag(services, people, agreements, clock):
    cycle = run_cycle(services, people, agreements, clock, until=1)
    appoint(services, people, "2025-03-03", "2025-03-07")
    acting = services.accounts.login("ketua", "rahasia-kantor")
    services.workflow.correct_kepwal(acting, cycle.id, NEW)
    entry = Riwayat.get(Riwayat.aksi == "ubah_kepwal")
    assert (entry.pelaku_id, entry.atas_nama_id) == (
        people["ketua"].user_id,
        people["kabag"].user_id,
    )


def test_bad_or_unchanged_input_and_other_roles_change_nothing(services, people, agreements, clock):
    cycle = run_cycle(services, people, agreements, clock, until=1)
    with pytest.raises(PermissionDenied, match="hanya Kepala Bagian Pemerintahan"):
        services.workflow.correct_kepwal(people["ketua"], cycle.id, NEW)
    refusal = Riwayat.get((Riwayat.aksi == "ubah_kepwal") & (Riwayat.hasil == "ditolak"))
    assert refusal.pelaku_id == people["ketua"].user_id
    unchanged = {"kepwal_nomor": OLD, "kepwal_tanggal": "2025-01-15"}
    for data, said in (
        ({**NEW, "kepwal_nomor": "  "}, "Nomor Kepwal TKKSD wajib diisi"),
        ({**NEW, "kepwal_tanggal": "31-02-2025"}, "Tanggal Kepwal TKKSD"),
        (unchanged, "sama dengan yang tercatat"),
    ):
        with pytest.raises(ValidationError, match=said):
            services.workflow.correct_kepwal(people["kabag"], cycle.id, data)
    assert Siklus.get_by_id(cycle.id).kepwal_nomor == OLD
    assert (
        not Riwayat.select()
        .where((Riwayat.aksi == "ubah_kepwal") & (Riwayat.hasil == "ok"))
        .exists()
    )


def test_a_cycle_that_has_ended_keeps_its_kepwal(services, people, agreements, clock):
    closed = run_cycle(services, people, agreements, clock)
    with pytest.raises(ConflictError, match="sudah selesai pada .*; Kepwal TKKSD-nya tidak"):
        services.workflow.correct_kepwal(people["kabag"], closed.id, NEW)
    stopped = run_cycle(services, people, agreements, clock, until=1, period=2)
    services.workflow.stop_cycle(people["kabag"], stopped.id, "Keliru.")
    with pytest.raises(ConflictError, match="sudah dihentikan pada"):
        services.workflow.correct_kepwal(people["kabag"], stopped.id, NEW)
    assert {c.kepwal_number for c in services.workflow.cycles()} == {OLD}


def test_the_documents_said_to_cite_the_kepwal_are_those_whose_text_does(
    services, people, agreements, clock
):
    cycle = run_cycle(services, people, agreements, clock)
    issued = [
        document
        for task in services.workflow.cycle_tasks(cycle.id)
        for document in services.documents.generate(people["kabag"], task.id)
    ]
    issued.append(services.documents.generate_control_sheet(people["kabag"], cycle.id))
    citing = {d.kind for d in issued if OLD in text_of(d.path)}
    assert citing == CITES_KEPWAL
