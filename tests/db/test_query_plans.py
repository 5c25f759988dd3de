"""The inbox and register queries are answered through indexes, never by reading every task."""

import pytest
from peewee import fn

from monev_desktop.db.connection import is_sqlite
from monev_desktop.db.models import KerjaSama, Siklus, Tugas
from monev_desktop.services.inbox import ORDERS, InboxList, row_query
from tests.factories import start_cycle


def plan(services, query) -> list[str]:
    sql, params = query.sql()
    return [row[-1] for row in services.ctx.db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params)]


@pytest.fixture
def sqlite_only(services):
    if not is_sqlite(services.ctx.db):
        pytest.skip("SQLite's query planner (PostgreSQL plans small tables differently)")


@pytest.mark.parametrize("which", list(InboxList))
@pytest.mark.parametrize("search", ["", "nurhaliza"])
def test_every_inbox_list_reads_tasks_through_an_index(
    sqlite_only, services, people, which, search
):
    start_cycle(services, people)
    lists = services.workflow.lists
    for user in ("kabag", "ketua", "analis1"):
        condition = lists._condition(people[user], which) & lists._search(search)
        page = row_query().where(condition).order_by(*ORDERS["tenggat"]).limit(200)
        count = Tugas.select(fn.COUNT(Tugas.id)).join(Siklus).where(condition)
        for steps in (plan(services, page), plan(services, count)):
            tasks = [s for s in steps if s.split()[1:2] == ["t1"]]  # t1 is the task table
            assert tasks and all("USING" in s and "INDEX" in s for s in tasks), steps


def test_the_register_is_read_in_end_date_order_from_its_index(sqlite_only, services):
    query = KerjaSama.select().order_by(KerjaSama.tanggal_berakhir, KerjaSama.id)
    steps = plan(services, query)
    assert any("INDEX kerjasama_tanggal_berakhir" in s for s in steps), steps
