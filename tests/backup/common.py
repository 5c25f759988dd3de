"""Helpers of the backup and restore tests."""

import hashlib
import json
import zipfile
from pathlib import Path

from monev_desktop.db.models import KerjaSama, Opd, Riwayat


def fresh(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    return folder


def counts():
    return Opd.select().count(), KerjaSama.select().count(), Riwayat.select().count()


def files_of(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def rewrite(source: Path, target: Path, change) -> Path:
    """Copy a backup zip member by member, letting `change(name, data)` alter each."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            data = change(name, old.read(name))
            if data is not None:
                new.writestr(name, data)
    return target


def with_checksums(path: Path) -> Path:
    """The backup at `path` with its manifest's checksums made to match its members again."""
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        manifest["members"] = {
            name: hashlib.sha256(zf.read(name)).hexdigest() for name in manifest["members"]
        }
    return rewrite(
        path,
        path.with_name(f"sah-{path.name}"),
        lambda n, d: json.dumps(manifest).encode() if n == "manifest.json" else d,
    )
