"""The set of services the GUI and the CLI are handed (built by app.py)."""

from dataclasses import dataclass

from monev_desktop.services.accounts import AccountService
from monev_desktop.services.agreements import AgreementService
from monev_desktop.services.backup import BackupService
from monev_desktop.services.calendar import CalendarService
from monev_desktop.services.context import ServiceContext
from monev_desktop.services.dashboard import Dashboard, dashboard
from monev_desktop.services.documents import DocumentService
from monev_desktop.services.dto import UserSession
from monev_desktop.services.reminders import Reminders, reminders
from monev_desktop.services.settings import SettingsService
from monev_desktop.services.workflow import WorkflowService


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

    def close(self) -> None:
        self.ctx.db.close()

    def reminders(self, session: UserSession) -> Reminders:
        """What to tell a user right after login (see services.reminders)."""
        problem = self.backup.state().get("last_error", "")
        return reminders(self.ctx, self.workflow.lists, self.agreements, session, problem)

    def dashboard(self) -> Dashboard:
        """The dashboard's figures (see services.dashboard)."""
        return dashboard(self.ctx, self.calendar, self.agreements)
