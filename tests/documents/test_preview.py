"""A step's documents previewed before the step is completed: rendered from the form as it
stands, read back with python-docx, and nothing written to the database or the archive."""

from datetime import date

import pytest

from monev_desktop.db.models import ALL_MODELS, Dokumen, Riwayat
from monev_desktop.domain.errors import PermissionDenied, ValidationError
from monev_desktop.domain.tasks import TaskStatus
from tests.cycles import run_cycle
from tests.documents.test_generate import text_of
from tests.factories import make_agreements, start_cycle, step_data


def everything(services) -> dict[str, list[tuple]]:
    """Every row of every table, to show that a preview leaves the database as it was."""
    return {m._meta.table_name: sorted(m.select().tuples(), key=repr) for m in ALL_MODELS}


def archive_files(services) -> list:
    folder = services.documents.archive_dir()
    return sorted(folder.rglob("*")) if folder.exists() else []


def test_the_surat_perintah_is_seen_before_step_1_is_completed(services, people, tmp_path):
    agreements = make_agreements(services, people["admin"])
    cycle = start_cycle(services, people)
    (task,) = services.workflow.cycle_tasks(cycle.id)
    before, files = everything(services), archive_files(services)

    (letter,) = services.preview_step(
        people["kabag"], task.id, step_data(1, people, agreements), tmp_path / "draf"
    )

    assert letter.title == "Surat Perintah"
    body = text_of(letter.path)
    assert "NOMOR : 000.8.3.3/…/Pem/2025" in body  # the number stays open until issued
    assert "Melaksanakan monitoring dan evaluasi kerja sama daerah." in body
    assert "Siti Nurhaliza, S.IP., M.AP." in body  # the team chosen in the form
    assert everything(services) == before  # no task done, no number, no history, no record
    assert archive_files(services) == files
    assert services.workflow.task(task.id).row.status == TaskStatus.OFFERED


def test_a_batch_is_previewed_by_its_first_letter(services, people, clock, tmp_path):
    agreements = make_agreements(services, people["admin"])
    second_opd = services.agreements.add_opd(people["admin"], "Dinas Pendidikan", "Dindik")
    agreements.append(
        services.agreements.create(
            people["admin"],
            {
                "nomor": "000.7/009-Pem/2024",
                "judul": "PKS tentang Beasiswa",
                "mitra": "Universitas Contoh",
                "jenis": "KSDPK",
                "bentuk": "PKS",
                "tanggal_mulai": date(2024, 1, 1),
                "tanggal_berakhir": date(2026, 12, 31),
                "opd_ids": [second_opd],
            },
        )
    )
    run_cycle(services, people, agreements, clock, until=1)
    task = services.workflow.inbox(people["ketua"])[0]

    (letter,) = services.preview_step(
        people["ketua"], task.id, step_data(2, people, agreements), tmp_path
    )

    assert letter.title == "Surat Permintaan Data — Dinas Kesehatan (1 dari 2)"
    assert "Kepala Dinas Kesehatan" in text_of(letter.path)
    assert Dokumen.select().count() == 0


def test_a_step_with_two_documents_previews_both(services, people, clock, tmp_path):
    agreements = make_agreements(services, people["admin"])
    cycle = run_cycle(services, people, agreements, clock, until=2)
    task = services.workflow.inbox(people["ketua"])[0]
    drafts = services.preview_step(
        people["ketua"], task.id, step_data(3, people, agreements, services, cycle.id), tmp_path
    )
    assert [d.title for d in drafts] == ["Jadwal Monitoring", "Instrumen Monitoring"]
    assert all(d.path.is_file() for d in drafts)


def test_a_late_step_is_previewed_without_its_reason_yet(services, people, clock, tmp_path):
    agreements = make_agreements(services, people["admin"])
    cycle = start_cycle(services, people)
    (task,) = services.workflow.cycle_tasks(cycle.id)
    clock.advance(days=10)  # well past step 1's standard time
    assert services.workflow.task(task.id).row.overdue
    (letter,) = services.preview_step(
        people["kabag"], task.id, step_data(1, people, agreements), tmp_path
    )
    assert letter.path.is_file()
    with pytest.raises(ValidationError) as refused:  # completing still asks for the reason
        services.workflow.complete(people["kabag"], task.id, step_data(1, people, agreements))
    assert "alasan_terlambat" in refused.value.errors


def test_a_redone_step_shows_the_number_its_letter_already_has(services, people, clock, tmp_path):
    agreements = make_agreements(services, people["admin"])
    cycle = run_cycle(services, people, agreements, clock, until=1)
    first = services.workflow.cycle_tasks(cycle.id)[0]
    (issued,) = services.documents.generate(people["kabag"], first.id)
    step2 = services.workflow.inbox(people["ketua"])[0]
    services.workflow.return_to_previous(people["ketua"], step2.id, "Tim perlu ditambah.")
    redo = next(t for t in services.workflow.inbox(people["kabag"]) if t.step == 1)

    (letter,) = services.preview_step(
        people["kabag"], redo.id, step_data(1, people, agreements), tmp_path
    )

    assert f"NOMOR : {issued.number}" in text_of(letter.path)


def test_bad_form_data_names_the_field_and_writes_nothing(services, people, tmp_path):
    agreements = make_agreements(services, people["admin"])
    cycle = start_cycle(services, people)
    (task,) = services.workflow.cycle_tasks(cycle.id)
    before = everything(services)
    data = {**step_data(1, people, agreements), "untuk": []}
    with pytest.raises(ValidationError) as refused:
        services.preview_step(people["kabag"], task.id, data, tmp_path)
    assert "untuk" in refused.value.errors
    assert not any(tmp_path.glob("*.docx"))
    assert everything(services) == before


def test_only_who_may_complete_a_step_may_preview_it(services, people, tmp_path):
    agreements = make_agreements(services, people["admin"])
    cycle = start_cycle(services, people)
    (task,) = services.workflow.cycle_tasks(cycle.id)
    with pytest.raises(PermissionDenied):
        services.preview_step(
            people["analis1"], task.id, step_data(1, people, agreements), tmp_path
        )
    refusal = Riwayat.get(Riwayat.hasil == "ditolak")
    assert (refusal.aksi, refusal.pelaku_id, refusal.entitas_id) == (
        "pratinjau_langkah",
        people["analis1"].user_id,
        task.id,
    )
