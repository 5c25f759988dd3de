"""What each headless subcommand of `monev-desktop` does (the command line parses them)."""

import getpass
import sys

from monev_desktop import app
from monev_desktop.domain.errors import MonevError
from monev_desktop.domain.tasks import CycleStatus
from monev_desktop.locations import database_url
from monev_desktop.services.backup_file import verify_backup
from monev_desktop.services.container import Services
from monev_desktop.services.excel import RegisterImport, export, write_template


def _demo(args, services: Services) -> int:
    from monev_desktop.services.demo import seed_demo

    print(seed_demo(services.ctx))
    return 0


def _info(args, services: Services) -> int:
    from monev_desktop.db.schema import schema_version

    print(f"Basis data : {database_url(args.database)}")
    print(f"Skema      : {schema_version(services.ctx.db)}")
    return 0


def _render_samples(args, services: Services) -> int:
    closed = [c for c in services.workflow.cycles() if c.status == CycleStatus.CLOSED]
    if not closed:
        raise MonevError(
            "Belum ada kegiatan monev yang selesai; jalankan 'monev-desktop demo' dulu."
        )
    for path in services.documents.render_samples(closed[0].id, args.out):
        print(path)
    return 0


def _backup(args, services: Services) -> int:
    print(services.backup.create(args.to))
    return 0


def _import_agreements(args, services: Services) -> int:
    result = RegisterImport(services.agreements).run(
        None, args.file, skip_invalid=args.skip_invalid, add_opds=args.add_opds
    )
    for problem in result.problems:
        print(problem)
    if result.added_opds:
        print(f"OPD baru di Daftar OPD: {'; '.join(result.added_opds)}")
    print(f"{result.imported} kerja sama diimpor; {len(result.problems)} masalah.")
    return 1 if result.problems and not args.skip_invalid else 0


def _export_agreements(args, services: Services) -> int:
    print(export(services.agreements.list(), args.file))
    return 0


def _reset_password(args, services: Services) -> int:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass("Kata sandi baru: ")
        if getpass.getpass("Ulangi kata sandi baru: ") != password:
            raise MonevError("Kedua kata sandi tidak sama; tidak ada yang diubah.")
    person = services.accounts.reset_password_here(args.username, password)
    print(f"Kata sandi {person.username} ({person.name}) diatur ulang; akunnya tidak terkunci.")
    return 0


def _verify(args) -> int:
    manifest = verify_backup(args.file)
    rows = sum(manifest.tables.values())
    print(
        f"Cadangan sehat: dibuat {manifest.created} oleh versi {manifest.app_version}, "
        f"skema {manifest.schema}, {rows} baris, {len(manifest.members) - 1} berkas arsip."
    )
    return 0


def _restore(args) -> int:
    manifest = app.restore_backup(database_url(args.database), args.file)
    print(f"Data dipulihkan dari cadangan {args.file} (dibuat {manifest.created}).")
    return 0


def _template(args) -> int:
    print(write_template(args.file))
    return 0


WITH_SERVICES = {
    "demo": _demo,
    "info": _info,
    "render-samples": _render_samples,
    "backup": _backup,
    "import-agreements": _import_agreements,
    "export-agreements": _export_agreements,
    "reset-password": _reset_password,
}
WITHOUT_DATABASE = {"verify-backup": _verify, "restore": _restore, "import-template": _template}
