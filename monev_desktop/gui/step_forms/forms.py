"""The nine step forms: each loads form data into its Designer widgets and collects it back."""

from PySide6.QtWidgets import QWidget

from monev_desktop.domain.checklist import CHECKLIST, FREE_TEXT
from monev_desktop.domain.forms import INSTRUKSI_DISPOSISI, SIFAT_SURAT, STATUS_TINDAK_LANJUT
from monev_desktop.gui.forms.ui_step_bahan_monitoring import Ui_BahanMonitoringForm
from monev_desktop.gui.forms.ui_step_disposisi import Ui_DisposisiForm
from monev_desktop.gui.forms.ui_step_monitoring import Ui_MonitoringForm
from monev_desktop.gui.forms.ui_step_pengolahan_hasil import Ui_PengolahanHasilForm
from monev_desktop.gui.forms.ui_step_pengumpulan_data import Ui_PengumpulanDataForm
from monev_desktop.gui.forms.ui_step_penyerahan_hasil import Ui_PenyerahanHasilForm
from monev_desktop.gui.forms.ui_step_rapat_evaluasi import Ui_RapatEvaluasiForm
from monev_desktop.gui.forms.ui_step_surat_perintah import Ui_SuratPerintahForm
from monev_desktop.gui.forms.ui_step_tindak_lanjut import Ui_TindakLanjutForm
from monev_desktop.gui.step_forms.base import (
    Column,
    RowTable,
    StepForm,
    checked,
    date_of,
    fill_checks,
    fill_combo,
    fill_texts,
    lines,
    set_all_checked,
    set_date,
    widget_name,
)
from monev_desktop.services.step_options import Choice, StepOptions


class SuratPerintahForm(StepForm):
    form_name, ui_class = "surat_perintah", Ui_SuratPerintahForm

    def load(self, data: dict) -> None:
        self.ui.nomor.setText(data.get("nomor", ""))
        set_date(self.ui.tanggal, data.get("tanggal"))
        fill_combo(
            self.ui.ketuaTimId, self.options.leads, data.get("ketua_tim_id"), blank="— pilih —"
        )
        fill_checks(self.ui.analisIds, self.options.analysts, data.get("analis_ids"))
        self.ui.untuk.setPlainText("\n".join(data.get("untuk", [])))

    def collect(self) -> dict:
        return {
            "nomor": self.ui.nomor.text(),
            "tanggal": date_of(self.ui.tanggal),
            "ketua_tim_id": self.ui.ketuaTimId.currentData(),
            "analis_ids": checked(self.ui.analisIds),
            "untuk": lines(self.ui.untuk.toPlainText()),
        }


class PengumpulanDataForm(StepForm):
    form_name, ui_class = "pengumpulan_data", Ui_PengumpulanDataForm

    def __init__(self, options: StepOptions, parent: QWidget | None = None):
        super().__init__(options, parent)
        self.ui.cari.textChanged.connect(self._on_search)
        self.ui.kerjaSamaIdsSemua.clicked.connect(
            lambda: set_all_checked(self.ui.kerjaSamaIds, True)
        )
        self.ui.kerjaSamaIdsKosongkan.clicked.connect(
            lambda: set_all_checked(self.ui.kerjaSamaIds, False)
        )

    def load(self, data: dict) -> None:
        fill_checks(self.ui.kerjaSamaIds, self.options.agreements, data.get("kerja_sama_ids"))
        self.ui.catatan.setPlainText(data.get("catatan", ""))

    def collect(self) -> dict:
        return {
            "kerja_sama_ids": checked(self.ui.kerjaSamaIds),
            "catatan": self.ui.catatan.toPlainText(),
        }

    def _on_search(self, text: str) -> None:
        needle = text.casefold()
        for i in range(self.ui.kerjaSamaIds.count()):
            item = self.ui.kerjaSamaIds.item(i)
            item.setHidden(needle not in item.text().casefold())


class BahanMonitoringForm(StepForm):
    form_name, ui_class = "bahan_monitoring", Ui_BahanMonitoringForm

    def __init__(self, options: StepOptions, parent: QWidget | None = None):
        super().__init__(options, parent)
        self.schedule = RowTable(
            self.ui.jadwal,
            [
                Column("opd_id", self.tr("OPD"), "choice", options.opds),
                Column("tanggal", self.tr("Tanggal"), "date"),
                Column("petugas_id", self.tr("Petugas"), "choice", options.analysts),
            ],
        )
        self.ui.jadwalTambah.clicked.connect(lambda: self.schedule.add_row())
        self.ui.jadwalHapus.clicked.connect(self.schedule.remove_selected)

    def load(self, data: dict) -> None:
        self.schedule.set_rows(data.get("jadwal", []))
        self.ui.bahan.setPlainText(data.get("bahan", ""))

    def collect(self) -> dict:
        return {"jadwal": self.schedule.rows(), "bahan": self.ui.bahan.toPlainText()}


class MonitoringForm(StepForm):
    form_name, ui_class = "monitoring", Ui_MonitoringForm

    def __init__(self, options: StepOptions, parent: QWidget | None = None):
        super().__init__(options, parent)
        answers = [
            Column(q.key, q.label, "choice", [Choice(a, a) for a in q.answers]) for q in CHECKLIST
        ]
        self.results = RowTable(
            self.ui.hasil,
            [
                Column("kerja_sama_id", self.tr("Kerja sama"), "label", options.scope),
                *answers,
                *(Column(key, label) for key, label in FREE_TEXT),
            ],
        )

    def load(self, data: dict) -> None:
        self.results.set_rows(data.get("hasil", []))

    def collect(self) -> dict:
        return {"hasil": self.results.rows()}


class PenyerahanHasilForm(StepForm):
    form_name, ui_class = "penyerahan_hasil", Ui_PenyerahanHasilForm

    def load(self, data: dict) -> None:
        set_date(self.ui.tanggal, data.get("tanggal"))
        self.ui.catatan.setPlainText(data.get("catatan", ""))

    def collect(self) -> dict:
        return {"tanggal": date_of(self.ui.tanggal), "catatan": self.ui.catatan.toPlainText()}


class PengolahanHasilForm(StepForm):
    form_name, ui_class = "pengolahan_hasil", Ui_PengolahanHasilForm

    def load(self, data: dict) -> None:
        self.ui.ringkasan.setPlainText(data.get("ringkasan", ""))

    def collect(self) -> dict:
        return {"ringkasan": self.ui.ringkasan.toPlainText()}


class RapatEvaluasiForm(StepForm):
    form_name, ui_class = "rapat_evaluasi", Ui_RapatEvaluasiForm

    def __init__(self, options: StepOptions, parent: QWidget | None = None):
        super().__init__(options, parent)
        self.findings = RowTable(
            self.ui.temuan,
            [
                Column(
                    "kerja_sama_id",
                    self.tr("Kerja sama (kosongkan bila umum)"),
                    "choice",
                    options.scope,
                    blank=self.tr("Umum"),
                ),
                Column("uraian", self.tr("Temuan")),
                Column("evaluasi", self.tr("Evaluasi")),
            ],
        )
        self.ui.temuanTambah.clicked.connect(lambda: self.findings.add_row())
        self.ui.temuanHapus.clicked.connect(self.findings.remove_selected)

    def load(self, data: dict) -> None:
        set_date(self.ui.tanggal, data.get("tanggal"))
        self.ui.waktu.setText(data.get("waktu", ""))
        self.ui.tempat.setText(data.get("tempat", ""))
        fill_checks(self.ui.pesertaIds, self.options.employees, data.get("peserta_ids"))
        self.findings.set_rows(data.get("temuan", []))
        self.ui.kesimpulan.setPlainText(data.get("kesimpulan", ""))

    def collect(self) -> dict:
        return {
            "tanggal": date_of(self.ui.tanggal),
            "waktu": self.ui.waktu.text(),
            "tempat": self.ui.tempat.text(),
            "peserta_ids": checked(self.ui.pesertaIds),
            "temuan": self.findings.rows(),
            "kesimpulan": self.ui.kesimpulan.toPlainText(),
        }


class DisposisiForm(StepForm):
    form_name, ui_class = "disposisi", Ui_DisposisiForm
    TEXTS = ("indeks", "kode", "nomor_urut", "asal_surat", "nomor_surat", "lampiran", "no_agenda")
    DATES = ("tgl_penyelesaian", "tanggal_surat", "diterima_tgl")

    def __init__(self, options: StepOptions, parent: QWidget | None = None):
        super().__init__(options, parent)
        self.actions = RowTable(
            self.ui.tindakLanjut,
            [
                Column("uraian", self.tr("Tindakan")),
                Column(
                    "penanggung_jawab_id", self.tr("Penanggung jawab"), "choice", options.employees
                ),
                Column("batas_waktu", self.tr("Batas waktu"), "date"),
            ],
        )
        self.ui.tindakLanjutTambah.clicked.connect(lambda: self.actions.add_row())
        self.ui.tindakLanjutHapus.clicked.connect(self.actions.remove_selected)

    def _widget(self, key: str):
        return getattr(self.ui, widget_name(key))

    def load(self, data: dict) -> None:
        fill_texts(self.ui.sifat, SIFAT_SURAT, data.get("sifat", ""))
        self.ui.isiRingkas.setText(data.get("isi_ringkas", ""))
        fill_checks(
            self.ui.instruksi, [Choice(i, i) for i in INSTRUKSI_DISPOSISI], data.get("instruksi")
        )
        fill_checks(self.ui.diteruskanKepada, self.options.employees, data.get("diteruskan_kepada"))
        self.ui.arahan.setPlainText(data.get("arahan", ""))
        self.actions.set_rows(data.get("tindak_lanjut", []))
        for key in self.TEXTS:
            self._widget(key).setText(data.get(key, ""))
        for key in self.DATES:
            set_date(self._widget(key), data.get(key), optional=True)

    def collect(self) -> dict:
        return {
            "sifat": self.ui.sifat.currentData(),
            "isi_ringkas": self.ui.isiRingkas.text(),
            "instruksi": checked(self.ui.instruksi),
            "diteruskan_kepada": checked(self.ui.diteruskanKepada),
            "arahan": self.ui.arahan.toPlainText(),
            "tindak_lanjut": self.actions.rows(),
            **{key: self._widget(key).text() for key in self.TEXTS},
            **{key: date_of(self._widget(key)) for key in self.DATES},
        }


class TindakLanjutForm(StepForm):
    form_name, ui_class = "tindak_lanjut", Ui_TindakLanjutForm

    def __init__(self, options: StepOptions, parent: QWidget | None = None):
        super().__init__(options, parent)
        self.items = RowTable(
            self.ui.status,
            [
                Column("id", self.tr("No."), "fixed"),
                Column("tindakan", self.tr("Tindakan"), "fixed"),
                Column("penanggung_jawab", self.tr("Penanggung jawab"), "fixed"),
                Column("batas_waktu", self.tr("Batas waktu"), "fixed"),
                Column(
                    "status",
                    self.tr("Status"),
                    "choice",
                    [Choice(s, s) for s in STATUS_TINDAK_LANJUT],
                ),
                Column("keterangan", self.tr("Keterangan")),
            ],
        )

    def load(self, data: dict) -> None:
        saved = {row.get("id"): row for row in data.get("status", [])}
        self.items.set_rows(
            {
                "id": f.id,
                "tindakan": f.action,
                "penanggung_jawab": f.responsible,
                "batas_waktu": f"{f.deadline:%d-%m-%Y}",
                "status": saved.get(f.id, {}).get("status", f.status),
                "keterangan": saved.get(f.id, {}).get("keterangan", f.note),
            }
            for f in self.options.follow_ups
        )
        self.ui.kesimpulan.setPlainText(data.get("kesimpulan", ""))

    def collect(self) -> dict:
        return {
            "status": [
                {"id": int(r["id"]), "status": r["status"], "keterangan": r["keterangan"]}
                for r in self.items.rows()
            ],
            "kesimpulan": self.ui.kesimpulan.toPlainText(),
        }


FORMS: dict[str, type[StepForm]] = {
    cls.form_name: cls
    for cls in (
        SuratPerintahForm,
        PengumpulanDataForm,
        BahanMonitoringForm,
        MonitoringForm,
        PenyerahanHasilForm,
        PengolahanHasilForm,
        RapatEvaluasiForm,
        DisposisiForm,
        TindakLanjutForm,
    )
}
