"""How a long job says how far it has come: `progress(done, total, text)`, which may raise
(the user cancelled) to stop the job there; what it finished before stays finished."""

from collections.abc import Callable

Progress = Callable[[int, int, str], None]


def no_progress(done: int, total: int, text: str) -> None:
    """Progress told to nobody."""
