"""A cycle's history on the Kegiatan Monev page: a step's letters to every OPD, made in one
go, are one line that unfolds into a line per letter; every other entry is a line of its own."""

from datetime import date, datetime

from monev_desktop.gui import cycles
from monev_desktop.gui.cycles import history_runs
from monev_desktop.services.dto import HistoryEntry
from tests.cycles import done_task, run_cycle
from tests.gui.test_full_cycle import log_in

OPDS = ["Dinas Kesehatan", "Dinas Pendidikan", "Kecamatan Ciledug"]


def agreements_of_three_opds(services, admin):
    return [
        services.agreements.create(
            admin,
            {
                "nomor": f"000.7/{i:03d}-Pem/2024",
                "judul": f"PKS tentang Layanan {i}",
                "mitra": f"PT Mitra {i}",
                "jenis": "KSDPK",
                "bentuk": "PKS",
                "tanggal_mulai": date(2024, 1, 1),
                "tanggal_berakhir": date(2026, 12, 31),
                "opd_ids": [services.agreements.add_opd(admin, name, "")],
            },
        )
        for i, name in enumerate(OPDS, start=1)
    ]


def test_a_steps_letters_to_every_opd_are_one_line_that_unfolds(qtbot, services, people, clock):
    agreements = agreements_of_three_opds(services, people["admin"])
    cycle = run_cycle(services, people, agreements, clock, until=3)
    (order,) = services.documents.generate(people["kabag"], done_task(services, cycle, 1).id)
    letters = services.documents.generate(people["ketua"], done_task(services, cycle, 2).id)
    assert len(letters) == len(OPDS)

    history = log_in(qtbot, services, "kabag").page("cycles").ui.history
    lines = [history.topLevelItem(i) for i in range(history.topLevelItemCount())]
    kabag, ketua = people["kabag"].name, people["ketua"].name
    single = [line for line in lines if f"{kabag}: membuat dokumen, Surat Perintah" in line.text(0)]
    assert [line.text(0).split(": ", 1)[1] for line in single] == [
        f"membuat dokumen, Surat Perintah {order.number} v1"
    ]
    assert single[0].childCount() == 0

    (batch,) = [line for line in lines if line.childCount()]
    assert batch.text(0).endswith(
        f"— {ketua}: membuat {len(letters)} dokumen, Surat Permintaan Data"
    )
    assert not batch.isExpanded()
    unfolded = [batch.child(i).text(0) for i in range(batch.childCount())]
    assert unfolded == [f"{letter.title} {letter.number} v1" for letter in letters]
    assert all(letter.title.startswith("Surat Permintaan Data — ") for letter in letters)


def entry(action, minute, kind="surat_permintaan_data", actor="Siti"):
    return HistoryEntry(
        when=datetime(2025, 3, 3, 8, minute, 30),
        actor=actor,
        acting_for="",
        role="ketua",
        action=action,
        entity="dokumen" if action == "buat_dokumen" else "tugas",
        entity_id=1,
        before=None,
        after={"jenis": kind} if action == "buat_dokumen" else None,
        outcome="berhasil",
        message="",
    )


def test_a_run_is_one_persons_documents_of_one_kind_in_one_minute():
    letters = [entry("buat_dokumen", 15) for _ in range(3)]
    other_minute, other_kind = entry("buat_dokumen", 16), entry("buat_dokumen", 16, "jadwal")
    other_person, task = entry("buat_dokumen", 16, "jadwal", "Budi"), entry("selesai", 16)
    entries = [*letters, other_minute, other_kind, other_person, task, task]
    assert history_runs(entries) == [
        letters,
        [other_minute],
        [other_kind],
        [other_person],
        [task],
        [task],
    ]


def test_a_long_history_shows_its_newest_entries_and_says_so(
    qtbot, services, people, clock, monkeypatch
):
    monkeypatch.setattr(cycles, "HISTORY_SHOWN", 3)
    cycle = run_cycle(
        services, people, agreements_of_three_opds(services, people["admin"]), clock, until=3
    )
    recorded = services.workflow.cycle_history(cycle.id)
    assert len(recorded) > 3
    assert services.workflow.cycle_history(cycle.id, 3) == recorded[-3:]

    history = log_in(qtbot, services, "kabag").page("cycles").ui.history
    lines = [history.topLevelItem(i).text(0) for i in range(history.topLevelItemCount())]
    assert lines[0] == "… catatan yang lebih lama tidak ditampilkan; ini 3 catatan terakhir."
    assert lines[-1].endswith(f"— {people['ketua'].name}: menyelesaikan tugas, langkah 3")
    assert len(lines) == 4  # the three newest entries (none of them a run of letters)
