"""The `monev-desktop` command as a user runs it: a real process, a real database."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from monev_desktop.cli import main
from monev_desktop.db.models import KerjaSama, Opd, Pegawai, Riwayat, Siklus, Tugas
from monev_desktop.db.schema import MIGRATIONS
from monev_desktop.domain.errors import AuthenticationError


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path, monkeypatch):
    """Commands run here keep their archive and backup state in the test's own folder."""
    monkeypatch.setenv("MONEV_DATA_DIR", str(tmp_path / "data"))


def run(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "monev_desktop", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
    )


def test_demo_fills_the_database_once(database_url):
    first = run("--database", database_url, "demo")
    assert first.returncode == 0, first.stderr
    assert "Data contoh siap: 40 OPD, 5 pengguna, 64 kerja sama, 2 kegiatan monev" in first.stdout
    assert "monev-demo" in first.stdout
    second = run("--database", database_url, "demo")
    assert second.returncode == 0, second.stderr
    assert "sudah ada" in second.stdout
    from monev_desktop.app import open_services

    services = open_services(database_url)
    try:
        assert (Opd.select().count(), Pegawai.select().count(), KerjaSama.select().count()) == (
            40,
            5,
            64,
        )
        assert sorted(s.status for s in Siklus.select()) == ["berjalan", "selesai"]
        kinds = {(k.jenis, k.bentuk) for k in KerjaSama.select()}
        assert {j for j, _ in kinds} == {"KSDD", "KSDPK", "KSDPL", "KSDLL", "Sinergi"}
        assert {b for _, b in kinds} == {"KB", "NK", "PKS", "LoI", "MoU", "Adendum"}
        statuses = {a.status for a in services.agreements.list()}
        assert {"berlaku", "akan berakhir", "berakhir", "dihentikan"} <= statuses
        assert Tugas.select().where(Tugas.alasan_terlambat != "").count() == 1
        assert Riwayat.select().where(Riwayat.aksi == "tutup_siklus").count() == 1
        # each step's documents were issued at the step's simulated time, on file in the archive
        running, finished = services.workflow.cycles()
        archive = services.documents.documents(finished.id)
        assert {d.title for d in archive} >= {"Surat Perintah", "Lembar Kendali SOP"}
        assert all(d.path.is_file() and d.created.year == finished.year for d in archive)
        assert [d.step for d in services.documents.documents(running.id)][:1] == [1]
    finally:
        services.close()


def test_the_environment_names_the_database(database_url):
    result = run("info", env={"MONEV_DATABASE_URL": database_url})
    assert result.returncode == 0, result.stderr
    newest = max(p.stem for p in MIGRATIONS.glob("[0-9]*.py"))
    assert f"Skema      : {newest}" in result.stdout


def test_a_bad_url_is_a_one_line_error_without_traceback(capsys):
    assert main(["--database", "oracle://server/db", "info"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Galat: Alamat basis data tidak dikenali") and err.count("\n") == 1


def test_an_unreachable_server_is_a_one_line_error():
    result = run("--database", "postgresql://postgres@127.0.0.1:1/test", "info")
    assert result.returncode == 2
    assert result.stderr.startswith("Galat: Tidak dapat terhubung ke server basis data 127.0.0.1:1")
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


def test_a_workstation_without_the_postgresql_driver_is_told_what_to_install():
    without_driver = (
        "import sys; sys.modules['psycopg2'] = None; "  # as if psycopg2 were not installed
        "from monev_desktop.cli import main; "
        "sys.exit(main(['--database', 'postgresql://postgres@127.0.0.1:5432/test', 'info']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", without_driver], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 2
    assert result.stderr.startswith(
        "Galat: Komputer ini belum dapat membuka basis data PostgreSQL di 127.0.0.1:5432: "
        "driver PostgreSQL belum terpasang."
    )
    assert 'pip install "monev-desktop[postgres]"' in result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


def test_render_samples_fills_every_template_from_the_demo(database_url, tmp_path):
    empty = run("--database", database_url, "render-samples", "--out", str(tmp_path))
    assert empty.returncode == 2 and "jalankan 'monev-desktop demo' dulu" in empty.stderr
    assert run("--database", database_url, "demo").returncode == 0
    result = run("--database", database_url, "render-samples", "--out", str(tmp_path / "contoh"))
    assert result.returncode == 0, result.stderr
    written = sorted(p.name for p in (tmp_path / "contoh").glob("*.docx"))
    assert len(written) == 11 and "surat_perintah.docx" in written


def test_backup_verify_and_restore_from_the_command_line(database_url, tmp_path):
    assert run("--database", database_url, "demo").returncode == 0
    folder = tmp_path / "cadangan"
    folder.mkdir()
    made = run("--database", database_url, "backup", "--to", str(folder))
    assert made.returncode == 0, made.stderr
    backup = Path(made.stdout.strip())
    assert backup.parent == folder and backup.is_file()
    checked = run("verify-backup", str(backup))
    assert checked.returncode == 0 and checked.stdout.startswith("Cadangan sehat: dibuat")
    broken = tmp_path / "rusak.zip"
    broken.write_bytes(backup.read_bytes()[:5000])
    refused = run("verify-backup", str(broken))
    assert refused.returncode == 2 and "rusak atau terpotong" in refused.stderr
    assert run("--database", database_url, "restore", str(broken)).returncode == 2
    restored = run("--database", database_url, "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert "Data dipulihkan dari cadangan" in restored.stdout
    missing = run("--database", database_url, "backup", "--to", str(tmp_path / "tidak-ada"))
    assert (
        missing.returncode == 2 and "tidak ditemukan atau tidak dapat dijangkau" in missing.stderr
    )


def test_import_agreements_from_the_command_line(database_url, tmp_path):
    assert run("--database", database_url, "demo").returncode == 0
    template = tmp_path / "templat.xlsx"
    assert run("import-template", str(template)).returncode == 0
    from openpyxl import load_workbook

    book = load_workbook(template)
    book["Register"].append(
        [
            "X/1",
            "",
            "KB Uji",
            "Mitra",
            "KSDD",
            "wajib",
            "KB",
            "",
            "Dinas Kesehatan",
            "2025-01-01",
            "2026-01-01",
            "",
            "",
            "",
        ]
    )
    book["Register"].append(
        [
            "X/2",
            "",
            "",
            "Mitra",
            "KSDD",
            "wajib",
            "KB",
            "",
            "Dinas Kesehatan",
            "2025-01-01",
            "2026-01-01",
            "",
            "",
            "",
        ]
    )
    book.save(template)
    refused = run("--database", database_url, "import-agreements", str(template))
    assert refused.returncode == 1
    assert "Baris 3, kolom 'Judul': Judul wajib diisi." in refused.stdout
    assert "0 kerja sama diimpor" in refused.stdout
    accepted = run("--database", database_url, "import-agreements", str(template), "--skip-invalid")
    assert accepted.returncode == 0 and "1 kerja sama diimpor" in accepted.stdout
    exported = run("--database", database_url, "export-agreements", str(tmp_path / "ekspor.xlsx"))
    assert (
        exported.returncode == 0
        and load_workbook(tmp_path / "ekspor.xlsx")["Register"].max_row == 66
    )


def test_the_command_line_loads_nothing_heavy_before_the_login_window():
    """The login window comes as soon as Qt has loaded: so the parser must load alone."""
    probe = (
        "import sys, monev_desktop.cli; "
        "print(sorted({'peewee', 'PySide6', 'argon2', 'monev_desktop.app'} & set(sys.modules)))"
    )
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert loaded.stdout.strip() == "[]", loaded.stdout + loaded.stderr


def test_a_locked_out_admin_gets_a_new_password_from_the_command_line(
    services, people, database_url
):
    """The only admin forgot their password and locked the account: on a workstation that
    holds the database, `reset-password` sets a new one and unlocks it, recorded."""
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            services.accounts.login("admin", "tebakan-salah")

    def reset(username, typed):
        return subprocess.run(
            [sys.executable, "-m", "monev_desktop", "--database", database_url]
            + ["reset-password", username, "--password-stdin"],
            input=typed,
            capture_output=True,
            text=True,
            timeout=300,
        )

    short = reset("admin", "pendek\n")
    assert short.returncode == 2
    assert short.stderr == "Galat: Kata sandi paling sedikit 8 karakter.\n"
    unknown = reset("adnim", "sandi-baru-2026\n")
    assert unknown.returncode == 2 and "Tidak ada pengguna 'adnim'" in unknown.stderr
    done = reset("admin", "sandi-baru-2026\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout == (
        "Kata sandi admin (Rina Marlina, S.Kom.) diatur ulang; akunnya tidak terkunci.\n"
    )
    assert services.accounts.login("admin", "sandi-baru-2026").username == "admin"
    entry = Riwayat.select().where(Riwayat.aksi == "ubah_kata_sandi").get()
    assert entry.pelaku_id is None and "baris perintah" in entry.pesan


def test_an_import_into_a_new_office_adds_its_opds_when_asked(database_url, tmp_path):
    from openpyxl import Workbook

    from monev_desktop.services.excel import COLUMNS

    book = Workbook()
    book.active.append([h for h, _, _ in COLUMNS])
    book.active.append(
        ["X/1", "", "KB Uji", "Mitra", "KSDPK", "", "KB", "", "Dinas Baru; Bapperida"]
        + ["2025-01-01", "2026-01-01", "", "", ""]
    )
    path = tmp_path / "register.xlsx"
    book.save(path)
    refused = run("--database", database_url, "import-agreements", str(path))
    assert refused.returncode == 1
    assert "OPD tidak dikenal: Dinas Baru, Bapperida" in refused.stdout
    added = run("--database", database_url, "import-agreements", str(path), "--add-opds")
    assert added.returncode == 0, added.stdout + added.stderr
    assert "OPD baru di Daftar OPD: Dinas Baru; Bapperida" in added.stdout
    assert "1 kerja sama diimpor" in added.stdout
