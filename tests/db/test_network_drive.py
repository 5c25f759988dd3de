"""An SQLite file on a network drive is refused before SQLite touches it."""

from pathlib import Path

import pytest

from monev_desktop.db import network_drive as drives
from monev_desktop.db.connection import DatabaseUnavailable, open_database
from monev_desktop.db.network_drive import network_drive

# The office's mount table, as Linux writes it: a share of the file server, a local disk
# mounted inside it, and a second share whose folder name has a space (written \040).
MOUNTS = """\
/dev/vda / ext4 rw,relatime 0 0
//fileserver/bagpem /mnt/kantor cifs rw,vers=3.0 0 0
/dev/vdb /mnt/kantor/lokal ext4 rw 0 0
fileserver:/arsip /media/drive\\040bersama nfs4 rw 0 0
"""


@pytest.fixture
def office_mounts(tmp_path, monkeypatch):
    table = tmp_path / "mounts"
    table.write_text(MOUNTS)
    monkeypatch.setattr(drives, "MOUNT_TABLE", table)


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/mnt/kantor/monev.sqlite3", "cifs"),
        ("/mnt/kantor/sub/folder/monev.sqlite3", "cifs"),
        ("/mnt/kantor/lokal/monev.sqlite3", None),
        ("/mnt/kantorlain/monev.sqlite3", None),
        ("/media/drive bersama/monev.sqlite3", "nfs4"),
        ("/home/staf/monev.sqlite3", None),
    ],
)
def test_the_mount_table_tells_a_share_from_a_local_disk(office_mounts, path, kind):
    assert network_drive(Path(path)) == kind


def test_this_computers_own_disk_is_local(tmp_path):
    assert network_drive(tmp_path / "monev.sqlite3") is None


def test_an_sqlite_file_on_a_share_is_refused_and_nothing_is_created(office_mounts, tmp_path):
    share = Path("/mnt/kantor")
    assert not share.exists()  # not mounted on this machine: opening would create it
    link = tmp_path / "ke-kantor"
    link.symlink_to(share)  # the share reached through a link
    with pytest.raises(DatabaseUnavailable) as refused:
        open_database(f"sqlite:///{link / 'monev.sqlite3'}")
    message = str(refused.value)
    assert "ada di drive jaringan (cifs), jadi tidak dibuka" in message
    assert "pakai server PostgreSQL untuk beberapa komputer" in message
    assert not share.exists()
