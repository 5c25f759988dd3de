"""The append-only history: every change of state and every refusal, with who and for whom."""

import operator
from collections.abc import Iterator
from contextlib import contextmanager
from functools import reduce

from peewee import JOIN, Model
from playhouse.shortcuts import model_to_dict

from monev_desktop.db.models import Pegawai, Riwayat
from monev_desktop.domain.errors import AuthenticationError, PermissionDenied
from monev_desktop.services.context import ServiceContext
from monev_desktop.services.dto import HistoryEntry, UserSession

SECRET_FIELDS = frozenset({"password_hash"})


def snapshot(record: Model | None) -> dict | None:
    """The record's columns as plain data (foreign keys as ids), secrets left out."""
    if record is None:
        return None
    data = model_to_dict(record, recurse=False)
    return {k: v for k, v in data.items() if k not in SECRET_FIELDS}


def record(
    ctx: ServiceContext,
    session: UserSession | None,
    action: str,
    entity: str,
    entity_id: int | None,
    *,
    before: dict | None = None,
    after: dict | None = None,
    acting_for: int | None = None,
    role: str = "",
    outcome: str = "ok",
    message: str = "",
) -> None:
    """Append one history row; call inside the transaction of the change it describes."""
    Riwayat.create(
        waktu=ctx.now(),
        pelaku=session.user_id if session else None,
        atas_nama=acting_for,
        peran=role,
        aksi=action,
        entitas=entity,
        entitas_id=entity_id,
        sebelum=before,
        sesudah=after,
        hasil=outcome,
        pesan=message,
    )


@contextmanager
def refusals_recorded(
    ctx: ServiceContext,
    session: UserSession | None,
    action: str,
    entity: str,
    entity_id: int | None,
) -> Iterator[None]:
    """Record a PermissionDenied or AuthenticationError raised inside, in its own transaction.

    Use outside the action's own transaction, whose rollback would otherwise take the record
    of the refusal with it.
    """
    try:
        yield
    except (PermissionDenied, AuthenticationError) as refusal:
        with ctx.transaction():
            record(ctx, session, action, entity, entity_id, outcome="ditolak", message=str(refusal))
        raise


def entries_of(
    ctx: ServiceContext, records: dict[str, list[int]], limit: int = 2000
) -> list[HistoryEntry]:
    """The newest `limit` entries of several records' history (entity -> ids), oldest
    first."""
    return [
        HistoryEntry(
            when=r.waktu,
            actor=r.actor_name or "",
            acting_for=r.for_name or "",
            role=r.peran,
            action=r.aksi,
            entity=r.entitas,
            entity_id=r.entitas_id,
            before=r.sebelum,
            after=r.sesudah,
            outcome=r.hasil,
            message=r.pesan,
        )
        for r in reversed(list(history_query(records, limit)))
    ]


def history_query(records: dict[str, list[int]], limit: int):
    """The newest `limit` history rows of the records (entity -> ids), newest first, with the
    names of who acted and for whom."""
    actor = Pegawai.alias()
    principal = Pegawai.alias()
    return (
        Riwayat.select(Riwayat, actor.nama.alias("actor_name"), principal.nama.alias("for_name"))
        .join(actor, on=(Riwayat.pelaku == actor.id), join_type=JOIN.LEFT_OUTER)
        .switch(Riwayat)
        .join(principal, on=(Riwayat.atas_nama == principal.id), join_type=JOIN.LEFT_OUTER)
        .where(
            reduce(
                operator.or_,
                (
                    (Riwayat.entitas == entity) & Riwayat.entitas_id.in_(ids)
                    for entity, ids in records.items()
                ),
            )
        )
        .order_by(Riwayat.id.desc())
        .limit(limit)
        .objects()
    )
