"""Who may act as a role today: own roles, or a valid Plt./Plh. appointment."""

from dataclasses import dataclass
from datetime import date

from peewee import JOIN

from monev_desktop.db.models import Pegawai, PegawaiPeran, PenunjukanPelaksana
from monev_desktop.domain.errors import PermissionDenied
from monev_desktop.domain.roles import Role
from monev_desktop.services.dto import ActingRole, UserSession


@dataclass(frozen=True)
class Authority:
    """The capacity in which a user acts: the role, and whom they stand in for (if anyone)."""

    role: Role
    acting_for: int | None = None


def own_roles(user_id: int) -> frozenset[Role]:
    rows = PegawaiPeran.select(PegawaiPeran.peran).where(PegawaiPeran.pegawai == user_id)
    return frozenset(Role(r.peran) for r in rows)


def acting_roles(user_id: int, on: date) -> tuple[ActingRole, ...]:
    """The user's acting appointments valid on `on`."""
    replaced = Pegawai.alias()
    rows = (
        PenunjukanPelaksana.select(PenunjukanPelaksana, replaced.nama.alias("for_name"))
        .join(
            replaced,
            on=(PenunjukanPelaksana.menggantikan == replaced.id),
            join_type=JOIN.LEFT_OUTER,
        )
        .where(
            (PenunjukanPelaksana.pegawai == user_id)
            & (PenunjukanPelaksana.mulai <= on)
            & (PenunjukanPelaksana.selesai >= on)
        )
        .order_by(PenunjukanPelaksana.mulai)
        .objects()
    )
    return tuple(
        ActingRole(Role(r.peran), r.jenis, r.menggantikan_id, r.for_name or "", r.mulai, r.selesai)
        for r in rows
    )


def is_active(user_id: int) -> bool:
    return Pegawai.select().where((Pegawai.id == user_id) & Pegawai.aktif).exists()


def authorize_any(
    session: UserSession, roles: tuple[Role, ...], on: date, action: str
) -> Authority:
    """Authority as the first of `roles` the user holds or acts as; PermissionDenied otherwise."""
    roles = tuple(dict.fromkeys(roles))
    if is_active(session.user_id):
        held = own_roles(session.user_id)
        acting = acting_roles(session.user_id, on)
        for role in roles:
            if role in held:
                return Authority(role)
            for appointment in acting:
                if appointment.role is role:
                    return Authority(role, appointment.for_id)
    titles = " atau ".join(r.title for r in roles)
    raise PermissionDenied(
        f"{session.name} tidak berwenang {action}: hanya {titles} "
        "(atau Plt./Plh.-nya yang sah hari ini) yang dapat melakukannya."
    )


def authorize_role(session: UserSession, role: Role, on: date, action: str) -> Authority:
    """The user's authority to do `action` as `role` on `on`; PermissionDenied otherwise."""
    return authorize_any(session, (role,), on, action)


def authorize_person(
    session: UserSession, person_id: int, role: Role, on: date, action: str
) -> Authority:
    """Authority to act on work addressed by name to `person_id`: that person, or their stand-in."""
    if is_active(session.user_id):
        if session.user_id == person_id:
            return Authority(role)
        for acting in acting_roles(session.user_id, on):
            if acting.for_id == person_id:
                return Authority(role, person_id)
    owner = Pegawai.get_by_id(person_id).nama
    raise PermissionDenied(
        f"{session.name} tidak berwenang {action}: tugas ini ditujukan kepada {owner} "
        "(atau Plt./Plh.-nya yang sah hari ini)."
    )
