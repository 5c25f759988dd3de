"""Open tasks a person can no longer do go back to their role's inbox: when the person's account
is deactivated, or a role of theirs is taken away."""

from monev_desktop.db.models import Tugas
from monev_desktop.domain.roles import Role
from monev_desktop.domain.tasks import OPEN_STATUSES, TaskStatus
from monev_desktop.services.context import ServiceContext
from monev_desktop.services.dto import UserSession
from monev_desktop.services.history import record, snapshot


def release_tasks(
    ctx: ServiceContext,
    session: UserSession,
    person_id: int,
    *,
    roles_taken: frozenset[Role] | None,
    why: str,
) -> int:
    """Release the open tasks of `person_id` in `roles_taken` (None: the account is
    deactivated, so every one): a task they claimed is offered again with its draft kept; a
    task addressed to them by name (deactivation only) is offered to its role. Each is
    recorded ("lepas_tugas", saying `why`); call inside the transaction of the change. Returns
    how many were released."""
    mine = Tugas.status.in_(OPEN_STATUSES) & (
        (Tugas.diambil_oleh == person_id) | (Tugas.ditugaskan_ke == person_id)
    )
    released = 0
    for task in Tugas.select().where(mine).order_by(Tugas.id):
        addressed = task.ditugaskan_ke_id == person_id
        if roles_taken is not None and (addressed or Role(task.peran) not in roles_taken):
            continue  # work addressed by name needs no role; a role kept keeps its tasks
        before = snapshot(task)
        changes = {"status": TaskStatus.OFFERED, "diambil_oleh": None, "diambil": None}
        if addressed:
            changes["ditugaskan_ke"] = None
        Tugas.update(versi=Tugas.versi + 1, **changes).where(Tugas.id == task.id).execute()
        record(
            ctx,
            session,
            "lepas_tugas",
            "tugas",
            task.id,
            before=before,
            after=snapshot(Tugas.get_by_id(task.id)),
            message=why,
        )
        released += 1
    return released
