"""Generate monev_desktop/gui/forms/ui_*.py from the Qt Designer files in ui/ (run after
editing a .ui file), or with --check say which generated forms are stale (exit 1).

Each form is what pyside6-uic writes, with its import header trimmed to the names the form
uses: uic imports the same two dozen QtCore/QtGui/QtWidgets names into every form, and
PySide creates each Qt type on first import, so the login window's form alone spent ~25 ms
(a fifth of what the login window costs beyond a bare window) on types it never uses.
"""

import argparse
import re
import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "monev_desktop" / "gui" / "forms"
IMPORT = re.compile(r"^from (PySide6\.\w+) import (?:\(([^)]*)\)|([\w, ]+))\n", re.MULTILINE)
NOTE = "# Imports trimmed to the names this form uses (docs/tools/make_forms.py).\n"


def uic(ui_file: Path) -> str:
    """What pyside6-uic (beside this Python) writes for `ui_file`."""
    tool = Path(sysconfig.get_path("scripts")) / "pyside6-uic"
    return subprocess.run(
        [str(tool), str(ui_file)], capture_output=True, text=True, check=True
    ).stdout


def trimmed(source: str) -> str:
    """`source` with each `from PySide6.X import …` keeping only the names its code uses (a
    module left with none is not imported)."""
    used = set(re.findall(r"\w+", IMPORT.sub("", source)))

    def keep(found: re.Match) -> str:
        names = (found.group(2) or found.group(3)).replace("\n", " ").split(",")
        kept = [name.strip() for name in names if name.strip() in used]
        if not kept:
            return ""
        line = f"from {found.group(1)} import ({', '.join(kept)})"
        return "\n    ".join(textwrap.wrap(line, 88, break_on_hyphens=False)) + "\n"

    first = IMPORT.search(source)
    if first is None:
        return source
    return source[: first.start()] + NOTE + IMPORT.sub(keep, source[first.start() :])


def form_for(ui_file: Path) -> tuple[Path, str]:
    """The generated form's path and the text it must hold."""
    return FORMS / f"ui_{ui_file.stem}.py", trimmed(uic(ui_file))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say which forms are stale")
    check = parser.parse_args(argv).check
    stale = []
    for ui_file in sorted((ROOT / "ui").glob("*.ui")):
        path, text = form_for(ui_file)
        if path.exists() and _code(path.read_text(encoding="utf-8")) == _code(text):
            continue
        stale.append(path.name)
        if not check:
            path.write_text(text, encoding="utf-8")
    if check and stale:
        print("stale, run docs/tools/make_forms.py:", ", ".join(stale), file=sys.stderr)
        return 1
    return 0


def _code(text: str) -> list[str]:
    """The lines that matter: uic's comments carry its version, which may differ."""
    return [line for line in text.splitlines() if not line.startswith("#")]


if __name__ == "__main__":
    sys.exit(main())
