"""The note a restore keeps beside the local data while it replaces the data and the archive,
so that the next start can finish or undo a restore a crash or a pulled plug cut short."""

import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path

from monev_desktop.documents.archive import write_atomic

log = logging.getLogger(__name__)

JOURNAL_FILE = "pemulihan-berjalan.json"


@dataclass(frozen=True)
class RestoreJournal:
    """One restore in progress. `token` is written into the restored data's history row, so
    that the row's presence proves the data were replaced; `previous` is where the current
    archive is renamed while the backup's takes its place; `aside` keeps the current data."""

    token: str
    file: str
    archive: Path
    previous: Path
    had_archive: bool
    aside: Path

    def write(self, data_dir: Path) -> None:
        """Durably, before anything is replaced."""
        fields = {k: str(v) if isinstance(v, Path) else v for k, v in asdict(self).items()}
        write_atomic(data_dir / JOURNAL_FILE, json.dumps(fields, indent=1).encode("utf-8"))

    @staticmethod
    def read(data_dir: Path) -> "RestoreJournal | None":
        """The restore a crash left unfinished; None when there is none, or when its note
        cannot be read (logged, and the note left for a person to look at)."""
        path = data_dir / JOURNAL_FILE
        if not path.exists():
            return None
        try:
            fields = json.loads(path.read_text(encoding="utf-8"))
            return RestoreJournal(
                token=fields["token"],
                file=fields["file"],
                archive=Path(fields["archive"]),
                previous=Path(fields["previous"]),
                had_archive=bool(fields["had_archive"]),
                aside=Path(fields["aside"]),
            )
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("unreadable restore journal %s", path, exc_info=True)
            return None

    @staticmethod
    def remove(data_dir: Path) -> None:
        (data_dir / JOURNAL_FILE).unlink(missing_ok=True)
