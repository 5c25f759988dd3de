"""The office's working-day calendar: holidays, its own overrides, office hours; editable by admin."""

from datetime import date, time

from monev_desktop.db.models import HariKhusus
from monev_desktop.domain.calendar import OfficeHours, WorkingCalendar, build_calendar
from monev_desktop.domain.errors import ValidationError
from monev_desktop.domain.roles import Role
from monev_desktop.domain.validation import Checker
from monev_desktop.services.context import ServiceContext
from monev_desktop.services.dto import UserSession
from monev_desktop.services.history import record, refusals_recorded, snapshot
from monev_desktop.services.permissions import authorize_role
from monev_desktop.services.settings import SettingsService

DAY_OFF = "libur"
MAKE_UP_DAY = "masuk"


class CalendarService:
    def __init__(self, ctx: ServiceContext, settings: SettingsService):
        self.ctx, self.settings = ctx, settings
        self._built: tuple[tuple, WorkingCalendar] | None = None

    def calendar(self) -> WorkingCalendar:
        """The calendar as configured now (two small reads). While the configuration is
        unchanged the same calendar is returned, keeping the day counts it has cached."""
        overrides = tuple(HariKhusus.select(HariKhusus.tanggal, HariKhusus.jenis).tuples())
        settings = self.settings.all()
        opening, closing = settings["jam_kerja_mulai"], settings["jam_kerja_selesai"]
        key = (overrides, opening, closing)
        if self._built is None or self._built[0] != key:
            built = build_calendar(
                self.ctx.is_holiday,
                days_off=[day for day, kind in overrides if kind == DAY_OFF],
                make_up_days=[day for day, kind in overrides if kind == MAKE_UP_DAY],
                hours=OfficeHours(time.fromisoformat(opening), time.fromisoformat(closing)),
            )
            self._built = (key, built)
        return self._built[1]

    def special_days(self) -> list[tuple[date, str, str]]:
        """The office's own days off and make-up days: (date, "libur"/"masuk", note), by date."""
        return [
            (d.tanggal, d.jenis, d.keterangan)
            for d in HariKhusus.select().order_by(HariKhusus.tanggal)
        ]

    def set_special_day(self, session: UserSession, day: date, kind: str, note: str = "") -> None:
        """Mark `day` as an extra day off ("libur") or a make-up working day ("masuk"); admin only."""
        with refusals_recorded(self.ctx, session, "atur_hari_khusus", "hari_khusus", None):
            with self.ctx.transaction():
                authorize_role(
                    session, Role.ADMIN, self.ctx.now().date(), "mengatur hari libur kantor"
                )
                check = Checker()
                kind = check.choice("jenis", "Jenis hari", kind, (DAY_OFF, MAKE_UP_DAY))
                note = check.text("keterangan", "Keterangan", note, required=False)
                check.raise_if_any()
                old = HariKhusus.get_or_none(HariKhusus.tanggal == day)
                before = snapshot(old)
                if old:
                    old.delete_instance()
                row = HariKhusus.create(tanggal=day, jenis=kind, keterangan=note)
                record(
                    self.ctx,
                    session,
                    "atur_hari_khusus",
                    "hari_khusus",
                    row.id,
                    before=before,
                    after=snapshot(row),
                )

    def remove_special_day(self, session: UserSession, day: date) -> None:
        with refusals_recorded(self.ctx, session, "hapus_hari_khusus", "hari_khusus", None):
            with self.ctx.transaction():
                authorize_role(
                    session, Role.ADMIN, self.ctx.now().date(), "mengatur hari libur kantor"
                )
                row = HariKhusus.get_or_none(HariKhusus.tanggal == day)
                if row is None:
                    raise ValidationError(
                        {"tanggal": f"Tanggal {day:%d-%m-%Y} bukan hari khusus kantor."}
                    )
                record(
                    self.ctx,
                    session,
                    "hapus_hari_khusus",
                    "hari_khusus",
                    row.id,
                    before=snapshot(row),
                )
                row.delete_instance()
