"""Runs the app's own code in a loop, for the crash test to kill at random moments.

python -m tests.crash_worker DATABASE_URL DATA_FOLDER: sets up people and agreements once,
then runs cycle after cycle, completing every step and issuing its documents, forever.
"""

import sys
from pathlib import Path

from argon2 import PasswordHasher

from monev_desktop.app import open_services
from monev_desktop.db.models import Siklus

PASSWORD = "rahasia-kantor"
PEOPLE = (
    ("kabag", ["kabag"], "197803152000121002"),
    ("ketua", ["ketua_tim"], "198402202006042001"),
    ("analis1", ["analis"], "199001082015031004"),
    ("analis2", ["analis"], "199307252019022002"),
)


def main(url: str, folder: str) -> None:
    from tests.factories import ACTOR, make_agreements, step_data

    services = open_services(
        url, folder=Path(folder), hasher=PasswordHasher(time_cost=1, memory_cost=1024)
    )
    if not services.accounts.has_users():
        admin = services.accounts.create_first_admin(
            {"username": "admin", "nama": "Admin", "password": PASSWORD, "roles": ["admin"]}
        )
        for username, roles, nip in PEOPLE:
            services.accounts.create_user(
                admin,
                {
                    "username": username,
                    "nama": username.title(),
                    "roles": roles,
                    "nip": nip,
                    "password": PASSWORD,
                },
            )
        make_agreements(services, admin)
    people = {
        name: services.accounts.login(name, PASSWORD) for name in ("admin", *(p[0] for p in PEOPLE))
    }
    agreements = services.agreements.list()
    while True:
        running = Siklus.select().where(Siklus.status == "berjalan").first()
        if running is None:
            n = Siklus.select().count()
            services.workflow.start_cycle(
                people["kabag"],
                {
                    "tahun": 2000 + n // 12,
                    "periode": 1 + n % 12,
                    "kepwal_nomor": "K/1",
                    "kepwal_tanggal": "2025-01-15",
                },
            )
            continue
        task = next(
            t
            for t in services.workflow.cycle_tasks(running.id)
            if t.status in ("tersedia", "dikerjakan")
        )
        session = people[ACTOR[task.step]]
        services.workflow.complete(
            session,
            task.id,
            step_data(task.step, people, agreements, services, running.id),
            late_reason="Uji ketahanan.",
        )
        services.documents.generate(people["kabag"], task.id)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
