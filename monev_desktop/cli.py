"""The `monev-desktop` command: no subcommand opens the GUI; subcommands do headless work.

Only the parser is loaded first; the GUI (`launch`) shows the login window as soon as Qt has
loaded and opens the database behind it.
"""

import argparse
import logging
import sys
from pathlib import Path

from monev_desktop import __version__
from monev_desktop.domain.errors import MonevError
from monev_desktop.locations import DATABASE_ENV, database_url
from monev_desktop.logs import setup_logging

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
        f"(bawaan: ${DATABASE_ENV}, atau berkas SQLite di folder data pengguna)",
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
    imports.add_argument(
        "--add-opds",
        action="store_true",
        help="tambahkan OPD yang belum ada di Daftar OPD sebagai OPD baru",
    )
    template = commands.add_parser("import-template", help="tulis templat Excel register kosong")
    template.add_argument("file", type=Path, metavar="BERKAS.xlsx")
    reset = commands.add_parser(
        "reset-password",
        help="atur ulang kata sandi seorang pengguna dan buka kuncinya (mis. admin yang lupa)",
    )
    reset.add_argument("username", metavar="NAMA_PENGGUNA")
    reset.add_argument(
        "--password-stdin",
        action="store_true",
        help="baca kata sandi baru dari satu baris masukan standar, tanpa ditanya",
    )
    exports = commands.add_parser("export-agreements", help="ekspor register kerja sama ke Excel")
    exports.add_argument("file", type=Path, metavar="BERKAS.xlsx")
    return parser


def main(argv: list[str] | None = None) -> int:
    args, qt_args = _parser().parse_known_args(argv)
    opens_gui = args.command in (None, "gui")
    log_path = setup_logging()
    try:
        if opens_gui:
            from monev_desktop import launch  # Qt and the login window; the rest loads behind it

            return launch.run_gui(database_url(args.database), [sys.argv[0], *qt_args])
        from monev_desktop import app, commands

        if args.command in commands.WITHOUT_DATABASE:
            return commands.WITHOUT_DATABASE[args.command](args)
        services = app.open_services(database_url(args.database))
        try:
            return commands.WITH_SERVICES[args.command](args, services)
        finally:
            services.close()
    except MonevError as exc:
        print(f"Galat: {exc}", file=sys.stderr)
        return 2
    except Exception:  # the last net: the detail goes to the log, a sentence to the user
        log.exception("unexpected error in command %s", args.command)
        print(f"Galat tak terduga; rinciannya tercatat di {log_path}.", file=sys.stderr)
        return 1
