"""A damaged database at start-up: the window says so and offers the newest sound backup."""

import hashlib

from PySide6.QtWidgets import QApplication, QMessageBox

from monev_desktop.app import open_services, restore_backup
from monev_desktop.db.connection import DatabaseDamaged
from monev_desktop.db.models import Opd
from monev_desktop.gui.startup import offer_restore
from monev_desktop.services.backup import newest_sound_backup
from tests.conftest import FAST_HASHER
from tests.factories import damage, sqlite_with_backup
from tests.gui.modal import answer_message_box


def test_the_newest_sound_backup_is_offered_and_restored(qtbot, tmp_path):
    url, good = sqlite_with_backup(tmp_path)
    (tmp_path / "cadangan" / "monev-cadangan-99999999-000000.zip").write_bytes(
        b"rusak"
    )  # newer, broken
    assert newest_sound_backup(tmp_path) == good
    damage(tmp_path / "monev.sqlite3")
    damaged_hash = hashlib.sha256((tmp_path / "monev.sqlite3").read_bytes()).hexdigest()
    try:
        open_services(url, folder=tmp_path, hasher=FAST_HASHER)
    except DatabaseDamaged as error:
        problem = str(error)
    assert "rusak" in problem

    asked = answer_message_box(QMessageBox.StandardButton.Yes)
    restored = offer_restore(
        QApplication.instance(),
        problem,
        good,
        lambda file: restore_backup(url, file, folder=tmp_path, hasher=FAST_HASHER),
    )
    assert restored and str(good) in asked[0]
    kept = [
        p
        for p in tmp_path.iterdir()
        if ".rusak-" in p.name and not p.name.endswith(("-wal", "-shm"))
    ]
    assert hashlib.sha256(kept[0].read_bytes()).hexdigest() == damaged_hash
    services = open_services(url, folder=tmp_path, hasher=FAST_HASHER)
    assert Opd.select().count() == 150
    services.close()
