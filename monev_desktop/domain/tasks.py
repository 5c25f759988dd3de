"""Task states of the workflow and the wording of a cycle's label."""

from enum import StrEnum


class TaskStatus(StrEnum):
    OFFERED = "tersedia"  # waiting for someone to claim it
    CLAIMED = "dikerjakan"  # claimed, being worked on
    DONE = "selesai"
    RETURNED = "dikembalikan"  # sent back to the previous step; a new task replaces it


OPEN_STATUSES = (TaskStatus.OFFERED, TaskStatus.CLAIMED)


class CycleStatus(StrEnum):
    RUNNING = "berjalan"
    CLOSED = "selesai"


def cycle_label(year: int, period: int) -> str:
    return f"Monev {year} periode {period}"
