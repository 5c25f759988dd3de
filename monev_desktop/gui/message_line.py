"""A window's message line, which tells both problems and news.

Its style sheet in the .ui colours it by its `masalah` property:
`QLabel { color: #b00020; } QLabel[masalah="false"] { color: palette(window-text); }`.
"""

from PySide6.QtWidgets import QLabel


def tell(label: QLabel, text: str, *, problem: bool) -> None:
    """Show `text` in `label`: red for a problem, in the window's text colour for news."""
    label.setProperty("masalah", problem)
    label.style().unpolish(label)  # the style sheet reads the property anew
    label.style().polish(label)
    label.setText(text)
