<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../register.py" line="69"/>
        <source>Ubah kerja sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="69"/>
        <source>Tambah kerja sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="111"/>
        <source>— tidak ada —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="79"/>
        <source>— mengikuti tanggal —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="85"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="86"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="96"/>
        <source>Belum ada OPD; tambahkan dulu lewat Daftar OPD… di halaman Register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="106"/>
        <source>ketik sebagian nomor atau judul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="198"/>
        <source>Berkas dokumen kerja sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="200"/>
        <source>Dokumen (*.pdf *.docx *.doc *.jpg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="234"/>
        <source>Isian kerja sama ini belum disimpan. Simpan sebelum menutup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/agreement_dialog.ui" line="6"/>
        <source>Kerja sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/agreement_dialog.ui" line="10"/>
        <source>&amp;Nomor *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/agreement_dialog.ui" line="12"/>
        <source>Nomor &amp;mitra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/agreement_dialog.ui" line="14"/>
        <source>&amp;Judul *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/agreement_dialog.ui" line="16"/>
        <source>M&amp;itra *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/agreement_dialog.ui" line="18"/>
        <source>J&amp;enis *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/agreement_dialog.ui" line="20"/>
        <source>&amp;Sifat KSDD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/agreement_dialog.ui" line="22"/>
        <source>&amp;Bentuk *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/agreement_dialog.ui" line="24"/>
        <source>In&amp;duk (KB/NK/PKS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/agreement_dialog.ui" line="26"/>
        <source>Tanggal &amp;mulai *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/agreement_dialog.ui" line="28"/>
        <source>Tanggal be&amp;rakhir *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/agreement_dialog.ui" line="30"/>
        <source>&amp;OPD pelaksana *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/agreement_dialog.ui" line="32"/>
        <source>Ruang &amp;lingkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/agreement_dialog.ui" line="34"/>
        <source>Ber&amp;kas dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/agreement_dialog.ui" line="35"/>
        <source>Pilih…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/agreement_dialog.ui" line="36"/>
        <source>S&amp;tatus keputusan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BahanMonitoringForm</name>
    <message>
        <location filename="../step_forms/forms.py" line="93"/>
        <source>OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_forms/forms.py" line="94"/>
        <source>Tanggal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_forms/forms.py" line="95"/>
        <source>Petugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_bahan_monitoring.ui" line="9"/>
        <source>Jadwal monitoring per OPD *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_bahan_monitoring.ui" line="21"/>
        <source>Tambah baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_bahan_monitoring.ui" line="28"/>
        <source>Hapus baris terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_bahan_monitoring.ui" line="67"/>
        <source>Bahan monitoring (catatan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../column_chooser.py" line="39"/>
        <source>Klik judul untuk mengurutkan; klik kanan untuk memilih kolom yang tampil; seret judul untuk memindahkan kolom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../column_chooser.py" line="73"/>
        <source>Kembalikan kolom bawaan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CyclesPage</name>
    <message>
        <location filename="../cycles.py" line="67"/>
        <location filename="../cycles.py" line="79"/>
        <source>Kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycles.py" line="68"/>
        <source>Kepwal TKKSD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycles.py" line="69"/>
        <source>Dimulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycles.py" line="70"/>
        <location filename="../cycles.py" line="83"/>
        <source>Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycles.py" line="71"/>
        <location filename="../cycles.py" line="86"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycles.py" line="72"/>
        <source>Alasan penghentian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycles.py" line="78"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycles.py" line="80"/>
        <source>Pelaksana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycles.py" line="81"/>
        <source>Dikerjakan oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycles.py" line="82"/>
        <source>Diterima</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycles.py" line="84"/>
        <source>Waktu baku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycles.py" line="85"/>
        <source>Waktu nyata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycles.py" line="87"/>
        <source>Ket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycles.py" line="139"/>
        <source>… catatan yang lebih lama tidak ditampilkan; ini %d catatan terakhir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycles.py" line="154"/>
        <source>membuat %d dokumen, %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycles.py" line="162"/>
        <source> (atas nama %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycles.py" line="170"/>
        <source>, langkah %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycles.py" line="163"/>
        <source> [ditolak]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycles.py" line="206"/>
        <source>Hentikan kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycles.py" line="208"/>
        <source>Hentikan %s? Tugas yang belum selesai dibatalkan (drafnya tetap tersimpan), dokumen yang sudah terbit tetap di arsip dengan nomornya, dan periode ini dapat dimulai lagi. Tulis alasan penghentiannya:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/cycles_page.ui" line="8"/>
        <source>Kegiatan Monev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/cycles_page.ui" line="14"/>
        <source>&amp;Mulai kegiatan baru…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/cycles_page.ui" line="15"/>
        <source>Ubah &amp;Kepwal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/cycles_page.ui" line="15"/>
        <source>Membetulkan nomor atau tanggal Keputusan Wali Kota tentang TKKSD pada kegiatan terpilih yang sedang berjalan (Kepala Bagian). Dokumen yang sudah terbit tetap di arsip; versi barunya menyebut Kepwal yang dibetulkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/cycles_page.ui" line="16"/>
        <source>&amp;Hentikan kegiatan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/cycles_page.ui" line="16"/>
        <source>Menghentikan kegiatan terpilih sebelum langkah terakhirnya (Kepala Bagian): tugas yang belum selesai dibatalkan, dan periodenya dapat dimulai lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/cycles_page.ui" line="17"/>
        <source>&amp;Buka langkah terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/cycles_page.ui" line="18"/>
        <source>&amp;Lembar kendali…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/cycles_page.ui" line="40"/>
        <source>Riwayat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../dashboard_page.py" line="45"/>
        <source>Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dashboard_page.py" line="46"/>
        <source>Judul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dashboard_page.py" line="47"/>
        <source>Mitra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dashboard_page.py" line="48"/>
        <source>Berakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dashboard_page.py" line="65"/>
        <source>Kerja sama menurut jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dashboard_page.py" line="68"/>
        <source>Kerja sama menurut status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dashboard_page.py" line="71"/>
        <source>OPD dengan kerja sama terbanyak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dashboard_page.py" line="82"/>
        <source>Jumlah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dashboard_page.py" line="120"/>
        <source>Rata-rata waktu tiap langkah dibanding waktu baku (jam kerja)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dashboard_page.py" line="121"/>
        <source>Waktu baku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dashboard_page.py" line="121"/>
        <source>Rata-rata nyata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dashboard_page.ui" line="10"/>
        <source>Dasbor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dashboard_page.ui" line="15"/>
        <source>&amp;Muat ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/dashboard_page.ui" line="26"/>
        <source>Kerja sama yang berakhir dalam 90 hari</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisposisiForm</name>
    <message>
        <location filename="../step_forms/forms.py" line="205"/>
        <source>Tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_forms/forms.py" line="207"/>
        <source>Penanggung jawab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_forms/forms.py" line="209"/>
        <source>Batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_disposisi.ui" line="9"/>
        <source>Sifat *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_disposisi.ui" line="32"/>
        <source>Isi ringkas *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_disposisi.ui" line="55"/>
        <source>Informasi / instruksi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_disposisi.ui" line="85"/>
        <source>Diteruskan kepada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_disposisi.ui" line="115"/>
        <source>Arahan Kepala Bagian *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_disposisi.ui" line="148"/>
        <source>Rencana tindak lanjut: tindakan, penanggung jawab, batas waktu *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_disposisi.ui" line="160"/>
        <source>Tambah tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_disposisi.ui" line="167"/>
        <source>Hapus tindakan terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_disposisi.ui" line="206"/>
        <source>Data surat yang didisposisikan (boleh dikosongkan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_disposisi.ui" line="215"/>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_disposisi.ui" line="228"/>
        <source>Kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_disposisi.ui" line="241"/>
        <source>Nomor urut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_disposisi.ui" line="254"/>
        <source>Tgl. penyelesaian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_disposisi.ui" line="274"/>
        <source>Asal surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_disposisi.ui" line="287"/>
        <source>Tanggal surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_disposisi.ui" line="307"/>
        <source>Nomor surat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_disposisi.ui" line="320"/>
        <source>Lampiran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_disposisi.ui" line="333"/>
        <source>Diterima tgl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_disposisi.ui" line="353"/>
        <source>No. agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../document_actions.py" line="41"/>
        <source>Pilih dulu dokumennya di daftar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_actions.py" line="50"/>
        <source>%d dokumen terpilih; Buka membuka paling banyak %d sekaligus. Pilih lebih sedikit, atau tekan Cetak untuk mencetak semuanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_actions.py" line="86"/>
        <source>Menyiapkan pratinjau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_actions.py" line="98"/>
        <source>Simpan PDF ke folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_actions.py" line="104"/>
        <source>Penyimpanan PDF dibatalkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_actions.py" line="106"/>
        <source>PDF disimpan: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_actions.py" line="108"/>
        <source>%d PDF disimpan di %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_actions.py" line="111"/>
        <source>Menyimpan PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_actions.py" line="137"/>
        <source>Pencetakan dibatalkan; %d dari %d dokumen sudah dikirim ke pencetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_actions.py" line="142"/>
        <source>Dokumen dikirim ke pencetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_actions.py" line="144"/>
        <source>%d dokumen dikirim ke pencetak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../document_actions.py" line="147"/>
        <source>Mencetak…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../documents_page.py" line="25"/>
        <source>Langkah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../documents_page.py" line="26"/>
        <location filename="../../../ui/documents_page.ui" line="8"/>
        <source>Dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../documents_page.py" line="27"/>
        <source>Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../documents_page.py" line="28"/>
        <source>Versi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../documents_page.py" line="29"/>
        <source>Dibuat oleh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../documents_page.py" line="30"/>
        <source>Dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../documents_page.py" line="31"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../documents_page.py" line="71"/>
        <source>%d berkas di arsip %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../documents_page.py" line="77"/>
        <source>%d versi lama tidak ditampilkan (centang Versi lama).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../documents_page.py" line="82"/>
        <source>Ctrl+klik atau Shift+klik memilih beberapa dokumen untuk dicetak sekaligus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/documents_page.ui" line="14"/>
        <source>&amp;Kegiatan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/documents_page.ui" line="16"/>
        <source>Cari jenis, nomor… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/documents_page.ui" line="17"/>
        <source>Versi &amp;lama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/documents_page.ui" line="17"/>
        <source>Tampilkan juga versi lama dokumen yang dibuat ulang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/documents_page.ui" line="18"/>
        <source>&amp;Buka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/documents_page.ui" line="19"/>
        <source>&amp;Pratinjau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/documents_page.ui" line="20"/>
        <source>Simpan &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/documents_page.ui" line="21"/>
        <source>&amp;Cetak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../register.py" line="259"/>
        <source>%d baris bermasalah; belum ada yang disimpan. Perbaiki berkasnya lalu impor lagi, atau impor baris yang benar saja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="265"/>
        <source>Berkas ini menyebut %d OPD yang belum ada di Daftar OPD: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="269"/>
        <source>&amp;Impor %d baris yang benar saja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/import_report_dialog.ui" line="6"/>
        <source>Laporan impor register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/import_report_dialog.ui" line="13"/>
        <source>Baris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/import_report_dialog.ui" line="14"/>
        <source>Kolom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/import_report_dialog.ui" line="15"/>
        <source>Masalah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/import_report_dialog.ui" line="21"/>
        <source>Tambahkan sebagai &amp;OPD baru, lalu periksa lagi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/import_report_dialog.ui" line="21"/>
        <source>OPD yang belum ada di Daftar OPD ditambahkan saat impor (dapat diubah namanya atau diberi singkatan kemudian di Daftar OPD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/import_report_dialog.ui" line="22"/>
        <source>&amp;Impor baris yang benar saja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/import_report_dialog.ui" line="23"/>
        <source>&amp;Tutup tanpa mengimpor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../inbox.py" line="174"/>
        <source>%d tugas saya, %d belum diambil untuk peran saya, %d terlambat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/inbox_page.ui" line="8"/>
        <source>Kotak Tugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/inbox_page.ui" line="16"/>
        <source>&amp;Daftar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/inbox_page.ui" line="23"/>
        <source>Cari langkah, tahun, nama pengirim… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/inbox_page.ui" line="27"/>
        <source>&amp;Buka tugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/inbox_page.ui" line="28"/>
        <source>&amp;Muat ulang</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KepwalDialog</name>
    <message>
        <location filename="../cycle_dialogs.py" line="88"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_dialogs.py" line="92"/>
        <source>Kepwal TKKSD %s yang tercatat: Nomor %s tanggal %s. Betulkan nomor atau tanggalnya; dokumen yang dibuat sesudah ini menyebut Kepwal yang baru.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_dialogs.py" line="104"/>
        <source>Belum ada dokumen terbit yang menyebut Kepwal ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_dialogs.py" line="106"/>
        <source>%s%s v%d (langkah %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cycle_dialogs.py" line="112"/>
        <source>Sudah terbit dan menyebut Kepwal yang lama: %s. Dokumen itu tetap di arsip seperti adanya; untuk versi baru yang menyebut Kepwal yang dibetulkan (nomor suratnya tetap), buka langkahnya dan tekan tombol Buat dokumen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/kepwal_dialog.ui" line="6"/>
        <source>Ubah Kepwal TKKSD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/kepwal_dialog.ui" line="15"/>
        <source>&amp;Nomor Kepwal TKKSD *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/kepwal_dialog.ui" line="16"/>
        <source>mis. 100.3.3.2/Kep.112-Huk/2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/kepwal_dialog.ui" line="17"/>
        <source>Tanggal &amp;Kepwal TKKSD *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../login.py" line="49"/>
        <source>Masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../login.py" line="78"/>
        <source>Menyiapkan basis data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../login.py" line="93"/>
        <source>Memeriksa kata sandi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../login.py" line="107"/>
        <source>peran sendiri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../login.py" line="110"/>
        <source> (menggantikan %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../login.py" line="118"/>
        <source>Anda memiliki penunjukan Plt./Plh. yang berlaku hari ini; pilih, lalu Masuk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/login_dialog.ui" line="6"/>
        <source>Masuk — Monev Kerja Sama Daerah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/login_dialog.ui" line="10"/>
        <source>&lt;b&gt;Monitoring dan Evaluasi Kerja Sama Daerah&lt;/b&gt;&lt;br/&gt;Bagian Pemerintahan Setda Kota Tangerang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/login_dialog.ui" line="18"/>
        <source>&amp;Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/login_dialog.ui" line="27"/>
        <source>&amp;Kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/login_dialog.ui" line="38"/>
        <source>&amp;Bertindak sebagai</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="62"/>
        <source>Kotak Tugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="63"/>
        <source>Kegiatan Monev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="64"/>
        <source>Register Kerja Sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="65"/>
        <source>Dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="66"/>
        <source>Dasbor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="69"/>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="90"/>
        <source>Masuk sebagai: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="182"/>
        <source>Cadangan dibuat: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="190"/>
        <source>Pilih berkas cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="192"/>
        <source>Cadangan Monev (monev-cadangan-*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="198"/>
        <source>Pulihkan cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="200"/>
        <source>Seluruh data dan arsip akan diganti dengan isi cadangan ini. Data saat ini disimpan terlebih dahulu di folder &apos;sebelum-pulih&apos;. Sesudahnya semua jendela ditutup dan Anda masuk kembali dengan akun yang ada dalam cadangan. Lanjutkan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="212"/>
        <source>Data dan arsip dipulihkan dari %s. Masuk dengan akun yang ada dalam cadangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="224"/>
        <source>Kata sandi Anda sudah diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="233"/>
        <source>%s telah keluar. Silakan masuk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="280"/>
        <source>Isian di Pengaturan belum disimpan (%s). Tutup aplikasi dan buang isian itu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="282"/>
        <source>Kembali ke Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="292"/>
        <source>Tentang aplikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="294"/>
        <source>Monev Kerja Sama Daerah %s
Bagian Pemerintahan, Sekretariat Daerah Kota Tangerang
SOP 53/000.8.3.3/11/2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="6"/>
        <source>Monev Kerja Sama Daerah — Bagian Pemerintahan Setda Kota Tangerang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="22"/>
        <source>&amp;Berkas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="31"/>
        <source>Ban&amp;tuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="38"/>
        <source>&amp;Cadangkan sekarang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="39"/>
        <source>&amp;Pulihkan dari cadangan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="40"/>
        <source>Ubah kata &amp;sandi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="41"/>
        <source>&amp;Ganti pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="42"/>
        <source>&amp;Keluar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="42"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/main_window.ui" line="43"/>
        <source>&amp;Tentang aplikasi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitoringForm</name>
    <message>
        <location filename="../step_forms/forms.py" line="120"/>
        <source>Kerja sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_monitoring.ui" line="9"/>
        <source>Hasil monitoring per kerja sama: isi setiap kolom dari daftar pilihan *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpdDialog</name>
    <message>
        <location filename="../../../ui/opd_dialog.ui" line="6"/>
        <source>Daftar OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/opd_dialog.ui" line="10"/>
        <source>OPD pelaksana yang dapat dipilih pada kerja sama dan jadwal monitoring. Pilih satu baris untuk mengubah namanya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/opd_dialog.ui" line="17"/>
        <source>&amp;Nama OPD *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/opd_dialog.ui" line="18"/>
        <source>mis. Dinas Komunikasi dan Informatika</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/opd_dialog.ui" line="19"/>
        <source>&amp;Singkatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/opd_dialog.ui" line="20"/>
        <source>mis. Diskominfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/opd_dialog.ui" line="31"/>
        <source>&amp;Tambah OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/opd_dialog.ui" line="32"/>
        <source>Simpan &amp;perubahan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/opd_dialog.ui" line="33"/>
        <source>&amp;Hapus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/opd_dialog.ui" line="35"/>
        <source>&amp;Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../opd_dialog.py" line="35"/>
        <source>Nama OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../opd_dialog.py" line="36"/>
        <source>Singkatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../opd_dialog.py" line="37"/>
        <source>Kerja sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../opd_dialog.py" line="71"/>
        <source>OPD %s ditambahkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../opd_dialog.py" line="79"/>
        <source>OPD %s disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../opd_dialog.py" line="85"/>
        <source>Hapus OPD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../opd_dialog.py" line="85"/>
        <source>Hapus OPD %s dari daftar?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../opd_dialog.py" line="92"/>
        <source>OPD %s dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../../ui/password_dialog.ui" line="6"/>
        <source>Ubah kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/password_dialog.ui" line="10"/>
        <source>Kata sandi &amp;lama *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/password_dialog.ui" line="12"/>
        <source>Kata sandi &amp;baru *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/password_dialog.ui" line="13"/>
        <source>paling sedikit 8 karakter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/password_dialog.ui" line="14"/>
        <source>&amp;Ulangi kata sandi baru *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../account_dialogs.py" line="119"/>
        <source>&amp;Ubah kata sandi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../account_dialogs.py" line="121"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../account_dialogs.py" line="128"/>
        <source>Kedua kata sandi baru tidak sama; ketik ulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../account_dialogs.py" line="130"/>
        <source>Memeriksa kata sandi…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathEditor</name>
    <message>
        <location filename="../setting_editors.py" line="55"/>
        <source>Pilih…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../setting_editors.py" line="62"/>
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../pdf_preview.py" line="42"/>
        <source>Pratinjau — %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PengolahanHasilForm</name>
    <message>
        <location filename="../../../ui/step_pengolahan_hasil.ui" line="9"/>
        <source>Ringkasan hasil olah data untuk Kepala Bagian *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PengumpulanDataForm</name>
    <message>
        <location filename="../../../ui/step_pengumpulan_data.ui" line="9"/>
        <source>Cari kerja sama (nomor, judul)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_pengumpulan_data.ui" line="32"/>
        <source>Kerja sama yang dimonitor dalam kegiatan ini *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_pengumpulan_data.ui" line="44"/>
        <source>Pilih semua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_pengumpulan_data.ui" line="51"/>
        <source>Kosongkan pilihan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_pengumpulan_data.ui" line="87"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PenyerahanHasilForm</name>
    <message>
        <location filename="../../../ui/step_penyerahan_hasil.ui" line="9"/>
        <source>Tanggal penyerahan hasil ke Ketua Tim Kerja *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_penyerahan_hasil.ui" line="39"/>
        <source>Catatan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RapatEvaluasiForm</name>
    <message>
        <location filename="../step_forms/forms.py" line="164"/>
        <source>Kerja sama (kosongkan bila umum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_forms/forms.py" line="167"/>
        <source>Umum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_forms/forms.py" line="169"/>
        <source>Temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_forms/forms.py" line="170"/>
        <source>Evaluasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_rapat_evaluasi.ui" line="9"/>
        <source>Tanggal rapat *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_rapat_evaluasi.ui" line="39"/>
        <source>Waktu rapat *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_rapat_evaluasi.ui" line="62"/>
        <source>Tempat rapat *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_rapat_evaluasi.ui" line="85"/>
        <source>Peserta rapat *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_rapat_evaluasi.ui" line="115"/>
        <source>Temuan dan evaluasinya *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_rapat_evaluasi.ui" line="127"/>
        <source>Tambah temuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_rapat_evaluasi.ui" line="134"/>
        <source>Hapus temuan terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_rapat_evaluasi.ui" line="173"/>
        <source>Kesimpulan rapat *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../reason_dialog.py" line="17"/>
        <source>Lanjutkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reason_dialog.py" line="18"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reason_dialog.py" line="27"/>
        <source>Alasan wajib diisi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../register.py" line="314"/>
        <source>Nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="315"/>
        <source>Judul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="316"/>
        <source>Mitra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="324"/>
        <source>Jenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="325"/>
        <source>Bentuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="326"/>
        <source>OPD Pelaksana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="327"/>
        <source>Mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="309"/>
        <source>Berakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="319"/>
        <source>Sisa hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="323"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="353"/>
        <source>hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="353"/>
        <source>lewat %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="365"/>
        <source>%d kerja sama; %d berakhir dalam 90 hari (berwarna: makin merah makin dekat: 90/60/30/7/0 hari).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="396"/>
        <source>Hapus kerja sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="397"/>
        <source>Hapus %s — %s dari register? Riwayatnya tetap tercatat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="448"/>
        <source>%d kerja sama diimpor dari %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="450"/>
        <source>%d OPD baru ditambahkan ke Daftar OPD: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="457"/>
        <source>Mengimpor register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="470"/>
        <source>Impor register dari Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="476"/>
        <source>Ekspor register ke Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="481"/>
        <source>Register diekspor ke %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../register.py" line="487"/>
        <source>Simpan templat impor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/register_page.ui" line="8"/>
        <source>Register Kerja Sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/register_page.ui" line="21"/>
        <source>Cari (Ctrl+F)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/register_page.ui" line="25"/>
        <source>&amp;Tambah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/register_page.ui" line="26"/>
        <source>&amp;Ubah…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/register_page.ui" line="27"/>
        <source>&amp;Hapus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/register_page.ui" line="27"/>
        <source>Hapus kerja sama yang salah dimasukkan; yang sudah dipakai dalam kegiatan monev tidak dapat dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/register_page.ui" line="28"/>
        <source>Daftar &amp;OPD…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/register_page.ui" line="29"/>
        <source>&amp;Impor Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/register_page.ui" line="30"/>
        <source>&amp;Ekspor Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/register_page.ui" line="31"/>
        <source>Templat &amp;impor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/register_page.ui" line="34"/>
        <source>&amp;Muat ulang</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <location filename="../reminders_dialog.py" line="18"/>
        <source>Tutup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders_dialog.py" line="32"/>
        <source>Terlambat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders_dialog.py" line="32"/>
        <source>daftar Terlambat di Kotak Tugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders_dialog.py" line="33"/>
        <source>Segera jatuh tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders_dialog.py" line="33"/>
        <location filename="../reminders_dialog.py" line="37"/>
        <source>Kotak Tugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders_dialog.py" line="35"/>
        <source>Tugas baru sejak Anda terakhir masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders_dialog.py" line="55"/>
        <source>Kerja sama yang akan berakhir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders_dialog.py" line="58"/>
        <source>Register Kerja Sama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders_dialog.py" line="64"/>
        <source>hari ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders_dialog.py" line="64"/>
        <source>batas %d hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reminders_dialog.py" line="69"/>
        <source>… dan %d lainnya; lihat %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/reminders_dialog.ui" line="6"/>
        <source>Yang perlu diperhatikan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../step_forms/base.py" line="186"/>
        <source>Klik kanan judul kolom pilihan untuk mengisi sekaligus semua baris yang belum dipilih.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_forms/base.py" line="201"/>
        <source>Isi yang belum dipilih: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../settings_page.py" line="66"/>
        <source>Dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="67"/>
        <source>Pola nomor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="68"/>
        <source>Kode klasifikasi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="69"/>
        <source>Buku agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="75"/>
        <source>Nomor surat ({kode} {urut} {unit} {bulan} {tahun})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="79"/>
        <source>Nama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="80"/>
        <location filename="../../../ui/settings_page.ui" line="33"/>
        <source>NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="81"/>
        <location filename="../../../ui/settings_page.ui" line="37"/>
        <source>Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="82"/>
        <source>Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="83"/>
        <location filename="../../../ui/settings_page.ui" line="43"/>
        <source>Peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="85"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="86"/>
        <source>aktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="86"/>
        <source>nonaktif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="107"/>
        <source>Libur kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="108"/>
        <source>Hari kerja pengganti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="159"/>
        <source>— tidak ada —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="168"/>
        <source> menggantikan %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="180"/>
        <source>libur kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="180"/>
        <source>hari kerja pengganti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="194"/>
        <source>Cadangan terakhir yang berhasil: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="196"/>
        <source>Belum ada cadangan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="192"/>
        <source>Cadangan terakhir gagal: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="241"/>
        <source>Tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="266"/>
        <source>Pengguna %s ditambahkan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="274"/>
        <source>Pilih dulu pengguna di tabel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="280"/>
        <source>Data %s disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="285"/>
        <source>%d tugas yang tidak dapat lagi dikerjakannya kembali ke kotak tugas perannya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="291"/>
        <source>Nama dan peran baru Anda tampil di jendela ini setelah Anda masuk kembali (Berkas → Ganti pengguna).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="317"/>
        <source>Penunjukan disimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="324"/>
        <source>Pilih dulu penunjukan di daftar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="327"/>
        <source>Akhiri penunjukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="327"/>
        <source>Akhiri penunjukan %s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="338"/>
        <source>Penunjukan dihapus sebelum berlaku.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="340"/>
        <source>Penunjukan diakhiri; mulai hari ini tidak berlaku.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="356"/>
        <source>Hari disimpan; tenggat tugas baru mengikutinya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="370"/>
        <source>Hari dihapus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="376"/>
        <source>Folder cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.py" line="391"/>
        <source>Cadangan dibuat: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/settings_page.ui" line="8"/>
        <source>Pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/settings_page.ui" line="15"/>
        <source>Kantor dan dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/settings_page.ui" line="19"/>
        <source>&amp;Simpan pengaturan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/settings_page.ui" line="23"/>
        <source>Pengguna dan peran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/settings_page.ui" line="26"/>
        <source>&amp;Ubah pengguna terpilih…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/settings_page.ui" line="29"/>
        <source>Tambah pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/settings_page.ui" line="31"/>
        <source>Nama lengkap *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/settings_page.ui" line="35"/>
        <source>Pangkat / golongan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/settings_page.ui" line="39"/>
        <source>Nama pengguna *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/settings_page.ui" line="41"/>
        <source>Kata sandi awal *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/settings_page.ui" line="46"/>
        <source>&amp;Tambah pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/settings_page.ui" line="53"/>
        <source>Plt./Plh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/settings_page.ui" line="55"/>
        <source>Pegawai yang ditunjuk *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/settings_page.ui" line="57"/>
        <source>Sebagai *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/settings_page.ui" line="59"/>
        <location filename="../../../ui/settings_page.ui" line="78"/>
        <source>Jenis *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/settings_page.ui" line="61"/>
        <source>Menggantikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/settings_page.ui" line="63"/>
        <source>Mulai *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/settings_page.ui" line="65"/>
        <source>Selesai *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/settings_page.ui" line="68"/>
        <source>Tunjuk &amp;Plt./Plh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/settings_page.ui" line="70"/>
        <source>A&amp;khiri penunjukan terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/settings_page.ui" line="70"/>
        <source>Penunjukan yang belum berlaku dihapus; yang sedang berlaku berakhir kemarin, sehingga mulai hari ini tidak berlaku.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/settings_page.ui" line="74"/>
        <source>Hari libur kantor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/settings_page.ui" line="76"/>
        <source>Tanggal *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/settings_page.ui" line="80"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/settings_page.ui" line="83"/>
        <source>&amp;Simpan hari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/settings_page.ui" line="83"/>
        <source>&amp;Hapus hari terpilih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/settings_page.ui" line="88"/>
        <source>Cadangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/settings_page.ui" line="90"/>
        <source>Folder cadangan (drive bersama)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/settings_page.ui" line="91"/>
        <source>Pilih…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/settings_page.ui" line="92"/>
        <source>Jumlah cadangan yang disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/settings_page.ui" line="95"/>
        <source>&amp;Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/settings_page.ui" line="95"/>
        <source>&amp;Cadangkan sekarang</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../login.py" line="133"/>
        <source>Buat akun dan masuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../login.py" line="139"/>
        <source>Kedua kata sandi tidak sama; ketik ulang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/setup_dialog.ui" line="6"/>
        <source>Persiapan pertama — Monev Kerja Sama Daerah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/setup_dialog.ui" line="10"/>
        <source>Basis data masih kosong. Buat akun administrator pertama; akun pegawai lain dibuat kemudian di Pengaturan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/setup_dialog.ui" line="16"/>
        <source>Nama &amp;lengkap*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/setup_dialog.ui" line="17"/>
        <source>dengan gelar, mis. Rina Marlina, S.Kom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/setup_dialog.ui" line="18"/>
        <source>&amp;NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/setup_dialog.ui" line="19"/>
        <source>18 angka, mis. 19880512 201402 2 003</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/setup_dialog.ui" line="20"/>
        <source>Nama &amp;pengguna*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/setup_dialog.ui" line="22"/>
        <source>&amp;Kata sandi*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/setup_dialog.ui" line="24"/>
        <source>&amp;Ulangi kata sandi*</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartCycleDialog</name>
    <message>
        <location filename="../cycle_dialogs.py" line="64"/>
        <source>Mulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/start_cycle_dialog.ui" line="6"/>
        <source>Mulai kegiatan monev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/start_cycle_dialog.ui" line="10"/>
        <source>Kegiatan baru dimulai dari langkah 1 (Surat Perintah). Dasarnya Keputusan Wali Kota tentang TKKSD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/start_cycle_dialog.ui" line="16"/>
        <source>&amp;Tahun *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/start_cycle_dialog.ui" line="18"/>
        <source>&amp;Periode *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/start_cycle_dialog.ui" line="20"/>
        <source>&amp;Nomor Kepwal TKKSD *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/start_cycle_dialog.ui" line="21"/>
        <source>mis. 100.3.3.2/Kep.112-Huk/2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/start_cycle_dialog.ui" line="22"/>
        <source>Tanggal &amp;Kepwal TKKSD *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../step_dialog.py" line="87"/>
        <source>Langkah %d — %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_dialog.py" line="88"/>
        <source>Langkah %d: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_dialog.py" line="90"/>
        <source>tidak ditentukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_dialog.py" line="95"/>
        <source>&lt;b&gt;Pelaksana:&lt;/b&gt; %s &amp;nbsp; &lt;b&gt;Kelengkapan:&lt;/b&gt; %s&lt;br&gt;&lt;b&gt;Keluaran:&lt;/b&gt; %s&lt;br&gt;&lt;b&gt;Waktu baku:&lt;/b&gt; %s &amp;nbsp; &lt;b&gt;Diterima:&lt;/b&gt; %s &amp;nbsp; &lt;b&gt;Tenggat:&lt;/b&gt; %s &amp;nbsp; &lt;b&gt;Status:&lt;/b&gt; %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_dialog.py" line="130"/>
        <source>Kegiatan ini telah dihentikan; alasannya: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_dialog.py" line="133"/>
        <source>Langkah ini dikerjakan oleh %s; Anda hanya dapat melihatnya.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_dialog.py" line="138"/>
        <source> (atas nama %s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_dialog.py" line="140"/>
        <source>Diselesaikan oleh %s pada %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_dialog.py" line="144"/>
        <source> Ket: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_dialog.py" line="146"/>
        <source>Dikembalikan: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_dialog.py" line="149"/>
        <source>Langkah ini sudah melewati tenggat; saat menyelesaikan, isi alasan keterlambatan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_dialog.py" line="152"/>
        <source>Sedang dikerjakan oleh %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_dialog.py" line="170"/>
        <source>%s — tidak dibuat; kegiatannya dihentikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_dialog.py" line="172"/>
        <source>%s — belum dibuat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_dialog.py" line="174"/>
        <source>%s — dibuat saat langkah diselesaikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_dialog.py" line="215"/>
        <source>Lepaskan tugas ini agar dapat diambil rekan lain? Isian Anda disimpan sebagai draf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_dialog.py" line="219"/>
        <source>Tugas ini sedang dikerjakan oleh %s. Lepaskan agar dapat diambil orang lain? Drafnya tetap tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_dialog.py" line="224"/>
        <source>Lepaskan tugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_dialog.py" line="241"/>
        <source>Tugas dilepaskan; kini dapat diambil dari kotak tugas %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_dialog.py" line="261"/>
        <source>Draf tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_dialog.py" line="281"/>
        <source>Isian langkah ini belum disimpan. Simpan sebagai draf sebelum menutup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_dialog.py" line="282"/>
        <source>Simpan draf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_dialog.py" line="310"/>
        <location filename="../step_dialog.py" line="376"/>
        <source>Periksa isian yang ditandai merah, lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_dialog.py" line="315"/>
        <source>Alasan keterlambatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_dialog.py" line="317"/>
        <source>Langkah ini melewati waktu baku SOP. Tuliskan alasannya (dicatat di kolom Ket):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_dialog.py" line="339"/>
        <source>Langkah selesai dan diteruskan; %d dokumen dibuat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_dialog.py" line="345"/>
        <source>Langkah selesai dan diteruskan, tetapi dokumennya belum dibuat: %s Setelah masalahnya diatasi, tekan Buat dokumen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_dialog.py" line="356"/>
        <source>Kembalikan tugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_dialog.py" line="357"/>
        <source>Tugas ini akan dikembalikan ke langkah sebelumnya. Tuliskan alasannya:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_dialog.py" line="397"/>
        <source>Draf dibuka di Word (pratinjau di dalam aplikasi memerlukan LibreOffice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_dialog.py" line="408"/>
        <source>Draf dari isian saat ini; belum ada yang disimpan. Nomor surat diberikan saat langkah diselesaikan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_dialog.ui" line="6"/>
        <source>Langkah SOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_dialog.ui" line="34"/>
        <source>Dokumen keluaran langkah ini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_dialog.ui" line="40"/>
        <source>Versi terbaru setiap dokumen langkah ini; semuanya terpilih. Ctrl+klik atau Shift+klik memilih sebagian. Versi lama ada di halaman Dokumen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_dialog.ui" line="45"/>
        <source>Pratinjau dra&amp;f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_dialog.ui" line="45"/>
        <source>Lihat dokumen keluaran dari isian saat ini sebelum langkah diselesaikan; tidak ada nomor yang diambil dan tidak ada yang disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_dialog.ui" line="46"/>
        <source>&amp;Buat dokumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_dialog.ui" line="47"/>
        <source>B&amp;uka di Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_dialog.ui" line="48"/>
        <source>&amp;Pratinjau PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_dialog.ui" line="49"/>
        <source>C&amp;etak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_dialog.ui" line="64"/>
        <source>&amp;Kembalikan ke langkah sebelumnya…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_dialog.ui" line="65"/>
        <source>&amp;Lepaskan tugas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_dialog.ui" line="65"/>
        <source>Kembalikan tugas ke kotak tugas peran agar dapat diambil rekan lain; drafnya tetap tersimpan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_dialog.ui" line="67"/>
        <source>&amp;Ambil tugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_dialog.ui" line="68"/>
        <source>&amp;Simpan draf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_dialog.ui" line="69"/>
        <source>Selesaikan &amp;&amp; &amp;teruskan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_dialog.ui" line="70"/>
        <source>&amp;Tutup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuratPerintahForm</name>
    <message>
        <location filename="../../../ui/step_surat_perintah.ui" line="9"/>
        <source>Nomor surat (isi bila nomor dari SRIKANDI; kosongkan untuk nomor register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_surat_perintah.ui" line="32"/>
        <source>Tanggal surat *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_surat_perintah.ui" line="62"/>
        <source>Ketua tim kerja yang ditugaskan *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_surat_perintah.ui" line="85"/>
        <source>Analis kerja sama yang ditugaskan *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_surat_perintah.ui" line="115"/>
        <source>Untuk: tugas yang diperintahkan, satu tugas per baris *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TindakLanjutForm</name>
    <message>
        <location filename="../step_forms/forms.py" line="253"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_forms/forms.py" line="254"/>
        <source>Tindakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_forms/forms.py" line="255"/>
        <source>Penanggung jawab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_forms/forms.py" line="256"/>
        <source>Batas waktu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_forms/forms.py" line="259"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../step_forms/forms.py" line="263"/>
        <source>Keterangan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_tindak_lanjut.ui" line="9"/>
        <source>Status setiap tindak lanjut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/step_tindak_lanjut.ui" line="42"/>
        <source>Kesimpulan evaluasi kerja sama *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="6"/>
        <source>Ubah pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="10"/>
        <source>Nama pengguna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="12"/>
        <source>Nama &amp;lengkap *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="14"/>
        <source>&amp;NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="16"/>
        <source>&amp;Pangkat / golongan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="18"/>
        <source>&amp;Jabatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="20"/>
        <source>Pe&amp;ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="22"/>
        <source>Akun &amp;aktif: dapat masuk dan menerima tugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="23"/>
        <source>Kata &amp;sandi baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="24"/>
        <source>kosongkan bila tidak diganti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/user_dialog.ui" line="25"/>
        <source>Kata sandi baru juga membuka akun yang terkunci. Tugas yang tidak dapat lagi dikerjakan orang ini (akun nonaktif, peran dilepas) kembali ke kotak tugas perannya; menonaktifkan akun juga mengakhiri penunjukan Plt./Plh.-nya mulai hari ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../account_dialogs.py" line="41"/>
        <source>Ubah pengguna: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../account_dialogs.py" line="53"/>
        <source>&amp;Simpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../account_dialogs.py" line="54"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../account_dialogs.py" line="99"/>
        <source>Perubahan pengguna ini belum disimpan. Simpan sebelum menutup?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_CycleDialog</name>
    <message>
        <location filename="../cycle_dialogs.py" line="31"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../startup.py" line="157"/>
        <location filename="../startup.py" line="167"/>
        <source>Basis data rusak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../startup.py" line="159"/>
        <source>%s

Tidak ditemukan cadangan yang sehat di folder cadangan terakhir. Hubungi admin; berkas yang rusak tidak diubah.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../startup.py" line="169"/>
        <source>%s

Pulihkan dari cadangan terbaru yang sehat?
%s

Berkas yang rusak disimpan dengan nama lain, tidak ditimpa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../startup.py" line="189"/>
        <source>Pemulihan gagal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../startup.py" line="191"/>
        <source>Basis data tidak dapat dibuka</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desktop</name>
    <message>
        <location filename="../desktop.py" line="15"/>
        <source>Komputer ini tidak memiliki program untuk membuka berkas %s. Pasang Microsoft Word atau LibreOffice, lalu coba lagi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../login.py" line="162"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../labels.py" line="9"/>
        <source>Belum diambil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="10"/>
        <source>Sedang dikerjakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="11"/>
        <source>Selesai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="12"/>
        <source>Dikembalikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="13"/>
        <source>Dibatalkan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="14"/>
        <source>Belum dimulai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="15"/>
        <source>Tidak dilaksanakan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="16"/>
        <source>Berjalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="17"/>
        <source>Dihentikan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="23"/>
        <source>memulai kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="24"/>
        <source>mengubah Kepwal TKKSD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="25"/>
        <source>menghentikan kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="26"/>
        <source>menutup kegiatan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="27"/>
        <source>mengambil tugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="28"/>
        <source>melepas tugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="29"/>
        <source>menyimpan draf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="30"/>
        <source>meminta pratinjau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="31"/>
        <source>menyelesaikan tugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="32"/>
        <source>mengembalikan tugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="33"/>
        <source>membatalkan tugas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../labels.py" line="34"/>
        <source>membuat dokumen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../errors.py" line="38"/>
        <source>Tidak dapat diproses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../runner.py" line="157"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <location filename="../unsaved.py" line="16"/>
        <source>Isian belum disimpan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../unsaved.py" line="22"/>
        <source>Buang isian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../unsaved.py" line="40"/>
        <source>Batal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../unsaved.py" line="73"/>
        <source>Simpan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
