"""Office settings stored in the database (identity, paper, office hours, folders)."""

from monev_desktop.db.models import Pengaturan
from monev_desktop.domain.roles import Role
from monev_desktop.domain.settings import SETTINGS, validate_settings
from monev_desktop.services.context import ServiceContext
from monev_desktop.services.dto import UserSession
from monev_desktop.services.history import record, refusals_recorded
from monev_desktop.services.permissions import authorize_role


class SettingsService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def get(self, key: str) -> object:
        """The stored value, or the declared default; KeyError for an undeclared key."""
        default = SETTINGS[key].default
        row = Pengaturan.get_or_none(Pengaturan.kunci == key)
        return default if row is None else row.nilai

    def all(self) -> dict[str, object]:
        stored = {row.kunci: row.nilai for row in Pengaturan.select()}
        return {key: stored.get(key, s.default) for key, s in SETTINGS.items()}

    def set(self, session: UserSession, values: dict[str, object]) -> None:
        """Change settings (admin only); unknown keys or bad values are refused, nothing written.
        Only values that differ from the stored ones are written and recorded."""
        with refusals_recorded(self.ctx, session, "ubah_pengaturan", "pengaturan", None):
            with self.ctx.transaction():
                authorize_role(
                    session, Role.ADMIN, self.ctx.now().date(), "mengubah pengaturan kantor"
                )
                before = self.all()
                clean = {
                    key: value
                    for key, value in validate_settings(values, before).items()
                    if value != before[key]
                }
                if not clean:
                    return
                for key, value in clean.items():
                    Pengaturan.insert(kunci=key, nilai=value).on_conflict(
                        conflict_target=[Pengaturan.kunci], update={Pengaturan.nilai: value}
                    ).execute()
                record(
                    self.ctx,
                    session,
                    "ubah_pengaturan",
                    "pengaturan",
                    None,
                    before={k: before[k] for k in clean},
                    after=clean,
                )
