"""Every status the database can hold reads as a word on screen, never as its code."""

from monev_desktop.domain.tasks import CycleStatus, TaskStatus
from monev_desktop.gui.labels import action_phrase, status_label


def test_every_status_has_a_label(qapp):
    codes = [*TaskStatus, *CycleStatus, "belum dimulai", "tidak dilaksanakan"]  # timeline's
    assert all(status_label(code) != code for code in codes)
    assert status_label(TaskStatus.CLAIMED) == "Sedang dikerjakan"


def test_history_actions_read_as_verbs(qapp):
    assert action_phrase("hentikan_siklus") == "menghentikan kegiatan"
    assert action_phrase("selesaikan_tugas") == "menyelesaikan tugas"
    assert action_phrase("kode_baru") == "kode baru"  # no phrase yet: the code, spaced
