"""The `monev-desktop` command: no subcommand opens the GUI; subcommands do headless work."""

import argparse
import logging
import sys
from pathlib import Path

from monev_desktop import __version__, app
from monev_desktop.domain.errors import MonevError
from monev_desktop.domain.tasks import CycleStatus
from monev_desktop.services.backup_file import verify_backup
from monev_desktop.services.container import Services
from monev_desktop.services.excel import RegisterImport, export, write_template

log = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="monev-desktop",
        description="Monitoring dan Evaluasi Kerja Sama Daerah — Bagian Pemerintahan Setda Kota Tangerang.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="basis data: sqlite:///berkas.sqlite3 atau postgresql://pengguna@server/nama "
        f"(bawaan: ${app.DATABASE_ENV}, atau berkas SQLite di folder data pengguna)",
    )
    commands = parser.add_subparsers(dest="command", metavar="PERINTAH")
    commands.add_parser("gui", help="buka aplikasi (bawaan)")
    commands.add_parser("demo", help="isi basis data dengan data contoh Kota Tangerang")
    commands.add_parser("info", help="tampilkan basis data yang dipakai dan versi skemanya")
    samples = commands.add_parser(
        "render-samples", help="isi setiap templat dari kegiatan monev terakhir yang selesai"
    )
    samples.add_argument("--out", required=True, type=Path, metavar="FOLDER", help="folder tujuan")
    backup = commands.add_parser("backup", help="buat cadangan terverifikasi; cetak lokasinya")
    backup.add_argument(
        "--to", type=Path, metavar="FOLDER", help="folder tujuan (bawaan: pengaturan)"
    )
    verify = commands.add_parser(
        "verify-backup", help="periksa berkas cadangan tanpa memulihkannya"
    )
    verify.add_argument("file", type=Path, metavar="BERKAS")
    restore = commands.add_parser("restore", help="pulihkan basis data dan arsip dari cadangan")
    restore.add_argument("file", type=Path, metavar="BERKAS")
    imports = commands.add_parser("import-agreements", help="impor register kerja sama dari Excel")
    imports.add_argument("file", type=Path, metavar="BERKAS.xlsx")
    imports.add_argument("--skip-invalid", action="store_true", help="impor baris yang benar saja")
    template = commands.add_parser("import-template", help="tulis templat Excel register kosong")
    template.add_argument("file", type=Path, metavar="BERKAS.xlsx")
    exports = commands.add_parser("export-agreements", help="ekspor register kerja sama ke Excel")
    exports.add_argument("file", type=Path, metavar="BERKAS.xlsx")
    return parser


def main(argv: list[str] | None = None) -> int:
    args, qt_args = _parser().parse_known_args(argv)
    log_path = app.setup_logging()
    try:
        if args.command in (None, "gui"):
            return app.run_gui(app.database_url(args.database), [sys.argv[0], *qt_args])
        if args.command in WITHOUT_DATABASE:
            return WITHOUT_DATABASE[args.command](args)
        services = app.open_services(app.database_url(args.database))
        try:
            return WITH_SERVICES[args.command](args, services)
        finally:
            services.close()
    except MonevError as exc:
        print(f"Galat: {exc}", file=sys.stderr)
        return 2
    except Exception:  # the last net: the detail goes to the log, a sentence to the user
        log.exception("unexpected error in command %s", args.command)
        print(f"Galat tak terduga; rinciannya tercatat di {log_path}.", file=sys.stderr)
        return 1


def _demo(args, services: Services) -> int:
    from monev_desktop.services.demo import seed_demo

    print(seed_demo(services.ctx))
    return 0


def _info(args, services: Services) -> int:
    from monev_desktop.db.schema import schema_version

    print(f"Basis data : {app.database_url(args.database)}")
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
        None, args.file, skip_invalid=args.skip_invalid
    )
    for problem in result.problems:
        print(problem)
    print(f"{result.imported} kerja sama diimpor; {len(result.problems)} masalah.")
    return 1 if result.problems and not args.skip_invalid else 0


def _export_agreements(args, services: Services) -> int:
    print(export(services.agreements.list(), args.file))
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
    manifest = app.restore_backup(app.database_url(args.database), args.file)
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
}
WITHOUT_DATABASE = {"verify-backup": _verify, "restore": _restore, "import-template": _template}
