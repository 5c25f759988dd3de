"""The integrity check begun before the app loads gives open_database the same answer, told
to a person in one line."""

import hashlib

import pytest

from monev_desktop.app import open_services
from monev_desktop.db import early_check
from monev_desktop.db.connection import DatabaseDamaged, open_database
from monev_desktop.db.integrity import LONGEST, brief
from tests.conftest import FAST_HASHER
from tests.factories import damage


@pytest.fixture
def sqlite_file(tmp_path):
    url = f"sqlite:///{tmp_path / 'monev.sqlite3'}"
    open_services(url, folder=tmp_path, hasher=FAST_HASHER).close()
    return url, tmp_path / "monev.sqlite3"


def test_a_sound_file_checked_early_opens_and_the_answer_is_taken_once(sqlite_file):
    url, _ = sqlite_file
    early_check.begin(url)
    assert early_check.answer(url) == "ok"
    assert early_check.answer(url) is None  # taken: the next open checks for itself
    early_check.begin(url)
    open_database(url).close()
    assert early_check.answer(url) is None


def test_a_damaged_file_found_early_is_reported_and_left_as_it_is(sqlite_file):
    url, path = sqlite_file
    damage(path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    early_check.begin(url)
    assert early_check.answer(url) not in (None, "ok")
    early_check.begin(url)
    with pytest.raises(DatabaseDamaged) as error:
        open_database(url)
    assert error.value.path == path and "rusak" in str(error.value)
    assert "\n" not in str(error.value) and len(str(error.value)) < 400  # fits a message box
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_nothing_is_begun_for_a_server_or_a_file_not_yet_made(tmp_path):
    for url in ("postgresql://postgres@127.0.0.1/test", f"sqlite:///{tmp_path / 'baru.sqlite3'}"):
        early_check.begin(url)
        assert early_check.answer(url) is None


def test_a_long_complaint_is_told_in_one_line():
    complaint = "*** in database main ***\nPage 3: btreeInitPage() returns error code 11\n" + (
        "On tree page 4 cell 254: Offset 0 out of range 2941..4092\n" * 200
    )
    assert brief(complaint) == "Page 3: btreeInitPage() returns error code 11 …"
    assert brief("file is not a database") == "file is not a database"
    assert len(brief("x" * 1000)) <= LONGEST + 2
