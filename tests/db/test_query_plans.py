"""The inbox and register queries are answered through indexes, never by reading every task.

SQLite: every step on the task table is a SEARCH or SCAN USING an index. PostgreSQL plans a
small table with a sequential scan whatever its indexes, so there sequential scans are priced
out (`enable_seqscan = off`) and the plan must still reach the tasks through an index.
"""

from datetime import date, timedelta

import pytest

from monev_desktop.db.connection import is_sqlite
from monev_desktop.db.models import KerjaSama
from monev_desktop.services.agreements import register_query
from monev_desktop.services.history import history_query
from monev_desktop.services.inbox import ORDERS, InboxList, row_query
from tests.factories import start_cycle


def plan(services, query) -> list[str]:
    db = services.ctx.db
    sql, params = query.sql()
    if is_sqlite(db):
        return [row[-1] for row in db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params)]
    with db.atomic():
        db.execute_sql("SET LOCAL enable_seqscan = off")
        return [row[0] for row in db.execute_sql(f"EXPLAIN {sql}", params)]


def reads_through_an_index(steps: list[str], table: str, alias: str) -> bool:
    if any(f"Seq Scan on {table}" in s for s in steps):  # PostgreSQL
        return False
    sqlite = [s for s in steps if s.split()[1:2] == [alias]]
    return all("USING" in s and "INDEX" in s for s in sqlite)


@pytest.mark.parametrize("which", list(InboxList))
@pytest.mark.parametrize("search", ["", "nurhaliza"])
def test_every_inbox_list_reads_tasks_through_an_index(services, people, which, search):
    start_cycle(services, people)
    lists = services.workflow.lists
    for user in ("kabag", "ketua", "analis1"):
        condition = lists._condition(people[user], which) & lists._search(search)
        page = row_query().where(condition).order_by(*ORDERS["tenggat"]).limit(200)
        steps = plan(services, page)
        assert reads_through_an_index(steps, "tugas", "t1"), steps


def test_the_inbox_counts_read_tasks_through_an_index(services, people):
    start_cycle(services, people)
    for user in ("kabag", "ketua", "analis1"):
        for query in services.workflow.lists.count_queries(people[user]):
            steps = plan(services, query)
            assert reads_through_an_index(steps, "tugas", "t1"), steps


def test_the_register_is_read_in_end_date_order_from_its_index(services):
    steps = plan(services, register_query())
    assert any("kerjasama_tanggal_berakhir" in s for s in steps), steps


def test_the_agreements_ending_soon_are_found_through_the_end_dates_index(services):
    today = date(2025, 3, 3)
    ending = register_query(KerjaSama.tanggal_berakhir.between(today, today + timedelta(90)))
    steps = plan(services, ending)
    assert reads_through_an_index(steps, "kerjasama", "t1"), steps
    assert any("kerjasama_tanggal_berakhir" in s for s in steps), steps


def test_a_cycles_history_is_found_through_the_records_index(services, people):
    cycle = start_cycle(services, people)
    tasks = [t.id for t in services.workflow.cycle_tasks(cycle.id)]
    query = history_query({"siklus": [cycle.id], "tugas": tasks, "dokumen": [1, 2]}, 2000)
    steps = plan(services, query)
    assert reads_through_an_index(steps, "riwayat", "t1"), steps
    assert any("riwayat_entitas_entitas_id" in s for s in steps), steps
