"""Where the app's shipped files are: the SOP definitions and the Word templates.

In an installed wheel the templates sit inside the package; in a source checkout they are
the top-level `templates/` folder. An office's edited copies are looked up first.
"""

from pathlib import Path

from monev_desktop.domain.process import Process, parse_process

PACKAGE = Path(__file__).resolve().parent.parent
SOP_DIR = PACKAGE / "sop"


def template_dirs(office_dir: Path | None = None) -> list[Path]:
    """Template folders in lookup order: the office's own, then the shipped one."""
    shipped = PACKAGE / "templates"
    if not shipped.is_dir():
        shipped = PACKAGE.parent / "templates"
    return [d for d in (office_dir, shipped) if d is not None]


def known_templates(office_dir: Path | None = None) -> set[str]:
    return {p.name for d in template_dirs(office_dir) if d.is_dir() for p in d.glob("*.docx")}


def load_processes(sop_dir: Path = SOP_DIR, office_dir: Path | None = None) -> dict[str, Process]:
    """Every process definition in `sop_dir`, by code; DefinitionError names file and line."""
    templates = known_templates(office_dir)
    processes = {}
    for path in sorted(sop_dir.glob("*.toml")):
        process = parse_process(path.name, path.read_text(encoding="utf-8"), templates)
        processes[process.code] = process
    return processes
