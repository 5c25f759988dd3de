"""The kinds of official document the SOP produces, and how each is numbered by default."""

from dataclasses import dataclass

from monev_desktop.domain.numbering import NumberingRule


@dataclass(frozen=True)
class DocumentKind:
    template: str  # file name in templates/
    title: str  # what staff call it
    numbered: bool  # takes a number from the letter register
    rule: NumberingRule = NumberingRule()

    @property
    def code(self) -> str:
        return self.template.removesuffix(".docx")


KINDS = {
    k.template: k
    for k in (
        DocumentKind("surat_perintah.docx", "Surat Perintah", True),
        DocumentKind("surat_permintaan_data.docx", "Surat Permintaan Data", True),
        DocumentKind("jadwal_monitoring.docx", "Jadwal Monitoring", False),
        DocumentKind("instrumen_monitoring.docx", "Instrumen Monitoring", False),
        DocumentKind("laporan_monitoring.docx", "Laporan Monitoring", True),
        DocumentKind("nota_dinas_hasil_monitoring.docx", "Nota Dinas Hasil Monitoring", True),
        DocumentKind("nota_dinas_olah_data.docx", "Nota Dinas Hasil Olah Data", True),
        DocumentKind(
            "notulen_rapat_evaluasi.docx",
            "Notulen Rapat Evaluasi",
            True,
            NumberingRule(kode="000.1.5"),
        ),
        DocumentKind("lembar_disposisi.docx", "Lembar Disposisi", False),
        DocumentKind("dokumen_evaluasi.docx", "Dokumen Evaluasi Kerja Sama", True),
        DocumentKind("lembar_kendali.docx", "Lembar Kendali SOP", False),
    )
}
