"""Changing accounts after they are made: the admin edits a person's data and roles,
deactivates an account that is no longer needed, resets a password; everyone changes their
own. The open tasks a person can no longer do go back to their role's inbox."""

import pytest

from monev_desktop.db.models import Pegawai, Riwayat, Tugas
from monev_desktop.domain.errors import (
    AuthenticationError,
    ConflictError,
    PermissionDenied,
    ValidationError,
)
from monev_desktop.domain.roles import Role
from tests.conftest import PASSWORD
from tests.cycles import run_cycle
from tests.factories import appoint, make_agreements, profile, step_data


def change(services, people, username, **changes):
    """The admin changes the account `username`; how many tasks went back, as the service says."""
    person = services.accounts.employee(people[username].user_id)
    return services.accounts.update_user(
        people["admin"], person.id, profile(person, **changes), person
    )


def test_the_admin_edits_an_account_and_the_history_has_before_and_after(services, people):
    assert (
        change(
            services,
            people,
            "analis1",
            jabatan="Analis Kebijakan Ahli Muda",
            roles=["analis", "ketua_tim"],
        )
        == 0
    )
    changed = services.accounts.employee(people["analis1"].user_id)
    assert changed.jabatan == "Analis Kebijakan Ahli Muda"
    assert changed.roles == {Role.ANALIS, Role.KETUA_TIM}
    row = Riwayat.select().where(Riwayat.aksi == "ubah_pengguna").get()
    assert row.pelaku_id == people["admin"].user_id
    assert (row.sebelum["jabatan"], row.sesudah["jabatan"]) == ("Staf", changed.jabatan)
    assert (row.sebelum["roles"], row.sesudah["roles"]) == (["analis"], ["analis", "ketua_tim"])
    assert "password_hash" not in f"{row.sebelum}{row.sesudah}"


def test_bad_changes_name_the_field_and_write_nothing(services, people):
    before = services.accounts.employee(people["analis1"].user_id)
    with pytest.raises(ValidationError) as error:
        change(
            services, people, "analis1", nama="", nip=people_nip(services, "analis2"), password="x"
        )
    assert error.value.errors["nama"] == "Nama lengkap wajib diisi."
    assert error.value.errors["nip"] == "NIP ini sudah terdaftar untuk pegawai lain."
    assert "paling sedikit 8" in error.value.errors["password"]
    assert services.accounts.employee(before.id) == before
    assert services.accounts.login("analis1", PASSWORD).username == "analis1"
    # the account's own NIP is no clash, and a save that changes nothing writes nothing
    assert change(services, people, "analis1", nip=before.nip) == 0
    assert not Riwayat.select().where(Riwayat.aksi == "ubah_pengguna").exists()


def people_nip(services, username):
    return Pegawai.get(Pegawai.username == username).nip


def test_an_admin_keeps_their_own_account_active_and_an_admin(services, people):
    admin = services.accounts.employee(people["admin"].user_id)
    with pytest.raises(ValidationError) as error:
        services.accounts.update_user(
            people["admin"], admin.id, profile(admin, aktif=False, roles=["kabag"]), admin
        )
    assert "sendiri tidak dapat dinonaktifkan" in error.value.errors["aktif"]
    assert "sendiri tidak dapat dilepas" in error.value.errors["roles"]
    assert services.accounts.employee(admin.id) == admin


def test_only_an_admin_changes_accounts_and_only_as_last_seen(services, people):
    person = services.accounts.employee(people["analis1"].user_id)
    with pytest.raises(PermissionDenied, match="tidak berwenang mengubah akun"):
        services.accounts.update_user(people["kabag"], person.id, profile(person), person)
    change(services, people, "analis1", jabatan="Pranata Komputer")  # another admin's window
    with pytest.raises(ConflictError, match="baru saja diubah administrator lain"):
        services.accounts.update_user(
            people["admin"], person.id, profile(person, jabatan="Staf Umum"), person
        )
    assert services.accounts.employee(person.id).jabatan == "Pranata Komputer"


def test_a_new_password_from_the_admin_unlocks_the_account(services, people):
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            services.accounts.login("analis1", "bukan-sandinya")
    change(services, people, "analis1", password="sandi-baru-456")
    assert services.accounts.login("analis1", "sandi-baru-456").username == "analis1"
    assert Riwayat.select().where(Riwayat.aksi == "ubah_kata_sandi").count() == 1


def test_everyone_changes_their_own_password_knowing_the_current_one(services, people):
    with pytest.raises(ValidationError) as error:
        services.accounts.change_own_password(people["analis1"], "tebakan-salah", "pendek")
    assert error.value.errors == {
        "kata_sandi_lama": "Kata sandi lama salah; ketik ulang.",
        "password": "Kata sandi paling sedikit 8 karakter.",
    }
    services.accounts.change_own_password(people["analis1"], PASSWORD, "sandi-sendiri-789")
    with pytest.raises(AuthenticationError):
        services.accounts.login("analis1", PASSWORD)
    assert services.accounts.login("analis1", "sandi-sendiri-789").username == "analis1"


def test_a_deactivated_account_cannot_log_in_and_its_work_goes_to_the_role(services, people, clock):
    agreements = make_agreements(services, people["admin"])
    cycle = run_cycle(services, people, agreements, clock, until=1)  # step 2: for the lead
    (step_2,) = services.workflow.inbox(people["ketua"])
    assert step_2.assigned_to == people["ketua"].name
    services.accounts.create_user(
        people["admin"],
        {
            "username": "ketua2",
            "nama": "Hendra Wijaya, S.IP.",
            "roles": ["ketua_tim"],
            "password": PASSWORD,
        },
    )
    ketua2 = services.accounts.login("ketua2", PASSWORD)
    assert services.workflow.inbox(ketua2) == []

    assert change(services, people, "ketua", aktif=False) == 1
    with pytest.raises(AuthenticationError):
        services.accounts.login("ketua", PASSWORD)
    assert people["ketua"].name not in [e.name for e in services.accounts.employees()]
    listed = services.accounts.employees(include_inactive=True)
    assert [e.active for e in listed if e.name == people["ketua"].name] == [False]
    (offered,) = services.workflow.inbox(ketua2)
    assert offered.id == step_2.id and offered.assigned_to == ""
    released = Riwayat.get(Riwayat.aksi == "lepas_tugas")
    assert released.entitas_id == step_2.id
    assert released.pesan == f"{people['ketua'].name} dinonaktifkan"

    # the cycle's lead is gone: the lead's later steps are offered to the role as well
    form = step_data(2, people, agreements, services, cycle.id)
    services.workflow.complete(ketua2, step_2.id, form)
    (step_3,) = services.workflow.inbox(ketua2)
    assert step_3.step == 3 and step_3.assigned_to == ""


def test_taking_a_role_away_offers_its_claimed_tasks_again_with_their_drafts(
    services, people, clock
):
    agreements = make_agreements(services, people["admin"])
    run_cycle(services, people, agreements, clock, until=3)  # step 4: for the analysts
    (step_4,) = services.workflow.inbox(people["analis1"])
    services.workflow.claim(people["analis1"], step_4.id)
    services.workflow.save_draft(people["analis1"], step_4.id, {"catatan": "OPD sudah dihubungi"})
    with pytest.raises(ConflictError, match="sudah diambil oleh"):
        services.workflow.claim(people["analis2"], step_4.id)  # nobody else can take it

    assert change(services, people, "analis1", roles=["ketua_tim"]) == 1
    (offered,) = services.workflow.inbox(people["analis2"])
    assert offered.id == step_4.id and offered.status == "tersedia" and offered.claimed_by == ""
    assert services.workflow.task(step_4.id).draft == {"catatan": "OPD sudah dihubungi"}
    assert Riwayat.get(Riwayat.aksi == "lepas_tugas").pesan == (
        f"{people['analis1'].name} tidak lagi memegang peran Analis Kerja Sama"
    )
    assert Tugas.get_by_id(step_4.id).diambil_oleh_id is None
    # an edit that keeps the roles leaves the tasks where they are
    services.workflow.claim(people["analis2"], step_4.id)
    assert change(services, people, "analis2", jabatan="Analis Ahli Pertama") == 0
    assert services.workflow.task(step_4.id).row.claimed_by == people["analis2"].name


def test_an_appointment_in_force_ends_yesterday_and_one_not_begun_is_removed(
    services, people, clock
):
    """The clock stands on Monday 3 March 2025: the Kabag came back from leave early."""
    running = appoint(services, people, "2025-02-24", "2025-03-07")
    assert services.accounts.login("ketua", PASSWORD).acting[0].label == (
        "Plh. Kepala Bagian Pemerintahan"
    )
    later = appoint(services, people, "2025-03-03", "2025-03-05")
    with pytest.raises(PermissionDenied, match="tidak berwenang mengakhiri penunjukan"):
        services.accounts.end_acting(people["analis1"], running)

    assert services.accounts.end_acting(people["kabag"], running) is False
    assert services.accounts.end_acting(people["admin"], later) is True
    (left,) = services.accounts.acting_appointments()
    assert (left.id, left.start.isoformat(), left.end.isoformat()) == (
        running,
        "2025-02-24",
        "2025-03-02",
    )
    assert services.accounts.login("ketua", PASSWORD).acting == ()  # no longer from today
    rows = Riwayat.select().where(Riwayat.aksi == "akhiri_penunjukan").order_by(Riwayat.id)
    assert [(r.entitas_id, r.sesudah is None) for r in rows if r.hasil == "ok"] == [
        (running, False),
        (later, True),
    ]
    with pytest.raises(ConflictError, match="sudah berakhir"):
        services.accounts.end_acting(people["admin"], running)


def test_deactivating_an_account_ends_its_appointments_but_not_those_for_it(
    services, people, clock
):
    """The clock stands on Monday 3 March 2025. The team lead leaves the office: their Plh.
    appointment in force ends yesterday, one to come is removed, one already over is kept;
    an appointment of someone else *for* them is not touched."""
    over = appoint(services, people, "2025-02-10", "2025-02-14")
    running = appoint(services, people, "2025-02-24", "2025-03-07")
    coming = appoint(services, people, "2025-03-10", "2025-03-14")
    for_them = services.accounts.add_acting(
        people["admin"],
        {
            "pegawai_id": people["analis1"].user_id,
            "peran": "ketua_tim",
            "jenis": "Plt",
            "menggantikan_id": people["ketua"].user_id,
            "mulai": "2025-03-03",
            "selesai": "2025-06-30",
        },
    )
    change(services, people, "ketua", aktif=False)
    kept = {
        a.id: (a.start.isoformat(), a.end.isoformat())
        for a in services.accounts.acting_appointments()
    }
    assert kept == {
        over: ("2025-02-10", "2025-02-14"),
        running: ("2025-02-24", "2025-03-02"),
        for_them: ("2025-03-03", "2025-06-30"),
    }
    assert coming not in kept
    ended = Riwayat.select().where(Riwayat.aksi == "akhiri_penunjukan").order_by(Riwayat.id)
    assert [(r.entitas_id, r.pelaku_id, r.pesan) for r in ended] == [
        (running, people["admin"].user_id, "Siti Nurhaliza, S.IP., M.AP. dinonaktifkan"),
        (coming, people["admin"].user_id, "Siti Nurhaliza, S.IP., M.AP. dinonaktifkan"),
    ]
    change(services, people, "ketua", jabatan="Pensiun")  # still inactive: nothing more ends
    assert Riwayat.select().where(Riwayat.aksi == "akhiri_penunjukan").count() == 2
