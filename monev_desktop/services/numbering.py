"""The letter-number register: take the next serial of an agenda book, or record a typed one.

Call inside the write transaction that uses the number (ServiceContext.transaction), so a
rollback gives it back and nothing is lost or doubled. That transaction holds the write lock,
so two workstations taking a number at once take one after the other; the unique index
(book, year, serial) stands behind it.
"""

from datetime import date

from peewee import fn

from monev_desktop.db.models import NomorSurat
from monev_desktop.domain.documents import DocumentKind
from monev_desktop.domain.errors import ValidationError
from monev_desktop.domain.numbering import NumberingRule, check_typed_number, format_number
from monev_desktop.services.context import ServiceContext
from monev_desktop.services.dto import UserSession
from monev_desktop.services.history import record
from monev_desktop.services.settings import SettingsService


class LetterNumbers:
    def __init__(self, ctx: ServiceContext, settings: SettingsService):
        self.ctx, self.settings = ctx, settings

    def rule(self, kind: DocumentKind) -> NumberingRule:
        """The kind's numbering rule: the office's setting over the built-in default."""
        override = self.settings.get("penomoran").get(kind.code, {})
        return NumberingRule(**{**kind.rule.__dict__, **override})

    def take(self, session: UserSession, kind: DocumentKind, day: date) -> str:
        """Register and return the next number of the kind's book for `day`'s year."""
        rule = self.rule(kind)
        last = (
            NomorSurat.select(fn.MAX(NomorSurat.urut))
            .where((NomorSurat.buku == rule.buku) & (NomorSurat.tahun == day.year))
            .scalar()
        )
        serial = (last or 0) + 1
        number = format_number(rule, serial, self.settings.get("kode_unit"), day)
        row = NomorSurat.create(
            jenis=kind.code,
            buku=rule.buku,
            tahun=day.year,
            urut=serial,
            nomor=number,
            diambil_oleh=session.user_id,
            diambil=self.ctx.now(),
        )
        record(self.ctx, session, "ambil_nomor", "nomor_surat", row.id, after={"nomor": number})
        return number

    def record_typed(self, session: UserSession, kind: DocumentKind, text: str, day: date) -> str:
        """Register a number typed in from SRIKANDI; ValidationError if invalid or already used."""
        number = check_typed_number(text)
        if NomorSurat.select().where(NomorSurat.nomor == number).exists():
            raise ValidationError(
                {"nomor": f"Nomor {number} sudah tercatat di register; periksa lagi."}
            )
        row = NomorSurat.create(
            jenis=kind.code,
            buku="srikandi",
            tahun=day.year,
            urut=None,
            nomor=number,
            sumber="srikandi",
            diambil_oleh=session.user_id,
            diambil=self.ctx.now(),
        )
        record(
            self.ctx,
            session,
            "catat_nomor_srikandi",
            "nomor_surat",
            row.id,
            after={"nomor": number},
        )
        return number
