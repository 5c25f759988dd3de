"""How the codes the database records read on screen: statuses and history actions."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "labels"

# Task statuses (inbox, timeline, step window) and cycle statuses (cycles page).
STATUSES = {
    "tersedia": QT_TRANSLATE_NOOP("labels", "Belum diambil"),
    "dikerjakan": QT_TRANSLATE_NOOP("labels", "Sedang dikerjakan"),
    "selesai": QT_TRANSLATE_NOOP("labels", "Selesai"),
    "dikembalikan": QT_TRANSLATE_NOOP("labels", "Dikembalikan"),
    "dibatalkan": QT_TRANSLATE_NOOP("labels", "Dibatalkan"),
    "belum dimulai": QT_TRANSLATE_NOOP("labels", "Belum dimulai"),
    "tidak dilaksanakan": QT_TRANSLATE_NOOP("labels", "Tidak dilaksanakan"),
    "berjalan": QT_TRANSLATE_NOOP("labels", "Berjalan"),
    "dihentikan": QT_TRANSLATE_NOOP("labels", "Dihentikan"),
}

# The actions a cycle's history holds (the cycle's, its tasks' and its documents'), as the
# verb phrase of a sentence whose subject is the person who acted.
ACTIONS = {
    "mulai_siklus": QT_TRANSLATE_NOOP("labels", "memulai kegiatan"),
    "ubah_kepwal": QT_TRANSLATE_NOOP("labels", "mengubah Kepwal TKKSD"),
    "hentikan_siklus": QT_TRANSLATE_NOOP("labels", "menghentikan kegiatan"),
    "tutup_siklus": QT_TRANSLATE_NOOP("labels", "menutup kegiatan"),
    "ambil_tugas": QT_TRANSLATE_NOOP("labels", "mengambil tugas"),
    "lepas_tugas": QT_TRANSLATE_NOOP("labels", "melepas tugas"),
    "simpan_draf": QT_TRANSLATE_NOOP("labels", "menyimpan draf"),
    "pratinjau_langkah": QT_TRANSLATE_NOOP("labels", "meminta pratinjau"),
    "selesaikan_tugas": QT_TRANSLATE_NOOP("labels", "menyelesaikan tugas"),
    "kembalikan_tugas": QT_TRANSLATE_NOOP("labels", "mengembalikan tugas"),
    "batalkan_tugas": QT_TRANSLATE_NOOP("labels", "membatalkan tugas"),
    "buat_dokumen": QT_TRANSLATE_NOOP("labels", "membuat dokumen"),
}


def status_label(code: str) -> str:
    """The status `code` as shown; an unknown code as it is."""
    label = STATUSES.get(code)
    return QCoreApplication.translate(CONTEXT, label) if label else code


def before_full_stop(name: str) -> str:
    """`name` for a place where the sentence puts a full stop right after it: a name that
    ends with its own ("Budi Santoso, S.H.") gives it up, so that only one stands."""
    return name.removesuffix(".")


def action_phrase(code: str) -> str:
    """The verb phrase for action `code`; a code without one is shown with spaces."""
    phrase = ACTIONS.get(code)
    return QCoreApplication.translate(CONTEXT, phrase) if phrase else code.replace("_", " ")
