"""Process definitions (an SOP as data): the dataclasses and the validating TOML loader."""

import math
import tomllib
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from monev_desktop.domain.calendar import WorkingCalendar
from monev_desktop.domain.errors import DefinitionError
from monev_desktop.domain.roles import Role


class TimeUnit(StrEnum):
    MINUTES = "menit"
    WORKING_DAYS = "hari_kerja"


class OfferTo(StrEnum):
    """Who receives a step's task: anyone holding its role, or the cycle's named team lead."""

    ROLE = "peran"
    TEAM_LEAD = "ketua_tim_siklus"


@dataclass(frozen=True)
class StandardTime:
    amount: int
    unit: TimeUnit

    def due(self, calendar: WorkingCalendar, received: datetime) -> datetime:
        if self.unit is TimeUnit.MINUTES:
            return calendar.add_office_minutes(received, self.amount)
        return calendar.add_working_days(received, self.amount)

    def __str__(self) -> str:
        return f"{self.amount} {'Menit' if self.unit is TimeUnit.MINUTES else 'Hari Kerja'}"


@dataclass(frozen=True)
class Step:
    number: int
    title: str
    actor: Role
    offer_to: OfferTo
    participants: tuple[Role, ...]
    inputs: tuple[str, ...]
    outputs: tuple[str, ...]
    standard_time: StandardTime | None
    form: str
    templates: tuple[str, ...]


@dataclass(frozen=True)
class Process:
    code: str
    title: str
    sop_number: str
    total_working_days: int
    steps: tuple[Step, ...]

    def step(self, number: int) -> Step:
        return self.steps[number - 1]

    @property
    def last_step(self) -> int:
        return len(self.steps)

    def standard_working_days(self, minutes_per_day: int) -> int:
        """Sum of the standard times, minute-based steps rounded up to whole working days."""
        days = sum(
            s.standard_time.amount
            for s in self.steps
            if s.standard_time and s.standard_time.unit is TimeUnit.WORKING_DAYS
        )
        minutes = sum(
            s.standard_time.amount
            for s in self.steps
            if s.standard_time and s.standard_time.unit is TimeUnit.MINUTES
        )
        return days + math.ceil(minutes / minutes_per_day)


class _Source:
    """The raw text of a definition file, to name the line an error is on."""

    def __init__(self, name: str, text: str):
        self.name, self.lines = name, text.splitlines()

    def line_of(self, step_index: int | None, key: str) -> int:
        """1-based line of `key` inside the `step_index`-th [[steps]] table (or the header)."""
        start, seen = 0, -1
        if step_index is not None:
            for i, line in enumerate(self.lines):
                if line.strip() == "[[steps]]":
                    seen += 1
                    if seen == step_index:
                        start = i
                        break
        for i in range(start, len(self.lines)):
            stripped = self.lines[i].strip()
            if i > start and stripped.startswith("[") and step_index is not None:
                break
            if stripped.split("=")[0].strip() == key:
                return i + 1
        return start + 1

    def error(self, step_index: int | None, key: str, message: str) -> DefinitionError:
        return DefinitionError(f"{self.name}, baris {self.line_of(step_index, key)}: {message}")


def parse_process(name: str, text: str, known_templates: Collection[str]) -> Process:
    """Parse and validate one definition; DefinitionError names the file, line and problem."""
    source = _Source(name, text)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DefinitionError(f"{name}: berkas tidak dapat dibaca ({exc}).") from None
    header = data.get("process", {})
    for key in ("code", "title", "sop_number", "total_working_days"):
        if key not in header:
            raise DefinitionError(f"{name}: bagian [process] tidak memuat '{key}'.")
    raw_steps = data.get("steps", [])
    if not raw_steps:
        raise DefinitionError(f"{name}: tidak ada langkah [[steps]].")
    steps = tuple(
        _parse_step(source, index, raw, known_templates) for index, raw in enumerate(raw_steps)
    )
    for index, step in enumerate(steps):
        if step.number != index + 1:
            raise source.error(index, "number", f"langkah ke-{index + 1} bernomor {step.number}.")
    return Process(
        code=header["code"],
        title=header["title"],
        sop_number=header["sop_number"],
        total_working_days=int(header["total_working_days"]),
        steps=steps,
    )


_STEP_KEYS = ("number", "title", "actor", "outputs", "form")


def _parse_step(source: _Source, index: int, raw: dict, known_templates: Collection[str]) -> Step:
    for key in _STEP_KEYS:
        if key not in raw:
            raise DefinitionError(
                f"{source.name}, baris {source.line_of(index, 'number')}: "
                f"langkah ke-{index + 1} tidak memuat '{key}'."
            )
    try:
        actor = Role.parse(raw["actor"])
    except ValueError as exc:
        raise source.error(index, "actor", str(exc)) from None
    try:
        participants = tuple(Role.parse(r) for r in raw.get("participants", []))
    except ValueError as exc:
        raise source.error(index, "participants", str(exc)) from None
    try:
        offer_to = OfferTo(raw.get("offer_to", OfferTo.ROLE))
    except ValueError:
        valid = ", ".join(o.value for o in OfferTo)
        raise source.error(
            index, "offer_to", f"offer_to '{raw['offer_to']}' tidak dikenal (pilihan: {valid})"
        ) from None
    for template in raw.get("templates", []):
        if template not in known_templates:
            raise source.error(index, "templates", f"templat '{template}' tidak ditemukan.")
    return Step(
        number=int(raw["number"]),
        title=raw["title"],
        actor=actor,
        offer_to=offer_to,
        participants=participants,
        inputs=tuple(raw.get("inputs", [])),
        outputs=tuple(raw["outputs"]),
        standard_time=_parse_time(source, index, raw.get("standard_time")),
        form=raw["form"],
        templates=tuple(raw.get("templates", [])),
    )


def _parse_time(source: _Source, index: int, raw: dict | None) -> StandardTime | None:
    if raw is None:
        return None
    try:
        unit = TimeUnit(raw.get("unit"))
    except ValueError:
        valid = ", ".join(u.value for u in TimeUnit)
        raise source.error(
            index,
            "standard_time",
            f"satuan waktu '{raw.get('unit')}' tidak dikenal (pilihan: {valid})",
        ) from None
    amount = raw.get("amount")
    if not isinstance(amount, int) or amount <= 0:
        raise source.error(
            index, "standard_time", "jumlah waktu baku harus bilangan bulat positif."
        )
    return StandardTime(amount, unit)
