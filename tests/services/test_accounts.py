import logging

import pytest

from monev_desktop.db.models import Pegawai, Riwayat
from monev_desktop.domain.errors import AuthenticationError, PermissionDenied, ValidationError
from monev_desktop.domain.roles import Role
from tests.conftest import PASSWORD


def test_login_gives_a_session_with_roles(services, people):
    session = services.accounts.login("KABAG", PASSWORD)
    assert session.roles == {Role.KABAG}
    assert session.name == "Dr. H. Ahmad Fauzi, S.STP., M.Si."


def test_passwords_are_argon2id_and_never_stored_logged_or_recorded(services, people, caplog):
    caplog.set_level(logging.DEBUG)
    services.accounts.login("kabag", PASSWORD)
    with pytest.raises(AuthenticationError):
        services.accounts.login("kabag", "salah-sandi-123")
    stored = Pegawai.get(Pegawai.username == "kabag").password_hash
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in caplog.text and "salah-sandi-123" not in caplog.text
    for row in Riwayat.select():
        assert PASSWORD not in f"{row.sebelum}{row.sesudah}{row.pesan}"
        assert "password_hash" not in f"{row.sebelum}{row.sesudah}"


def test_account_locks_after_five_failures_and_unlocks_later(services, people, clock):
    for _ in range(5):
        with pytest.raises(AuthenticationError, match="salah"):
            services.accounts.login("analis1", "bukan-sandinya")
    with pytest.raises(AuthenticationError, match="terkunci"):
        services.accounts.login("analis1", PASSWORD)
    assert Riwayat.select().where(Riwayat.aksi == "kunci_akun").count() == 1
    assert (
        Riwayat.select().where((Riwayat.aksi == "masuk") & (Riwayat.hasil == "ditolak")).count()
        == 6
    )
    clock.advance(minutes=16)
    assert services.accounts.login("analis1", PASSWORD).username == "analis1"


def test_admin_resets_a_password_others_may_not(services, people):
    with pytest.raises(PermissionDenied):
        services.accounts.set_password(
            people["analis1"], people["analis2"].user_id, "sandi-baru-123"
        )
    services.accounts.set_password(people["admin"], people["analis2"].user_id, "sandi-baru-123")
    assert services.accounts.login("analis2", "sandi-baru-123").username == "analis2"


def test_bad_user_data_names_each_field_and_writes_nothing(services, people):
    before = Pegawai.select().count()
    with pytest.raises(ValidationError) as error:
        services.accounts.create_user(
            people["admin"],
            {
                "username": "kabag",
                "nama": "",
                "nip": "1234",
                "roles": ["bos"],
                "password": "pendek",
            },
        )
    errors = error.value.errors
    assert "sudah dipakai" in errors["username"]
    assert errors["nama"] == "Nama lengkap wajib diisi."
    assert "18 angka" in errors["nip"]
    assert "peran 'bos' tidak dikenal" in errors["roles"]
    assert "paling sedikit 8" in errors["password"]
    assert Pegawai.select().count() == before


def test_only_an_admin_creates_accounts_and_the_refusal_is_recorded(services, people):
    with pytest.raises(PermissionDenied, match="tidak berwenang membuat akun"):
        services.accounts.create_user(
            people["kabag"], {"username": "x", "nama": "X", "password": "12345678"}
        )
    refusal = Riwayat.select().where(Riwayat.hasil == "ditolak").order_by(Riwayat.id.desc()).first()
    assert refusal.aksi == "buat_pengguna"
    assert refusal.pelaku_id == people["kabag"].user_id


def test_the_first_admin_can_only_be_made_once(services, people):
    with pytest.raises(ValidationError, match="sudah dibuat"):
        services.accounts.create_first_admin(
            {"username": "lagi", "nama": "Lagi", "password": "12345678"}
        )
