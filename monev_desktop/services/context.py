"""What every service needs, passed in from the composition root: database, clock, rules."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from argon2 import PasswordHasher
from peewee import Database

from monev_desktop.db.connection import write_transaction
from monev_desktop.domain.calendar import HolidayLookup, indonesian_holidays
from monev_desktop.domain.process import Process


@dataclass
class ServiceContext:
    """Shared by the services of one open database. Not a singleton: app.py builds one."""

    db: Database
    processes: dict[str, Process]
    data_dir: Path
    now: Callable[[], datetime] = datetime.now
    is_holiday: HolidayLookup = field(default_factory=indonesian_holidays)
    hasher: PasswordHasher = field(default_factory=PasswordHasher)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic write: everything inside commits together or not at all, and no other
        workstation writes in between (see db.connection.write_transaction)."""
        with write_transaction(self.db):
            yield

    @contextmanager
    def rehearsal(self) -> Iterator[None]:
        """Writes tried and then undone: whatever happens inside, nothing is committed (to see
        what a change would produce before making it)."""
        with write_transaction(self.db) as attempt:
            yield
            attempt.rollback()

    def process(self, code: str) -> Process:
        return self.processes[code]
