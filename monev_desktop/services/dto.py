"""Frozen dataclasses the services hand out: what the GUI and the CLI may see."""

from dataclasses import dataclass, replace
from datetime import date, datetime

from monev_desktop.domain.roles import Role


@dataclass(frozen=True)
class ActingRole:
    """A valid acting appointment: Plt./Plh. of `role`, standing in for `for_name`."""

    role: Role
    kind: str
    for_id: int | None
    for_name: str
    start: date
    end: date

    @property
    def label(self) -> str:
        return f"{self.kind}. {self.role.title}"


@dataclass(frozen=True)
class ActingAppointment:
    id: int
    person: str
    role: Role
    kind: str
    for_name: str
    start: date
    end: date


@dataclass(frozen=True)
class UserSession:
    """Who is logged in. Permissions are checked against the database on every action."""

    user_id: int
    username: str
    name: str
    roles: frozenset[Role]
    acting: tuple[ActingRole, ...] = ()

    def describe(self) -> str:
        own = ", ".join(r.title for r in sorted(self.roles)) or "tanpa peran"
        acting = "".join(f"; {a.label}" for a in self.acting)
        return f"{self.name} ({own}{acting})"

    def acting_as(self, index: int | None) -> "UserSession":
        """This session in its own roles only (None), or also in its `index`-th acting
        appointment (chosen at login)."""
        return replace(self, acting=() if index is None else (self.acting[index],))


@dataclass(frozen=True)
class Employee:
    id: int
    username: str
    name: str
    nip: str
    pangkat: str
    golongan: str
    jabatan: str
    roles: frozenset[Role]
    active: bool


@dataclass(frozen=True)
class TaskRow:
    """One task as an inbox shows it."""

    id: int
    cycle_id: int
    cycle_label: str
    step: int
    step_title: str
    role: Role
    status: str
    assigned_to: str
    from_name: str
    received: datetime
    due: datetime | None
    claimed_by: str
    overdue: bool
    version: int
    claimed_by_id: int | None = None  # who holds it: compare ids, never names
    time_left: str = ""  # "2 hari kerja", "1 jam 5 menit", "lewat 1 hari kerja"
    due_soon: bool = False


@dataclass(frozen=True)
class TaskDetail:
    """A task with what its form needs: the step definition and the saved data."""

    row: TaskRow
    draft: dict | None
    data: dict | None
    completed_by: str
    acting_for: str
    completed: datetime | None
    late_reason: str
    return_reason: str
    stop_reason: str = ""  # set when the task's cycle was stopped: why


@dataclass(frozen=True)
class Cycle:
    id: int
    process: str
    year: int
    period: int
    label: str
    kepwal_number: str
    kepwal_date: date
    status: str
    started: datetime
    closed: datetime | None
    stop_reason: str = ""  # why the Kabag stopped it (status "dihentikan")


@dataclass(frozen=True)
class OpdEntry:
    """An OPD as its list shows it: with how many agreements name it."""

    id: int
    name: str
    short: str
    agreements: int


@dataclass(frozen=True)
class Agreement:
    id: int
    nomor: str
    nomor_mitra: str
    judul: str
    mitra: str
    jenis: str
    sifat_ksdd: str | None
    bentuk: str
    ruang_lingkup: str
    tanggal_mulai: date
    tanggal_berakhir: date
    berkas: str
    status: str
    opd_ids: tuple[int, ...]
    opd_names: tuple[str, ...]
    induk_id: int | None
    version: int  # what an edit must name: the version it was made from


@dataclass(frozen=True)
class HistoryEntry:
    when: datetime
    actor: str
    acting_for: str
    role: str
    action: str
    entity: str
    entity_id: int | None
    before: dict | None
    after: dict | None
    outcome: str
    message: str


@dataclass(frozen=True)
class Excerpt:
    """The first items of a longer list, and how many the list holds."""

    items: tuple
    total: int

    @classmethod
    def of(cls, items: list, shown: int) -> "Excerpt":
        """The first `shown` of `items`, counting them all."""
        return cls(tuple(items[:shown]), len(items))

    def __bool__(self) -> bool:
        return self.total > 0

    @property
    def more(self) -> int:
        """How many items are counted but not named."""
        return self.total - len(self.items)
