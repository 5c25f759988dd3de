"""The set of services the GUI and the CLI are handed (built by app.py)."""

from dataclasses import dataclass
from pathlib import Path

from monev_desktop.services.accounts import AccountService
from monev_desktop.services.agreements import AgreementService
from monev_desktop.services.backup import BackupService
from monev_desktop.services.calendar import CalendarService
from monev_desktop.services.context import ServiceContext
from monev_desktop.services.dashboard import Dashboard, dashboard
from monev_desktop.services.documents import DocumentService, DraftDocument
from monev_desktop.services.dto import UserSession
from monev_desktop.services.history import refusals_recorded
from monev_desktop.services.reminders import Reminders, reminders
from monev_desktop.services.restore import RestoreService
from monev_desktop.services.settings import SettingsService
from monev_desktop.services.workflow import WorkflowService

# What a preview puts where a late step's reason (the SOP's "Ket") will go.
PREVIEW_LATE_REASON = "(diisi saat langkah diselesaikan)"


@dataclass
class Services:
    """Everything the GUI and the CLI call, built over one open database."""

    ctx: ServiceContext
    settings: SettingsService
    calendar: CalendarService
    accounts: AccountService
    agreements: AgreementService
    workflow: WorkflowService
    documents: DocumentService
    backup: BackupService
    restore: RestoreService

    def close(self) -> None:
        self.ctx.db.close()

    def reminders(self, session: UserSession) -> Reminders:
        """What to tell a user right after login (see services.reminders)."""
        problem = self.backup.state().get("last_error", "")
        return reminders(self.ctx, self.workflow.lists, self.agreements, session, problem)

    def preview_step(
        self, session: UserSession, task_id: int, data: dict, out_dir: Path
    ) -> list[DraftDocument]:
        """The documents that completing `task_id` with the form `data` would make, rendered
        into `out_dir` before the step is completed. The completion is rehearsed and undone:
        nothing is written, no number taken. Raises what `complete` would (ValidationError
        naming the fields, PermissionDenied, ConflictError); a refusal is recorded, outside
        the rehearsal that undoes everything else."""
        with refusals_recorded(self.ctx, session, "pratinjau_langkah", "tugas", task_id):
            with self.ctx.rehearsal():
                self.workflow.complete(session, task_id, data, PREVIEW_LATE_REASON)
                return self.documents.render_drafts(task_id, out_dir)

    def dashboard(self) -> Dashboard:
        """The dashboard's figures (see services.dashboard)."""
        return dashboard(self.ctx, self.calendar, self.agreements)
