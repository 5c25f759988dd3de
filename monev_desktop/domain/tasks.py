"""Task states of the workflow and the wording of a cycle's label."""

from enum import StrEnum


class TaskStatus(StrEnum):
    OFFERED = "tersedia"  # waiting for someone to claim it
    CLAIMED = "dikerjakan"  # claimed, being worked on
    DONE = "selesai"
    RETURNED = "dikembalikan"  # sent back to the previous step; a new task replaces it
    CANCELLED = "dibatalkan"  # still open when its cycle was stopped


OPEN_STATUSES = (TaskStatus.OFFERED, TaskStatus.CLAIMED)


class CycleStatus(StrEnum):
    RUNNING = "berjalan"
    CLOSED = "selesai"
    STOPPED = "dihentikan"  # ended by the Kabag before its last step; its period is free again


def cycle_label(year: int, period: int) -> str:
    return f"Monev {year} periode {period}"
