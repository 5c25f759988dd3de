"""Demo data for Kota Tangerang: OPDs, one user per role, 64 agreements, two monev cycles.

Idempotent: OPDs, users, agreements and cycles are keyed by name, username, number and
period, and what exists is left alone. The cycles are driven through the workflow engine
itself on a simulated clock, so their history, due dates and late reasons are real, and each
step's documents are issued as it completes (numbered, archived), as the office does.
"""

import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from monev_desktop.db.models import (
    Disposisi,
    KerjaSama,
    KerjaSamaOpd,
    Opd,
    Pegawai,
    Siklus,
    TindakLanjut,
)
from monev_desktop.domain.agreements import Bentuk, Jenis
from monev_desktop.domain.checklist import CHECKLIST
from monev_desktop.services.accounts import AccountService
from monev_desktop.services.agreements import AgreementService
from monev_desktop.services.calendar import CalendarService
from monev_desktop.services.context import ServiceContext
from monev_desktop.services.documents import DocumentService
from monev_desktop.services.settings import SettingsService
from monev_desktop.services.workflow import WorkflowService

DEMO_PASSWORD = "monev-demo"

OPDS = [
    ("Badan Perencanaan Pembangunan Daerah", "Bappeda"),
    ("Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD"),
    ("Badan Pendapatan Daerah", "Bapenda"),
    ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM"),
    ("Badan Penanggulangan Bencana Daerah", "BPBD"),
    ("Badan Kesatuan Bangsa dan Politik", "Kesbangpol"),
    ("Inspektorat", "Inspektorat"),
    ("Dinas Pendidikan", "Disdik"),
    ("Dinas Kesehatan", "Dinkes"),
    ("Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR"),
    ("Dinas Perumahan, Permukiman dan Pertanahan", "Disperkimtan"),
    ("Dinas Perhubungan", "Dishub"),
    ("Dinas Lingkungan Hidup", "DLH"),
    ("Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil"),
    ("Dinas Sosial", "Dinsos"),
    ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP"),
    ("Dinas Komunikasi dan Informatika", "Diskominfo"),
    ("Dinas Ketenagakerjaan", "Disnaker"),
    ("Dinas Pemuda dan Olahraga", "Dispora"),
    ("Dinas Kebudayaan dan Pariwisata", "Disbudpar"),
    ("Dinas Perindustrian, Perdagangan, Koperasi dan UKM", "Disperindagkop UKM"),
    ("Dinas Ketahanan Pangan", "DKP"),
    ("Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan KB", "DP3AP2KB"),
    ("Dinas Arsip dan Perpustakaan", "Disarpus"),
    ("Dinas Pemadam Kebakaran dan Penyelamatan", "Damkar"),
    ("Satuan Polisi Pamong Praja", "Satpol PP"),
    ("Rumah Sakit Umum Daerah Kota Tangerang", "RSUD"),
    ("Kecamatan Batuceper", ""),
    ("Kecamatan Benda", ""),
    ("Kecamatan Cibodas", ""),
    ("Kecamatan Ciledug", ""),
    ("Kecamatan Cipondoh", ""),
    ("Kecamatan Jatiuwung", ""),
    ("Kecamatan Karangtengah", ""),
    ("Kecamatan Karawaci", ""),
    ("Kecamatan Larangan", ""),
    ("Kecamatan Neglasari", ""),
    ("Kecamatan Periuk", ""),
    ("Kecamatan Pinang", ""),
    ("Kecamatan Tangerang", ""),
]

USERS = [
    (
        "admin",
        "Rina Marlina, S.Kom.",
        "198805122014022003",
        "Penata",
        "III/c",
        "Pranata Komputer Ahli Pertama",
        ["admin"],
    ),
    (
        "kabag",
        "Dr. H. Ahmad Fauzi, S.STP., M.Si.",
        "197803152000121002",
        "Pembina",
        "IV/a",
        "Kepala Bagian Pemerintahan",
        ["kabag"],
    ),
    (
        "ketuatim",
        "Siti Nurhaliza, S.IP., M.AP.",
        "198402202006042001",
        "Penata Tingkat I",
        "III/d",
        "Ketua Tim Kerja Otonomi Daerah dan Kerja Sama",
        ["ketua_tim"],
    ),
    (
        "analis1",
        "Budi Santoso, S.H.",
        "199001082015031004",
        "Penata",
        "III/c",
        "Analis Kerja Sama",
        ["analis"],
    ),
    (
        "analis2",
        "Dewi Lestari, S.Sos.",
        "199307252019022002",
        "Penata Muda Tingkat I",
        "III/b",
        "Analis Kerja Sama",
        ["analis"],
    ),
]

PARTNERS = {
    Jenis.KSDD: [
        "Pemerintah Kabupaten Tangerang",
        "Pemerintah Kota Tangerang Selatan",
        "Pemerintah Provinsi DKI Jakarta",
        "Pemerintah Kota Bogor",
        "Pemerintah Kota Depok",
        "Pemerintah Provinsi Banten",
        "Pemerintah Kota Serang",
        "Pemerintah Kabupaten Lebak",
    ],
    Jenis.KSDPK: [
        "PT Angkasa Pura II (Persero)",
        "Universitas Muhammadiyah Tangerang",
        "PT Bank Pembangunan Daerah Banten Tbk",
        "BPJS Kesehatan Cabang Tangerang",
        "PT Kereta Commuter Indonesia",
        "Universitas Islam Syekh-Yusuf",
        "PT PLN (Persero) UP3 Cikokol",
        "PT Telkom Indonesia (Persero) Tbk",
    ],
    Jenis.KSDPL: [
        "Kota Kitakyushu, Jepang",
        "Kota Busan Metropolitan, Korea Selatan",
        "Kota Ipswich, Australia",
    ],
    Jenis.KSDLL: [
        "Japan International Cooperation Agency (JICA)",
        "UNICEF Indonesia",
        "Asian Development Bank",
    ],
    Jenis.SINERGI: [
        "Kementerian Dalam Negeri",
        "Badan Pusat Statistik",
        "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    ],
}

SUBJECTS = [
    "penyelenggaraan pelayanan administrasi kependudukan",
    "pengelolaan sampah terpadu",
    "pengembangan transportasi terintegrasi",
    "penyediaan air minum",
    "pengendalian banjir",
    "peningkatan kapasitas aparatur",
    "pemanfaatan data kependudukan",
    "pengembangan kota cerdas (smart city)",
    "pelayanan kesehatan rujukan",
    "pendidikan vokasi dan magang",
    "pembayaran pajak daerah secara elektronik",
    "pengembangan UMKM dan ekonomi kreatif",
    "penanggulangan bencana",
    "pertukaran budaya dan pemuda",
    "penurunan stunting",
    "penataan kawasan bandara",
]

FORMS_BY_TYPE = {
    Jenis.KSDD: [Bentuk.KB, Bentuk.PKS, Bentuk.ADENDUM],
    Jenis.KSDPK: [Bentuk.NK, Bentuk.PKS, Bentuk.ADENDUM],
    Jenis.KSDPL: [Bentuk.LOI, Bentuk.MOU],
    Jenis.KSDLL: [Bentuk.MOU, Bentuk.LOI],
    Jenis.SINERGI: [Bentuk.NK, Bentuk.PKS],
}
AGREEMENT_COUNT = 64


def seed_demo(ctx: ServiceContext) -> str:
    """Fill the database with demo data; returns a short Indonesian summary."""
    clock = _Clock(ctx.now())
    demo_ctx = replace(ctx, now=clock)
    settings = SettingsService(demo_ctx)
    calendar = CalendarService(demo_ctx, settings)
    accounts = AccountService(demo_ctx)
    agreements = AgreementService(demo_ctx)
    workflow = WorkflowService(demo_ctx, calendar)
    documents = DocumentService(demo_ctx, settings, calendar)

    admin = _ensure_users(accounts)
    opd_ids = _ensure_opds(agreements, admin)
    _ensure_agreements(agreements, admin, opd_ids, ctx.now().date())
    people = {u.username: u.id for u in Pegawai.select()}
    today = ctx.now().date()
    finished = _ensure_cycle(
        workflow,
        documents,
        accounts,
        clock,
        people,
        year=today.year - 1,
        period=2,
        start=calendar.calendar().next_working_day(date(today.year - 1, 9, 1)),
        until_step=9,
    )
    running_start = _working_days_back(calendar, today, 4)
    running = _ensure_cycle(
        workflow,
        documents,
        accounts,
        clock,
        people,
        year=today.year,
        period=2,
        start=running_start,
        until_step=3,
    )
    return (
        f"Data contoh siap: {Opd.select().count()} OPD, {Pegawai.select().count()} pengguna, "
        f"{KerjaSama.select().count()} kerja sama, {Siklus.select().count()} kegiatan monev "
        f"({finished}; {running}). Kata sandi semua pengguna contoh: {DEMO_PASSWORD}"
    )


class _Clock:
    """A settable clock: the demo walks the workflow through simulated office days."""

    def __init__(self, start: datetime):
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment


def _ensure_users(accounts: AccountService):
    existing = {p.username for p in Pegawai.select(Pegawai.username)}
    admin_row = USERS[0]
    if not accounts.has_users():
        accounts.create_first_admin(_user_data(admin_row))
    admin = accounts.login(admin_row[0], DEMO_PASSWORD)
    for row in USERS[1:]:
        if row[0] not in existing:
            accounts.create_user(admin, _user_data(row))
    return admin


def _user_data(row) -> dict:
    username, name, nip, pangkat, golongan, jabatan, roles = row
    return {
        "username": username,
        "nama": name,
        "nip": nip,
        "pangkat": pangkat,
        "golongan": golongan,
        "jabatan": jabatan,
        "roles": roles,
        "password": DEMO_PASSWORD,
    }


def _ensure_opds(agreements: AgreementService, admin) -> list[int]:
    existing = {name for _, name in agreements.opds()}
    for name, short in OPDS:
        if name not in existing:
            agreements.add_opd(admin, name, short)
    return [i for i, _ in agreements.opds()]


def _ensure_agreements(
    agreements: AgreementService, admin, opd_ids: list[int], today: date
) -> None:
    rng = random.Random(2025)
    existing = {a.nomor for a in agreements.list()}
    parents: dict[str, int] = {a.mitra: a.id for a in agreements.list() if a.bentuk in ("KB", "NK")}
    kinds = list(Jenis)
    for i in range(AGREEMENT_COUNT):
        jenis = kinds[i % len(kinds)]
        partner = PARTNERS[jenis][i // len(kinds) % len(PARTNERS[jenis])]
        bentuk = FORMS_BY_TYPE[jenis][i // len(kinds) % len(FORMS_BY_TYPE[jenis])]
        nomor = f"000.7/{i + 1:03d}-Pem/{2021 + i % 5}"
        if nomor in existing:
            continue
        end = _end_date(i, today, rng)
        start = end - timedelta(days=rng.choice([365, 730, 1095, 1460]))
        parent = parents.get(partner) if bentuk in (Bentuk.PKS, Bentuk.ADENDUM) else None
        if bentuk == Bentuk.ADENDUM and parent is None:
            bentuk = Bentuk.PKS if jenis in (Jenis.KSDD, Jenis.KSDPK) else FORMS_BY_TYPE[jenis][0]
        subject = SUBJECTS[i % len(SUBJECTS)]
        created = agreements.create(
            admin,
            {
                "nomor": nomor,
                "nomor_mitra": f"{rng.randint(10, 999)}/KS/{start.year}",
                "judul": f"{bentuk.value} tentang {subject[0].upper()}{subject[1:]}",
                "mitra": partner,
                "jenis": jenis,
                "sifat_ksdd": ("wajib" if i % 2 else "sukarela") if jenis == Jenis.KSDD else None,
                "bentuk": bentuk,
                "ruang_lingkup": f"Kerja sama di bidang {subject}, pertukaran data, dan peningkatan kapasitas.",
                "tanggal_mulai": start,
                "tanggal_berakhir": end,
                "opd_ids": rng.sample(opd_ids, k=1 + i % 3),
                "induk_id": parent if bentuk in (Bentuk.PKS, Bentuk.ADENDUM) else None,
                "status_manual": "dihentikan"
                if i % 17 == 5
                else ("diperpanjang" if i % 19 == 7 else None),
            },
        )
        if bentuk in (Bentuk.KB, Bentuk.NK):
            parents.setdefault(partner, created.id)


def _end_date(i: int, today: date, rng: random.Random) -> date:
    """Spread end dates: a few past, about a fifth within 90 days, the rest later."""
    bucket = i % 10
    if bucket == 0:
        return today - timedelta(days=rng.randint(10, 300))
    if bucket in (1, 2):
        return today + timedelta(days=rng.choice([0, 5, 20, 45, 75, 88]))
    return today + timedelta(days=rng.randint(120, 1400))


def _working_days_back(calendar: CalendarService, today: date, days: int) -> date:
    cal, day, counted = calendar.calendar(), today, 0
    while counted < days:
        day -= timedelta(days=1)
        if cal.is_working_day(day):
            counted += 1
    return day


def _ensure_cycle(
    workflow: WorkflowService,
    documents: DocumentService,
    accounts: AccountService,
    clock: _Clock,
    people: dict[str, int],
    *,
    year: int,
    period: int,
    start: date,
    until_step: int,
) -> str:
    label = f"monev {year} periode {period}"
    if Siklus.select().where((Siklus.tahun == year) & (Siklus.periode == period)).exists():
        return f"{label} sudah ada"
    real_now = clock.moment
    clock.moment = datetime.combine(start, time(8, 0))
    sessions = {
        name: accounts.login(name, DEMO_PASSWORD) for name in ("kabag", "ketuatim", "analis1")
    }
    cycle = workflow.start_cycle(
        sessions["kabag"],
        {
            "tahun": year,
            "periode": period,
            "kepwal_nomor": f"100.3.3.2/Kep.{110 + period}-Huk/{year}",
            "kepwal_tanggal": date(year, 1, 15),
        },
    )
    scope = [a.id for a in _scope(year)]
    links = (
        KerjaSamaOpd.select()
        .where(KerjaSamaOpd.kerja_sama.in_(scope))
        .order_by(KerjaSamaOpd.kerja_sama)
    )
    data = _step_data(people, list(dict.fromkeys(link.opd_id for link in links)), scope, start)
    task = workflow.inbox(sessions["kabag"])[0]
    for step in range(1, until_step + 1):
        actor = {1: "kabag", 7: "kabag", 8: "kabag", 4: "analis1", 5: "analis1"}.get(
            step, "ketuatim"
        )
        office = workflow.calendar.calendar()
        clock.moment = office.add_office_minutes(clock.moment, 10 if step in (1, 7, 8) else 150)
        late = (
            "Menunggu data dari OPD yang belum lengkap." if (step == 4 and until_step == 9) else ""
        )
        if late:
            clock.moment = office.add_working_days(clock.moment, 7).replace(hour=10, minute=0)
        if step == 9:
            data[9]["status"] = _follow_up_status(cycle.id)
        next_task = workflow.complete(sessions[actor], task.id, data[step], late_reason=late)
        documents.generate(sessions[actor], task.id)
        if next_task is None:
            break
        task = next_task
    if until_step < 9:
        workflow.claim(sessions["analis1"], task.id)
    else:
        documents.generate_control_sheet(sessions["ketuatim"], cycle.id)
    clock.moment = real_now
    return f"{label}: {'selesai' if until_step == 9 else f'berjalan, langkah {until_step + 1}'}"


def _scope(year: int) -> list[KerjaSama]:
    """The agreements a demo cycle monitors: those in force during `year`, at most 12."""
    return list(
        KerjaSama.select()
        .where(
            (KerjaSama.tanggal_mulai <= date(year, 12, 31))
            & (KerjaSama.tanggal_berakhir >= date(year, 1, 1))
        )
        .order_by(KerjaSama.id)
        .limit(12)
    ) or list(KerjaSama.select().order_by(KerjaSama.id).limit(12))


def _weekday_after(day: date, weekdays: int) -> date:
    """`day` plus a number of Monday–Friday days (the demo's visits fall on weekdays)."""
    while weekdays:
        day += timedelta(days=1)
        weekdays -= day.weekday() < 5
    return day


def _step_data(
    people: dict[str, int], scope_opds: list[int], scope: list[int], start: date
) -> dict[int, dict]:
    def answers(n: int) -> dict:
        """Mostly the best answers; every third agreement middling ones, every seventh the worst."""
        pick = 2 if n % 7 == 6 else 1 if n % 3 == 2 else 0
        return {q.key: q.answers[min(pick, len(q.answers) - 1)] for q in CHECKLIST}

    return {
        1: {
            "tanggal": start,
            "ketua_tim_id": people["ketuatim"],
            "analis_ids": [people["analis1"], people["analis2"]],
            "untuk": [
                "Melaksanakan monitoring dan evaluasi penyelenggaraan kerja sama daerah "
                "di lingkungan Pemerintah Kota Tangerang.",
                "Melaporkan hasil pelaksanaan tugas kepada Kepala Bagian Pemerintahan.",
            ],
        },
        2: {"kerja_sama_ids": scope, "catatan": "Data dihimpun dari register dan OPD pelaksana."},
        3: {
            "jadwal": [
                {
                    "opd_id": o,
                    "tanggal": _weekday_after(start, 5 + n // 3),
                    "petugas_id": people["analis1" if n % 2 == 0 else "analis2"],
                }
                for n, o in enumerate(scope_opds)
            ],
            "bahan": "Instrumen monitoring per kerja sama dan daftar periksa dokumen.",
        },
        4: {
            "hasil": [
                {
                    "kerja_sama_id": k,
                    **answers(n),
                    "hambatan": "Laporan berkala mitra belum rutin." if n % 3 == 0 else "",
                    "saran": "Perlu rapat koordinasi triwulanan." if n % 4 == 0 else "",
                }
                for n, k in enumerate(scope)
            ]
        },
        5: {
            "tanggal": start + timedelta(days=20),
            "catatan": "Hasil monitoring diserahkan lengkap.",
        },
        6: {
            "ringkasan": f"{len(scope)} kerja sama dimonitor; sebagian besar berjalan baik, "
            "beberapa perlu perbaikan pelaporan berkala."
        },
        7: {
            "tanggal": start + timedelta(days=30),
            "waktu": "09.00 - 12.00 WIB",
            "tempat": "Ruang Rapat Bagian Pemerintahan",
            "peserta_ids": [
                people["kabag"],
                people["ketuatim"],
                people["analis1"],
                people["analis2"],
            ],
            "temuan": [
                {
                    "kerja_sama_id": scope[0],
                    "uraian": "Pelaporan berkala mitra tidak rutin.",
                    "evaluasi": "Mitra diminta menyampaikan laporan setiap triwulan.",
                },
                {
                    "kerja_sama_id": None,
                    "uraian": "Sebagian OPD belum mengarsipkan dokumen kerja sama.",
                    "evaluasi": "Arsip dokumen kerja sama dipusatkan di Bagian Pemerintahan.",
                },
            ],
            "kesimpulan": "Penyelenggaraan kerja sama berjalan baik dengan catatan perbaikan pelaporan.",
        },
        8: {
            "sifat": "Segera",
            "isi_ringkas": "Hasil monitoring dan evaluasi kerja sama daerah",
            "instruksi": ["Untuk ditindaklanjuti", "Koordinasikan"],
            "arahan": "Tindak lanjuti temuan bersama OPD pelaksana dan laporkan hasilnya.",
            "tindak_lanjut": [
                {
                    "uraian": "Surati mitra untuk menyampaikan laporan triwulanan.",
                    "penanggung_jawab_id": people["ketuatim"],
                    "batas_waktu": start + timedelta(days=45),
                },
                {
                    "uraian": "Kumpulkan dokumen kerja sama dari OPD pelaksana.",
                    "penanggung_jawab_id": people["analis1"],
                    "batas_waktu": start + timedelta(days=50),
                },
            ],
        },
        9: {"status": [], "kesimpulan": "Seluruh tindak lanjut telah dilaksanakan."},
    }


def _follow_up_status(cycle_id: int) -> list[dict]:
    items = TindakLanjut.select().join(Disposisi).where(Disposisi.siklus == cycle_id)
    return [{"id": t.id, "status": "selesai", "keterangan": "Telah dilaksanakan."} for t in items]
