"""Shared fixtures: a fresh real database per test (SQLite file, or a PostgreSQL schema when
MONEV_TEST_DATABASE_URL is set), services on a settable clock, the demo roles, and a stand-in
printer."""

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import stat
import uuid
from datetime import datetime
from urllib.parse import quote

import pytest
from argon2 import PasswordHasher
from playhouse.db_url import connect

from monev_desktop.app import Services, open_services
from monev_desktop.db.connection import SQLITE_PRAGMAS
from monev_desktop.db.models import database

PG_ENV = "MONEV_TEST_DATABASE_URL"
PASSWORD = "rahasia-kantor"
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


class Clock:
    """A clock the test moves by hand; starts on Monday 2025-03-03 at 08:00 (a working day)."""

    def __init__(self, moment: datetime = datetime(2025, 3, 3, 8, 0)):
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta) -> None:
        from datetime import timedelta

        self.moment += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def database_url(tmp_path):
    """URL of an empty database that exists for this test only."""
    server = os.environ.get(PG_ENV)
    if not server:
        yield f"sqlite:///{tmp_path / 'monev.sqlite3'}"
        return
    import psycopg2  # the PostgreSQL half must fail loudly when the server is missing

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = psycopg2.connect(server.replace("postgresql://", "postgres://", 1), connect_timeout=5)
    admin.autocommit = True
    admin.cursor().execute(f'CREATE SCHEMA "{schema}"')
    separator = "&" if "?" in server else "?"
    yield f"{server}{separator}options={quote(f'-csearch_path={schema}')}"
    database.close()
    admin.cursor().execute(f'DROP SCHEMA "{schema}" CASCADE')
    admin.close()


@pytest.fixture(autouse=True)
def garbage_collected_on_the_main_thread():
    """As in the app (monev_desktop.gui.garbage): cyclic garbage is collected between tests on
    the main thread, never by a Runner's worker thread freeing a Qt widget off the GUI thread."""
    gc.disable()
    yield
    gc.collect()


@pytest.fixture
def other_workstation(database_url):
    """A second connection to the test's database, as another workstation has: inside its
    `write_transaction` it holds the write lock from the first statement."""
    if database_url.startswith("sqlite"):
        other = connect(database_url, pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE")
    else:
        other = connect(database_url)
    yield other
    other.close()


@pytest.fixture
def services(database_url, clock, tmp_path) -> Services:
    opened = open_services(database_url, now=clock, hasher=FAST_HASHER, folder=tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def people(services):
    """Sessions for admin, kabag, ketua (team lead), analis1, analis2 (all with PASSWORD)."""
    admin = services.accounts.create_first_admin(
        _person("admin", "Rina Marlina, S.Kom.", ["admin"])
    )
    sessions = {"admin": admin}
    for username, name, roles, nip in (
        ("kabag", "Dr. H. Ahmad Fauzi, S.STP., M.Si.", ["kabag"], "197803152000121002"),
        ("ketua", "Siti Nurhaliza, S.IP., M.AP.", ["ketua_tim"], "198402202006042001"),
        ("analis1", "Budi Santoso, S.H.", ["analis"], "199001082015031004"),
        ("analis2", "Dewi Lestari, S.Sos.", ["analis"], "199307252019022002"),
    ):
        services.accounts.create_user(admin, _person(username, name, roles, nip))
        sessions[username] = services.accounts.login(username, PASSWORD)
    return sessions


def _person(username, name, roles, nip=None):
    return {
        "username": username,
        "nama": name,
        "roles": roles,
        "password": PASSWORD,
        "nip": nip,
        "pangkat": "Penata",
        "golongan": "III/c",
        "jabatan": "Staf",
    }


# The printer behind `lp`: keeps the PDF it is given, or refuses it as CUPS does without a
# default printer (when LP_REFUSES is set, or once it has taken LP_ACCEPTS jobs).
STAND_IN_LP = """#!/bin/sh
taken=$(cat "$PRINTED.jobs" 2>/dev/null | wc -l)
if [ -n "$LP_REFUSES" ] || { [ -n "$LP_ACCEPTS" ] && [ "$taken" -ge "$LP_ACCEPTS" ]; }; then
  echo "lp: Error - No default destination." >&2
  exit 1
fi
while getopts t: option; do
  [ "$option" = t ] && printf %s "$OPTARG" > "$PRINTED.judul"
done
shift $((OPTIND - 1))
cp "$1" "$PRINTED"
echo "$1" >> "$PRINTED.jobs"
"""


@pytest.fixture
def printer(tmp_path, monkeypatch):
    """Puts a stand-in `lp` first on PATH; the path where the PDF it prints lands (and beside
    it, `.judul`, the job's title, and `.jobs`, a line per job)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    lp = bin_dir / "lp"
    lp.write_text(STAND_IN_LP)
    lp.chmod(lp.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    printed = tmp_path / "dicetak.pdf"
    monkeypatch.setenv("PRINTED", str(printed))
    return printed


def pytest_report_header(config):
    server = os.environ.get(PG_ENV)
    return f"database: {'PostgreSQL ' + server if server else 'SQLite (temporary files)'}"
