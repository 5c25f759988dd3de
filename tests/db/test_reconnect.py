"""A PostgreSQL server that drops the app's connection (a restart, a network blip, an
administrator), on the real server: the app carries on, or says what happened."""

import os
import uuid

import pytest
from playhouse.db_url import parse

from monev_desktop.db.connection import (
    ConnectionLost,
    DatabaseUnavailable,
    ServerDatabase,
    is_postgres,
)
from monev_desktop.db.models import Opd
from tests.conftest import PG_ENV


@pytest.fixture
def admin(services):
    """A second connection, the server administrator's, that can drop the app's."""
    if not is_postgres(services.ctx.db):
        pytest.skip("runs in the PostgreSQL half of the suite")
    import psycopg2

    connection = psycopg2.connect(os.environ[PG_ENV].replace("postgresql://", "postgres://", 1))
    connection.autocommit = True
    yield connection
    connection.close()


def drop_connection(admin, db) -> None:
    pid = db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    admin.cursor().execute("SELECT pg_terminate_backend(%s)", (pid,))


def test_after_the_server_drops_the_connection_the_next_action_just_works(services, people, admin):
    drop_connection(admin, services.ctx.db)
    assert services.agreements.opds() == []  # a read opens a new connection
    drop_connection(admin, services.ctx.db)
    services.agreements.add_opd(people["admin"], "Dinas Kesehatan", "Dinkes")  # so does a write
    assert [name for _, name in services.agreements.opds()] == ["Dinas Kesehatan"]


def test_a_connection_dropped_in_the_middle_of_a_write_is_a_sentence_and_nothing_half_done(
    services, people, admin
):
    with pytest.raises(ConnectionLost, match="belum pasti perubahan ini tersimpan"):
        with services.ctx.transaction():
            Opd.create(nama="Dinas Perhubungan")
            drop_connection(admin, services.ctx.db)
            Opd.create(nama="Dinas Pendidikan")
    services.agreements.add_opd(people["admin"], "Dinas Kesehatan", "Dinkes")
    assert [name for _, name in services.agreements.opds()] == ["Dinas Kesehatan"]


def test_a_server_that_refuses_the_new_connection_is_one_clear_sentence(admin):
    role = f"monev_t_{uuid.uuid4().hex[:12]}"
    admin.cursor().execute(f'CREATE ROLE "{role}" LOGIN')
    server = parse(os.environ[PG_ENV])
    db = ServerDatabase(**{**server, "user": role}, connect_timeout=5)
    try:
        assert db.execute_sql("SELECT 1").fetchone() == (1,)
        admin.cursor().execute(f'ALTER ROLE "{role}" NOLOGIN')  # the server now refuses it
        drop_connection(admin, db)
        with pytest.raises(DatabaseUnavailable) as refused:
            db.execute_sql("SELECT 1")
        where = f"{server.get('host', 'localhost')}:{server.get('port', 5432)}"
        assert str(refused.value).startswith(
            f"Tidak dapat terhubung ke server basis data {where} ("
        )
        assert "Periksa apakah server menyala" in str(refused.value)
    finally:
        db.close()
        admin.cursor().execute(f'DROP ROLE "{role}"')
