"""Peewee models of every record the app keeps.

Times are the office's local wall-clock time (naive datetimes). Long texts are TextField;
the domain validators enforce lengths before anything is written. `Riwayat` is append-only.
"""

import json
from datetime import date, datetime

from peewee import (
    BooleanField,
    CharField,
    CompositeKey,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

database = DatabaseProxy()


class JSONField(TextField):
    """JSON text; dates are written as ISO strings."""

    def db_value(self, value):
        return None if value is None else json.dumps(value, default=_iso, ensure_ascii=False)

    def python_value(self, value):
        return None if value is None else json.loads(value)


def _iso(value):
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__} as JSON")


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Pegawai(BaseModel):
    """An employee, who may also log in (username + argon2id hash)."""

    username = CharField(max_length=50, unique=True)
    nama = CharField(max_length=200)
    nip = CharField(max_length=18, null=True, unique=True)
    pangkat = CharField(max_length=100, default="")
    golongan = CharField(max_length=10, default="")
    jabatan = CharField(max_length=200, default="")
    password_hash = CharField(max_length=200, null=True)
    aktif = BooleanField(default=True)
    gagal_login = IntegerField(default=0)
    terkunci_sampai = DateTimeField(null=True)
    dibuat = DateTimeField()


class PegawaiPeran(BaseModel):
    pegawai = ForeignKeyField(Pegawai, backref="peran", on_delete="CASCADE")
    peran = CharField(max_length=20)

    class Meta:
        primary_key = CompositeKey("pegawai", "peran")


class PenunjukanPelaksana(BaseModel):
    """An acting appointment (Plt./Plh.): `pegawai` holds `peran` from `mulai` to `selesai`."""

    pegawai = ForeignKeyField(Pegawai, backref="penunjukan")
    peran = CharField(max_length=20)
    jenis = CharField(max_length=3)  # "Plt" or "Plh"
    menggantikan = ForeignKeyField(Pegawai, null=True)
    mulai = DateField()
    selesai = DateField()

    class Meta:
        indexes = ((("peran", "mulai", "selesai"), False),)


class Opd(BaseModel):
    nama = CharField(max_length=200, unique=True)
    singkatan = CharField(max_length=50, default="")


class KerjaSama(BaseModel):
    """One cooperation agreement in the register."""

    nomor = CharField(max_length=200, unique=True)
    nomor_mitra = CharField(max_length=200, default="")
    judul = TextField()
    mitra = TextField()
    jenis = CharField(max_length=10, index=True)
    sifat_ksdd = CharField(max_length=10, null=True)
    bentuk = CharField(max_length=10, index=True)
    ruang_lingkup = TextField(default="")
    tanggal_mulai = DateField()
    tanggal_berakhir = DateField(index=True)
    berkas = TextField(default="")
    status_manual = CharField(max_length=20, null=True)
    induk = ForeignKeyField("self", null=True, backref="turunan")
    dibuat = DateTimeField()
    diubah = DateTimeField()
    versi = IntegerField(default=1)  # one more at every edit


class KerjaSamaOpd(BaseModel):
    kerja_sama = ForeignKeyField(KerjaSama, backref="opd_links", on_delete="CASCADE")
    opd = ForeignKeyField(Opd, backref="kerja_sama_links")

    class Meta:
        primary_key = CompositeKey("kerja_sama", "opd")


class Siklus(BaseModel):
    """One monev cycle: a run of the process for a year and period."""

    proses = CharField(max_length=50)
    tahun = IntegerField()
    periode = IntegerField()
    kepwal_nomor = CharField(max_length=200)
    kepwal_tanggal = DateField()
    status = CharField(max_length=20, default="berjalan", index=True)
    dimulai_oleh = ForeignKeyField(Pegawai)
    dimulai = DateTimeField()
    selesai = DateTimeField(null=True)
    alasan_henti = TextField(default="")  # why the Kabag stopped it (status "dihentikan")


# One cycle per process, year and period, a stopped one aside (migration 0007).
Siklus.add_index(
    Siklus.index(
        Siklus.proses,
        Siklus.tahun,
        Siklus.periode,
        unique=True,
        where=Siklus.status != "dihentikan",
        name="siklus_periode_berlaku",
    )
)


class SiklusTim(BaseModel):
    """A member of a cycle's team, named in its Surat Perintah."""

    siklus = ForeignKeyField(Siklus, backref="tim", on_delete="CASCADE")
    pegawai = ForeignKeyField(Pegawai)
    peran = CharField(max_length=20)

    class Meta:
        primary_key = CompositeKey("siklus", "pegawai")


class SiklusKerjaSama(BaseModel):
    """An agreement in a cycle's scope (chosen in step 2)."""

    siklus = ForeignKeyField(Siklus, backref="cakupan", on_delete="CASCADE")
    kerja_sama = ForeignKeyField(KerjaSama)

    class Meta:
        primary_key = CompositeKey("siklus", "kerja_sama")


class Tugas(BaseModel):
    """One instance of one step in one cycle; `versi` guards against concurrent changes."""

    siklus = ForeignKeyField(Siklus, backref="tugas", on_delete="CASCADE")
    langkah = IntegerField()
    status = CharField(max_length=20, default="tersedia")
    peran = CharField(max_length=20)
    ditugaskan_ke = ForeignKeyField(Pegawai, null=True)
    dari = ForeignKeyField(Pegawai, null=True)
    diterima = DateTimeField()
    tenggat = DateTimeField(null=True)
    diambil_oleh = ForeignKeyField(Pegawai, null=True)
    diambil = DateTimeField(null=True)
    diselesaikan_oleh = ForeignKeyField(Pegawai, null=True)
    atas_nama = ForeignKeyField(Pegawai, null=True)
    diselesaikan = DateTimeField(null=True)
    alasan_terlambat = TextField(default="")
    alasan_kembali = TextField(default="")
    draf = JSONField(null=True)
    data = JSONField(null=True)
    versi = IntegerField(default=1)

    class Meta:
        indexes = (
            (("status", "peran"), False),
            (("status", "ditugaskan_ke"), False),
            (("siklus", "langkah"), False),
            (("tenggat",), False),
        )


class TugasPeserta(BaseModel):
    """A participant recorded on a task (the meeting of step 7)."""

    tugas = ForeignKeyField(Tugas, backref="peserta", on_delete="CASCADE")
    pegawai = ForeignKeyField(Pegawai)

    class Meta:
        primary_key = CompositeKey("tugas", "pegawai")


class JadwalMonitoring(BaseModel):
    siklus = ForeignKeyField(Siklus, backref="jadwal", on_delete="CASCADE")
    opd = ForeignKeyField(Opd)
    tanggal = DateField()
    petugas = ForeignKeyField(Pegawai)


class HasilMonitoring(BaseModel):
    """The checklist answers for one agreement in one cycle."""

    siklus = ForeignKeyField(Siklus, backref="hasil", on_delete="CASCADE")
    kerja_sama = ForeignKeyField(KerjaSama, backref="hasil_monitoring")
    petugas = ForeignKeyField(Pegawai)
    tanggal = DateField()
    kesesuaian_tujuan = CharField(max_length=30)
    ketepatan_waktu = CharField(max_length=30)
    kontribusi_mitra = CharField(max_length=30)
    tingkat_koordinasi = CharField(max_length=30)
    capaian_indikator = CharField(max_length=30)
    dampak = CharField(max_length=30)
    manfaat_inovasi = CharField(max_length=30)
    kelengkapan_dokumen = CharField(max_length=30)
    pelaporan_berkala = CharField(max_length=30)
    relevansi = CharField(max_length=30)
    rekomendasi = CharField(max_length=30)
    hambatan = TextField(default="")
    saran = TextField(default="")

    class Meta:
        indexes = ((("siklus", "kerja_sama"), True),)


class Temuan(BaseModel):
    """A finding of the evaluation meeting (step 7)."""

    siklus = ForeignKeyField(Siklus, backref="temuan", on_delete="CASCADE")
    kerja_sama = ForeignKeyField(KerjaSama, null=True)
    uraian = TextField()
    evaluasi = TextField()


class Disposisi(BaseModel):
    """The Kabag's disposisi (step 8): the Lembar Disposisi fields."""

    siklus = ForeignKeyField(Siklus, backref="disposisi", on_delete="CASCADE")
    indeks = CharField(max_length=100, default="")
    kode = CharField(max_length=50, default="")
    nomor_urut = CharField(max_length=50, default="")
    tgl_penyelesaian = DateField(null=True)
    isi_ringkas = TextField()
    asal_surat = CharField(max_length=200, default="")
    tanggal_surat = DateField(null=True)
    nomor_surat = CharField(max_length=200, default="")
    lampiran = CharField(max_length=100, default="")
    sifat = CharField(max_length=20)
    diterima_tgl = DateField(null=True)
    no_agenda = CharField(max_length=50, default="")
    diteruskan_kepada = JSONField(default=list)
    instruksi = JSONField()
    arahan = TextField()
    dibuat_oleh = ForeignKeyField(Pegawai)
    dibuat = DateTimeField()


class TindakLanjut(BaseModel):
    """A follow-up item of a disposisi: action, person responsible, deadline, status."""

    disposisi = ForeignKeyField(Disposisi, backref="tindak_lanjut", on_delete="CASCADE")
    uraian = TextField()
    penanggung_jawab = ForeignKeyField(Pegawai)
    batas_waktu = DateField()
    status = CharField(max_length=20, default="belum")
    keterangan = TextField(default="")


class Dokumen(BaseModel):
    """A generated document file in the archive, one row per version."""

    siklus = ForeignKeyField(Siklus, null=True, backref="dokumen")
    tugas = ForeignKeyField(Tugas, null=True, backref="dokumen")
    jenis = CharField(max_length=50)
    kunci = CharField(max_length=100, default="")  # tells apart the letters of one batch
    judul = CharField(max_length=300, default="")  # "Surat Permintaan Data — <OPD>"
    nomor = CharField(max_length=200, default="")
    versi = IntegerField(default=1)
    path = TextField()
    sha256 = CharField(max_length=64)
    template_sha256 = CharField(max_length=64)
    dibuat_oleh = ForeignKeyField(Pegawai)
    dibuat = DateTimeField()

    class Meta:
        indexes = ((("siklus", "jenis", "kunci", "versi"), True),)


class NomorSurat(BaseModel):
    """The letter-number register: a serial runs per agenda book and year, never reused.

    A number typed in from SRIKANDI has no serial (`urut` is NULL) and `sumber` "srikandi".
    """

    jenis = CharField(max_length=50)
    buku = CharField(max_length=50, default="umum")
    tahun = IntegerField()
    urut = IntegerField(null=True)
    nomor = CharField(max_length=200, unique=True)
    sumber = CharField(max_length=20, default="register")  # "register" or "srikandi"
    diambil_oleh = ForeignKeyField(Pegawai)
    diambil = DateTimeField()

    class Meta:
        indexes = ((("buku", "tahun", "urut"), True),)


class HariKhusus(BaseModel):
    """An office override of the calendar: an extra day off or a make-up working day."""

    tanggal = DateField(unique=True)
    jenis = CharField(max_length=10)  # "libur" or "masuk"
    keterangan = CharField(max_length=200, default="")


class Pengaturan(BaseModel):
    """Office settings as key → JSON value."""

    kunci = CharField(max_length=100, primary_key=True)
    nilai = JSONField()


class Riwayat(BaseModel):
    """Append-only history of every change of state and every refusal."""

    waktu = DateTimeField(index=True)
    pelaku = ForeignKeyField(Pegawai, null=True)
    atas_nama = ForeignKeyField(Pegawai, null=True)
    peran = CharField(max_length=20, default="")
    aksi = CharField(max_length=50)
    entitas = CharField(max_length=50)
    entitas_id = IntegerField(null=True)
    sebelum = JSONField(null=True)
    sesudah = JSONField(null=True)
    hasil = CharField(max_length=10, default="ok")  # "ok" or "ditolak"
    pesan = TextField(default="")

    class Meta:
        indexes = ((("entitas", "entitas_id"), False),)


ALL_MODELS = (
    Pegawai,
    PegawaiPeran,
    PenunjukanPelaksana,
    Opd,
    KerjaSama,
    KerjaSamaOpd,
    Siklus,
    SiklusTim,
    SiklusKerjaSama,
    Tugas,
    TugasPeserta,
    JadwalMonitoring,
    HasilMonitoring,
    Temuan,
    Disposisi,
    TindakLanjut,
    Dokumen,
    NomorSurat,
    HariKhusus,
    Pengaturan,
    Riwayat,
)
