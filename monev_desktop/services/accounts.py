"""Accounts: first administrator, users and roles, acting appointments, login with lockout.

Passwords are hashed with argon2id and never logged, recorded in history or returned.
"""

import logging
from datetime import date, timedelta

from argon2.exceptions import InvalidHashError, VerificationError
from peewee import JOIN

from monev_desktop.db.models import Pegawai, PegawaiPeran, PenunjukanPelaksana
from monev_desktop.domain.errors import (
    AuthenticationError,
    ConflictError,
    NotFound,
    ValidationError,
)
from monev_desktop.domain.nip import parse_nip
from monev_desktop.domain.roles import Role
from monev_desktop.domain.validation import Checker
from monev_desktop.services.context import ServiceContext
from monev_desktop.services.dto import ActingAppointment, Employee, UserSession
from monev_desktop.services.history import record, refusals_recorded, snapshot
from monev_desktop.services.permissions import acting_roles, authorize_role, own_roles
from monev_desktop.services.task_release import release_tasks

log = logging.getLogger(__name__)

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD = 8
ACTING_KINDS = ("Plt", "Plh")


class AccountService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def has_users(self) -> bool:
        return Pegawai.select().exists()

    def create_first_admin(self, data: dict) -> UserSession:
        """Create the first account (with the admin role) on an empty database, and log it in."""
        data = {**data, "roles": sorted({*data.get("roles", ()), Role.ADMIN})}
        with self.ctx.transaction():
            if self.has_users():
                raise ValidationError(
                    {"username": "Akun pertama sudah dibuat; masuk dengan akun itu."}
                )
            user = self._insert_user(None, data)
        return self.login(user.username, data["password"])

    def create_user(self, session: UserSession, data: dict) -> Employee:
        """Create an employee account (admin only). `data`: username, nama, nip, pangkat,
        golongan, jabatan, roles (codes), password."""
        with refusals_recorded(self.ctx, session, "buat_pengguna", "pegawai", None):
            with self.ctx.transaction():
                authorize_role(session, Role.ADMIN, self.ctx.now().date(), "membuat akun")
                user = self._insert_user(session, data)
        return self.employee(user.id)

    def set_password(self, session: UserSession, user_id: int, password: str) -> None:
        """Set a password: one's own, or anyone's by an admin. Unlocks the account."""
        with refusals_recorded(self.ctx, session, "ubah_kata_sandi", "pegawai", user_id):
            with self.ctx.transaction():
                if user_id != session.user_id:
                    authorize_role(
                        session, Role.ADMIN, self.ctx.now().date(), "mengubah kata sandi orang lain"
                    )
                check = Checker()
                self._check_password(check, password)
                check.raise_if_any()
                Pegawai.update(
                    password_hash=self.ctx.hasher.hash(password),
                    gagal_login=0,
                    terkunci_sampai=None,
                ).where(Pegawai.id == user_id).execute()
                record(self.ctx, session, "ubah_kata_sandi", "pegawai", user_id)

    def change_own_password(self, session: UserSession, current: str, new: str) -> None:
        """Set one's own password once `current` is checked; ValidationError names the field
        ("kata_sandi_lama", "password")."""
        check = Checker()
        if not self._verify(Pegawai.get_by_id(session.user_id), current):
            check.fail("kata_sandi_lama", "Kata sandi lama salah; ketik ulang.")
        self._check_password(check, new)
        check.raise_if_any()
        self.set_password(session, session.user_id, new)

    def reset_password_here(self, username: str, password: str) -> Employee:
        """Set `username`'s password and unlock the account with no session: for the command
        line of a workstation that holds the database (the only admin forgot theirs). Recorded
        with no pelaku, saying so."""
        user = Pegawai.get_or_none(Pegawai.username == (username or "").strip().lower())
        if user is None:
            raise NotFound(f"Tidak ada pengguna '{username}'; periksa ejaannya.")
        check = Checker()
        self._check_password(check, password)
        check.raise_if_any()
        with self.ctx.transaction():
            Pegawai.update(
                password_hash=self.ctx.hasher.hash(password), gagal_login=0, terkunci_sampai=None
            ).where(Pegawai.id == user.id).execute()
            record(
                self.ctx,
                None,
                "ubah_kata_sandi",
                "pegawai",
                user.id,
                message="diatur ulang dari baris perintah (monev-desktop reset-password)",
            )
        return self.employee(user.id)

    def update_user(self, session: UserSession, user_id: int, data: dict, seen: Employee) -> int:
        """Change an account (admin only) as it was `seen` (`employee()` when its window
        opened): nama, nip, pangkat, golongan, jabatan, roles, aktif, and a new password when
        `password` is given (which also unlocks it). An admin keeps their own account active
        and an admin. The open tasks the person can no longer do go back to their role's inbox;
        returns how many. Deactivating also ends their Plt./Plh. appointments from today. ConflictError when the account changed since `seen`. A save that
        changes nothing writes nothing."""
        password = data.get("password") or ""
        # argon2 takes a moment: hashed before the write lock is taken
        new_hash = self.ctx.hasher.hash(password) if len(password) >= MIN_PASSWORD else None
        with refusals_recorded(self.ctx, session, "ubah_pengguna", "pegawai", user_id):
            with self.ctx.transaction():
                authorize_role(session, Role.ADMIN, self.ctx.now().date(), "mengubah akun")
                user = Pegawai.get_or_none(Pegawai.id == user_id)
                if user is None:
                    raise NotFound("Pengguna ini tidak ditemukan; tutup jendela lalu buka lagi.")
                if self.employee(user_id) != seen:
                    raise ConflictError(
                        f"Akun {user.username} baru saja diubah administrator lain; "
                        "tutup jendela ini lalu buka lagi."
                    )
                check = Checker()
                fields, roles = _profile(check, data, user_id)
                active = bool(data.get("aktif", True))
                if user_id == session.user_id and not active:
                    check.fail(
                        "aktif", "Akun Anda sendiri tidak dapat dinonaktifkan; minta admin lain."
                    )
                if user_id == session.user_id and Role.ADMIN not in roles:
                    check.fail(
                        "roles",
                        "Peran Administrator akun Anda sendiri tidak dapat dilepas; "
                        "minta admin lain.",
                    )
                if password:
                    self._check_password(check, password)
                check.raise_if_any()
                changes = {**fields, "aktif": active}
                if (
                    roles == seen.roles
                    and not password
                    and all(getattr(user, key) == value for key, value in changes.items())
                ):
                    return 0
                before = {**snapshot(user), "roles": sorted(seen.roles)}
                if new_hash:
                    changes |= {
                        "password_hash": new_hash,
                        "gagal_login": 0,
                        "terkunci_sampai": None,
                    }
                Pegawai.update(**changes).where(Pegawai.id == user_id).execute()
                PegawaiPeran.delete().where(PegawaiPeran.pegawai == user_id).execute()
                for role in sorted(roles):
                    PegawaiPeran.create(pegawai=user_id, peran=role)
                after = {**snapshot(Pegawai.get_by_id(user_id)), "roles": sorted(roles)}
                record(
                    self.ctx,
                    session,
                    "ubah_pengguna",
                    "pegawai",
                    user_id,
                    before=before,
                    after=after,
                )
                if password:
                    record(self.ctx, session, "ubah_kata_sandi", "pegawai", user_id)
                taken = frozenset(seen.roles - roles)
                if not active:
                    why = f"{fields['nama']} dinonaktifkan"
                    if user.aktif:
                        self._end_appointments_of(session, user_id, why)
                elif taken:
                    titles = ", ".join(r.title for r in sorted(taken))
                    why = f"{fields['nama']} tidak lagi memegang peran {titles}"
                else:
                    return 0  # the same roles, still active: every task stays where it is
                return release_tasks(
                    self.ctx, session, user_id, roles_taken=taken if active else None, why=why
                )

    def _end_appointments_of(self, session: UserSession, person_id: int, why: str) -> None:
        """End from today every Plt./Plh. appointment of `person_id` not over yet."""
        today = self.ctx.now().date()
        current = PenunjukanPelaksana.select().where(
            (PenunjukanPelaksana.pegawai == person_id) & (PenunjukanPelaksana.selesai >= today)
        )
        for row in list(current):
            self._end_acting(session, row, today, why)

    def add_acting(self, session: UserSession, data: dict) -> int:
        """Appoint a Plt./Plh. (admin or Kabag): pegawai_id, peran, jenis, mulai, selesai,
        menggantikan_id (optional)."""
        with refusals_recorded(self.ctx, session, "tunjuk_pelaksana", "penunjukan_pelaksana", None):
            with self.ctx.transaction():
                today = self.ctx.now().date()
                if Role.ADMIN not in own_roles(session.user_id):
                    authorize_role(session, Role.KABAG, today, "menunjuk Plt./Plh.")
                check = Checker()
                person = check.id("pegawai_id", "Pegawai", data.get("pegawai_id"))
                role = check.choice("peran", "Peran", data.get("peran"), [r.value for r in Role])
                kind = check.choice("jenis", "Jenis penunjukan", data.get("jenis"), ACTING_KINDS)
                start = check.date("mulai", "Tanggal mulai", data.get("mulai"))
                end = check.date("selesai", "Tanggal selesai", data.get("selesai"))
                replaced = check.id(
                    "menggantikan_id",
                    "Pejabat yang digantikan",
                    data.get("menggantikan_id"),
                    required=False,
                )
                if start and end and end < start:
                    check.fail("selesai", "Tanggal selesai tidak boleh sebelum tanggal mulai.")
                for field, pid in (("pegawai_id", person), ("menggantikan_id", replaced)):
                    if pid and not Pegawai.select().where(Pegawai.id == pid).exists():
                        check.fail(field, "Pegawai yang dipilih tidak ditemukan; pilih ulang.")
                check.raise_if_any()
                row = PenunjukanPelaksana.create(
                    pegawai=person,
                    peran=role,
                    jenis=kind,
                    mulai=start,
                    selesai=end,
                    menggantikan=replaced,
                )
                record(
                    self.ctx,
                    session,
                    "tunjuk_pelaksana",
                    "penunjukan_pelaksana",
                    row.id,
                    after=snapshot(row),
                )
        return row.id

    def end_acting(self, session: UserSession, appointment_id: int) -> bool:
        """End a Plt./Plh. appointment from today (admin or Kabag): one that has not begun
        before today is removed (True); one that has, ends yesterday (False)."""
        with refusals_recorded(
            self.ctx, session, "akhiri_penunjukan", "penunjukan_pelaksana", appointment_id
        ):
            with self.ctx.transaction():
                today = self.ctx.now().date()
                if Role.ADMIN not in own_roles(session.user_id):
                    authorize_role(session, Role.KABAG, today, "mengakhiri penunjukan Plt./Plh.")
                row = PenunjukanPelaksana.get_or_none(PenunjukanPelaksana.id == appointment_id)
                if row is None:
                    raise NotFound("Penunjukan ini sudah tidak ada; mungkin baru saja diakhiri.")
                if row.selesai < today:
                    raise ConflictError("Penunjukan ini sudah berakhir; tidak ada yang diubah.")
                return self._end_acting(session, row, today)

    def _end_acting(
        self, session: UserSession, row: PenunjukanPelaksana, today: date, why: str = ""
    ) -> bool:
        """End the appointment `row` from `today`, recorded: removed when it has not begun
        before today (True), else it ends yesterday (False). Call inside a transaction."""
        before = snapshot(row)
        removed = row.mulai >= today
        if removed:
            row.delete_instance()
        else:
            row.selesai = today - timedelta(days=1)
            row.save()
        record(
            self.ctx,
            session,
            "akhiri_penunjukan",
            "penunjukan_pelaksana",
            row.id,
            before=before,
            after=None if removed else snapshot(row),
            message=why,
        )
        return removed

    def acting_appointments(self) -> list[ActingAppointment]:
        """Every Plt./Plh. appointment, the newest first."""
        replaced = Pegawai.alias()
        rows = (
            PenunjukanPelaksana.select(
                PenunjukanPelaksana, Pegawai.nama.alias("person"), replaced.nama.alias("for_name")
            )
            .join(Pegawai, on=(PenunjukanPelaksana.pegawai == Pegawai.id))
            .switch(PenunjukanPelaksana)
            .join(replaced, JOIN.LEFT_OUTER, on=(PenunjukanPelaksana.menggantikan == replaced.id))
            .order_by(PenunjukanPelaksana.mulai.desc())
            .objects()
        )
        return [
            ActingAppointment(
                r.id, r.person, Role(r.peran), r.jenis, r.for_name or "", r.mulai, r.selesai
            )
            for r in rows
        ]

    def login(self, username: str, password: str) -> UserSession:
        """Check the password; AuthenticationError (recorded) on failure or lockout."""
        now = self.ctx.now()
        key = (username or "").strip().lower()
        user = Pegawai.get_or_none(Pegawai.username == key)
        with refusals_recorded(self.ctx, None, "masuk", "pegawai", user.id if user else None):
            if user is None or not user.aktif or not user.password_hash:
                raise AuthenticationError("Nama pengguna atau kata sandi salah.")
            if user.terkunci_sampai and user.terkunci_sampai > now:
                raise AuthenticationError(
                    f"Akun {user.username} terkunci karena {MAX_FAILED_LOGINS} kali salah kata sandi. "
                    f"Coba lagi setelah pukul {user.terkunci_sampai:%H.%M} atau minta admin "
                    "mengatur ulang kata sandi."
                )
            if not self._verify(user, password):
                self._count_failure(user, now)
                raise AuthenticationError("Nama pengguna atau kata sandi salah.")
        with self.ctx.transaction():
            changes = {"gagal_login": 0, "terkunci_sampai": None}
            if self.ctx.hasher.check_needs_rehash(user.password_hash):
                changes["password_hash"] = self.ctx.hasher.hash(password)
            Pegawai.update(**changes).where(Pegawai.id == user.id).execute()
            session = self.session_for(user.id)
            record(self.ctx, session, "masuk", "pegawai", user.id)
        return session

    def session_for(self, user_id: int) -> UserSession:
        user = Pegawai.get_by_id(user_id)
        return UserSession(
            user_id=user.id,
            username=user.username,
            name=user.nama,
            roles=own_roles(user.id),
            acting=acting_roles(user.id, self.ctx.now().date()),
        )

    def employee(self, user_id: int) -> Employee:
        return _employee(Pegawai.get_by_id(user_id), own_roles(user_id))

    def employees(
        self,
        role: Role | None = None,
        *,
        include_acting_on: date | None = None,
        include_inactive: bool = False,
    ) -> list[Employee]:
        """Active employees (also the deactivated with `include_inactive`), optionally only
        those holding `role` (or acting as it on a date)."""
        roles_of: dict[int, set[Role]] = {}
        for row in PegawaiPeran.select():
            roles_of.setdefault(row.pegawai_id, set()).add(Role(row.peran))
        query = Pegawai.select().order_by(Pegawai.nama)
        if not include_inactive:
            query = query.where(Pegawai.aktif)
        people = [_employee(p, frozenset(roles_of.get(p.id, ()))) for p in query]
        if role is None:
            return people
        acting = set()
        if include_acting_on:
            acting = {
                a.pegawai_id
                for a in PenunjukanPelaksana.select().where(
                    (PenunjukanPelaksana.peran == role)
                    & (PenunjukanPelaksana.mulai <= include_acting_on)
                    & (PenunjukanPelaksana.selesai >= include_acting_on)
                )
            }
        return [p for p in people if role in p.roles or p.id in acting]

    def _insert_user(self, session: UserSession | None, data: dict) -> Pegawai:
        check = Checker()
        username = check.text(
            "username", "Nama pengguna", data.get("username"), max_length=50
        ).lower()
        if username and not username.replace(".", "").replace("_", "").isalnum():
            check.fail("username", "Nama pengguna hanya boleh huruf, angka, titik dan garis bawah.")
        if username and Pegawai.select().where(Pegawai.username == username).exists():
            check.fail("username", f"Nama pengguna '{username}' sudah dipakai; pilih nama lain.")
        fields, roles = _profile(check, data, None)
        self._check_password(check, data.get("password"))
        check.raise_if_any()
        user = Pegawai.create(
            username=username,
            password_hash=self.ctx.hasher.hash(data["password"]),
            dibuat=self.ctx.now(),
            **fields,
        )
        for role in sorted(roles):
            PegawaiPeran.create(pegawai=user, peran=role)
        record(
            self.ctx,
            session,
            "buat_pengguna",
            "pegawai",
            user.id,
            after={**snapshot(user), "roles": sorted(roles)},
        )
        return user

    @staticmethod
    def _check_password(check: Checker, password: object) -> None:
        if not isinstance(password, str) or len(password) < MIN_PASSWORD:
            check.fail("password", f"Kata sandi paling sedikit {MIN_PASSWORD} karakter.")

    def _verify(self, user: Pegawai, password: str) -> bool:
        try:
            return self.ctx.hasher.verify(user.password_hash, password or "")
        except VerificationError:
            return False
        except InvalidHashError:
            log.error("stored password hash of user %s is not an argon2 hash", user.id)
            return False

    def _count_failure(self, user: Pegawai, now) -> None:
        with self.ctx.transaction():
            failures = user.gagal_login + 1
            locked = now + LOCKOUT if failures >= MAX_FAILED_LOGINS else None
            Pegawai.update(gagal_login=0 if locked else failures, terkunci_sampai=locked).where(
                Pegawai.id == user.id
            ).execute()
            if locked:
                record(
                    self.ctx,
                    None,
                    "kunci_akun",
                    "pegawai",
                    user.id,
                    message=f"terkunci sampai {locked:%Y-%m-%d %H:%M}",
                )


def _profile(check: Checker, data: dict, user_id: int | None) -> tuple[dict, set[Role]]:
    """The checked columns of an account (nama, nip, pangkat, golongan, jabatan) and its
    roles; a NIP another account than `user_id` holds is refused."""
    name = check.text("nama", "Nama lengkap", data.get("nama"))
    nip_text = check.text("nip", "NIP", data.get("nip"), required=False, max_length=30)
    nip = None
    if nip_text:
        try:
            nip = parse_nip(nip_text).digits
        except ValueError as exc:
            check.fail("nip", str(exc))
        else:
            holders = Pegawai.select().where(Pegawai.nip == nip)
            if user_id is not None:
                holders = holders.where(Pegawai.id != user_id)
            if holders.exists():
                check.fail("nip", "NIP ini sudah terdaftar untuk pegawai lain.")
    roles = set()
    for code in data.get("roles", ()):
        try:
            roles.add(Role.parse(code))
        except ValueError as exc:
            check.fail("roles", f"Peran: {exc}.")
    fields = {
        key: check.text(key, label, data.get(key), required=False, max_length=limit)
        for key, label, limit in (
            ("pangkat", "Pangkat", 100),
            ("golongan", "Golongan", 10),
            ("jabatan", "Jabatan", 200),
        )
    }
    return {"nama": name, "nip": nip, **fields}, roles


def _employee(p: Pegawai, roles: frozenset[Role]) -> Employee:
    return Employee(
        id=p.id,
        username=p.username,
        name=p.nama,
        nip=p.nip or "",
        pangkat=p.pangkat,
        golongan=p.golongan,
        jabatan=p.jabatan,
        roles=roles,
        active=p.aktif,
    )
