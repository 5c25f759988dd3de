"""Builds a benchmark database at a chosen scale, fast (bulk inserts, one transaction each).

quick: 1,000 tasks, 500 agreements; full: 100,000 tasks, 10,000 agreements, 40 OPDs,
20 years of cycles. Tasks are spread over the cycles; a tenth of them are open.
"""

import random
from dataclasses import dataclass
from datetime import date, timedelta

from monev_desktop.db.models import (
    KerjaSama,
    KerjaSamaOpd,
    Opd,
    Pegawai,
    Siklus,
    Tugas,
)
from monev_desktop.services.container import Services
from monev_desktop.services.demo import OPDS

PASSWORD = "bangku-uji-1"


@dataclass(frozen=True)
class Scale:
    name: str
    tasks: int
    agreements: int
    years: int
    backup_mb: int


SCALES = {
    "quick": Scale("quick", 1_000, 500, 20, 20),
    "full": Scale("full", 100_000, 10_000, 20, 200),
}
BATCH = 1000


def build(services: Services, scale: Scale) -> None:
    """Fill an empty database; returns when the data is committed."""
    rng = random.Random(6)
    admin = services.accounts.create_first_admin(
        {"username": "admin", "nama": "Admin Uji", "password": PASSWORD, "roles": ["admin"]}
    )
    for username, role in (("kabag", "kabag"), ("ketua", "ketua_tim"), ("analis", "analis")):
        services.accounts.create_user(
            admin,
            {"username": username, "nama": f"Uji {role}", "password": PASSWORD, "roles": [role]},
        )
    now = services.ctx.now()
    db = services.ctx.db
    with db.atomic():
        Opd.insert_many([{"nama": name, "singkatan": short} for name, short in OPDS]).execute()
        opds = [o.id for o in Opd.select(Opd.id)]
        for start in range(0, scale.agreements, BATCH):
            rows = []
            for i in range(start, min(start + BATCH, scale.agreements)):
                begin = date(2010, 1, 1) + timedelta(days=rng.randint(0, 5000))
                rows.append(
                    {
                        "nomor": f"B/{i:06d}",
                        "judul": f"Kerja sama uji nomor {i} tentang layanan publik",
                        "mitra": f"Mitra {i % 500}",
                        "jenis": ("KSDD", "KSDPK", "KSDPL", "KSDLL", "Sinergi")[i % 5],
                        "bentuk": ("KB", "NK", "PKS", "MoU")[i % 4],
                        "tanggal_mulai": begin,
                        "tanggal_berakhir": begin + timedelta(days=rng.randint(200, 1800)),
                        "sifat_ksdd": "wajib" if i % 5 == 0 else None,
                        "dibuat": now,
                        "diubah": now,
                    }
                )
            KerjaSama.insert_many(rows).execute()
        agreement_ids = [k.id for k in KerjaSama.select(KerjaSama.id)]
        for start in range(0, len(agreement_ids), BATCH):
            KerjaSamaOpd.insert_many(
                [
                    {"kerja_sama": k, "opd": opds[k % len(opds)]}
                    for k in agreement_ids[start : start + BATCH]
                ]
            ).execute()
        people = {p.username: p.id for p in Pegawai.select()}
        cycles = []
        for n in range(scale.years * 2):
            cycles.append(
                {
                    "proses": "monev-kerja-sama",
                    "tahun": now.year - scale.years + n // 2,
                    "periode": 1 + n % 2,
                    "kepwal_nomor": "K/1",
                    "kepwal_tanggal": date(2010, 1, 1),
                    "status": "selesai",
                    "dimulai_oleh": people["kabag"],
                    "dimulai": now - timedelta(days=30),
                }
            )
        Siklus.insert_many(cycles).execute()
        cycle_ids = [c.id for c in Siklus.select(Siklus.id)]
        actors = {
            1: "kabag",
            2: "ketua",
            3: "ketua",
            4: "analis",
            5: "analis",
            6: "ketua",
            7: "kabag",
            8: "kabag",
            9: "ketua",
        }
        roles = {"kabag": "kabag", "ketua": "ketua_tim", "analis": "analis"}
        for start in range(0, scale.tasks, BATCH):
            rows = []
            for i in range(start, min(start + BATCH, scale.tasks)):
                step = 1 + i % 9
                actor = actors[step]
                received = now - timedelta(hours=rng.randint(1, 24 * 400))
                is_open = i % 10 == 0
                rows.append(
                    {
                        "siklus": cycle_ids[i % len(cycle_ids)],
                        "langkah": step,
                        "status": "tersedia" if is_open else "selesai",
                        "peran": roles[actor],
                        "ditugaskan_ke": people[actor] if step in (2, 3, 6, 9) else None,
                        "dari": people["kabag"],
                        "diterima": received,
                        "tenggat": received + timedelta(days=rng.randint(1, 10)),
                        "diselesaikan_oleh": None if is_open else people[actor],
                        "diselesaikan": None
                        if is_open
                        else received + timedelta(hours=rng.randint(1, 60)),
                        "data": None,
                    }
                )
            Tugas.insert_many(rows).execute()
