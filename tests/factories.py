"""Valid data for agreements and for each step's form, built from the test's own records."""

from datetime import date

from monev_desktop.domain.checklist import CHECKLIST


def make_agreements(services, session, count=3, *, opds=1):
    """`count` agreements of `opds` OPDs (Dinas Kesehatan first), each OPD in turn: step 2
    then writes a Surat Permintaan Data to each OPD."""
    names = ["Dinas Kesehatan", *(f"Dinas Uji {n}" for n in range(2, opds + 1))]
    shorts = ["Dinkes", *(f"DU{n}" for n in range(2, opds + 1))]
    opd_ids = [
        services.agreements.add_opd(session, n, s) for n, s in zip(names, shorts, strict=True)
    ]
    return [
        services.agreements.create(
            session,
            {
                "nomor": f"000.7/{i:03d}-Pem/2024",
                "judul": f"PKS tentang Layanan {i}",
                "mitra": f"PT Mitra {i}",
                "jenis": "KSDPK",
                "bentuk": "NK",
                "tanggal_mulai": date(2024, 1, 1),
                "tanggal_berakhir": date(2026, 12, 31),
                "opd_ids": [opd_ids[(i - 1) % opds]],
            },
        )
        for i in range(1, count + 1)
    ]


def step_data(step, people, agreements, services=None, cycle_id=None):
    """Valid form data for `step`; step 9 reads the cycle's follow-up items."""
    ids = [a.id for a in agreements]
    answers = {q.key: q.answers[0] for q in CHECKLIST}
    if step == 1:
        return {
            "tanggal": "2025-03-03",
            "ketua_tim_id": people["ketua"].user_id,
            "analis_ids": [people["analis1"].user_id, people["analis2"].user_id],
            "untuk": ["Melaksanakan monitoring dan evaluasi kerja sama daerah."],
        }
    if step == 2:
        return {"kerja_sama_ids": ids}
    if step == 3:
        return {
            "jadwal": [
                {
                    "opd_id": agreements[0].opd_ids[0],
                    "tanggal": "2025-03-10",
                    "petugas_id": people["analis1"].user_id,
                }
            ]
        }
    if step == 4:
        return {"hasil": [{"kerja_sama_id": i, **answers} for i in ids]}
    if step == 5:
        return {"tanggal": "2025-03-20"}
    if step == 6:
        return {"ringkasan": "Semua kerja sama berjalan baik."}
    if step == 7:
        return {
            "tanggal": "2025-03-25",
            "waktu": "09.00 - 12.00 WIB",
            "tempat": "Ruang Rapat",
            "peserta_ids": [people[p].user_id for p in ("kabag", "ketua", "analis1")],
            "temuan": [
                {
                    "kerja_sama_id": ids[0],
                    "uraian": "Laporan terlambat.",
                    "evaluasi": "Tegur mitra.",
                }
            ],
            "kesimpulan": "Baik.",
        }
    if step == 8:
        return {
            "sifat": "Segera",
            "isi_ringkas": "Hasil monev",
            "instruksi": ["Untuk ditindaklanjuti"],
            "arahan": "Tindak lanjuti.",
            "tindak_lanjut": [
                {
                    "uraian": "Surati mitra.",
                    "penanggung_jawab_id": people["ketua"].user_id,
                    "batas_waktu": "2025-04-30",
                }
            ],
        }
    if step == 9:
        from monev_desktop.db.models import Disposisi, TindakLanjut

        items = TindakLanjut.select().join(Disposisi).where(Disposisi.siklus == cycle_id)
        return {
            "status": [{"id": t.id, "status": "selesai", "keterangan": "Sudah."} for t in items],
            "kesimpulan": "Tuntas.",
        }
    raise ValueError(step)


ACTOR = {
    1: "kabag",
    2: "ketua",
    3: "ketua",
    4: "analis1",
    5: "analis1",
    6: "ketua",
    7: "kabag",
    8: "kabag",
    9: "ketua",
}


def start_cycle(services, people, year=2025, period=1):
    return services.workflow.start_cycle(
        people["kabag"],
        {
            "tahun": year,
            "periode": period,
            "kepwal_nomor": "100.3.3.2/Kep.112-Huk/2025",
            "kepwal_tanggal": "2025-01-15",
        },
    )


def sqlite_with_backup(folder, opds=150):
    """A fresh SQLite database in `folder` with the administrator 'admin' (password
    '12345678') and `opds` OPDs (pages enough for `damage` to hit), backed up into
    `folder`/cadangan; (its URL, the backup's path)."""
    from monev_desktop.app import open_services
    from tests.conftest import FAST_HASHER

    url = f"sqlite:///{folder / 'monev.sqlite3'}"
    services = open_services(url, folder=folder, hasher=FAST_HASHER)
    admin = services.accounts.create_first_admin(
        {"username": "admin", "nama": "A", "password": "12345678"}
    )
    for n in range(opds):
        services.agreements.add_opd(admin, f"OPD {n}", "")
    (folder / "cadangan").mkdir()
    backup = services.backup.create(folder / "cadangan")
    services.close()
    return url, backup


def damage(path):
    """Overwrite bytes in pages 3 to 6 of an SQLite file, as a failing disk would."""
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, min(len(data), 4096 * 6), 5):
        data[offset] = 0xFF
    path.write_bytes(bytes(data))


def appoint(services, people, start, end):
    """The team lead as Plh. Kabag for the Kabag from `start` to `end` (ISO dates)."""
    return services.accounts.add_acting(
        people["admin"],
        {
            "pegawai_id": people["ketua"].user_id,
            "peran": "kabag",
            "jenis": "Plh",
            "menggantikan_id": people["kabag"].user_id,
            "mulai": start,
            "selesai": end,
        },
    )


def profile(employee, **changes):
    """What the account window sends for `employee`, with `changes`."""
    data = {
        "nama": employee.name,
        "nip": employee.nip,
        "pangkat": employee.pangkat,
        "golongan": employee.golongan,
        "jabatan": employee.jabatan,
        "roles": sorted(employee.roles),
        "aktif": employee.active,
    }
    return {**data, **changes}
