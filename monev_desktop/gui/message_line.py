"""A window's message line, which tells both problems and news.

Its style sheet in the .ui colours it by its `masalah` property:
`QLabel { color: #b00020; } QLabel[masalah="false"] { color: palette(window-text); }`.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QWidget

from monev_desktop.gui.errors import sentences

if TYPE_CHECKING:
    from monev_desktop.gui.runner import Runner


def tell(label: QLabel, text: str, *, problem: bool) -> None:
    """Show `text` in `label`: red for a problem, in the window's text colour for news."""
    label.setProperty("masalah", problem)
    label.style().unpolish(label)  # the style sheet reads the property anew
    label.style().polish(label)
    label.setText(text)


def run_telling(
    runner: "Runner",
    button: QWidget,
    write: Callable[[], Any],
    label: QLabel,
    news: str | Callable[[Any], str],
    then: Callable[[], None] = lambda: None,
) -> None:
    """Run `write` off the GUI thread with `button` disabled (it may wait for another
    workstation's write); once done, `then()` shows what changed and `label` tells `news`
    (or `news(result)`); else `label` tells what to correct."""

    def done(result: Any) -> None:
        then()
        tell(label, news(result) if callable(news) else news, problem=False)

    runner.run_while_disabled(
        button, write, done, lambda error: tell(label, sentences(error), problem=True)
    )
