"""The agreement register: add, edit, list, with validation and history; the OPD list."""

from collections import defaultdict
from collections.abc import Sequence
from datetime import timedelta

from peewee import JOIN, fn

from monev_desktop.db.models import (
    HasilMonitoring,
    JadwalMonitoring,
    KerjaSama,
    KerjaSamaOpd,
    Opd,
    Riwayat,
    Siklus,
    SiklusKerjaSama,
    Temuan,
)
from monev_desktop.domain.agreements import (
    PARENT_FORMS,
    Bentuk,
    effective_status,
    validate_agreement,
)
from monev_desktop.domain.errors import ConflictError, NotFound, ValidationError
from monev_desktop.domain.progress import Progress, no_progress
from monev_desktop.domain.roles import Role
from monev_desktop.domain.tasks import cycle_label
from monev_desktop.services.context import ServiceContext
from monev_desktop.services.dto import Agreement, OpdEntry, UserSession
from monev_desktop.services.history import record, refusals_recorded, snapshot
from monev_desktop.services.inbox import names_of
from monev_desktop.services.permissions import authorize_any

EDITORS = (Role.KETUA_TIM, Role.ANALIS, Role.ADMIN)


def register_query(condition=None):
    """The register's rows in end-date order (read from the end date's index), only those
    meeting `condition` when given."""
    query = KerjaSama.select().order_by(KerjaSama.tanggal_berakhir, KerjaSama.id)
    return query if condition is None else query.where(condition)


OPD_NAME_LENGTH = 200  # as the column


class AgreementService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def opds(self) -> list[tuple[int, str]]:
        return [(o.id, o.nama) for o in Opd.select().order_by(Opd.nama)]

    def parent_choices(self, editing: Agreement | None = None) -> list[tuple[int, str]]:
        """(id, "nomor — judul") of every agreement that can be another's parent (a KB or NK,
        or a PKS for an Adendum), by number; when `editing`, not itself, and its own parent
        whatever its form (so that saving never drops it unasked). One narrow query,
        whatever the register's size."""
        forms = KerjaSama.bentuk.in_([*PARENT_FORMS, Bentuk.PKS])
        query = KerjaSama.select(KerjaSama.id, KerjaSama.nomor, KerjaSama.judul)
        if editing is None:
            query = query.where(forms)
        else:
            query = query.where(forms | (KerjaSama.id == editing.induk_id)).where(
                KerjaSama.id != editing.id
            )
        return [
            (i, f"{nomor} — {judul}")
            for i, nomor, judul in query.order_by(KerjaSama.nomor).tuples()
        ]

    def opd_entries(self) -> list[OpdEntry]:
        """Every OPD by name, with how many agreements name it (one query)."""
        count = fn.COUNT(KerjaSamaOpd.kerja_sama)
        rows = (
            Opd.select(Opd.id, Opd.nama, Opd.singkatan, count.alias("n"))
            .join(KerjaSamaOpd, JOIN.LEFT_OUTER, on=(KerjaSamaOpd.opd == Opd.id))
            .group_by(Opd.id, Opd.nama, Opd.singkatan)
            .order_by(Opd.nama)
            .tuples()
        )
        return [OpdEntry(i, name, short, n) for i, name, short, n in rows]

    def add_opd(self, session: UserSession, nama: str, singkatan: str = "") -> int:
        with refusals_recorded(self.ctx, session, "tambah_opd", "opd", None):
            with self.ctx.transaction():
                self._authorize(session, "menambah OPD")
                return self._create_opd(session, nama, singkatan)

    def _create_opd(self, session: UserSession | None, nama: str, singkatan: str) -> int:
        opd = Opd.create(**_checked_opd(nama, singkatan, None))
        record(self.ctx, session, "tambah_opd", "opd", opd.id, after=snapshot(opd))
        return opd.id

    def update_opd(self, session: UserSession, opd_id: int, nama: str, singkatan: str) -> None:
        """Rename an OPD (its agreements and schedules follow: they refer to it by id)."""
        with refusals_recorded(self.ctx, session, "ubah_opd", "opd", opd_id):
            with self.ctx.transaction():
                self._authorize(session, "mengubah OPD")
                opd = _opd(opd_id)
                before = snapshot(opd)
                Opd.update(**_checked_opd(nama, singkatan, opd_id)).where(
                    Opd.id == opd_id
                ).execute()
                after = snapshot(Opd.get_by_id(opd_id))
                record(self.ctx, session, "ubah_opd", "opd", opd_id, before=before, after=after)

    def delete_opd(self, session: UserSession, opd_id: int) -> None:
        """Remove an OPD entered by mistake; refused while an agreement or a monitoring
        schedule names it."""
        with refusals_recorded(self.ctx, session, "hapus_opd", "opd", opd_id):
            with self.ctx.transaction():
                self._authorize(session, "menghapus OPD")
                opd = _opd(opd_id)
                agreements = KerjaSamaOpd.select().where(KerjaSamaOpd.opd == opd_id).count()
                schedules = JadwalMonitoring.select().where(JadwalMonitoring.opd == opd_id).count()
                if agreements or schedules:
                    uses = [
                        f"{n} {what}"
                        for n, what in (
                            (agreements, "kerja sama"),
                            (schedules, "jadwal monitoring"),
                        )
                        if n
                    ]
                    raise ConflictError(
                        f"OPD {opd.nama} dipakai oleh {' dan '.join(uses)}, jadi tidak dapat "
                        "dihapus. Bila namanya berubah, ubah namanya saja."
                    )
                before = snapshot(opd)
                opd.delete_instance()
                record(self.ctx, session, "hapus_opd", "opd", opd_id, before=before)

    def get(self, agreement_id: int) -> Agreement:
        found = self.list(ids=[agreement_id])
        if not found:
            raise NotFound("Kerja sama tidak ditemukan.")
        return found[0]

    def ending_within(self, days: int) -> list[Agreement]:
        """Agreements whose end date is today or within the next `days` days, ordered by end
        date (found through the end date's index, whatever the register's size)."""
        today = self.ctx.now().date()
        return self._listed(KerjaSama.tanggal_berakhir.between(today, today + timedelta(days)))

    def _listed(self, condition) -> list[Agreement]:
        query = register_query(condition)
        link_query = (
            KerjaSamaOpd.select(KerjaSamaOpd.kerja_sama, Opd.id, Opd.nama)
            .join(Opd)
            .order_by(Opd.nama)
        )
        if condition is not None:
            link_query = link_query.join_from(KerjaSamaOpd, KerjaSama).where(condition)
        rows = list(query.namedtuples())  # plain tuples: a register may hold 10,000 rows
        links = defaultdict(list)
        for agreement_id, opd_id, opd_name in link_query.tuples():
            links[agreement_id].append((opd_id, opd_name))
        today = self.ctx.now().date()
        return [_agreement(r, links[r.id], today) for r in rows]

    def list(self, ids: list[int] | None = None) -> list[Agreement]:
        """Agreements ordered by end date (two queries in all, whatever the count)."""
        return self._listed(None if ids is None else KerjaSama.id.in_(ids))

    def create(self, session: UserSession, data: dict) -> Agreement:
        """Add an agreement to the register; ValidationError names every bad field."""
        with refusals_recorded(self.ctx, session, "tambah_kerja_sama", "kerja_sama", None):
            with self.ctx.transaction():
                self._authorize(session, "menambah kerja sama")
                row = self._insert(session, data)
        return self.get(row.id)

    def create_many(
        self,
        session: UserSession | None,
        rows: Sequence[dict],
        progress: Progress = no_progress,
    ) -> int:
        """Add many agreements in one transaction (an import); `session` None means the
        command line. A row may name its parent by number (`induk_nomor`), also one added
        earlier in the same batch, and OPDs not in the Daftar OPD by name (`opd_baru`),
        which are added first, once each whatever their case. Returns how many were added."""
        with refusals_recorded(self.ctx, session, "impor_kerja_sama", "kerja_sama", None):
            with self.ctx.transaction():
                if session is not None:
                    self._authorize(session, "mengimpor kerja sama")
                added: dict[str, int] = {}
                for index, data in enumerate(rows):
                    progress(index, len(rows), f"Menyimpan {data.get('nomor', '')}")
                    new = data.get("opd_baru", ())
                    for name in new:
                        if name.casefold() not in added:
                            added[name.casefold()] = self._create_opd(session, name, "")
                    data = {
                        **data,
                        "opd_ids": [*data["opd_ids"], *(added[n.casefold()] for n in new)],
                    }
                    parent = data.get("induk_nomor")
                    if parent and not data.get("induk_id"):
                        found = KerjaSama.get_or_none(fn.LOWER(KerjaSama.nomor) == parent.lower())
                        data = {**data, "induk_id": found.id if found else None}
                    self._insert(session, data)
        return len(rows)

    def check(self, data: dict) -> dict:
        """The register's field rules alone (no database); ValidationError names the fields."""
        return validate_agreement(data)

    def _insert(self, session: UserSession | None, data: dict) -> KerjaSama:
        clean = self._validate(data, current_id=None)
        now = self.ctx.now()
        opd_ids = clean.pop("opd_ids")
        row = KerjaSama.create(**_columns(clean), dibuat=now, diubah=now)
        KerjaSamaOpd.insert_many([{"kerja_sama": row.id, "opd": o} for o in opd_ids]).execute()
        record(
            self.ctx,
            session,
            "tambah_kerja_sama",
            "kerja_sama",
            row.id,
            after={**snapshot(row), "opd_ids": opd_ids},
        )
        return row

    def update(
        self, session: UserSession, agreement_id: int, data: dict, version: int
    ) -> Agreement:
        """Edit the agreement as it was at `version` (Agreement.version when it was opened);
        ConflictError naming who and when if someone edited it since; ValidationError names
        every bad field."""
        with refusals_recorded(self.ctx, session, "ubah_kerja_sama", "kerja_sama", agreement_id):
            with self.ctx.transaction():
                self._authorize(session, "mengubah kerja sama")
                row = KerjaSama.get_or_none(KerjaSama.id == agreement_id)
                if row is None:
                    raise NotFound("Kerja sama tidak ditemukan.")
                if row.versi != version:
                    raise ConflictError(_edited_since(row))
                before = {**snapshot(row), "opd_ids": sorted(self.get(agreement_id).opd_ids)}
                clean = self._validate(data, current_id=agreement_id)
                opd_ids = clean.pop("opd_ids")
                KerjaSama.update(
                    **_columns(clean), diubah=self.ctx.now(), versi=row.versi + 1
                ).where(KerjaSama.id == agreement_id).execute()
                KerjaSamaOpd.delete().where(KerjaSamaOpd.kerja_sama == agreement_id).execute()
                KerjaSamaOpd.insert_many(
                    [{"kerja_sama": agreement_id, "opd": o} for o in opd_ids]
                ).execute()
                record(
                    self.ctx,
                    session,
                    "ubah_kerja_sama",
                    "kerja_sama",
                    agreement_id,
                    before=before,
                    after={
                        **snapshot(KerjaSama.get_by_id(agreement_id)),
                        "opd_ids": sorted(opd_ids),
                    },
                )
        return self.get(agreement_id)

    def delete(self, session: UserSession, agreement_id: int, version: int) -> None:
        """Remove an agreement entered by mistake, as it was at `version`: refused, saying
        why, once a monev cycle used it or another agreement names it as its parent (its
        status then says it no longer holds). The history keeps what it was."""
        with refusals_recorded(self.ctx, session, "hapus_kerja_sama", "kerja_sama", agreement_id):
            with self.ctx.transaction():
                self._authorize(session, "menghapus kerja sama")
                row = KerjaSama.get_or_none(KerjaSama.id == agreement_id)
                if row is None:
                    raise NotFound("Kerja sama ini sudah tidak ada di register.")
                if row.versi != version:
                    raise ConflictError(_edited_since(row))
                _refuse_if_used(row)
                before = {**snapshot(row), "opd_ids": sorted(self.get(agreement_id).opd_ids)}
                KerjaSamaOpd.delete().where(KerjaSamaOpd.kerja_sama == agreement_id).execute()
                row.delete_instance()
                record(
                    self.ctx, session, "hapus_kerja_sama", "kerja_sama", agreement_id, before=before
                )

    def _authorize(self, session: UserSession, action: str) -> None:
        authorize_any(session, EDITORS, self.ctx.now().date(), action)

    def _validate(self, data: dict, current_id: int | None) -> dict:
        clean = validate_agreement(data)
        errors = {}
        same = KerjaSama.select().where(fn.LOWER(KerjaSama.nomor) == clean["nomor"].lower())
        if current_id is not None:
            same = same.where(KerjaSama.id != current_id)
        if same.exists():
            errors["nomor"] = (
                f"Nomor {clean['nomor']} sudah dipakai kerja sama lain; periksa nomornya."
            )
        known = {o.id for o in Opd.select(Opd.id).where(Opd.id.in_(clean["opd_ids"]))}
        if set(clean["opd_ids"]) - known:
            errors["opd_ids"] = "OPD pelaksana yang dipilih tidak ditemukan; pilih ulang."
        if clean["induk_id"]:
            parent = KerjaSama.get_or_none(KerjaSama.id == clean["induk_id"])
            if parent is None or parent.id == current_id:
                errors["induk_id"] = "Induk kerja sama tidak ditemukan; pilih ulang."
            elif clean["bentuk"] == Bentuk.PKS and parent.bentuk not in PARENT_FORMS:
                errors["induk_id"] = (
                    "Induk sebuah PKS harus Kesepakatan Bersama (KB) atau Nota Kesepakatan (NK)."
                )
        elif clean["bentuk"] == Bentuk.ADENDUM:
            errors["induk_id"] = "Adendum harus menyebut kerja sama yang diubahnya (induk)."
        if errors:
            raise ValidationError(errors)
        return clean


def _opd(opd_id: int) -> Opd:
    opd = Opd.get_or_none(Opd.id == opd_id)
    if opd is None:
        raise NotFound("OPD ini sudah tidak ada; mungkin baru saja dihapus.")
    return opd


def _checked_opd(nama: str, singkatan: str, current_id: int | None) -> dict:
    """The OPD's columns once checked: a name, not another OPD's (in any case)."""
    name = (nama or "").strip()
    if not name:
        raise ValidationError({"nama": "Nama OPD wajib diisi."})
    if len(name) > OPD_NAME_LENGTH:
        raise ValidationError({"nama": f"Nama OPD paling panjang {OPD_NAME_LENGTH} karakter."})
    same = Opd.select().where(fn.LOWER(Opd.nama) == name.lower())
    if current_id is not None:
        same = same.where(Opd.id != current_id)
    if same.exists():
        raise ValidationError({"nama": f"OPD '{name}' sudah terdaftar."})
    short = (singkatan or "").strip()
    if len(short) > 50:
        raise ValidationError({"singkatan": "Singkatan OPD paling panjang 50 karakter."})
    return {"nama": name, "singkatan": short}


def _refuse_if_used(row: KerjaSama) -> None:
    """ConflictError naming the first cycle or agreement that refers to `row`."""
    cycles = set()
    for model in (SiklusKerjaSama, HasilMonitoring, Temuan):
        cycles |= {
            r.siklus_id for r in model.select(model.siklus).where(model.kerja_sama == row.id)
        }
    keep = (
        ", jadi tidak dapat dihapus. Bila sudah tidak berlaku, ubah Status keputusan-nya "
        "menjadi dihentikan."
    )
    if cycles:
        first = Siklus.select().where(Siklus.id.in_(cycles)).order_by(Siklus.tahun, Siklus.periode)
        cycle = first.get()
        raise ConflictError(
            f"Kerja sama {row.nomor} sudah dipakai dalam {cycle_label(cycle.tahun, cycle.periode)}"
            + keep
        )
    child = KerjaSama.get_or_none(KerjaSama.induk == row.id)
    if child is not None:
        raise ConflictError(f"Kerja sama {row.nomor} menjadi induk {child.nomor}" + keep)


def _edited_since(row: KerjaSama) -> str:
    last = (
        Riwayat.select(Riwayat.pelaku, Riwayat.waktu)
        .where(
            (Riwayat.entitas == "kerja_sama")
            & (Riwayat.entitas_id == row.id)
            & (Riwayat.aksi == "ubah_kerja_sama")
            & (Riwayat.hasil == "ok")
        )
        .order_by(Riwayat.id.desc())
        .first()
    )
    who = names_of([last.pelaku_id]).get(last.pelaku_id, "orang lain") if last else "orang lain"
    when = f"{last.waktu:%d-%m-%Y %H.%M}" if last else f"{row.diubah:%d-%m-%Y %H.%M}"
    return (
        f"Kerja sama {row.nomor} sudah diubah oleh {who} pada {when}, setelah jendela ini "
        "dibuka; perubahan Anda belum disimpan. Catat perubahan Anda, tutup jendela ini, buka "
        "lagi kerja sama itu, lalu ulangi perubahan Anda."
    )


def _columns(clean: dict) -> dict:
    return {**{k: v for k, v in clean.items() if k != "induk_id"}, "induk": clean["induk_id"]}


def _agreement(r, opds: list[tuple[int, str]], today) -> Agreement:
    """`r`: a KerjaSama row as a named tuple (its parent's id in `induk`)."""
    return Agreement(
        id=r.id,
        nomor=r.nomor,
        nomor_mitra=r.nomor_mitra,
        judul=r.judul,
        mitra=r.mitra,
        jenis=r.jenis,
        sifat_ksdd=r.sifat_ksdd,
        bentuk=r.bentuk,
        ruang_lingkup=r.ruang_lingkup,
        tanggal_mulai=r.tanggal_mulai,
        tanggal_berakhir=r.tanggal_berakhir,
        berkas=r.berkas,
        status=effective_status(r.status_manual, r.tanggal_berakhir, today),
        opd_ids=tuple(i for i, _ in opds),
        opd_names=tuple(n for _, n in opds),
        induk_id=r.induk,
        version=r.versi,
    )
