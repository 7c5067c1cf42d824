<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AccessLogDialog</name>
    <message>
        <source>Log akses data pribadi</source>
        <translation>Personal data access log</translation>
    </message>
    <message>
        <source>Setiap kali identitas pelapor ditampilkan, siapa, kapan dan untuk apa dicatat di sini. Catatan ini tersinkron ke semua komputer dan tidak dapat diubah.</source>
        <translation>Each time a reporter&apos;s identity is shown, who viewed it, when and for what purpose is recorded here. This log syncs to all computers and cannot be changed.</translation>
    </message>
    <message>
        <source>mis. NTB-2024-0042 atau bagiannya</source>
        <translation>e.g. NTB-2024-0042 or part of it</translation>
    </message>
    <message>
        <source>&amp;Nomor kasus:</source>
        <translation>Case &amp;number:</translation>
    </message>
    <message numerus="yes">
        <source>%n catatan</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ada catatan untuk “{text}”</source>
        <translation>No entries for “{text}”</translation>
    </message>
    <message>
        <source>Belum ada catatan</source>
        <translation>No entries yet</translation>
    </message>
</context>
<context>
    <name>AccessLogModel</name>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Nomor kasus</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Data yang dilihat</source>
        <translation>Data viewed</translation>
    </message>
    <message>
        <source>Tujuan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>(tidak diisi)</source>
        <translation>(not given)</translation>
    </message>
</context>
<context>
    <name>AnnotationScene</name>
    <message>
        <source>Hanya baca: anotasi kasus ini tidak dapat Anda ubah.</source>
        <translation>Read-only: you cannot change the annotations on this case.</translation>
    </message>
    <message>
        <source>{kind} · dibuat oleh {name}, {when}</source>
        <translation>{kind} · created by {name}, {when}</translation>
    </message>
    <message>
        <source>diubah oleh {name}, {when}</source>
        <translation>modified by {name}, {when}</translation>
    </message>
    <message>
        <source>Terkunci</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Anotasi terkunci; buka kuncinya dahulu untuk memindahkannya.</source>
        <translation>The annotation is locked; unlock it first to move it.</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>AnnotationToolbar</name>
    <message>
        <source>Pilih, pindahkan, ubah ukuran</source>
        <translation>Select, move, resize</translation>
    </message>
    <message>
        <source>Geser tampilan (atau tahan Spasi / tombol tengah tetikus)</source>
        <translation>Pan the view (or hold Space / the middle mouse button)</translation>
    </message>
    <message>
        <source>Persegi</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <source>Elips</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <source>Panah</source>
        <translation>Arrow</translation>
    </message>
    <message>
        <source>Garis</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Stabilo (transparan)</source>
        <translation>Highlighter (transparent)</translation>
    </message>
    <message>
        <source>Keterangan teks: seret dari titik yang ditunjuk</source>
        <translation>Text callout: drag from the point it refers to</translation>
    </message>
    <message>
        <source>Penanda bernomor</source>
        <translation>Numbered marker</translation>
    </message>
    <message>
        <source>Kotak sensor (blok atau piksel)</source>
        <translation>Redaction box (block or pixelate)</translation>
    </message>
    <message>
        <source>Komentar pada area (untuk supervisor)</source>
        <translation>Comment on a region (for the supervisor)</translation>
    </message>
    <message>
        <source>Warna anotasi baru (dan yang dipilih)</source>
        <translation>Colour of new (and selected) annotations</translation>
    </message>
    <message>
        <source>Warna lain…</source>
        <translation>Other colour…</translation>
    </message>
    <message>
        <source>Tebal garis (piksel gambar)</source>
        <translation>Line width (image pixels)</translation>
    </message>
    <message>
        <source>Tebal</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>Blok hitam</source>
        <translation>Black block</translation>
    </message>
    <message>
        <source>Piksel</source>
        <translation>Pixelate</translation>
    </message>
    <message>
        <source>Jenis kotak sensor</source>
        <translation>Redaction box type</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Redaction</translation>
    </message>
    <message>
        <source>Teks keterangan baru</source>
        <translation>New callout text</translation>
    </message>
    <message>
        <source>Teks untuk keterangan berikutnya; klik dua kali keterangan untuk mengubahnya</source>
        <translation>Text for the next callout; double-click a callout to edit it</translation>
    </message>
    <message>
        <source>Urungkan (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Ulangi (Ctrl+Y atau Ctrl+Shift+Z)</source>
        <translation>Redo (Ctrl+Y or Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Salin anotasi (Ctrl+C)</source>
        <translation>Copy annotations (Ctrl+C)</translation>
    </message>
    <message>
        <source>Tempel anotasi (Ctrl+V)</source>
        <translation>Paste annotations (Ctrl+V)</translation>
    </message>
    <message>
        <source>Hapus anotasi terpilih (Delete)</source>
        <translation>Delete selected annotations (Delete)</translation>
    </message>
    <message>
        <source>Kunci atau buka kunci anotasi terpilih</source>
        <translation>Lock or unlock selected annotations</translation>
    </message>
    <message>
        <source>Sembunyikan atau tampilkan semua anotasi</source>
        <translation>Hide or show all annotations</translation>
    </message>
    <message>
        <source>Perkecil (Ctrl+-, roda tetikus)</source>
        <translation>Zoom out (Ctrl+-, mouse wheel)</translation>
    </message>
    <message>
        <source>Perbesar (Ctrl+=, roda tetikus)</source>
        <translation>Zoom in (Ctrl+=, mouse wheel)</translation>
    </message>
    <message>
        <source>Paskan ke layar (Ctrl+0)</source>
        <translation>Fit to screen (Ctrl+0)</translation>
    </message>
    <message>
        <source>Ukuran asli 100 % (1)</source>
        <translation>Actual size 100 % (1)</translation>
    </message>
    <message>
        <source>Putar tampilan ke kiri ([)</source>
        <translation>Rotate view left ([)</translation>
    </message>
    <message>
        <source>Putar tampilan ke kanan (])</source>
        <translation>Rotate view right (])</translation>
    </message>
    <message>
        <source>Urungkan: {step} (Ctrl+Z)</source>
        <translation>Undo: {step} (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Tugaskan kasus</source>
        <translation>Assign cases</translation>
    </message>
    <message>
        <source>{n} kasus dipilih: {numbers}</source>
        <translation>{n} cases selected: {numbers}</translation>
    </message>
    <message>
        <source>Kasus baru diambil atas nama orang ini; kasus yang sedang dipegang orang lain berpindah kepadanya. Kasus yang sudah direview atau selesai tidak berubah.</source>
        <translation>New cases are taken on this person&apos;s behalf; cases someone else holds move to them. Cases already reviewed or closed do not change.</translation>
    </message>
    <message>
        <source>&amp;Tugaskan kepada</source>
        <translation>&amp;Assign to</translation>
    </message>
    <message>
        <source>Tugaskan</source>
        <translation>Assign</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Simpan perubahan (Ctrl+S)</source>
        <translation>Save changes (Ctrl+S)</translation>
    </message>
    <message>
        <source>Batalkan perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Kembalikan isian ke data tersimpan</source>
        <translation>Revert the fields to the saved data</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Bukti</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Lembar Sanksi</source>
        <translation>Sanction worksheet</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Pilih kasus di daftar, atau buat kasus baru (Ctrl+N).</source>
        <translation>Select a case in the list, or create a new case (Ctrl+N).</translation>
    </message>
    <message>
        <source>Dipegang oleh {name} sejak {when}</source>
        <translation>Held by {name} since {when}</translation>
    </message>
    <message>
        <source>Dipegang oleh {name}</source>
        <translation>Assigned to {name}</translation>
    </message>
    <message>
        <source>Belum diambil siapa pun</source>
        <translation>Not taken by anyone yet</translation>
    </message>
    <message>
        <source>diubah {when}</source>
        <translation>updated {when}</translation>
    </message>
    <message numerus="yes">
        <source>tenggat {date}, lewat %n hari</source>
        <translation>
            <numerusform>due {date}, %n day overdue</numerusform>
            <numerusform>due {date}, %n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tenggat {date}, %n hari lagi</source>
        <translation>
            <numerusform>due {date}, %n day left</numerusform>
            <numerusform>due {date}, %n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Identitas pelapor diubah di komputer lain dan disembunyikan lagi; suntingan Anda padanya tidak diterapkan. Tampilkan lagi, lalu salin bila masih perlu:</source>
        <translation>The reporter&apos;s identity was changed on another PC and is hidden again; your edits to it were not applied. Show it again, then copy them if still needed:</translation>
    </message>
    <message>
        <source>Folder bersama tidak terjangkau</source>
        <translation>Shared folder out of reach</translation>
    </message>
    <message>
        <source>Kasus tidak dapat diambil</source>
        <translation>Case cannot be claimed</translation>
    </message>
    <message>
        <source>Nomor sementara ·</source>
        <translation>Provisional number ·</translation>
    </message>
    <message>
        <source>Hanya baca: kasus ini sedang dipegang oleh {name}</source>
        <translation>Read-only: this case is held by {name}</translation>
    </message>
    <message>
        <source>Hanya baca: kasus berstatus “{status}” ini tidak dapat Anda ubah.</source>
        <translation>Read-only: you cannot edit this case with status “{status}”.</translation>
    </message>
    <message>
        <source>Pengguna lain</source>
        <translation>Another user</translation>
    </message>
    <message>
        <source>Kasus ini sekarang tidak dapat Anda ubah, jadi suntingan Anda tidak diterapkan. Salin bila masih perlu:</source>
        <translation>You can no longer edit this case, so your edits were not applied. Copy them if you still need them:</translation>
    </message>
    <message>
        <source>Suntingan Anda ({fields}) diterapkan di atas data terbaru. {overlap} juga diubah di komputer lain: nilai Anda yang akan disimpan, jadi periksa dulu.</source>
        <translation>Your edits ({fields}) were applied on top of the latest data. {overlap} was also changed on another PC: your value is the one that will be saved, so check it first.</translation>
    </message>
    <message>
        <source>Suntingan Anda ({fields}) diterapkan di atas data terbaru. Periksa, lalu simpan (Ctrl+S).</source>
        <translation>Your edits ({fields}) were applied on top of the latest data. Check them, then save (Ctrl+S).</translation>
    </message>
    <message>
        <source>Langkah berikutnya: {step}</source>
        <translation>Next step: {step}</translation>
    </message>
    <message>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Kasus {number} memiliki perubahan yang belum disimpan. Simpan sekarang?</source>
        <translation>Case {number} has unsaved changes. Save them now?</translation>
    </message>
    <message>
        <source>Alasan atau catatan untuk “{step}” (wajib):</source>
        <translation>Reason or note for “{step}” (required):</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Kasus</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>mis. Bawaslu, SP4N-LAPOR!</source>
        <translation>e.g. Bawaslu, SP4N-LAPOR!</translation>
    </message>
    <message>
        <source>— pilih —</source>
        <translation>— select —</translation>
    </message>
    <message>
        <source>Satu tautan per baris, diawali https://</source>
        <translation>One link per line, starting with https://</translation>
    </message>
    <message>
        <source>Sarankan</source>
        <translation>Suggest</translation>
    </message>
    <message>
        <source>Sarankan tahapan dari kalender pemilihan dan tanggal perbuatan</source>
        <translation>Suggest the stage from the election calendar and the incident date</translation>
    </message>
    <message>
        <source>Apa yang dilakukan, di mana, kapan.</source>
        <translation>What was done, where and when.</translation>
    </message>
    <message>
        <source>ASN terlapor</source>
        <translation>Reported civil servant</translation>
    </message>
    <message>
        <source>Pelapor (rahasia)</source>
        <translation>Reporter (confidential)</translation>
    </message>
    <message>
        <source>16 digit, boleh kosong</source>
        <translation>16 digits, optional</translation>
    </message>
    <message>
        <source>Tenggat penanganan: {date} ({days} hari sejak perbuatan diketahui)</source>
        <translation>Handling deadline: {date} ({days} days from when the act became known)</translation>
    </message>
    <message>
        <source>sudah lewat {n} hari</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <source>{n} hari lagi</source>
        <translation>{n} days left</translation>
    </message>
    <message>
        <source>Akun ini tercatat milik</source>
        <translation>This account is recorded as belonging to</translation>
    </message>
    <message>
        <source>Akun dikenal:</source>
        <translation>Known accounts:</translation>
    </message>
    <message>
        <source>Kasus lain untuk ASN atau akun ini ({n}):</source>
        <translation>Other cases for this civil servant or account ({n}):</translation>
    </message>
    <message>
        <source>Isi tanggal perbuatan dulu untuk saran tahapan.</source>
        <translation>Enter the incident date first to get a stage suggestion.</translation>
    </message>
    <message>
        <source>Kalender: tanggal ini di luar tahapan pemilihan yang tercatat.</source>
        <translation>Calendar: this date is outside the recorded election stages.</translation>
    </message>
    <message>
        <source>Kalender: {stage} — {election} (penetapan calon {date}).</source>
        <translation>Calendar: {stage} — {election} (candidates designated {date}).</translation>
    </message>
    <message>
        <source>Tanggal kalender belum diverifikasi dengan keputusan KPU.</source>
        <translation>The calendar dates have not been verified against the KPU decree.</translation>
    </message>
    <message>
        <source>NI PPPK 18 digit (susunannya tidak diperiksa).</source>
        <translation>NI PPPK, 18 digits (its structure is not checked).</translation>
    </message>
    <message>
        <source>Lahir {birth} · diangkat {appointment} · {sex} · urutan {seq}</source>
        <translation>Born {birth} · appointed {appointment} · {sex} · sequence {seq}</translation>
    </message>
    <message>
        <source>laki-laki</source>
        <translation>male</translation>
    </message>
    <message>
        <source>perempuan</source>
        <translation>female</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>Hapus saringan</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Tampilkan semua kasus lagi</source>
        <translation>Show all cases again</translation>
    </message>
    <message>
        <source>Klik untuk mengurutkan; klik kanan untuk memilih kolom</source>
        <translation>Click to sort; right-click to choose columns</translation>
    </message>
    <message>
        <source>Simpan tampilan</source>
        <translation>Save view</translation>
    </message>
    <message>
        <source>Nama tampilan (saringan dan urutan sekarang disimpan untuk akun Anda):</source>
        <translation>View name (the current filters and order are saved for your account):</translation>
    </message>
    <message>
        <source>Hapus tampilan</source>
        <translation>Delete view</translation>
    </message>
    <message>
        <source>Hapus tampilan “{name}”? Kasusnya tidak terpengaruh.</source>
        <translation>Delete the view “{name}”? Its cases are not affected.</translation>
    </message>
    <message>
        <source>{n} kasus</source>
        <translation>Cases: {n}</translation>
    </message>
    <message>
        <source>Tidak ada kasus yang cocok dengan “{text}”.</source>
        <translation>No case matches “{text}”.</translation>
    </message>
    <message>
        <source>Tidak ada kasus yang cocok dengan saringan.</source>
        <translation>No cases match the filter.</translation>
    </message>
    <message>
        <source>Belum ada kasus. Buat kasus baru dengan Ctrl+N.</source>
        <translation>No cases yet. Create a new case with Ctrl+N.</translation>
    </message>
</context>
<context>
    <name>CaseSummaryDoc</name>
    <message>
        <source>Ringkasan Kasus {number}</source>
        <translation>Case Summary {number}</translation>
    </message>
    <message>
        <source>gambar bukti {n} tidak dapat dicetak</source>
        <translation>evidence image {n} could not be printed</translation>
    </message>
    <message>
        <source>RINGKASAN KASUS</source>
        <translation>CASE SUMMARY</translation>
    </message>
    <message>
        <source>Dugaan pelanggaran netralitas ASN · Nomor {number}</source>
        <translation>Alleged breach of ASN neutrality · Number {number}</translation>
    </message>
    <message>
        <source>Ringkasan ini belum lengkap: {items}.</source>
        <translation>This summary is incomplete: {items}.</translation>
    </message>
    <message>
        <source>Data kasus</source>
        <translation>Case details</translation>
    </message>
    <message>
        <source>Nomor kasus</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tanggal diterima</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Pemegang kasus</source>
        <translation>Case holder</translation>
    </message>
    <message>
        <source>Diajukan untuk review oleh</source>
        <translation>Submitted for review by</translation>
    </message>
    <message>
        <source>ASN terlapor</source>
        <translation>Reported ASN</translation>
    </message>
    <message>
        <source>ASN terlapor belum dikenali.</source>
        <translation>The reported ASN has not been identified yet.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Jenis kepegawaian</source>
        <translation>Employment type</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Pangkat/golongan</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Perbuatan yang dilaporkan</source>
        <translation>Reported act</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Tautan unggahan</source>
        <translation>Post link</translation>
    </message>
    <message>
        <source>Tanggal perbuatan</source>
        <translation>Date of act</translation>
    </message>
    <message>
        <source>belum diisi</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <source>Tanggal diketahui</source>
        <translation>Date discovered</translation>
    </message>
    <message>
        <source>Tahapan pencalonan</source>
        <translation>Candidacy stage</translation>
    </message>
    <message>
        <source>Uraian:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Bukti ({n})</source>
        <translation>Evidence ({n})</translation>
    </message>
    <message>
        <source>Belum ada bukti pada kasus ini.</source>
        <translation>This case has no evidence yet.</translation>
    </message>
    <message>
        <source>Gambar dicetak sebagai rendisi: anotasi digambar dan bagian yang disamarkan sudah dihitamkan. SHA-256 berkas asli menunjukkan berkas yang disimpan; SHA-256 rendisi menunjukkan gambar yang dicetak.</source>
        <translation>Images are printed as renditions: annotations are drawn and redacted areas are blacked out. The original file&apos;s SHA-256 identifies the stored file; the rendition&apos;s SHA-256 identifies the printed image.</translation>
    </message>
    <message>
        <source>Bukti {n}</source>
        <translation>Evidence {n}</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Diambil</source>
        <translation>Captured</translation>
    </message>
    <message>
        <source>{when} oleh {name}</source>
        <translation>{when} by {name}</translation>
    </message>
    <message>
        <source>Tautan</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Platform / akun</source>
        <translation>Platform / account</translation>
    </message>
    <message>
        <source>Diunggah</source>
        <translation>Posted</translation>
    </message>
    <message>
        <source>SHA-256 berkas asli:</source>
        <translation>SHA-256 of original file:</translation>
    </message>
    <message>
        <source>Bukti ini bukan gambar; berkasnya tersimpan dan tidak dicetak.</source>
        <translation>This evidence is not an image; its file is stored but not printed.</translation>
    </message>
    <message>
        <source>Gambar bukti tidak tersedia di komputer ini.</source>
        <translation>The evidence image is not available on this computer.</translation>
    </message>
    <message>
        <source>SHA-256 rendisi yang dicetak:</source>
        <translation>SHA-256 of printed rendition:</translation>
    </message>
    <message>
        <source>{n} bagian disamarkan sebelum dicetak.</source>
        <translation>{n} areas redacted before printing.</translation>
    </message>
    <message>
        <source>Rendisi ini belum tercatat pada bukti.</source>
        <translation>This rendition is not yet recorded on the evidence.</translation>
    </message>
    <message>
        <source>Lembar sanksi</source>
        <translation>Sanction worksheet</translation>
    </message>
    <message>
        <source>Lembar sanksi belum diisi.</source>
        <translation>The sanction worksheet has not been filled in yet.</translation>
    </message>
    <message>
        <source>Perbuatan</source>
        <translation>Act</translation>
    </message>
    <message>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Aturan yang berlaku</source>
        <translation>Applicable rules</translation>
    </message>
    <message>
        <source>pada {date}: {regime}</source>
        <translation>on {date}: {regime}</translation>
    </message>
    <message>
        <source>belum dapat ditentukan</source>
        <translation>cannot be determined yet</translation>
    </message>
    <message>
        <source>Tingkat hasil hitungan</source>
        <translation>Calculated level</translation>
    </message>
    <message>
        <source>Tingkat diusulkan</source>
        <translation>Proposed level</translation>
    </message>
    <message>
        <source>Alasan tingkat</source>
        <translation>Reason for level</translation>
    </message>
    <message>
        <source>Sanksi diusulkan</source>
        <translation>Proposed sanction</translation>
    </message>
    <message>
        <source>belum dipilih</source>
        <translation>not chosen yet</translation>
    </message>
    <message>
        <source>Alasan usulan</source>
        <translation>Reason for proposal</translation>
    </message>
    <message>
        <source>belum ditulis</source>
        <translation>not written yet</translation>
    </message>
    <message>
        <source>Dasar hukum:</source>
        <translation>Legal basis:</translation>
    </message>
    <message>
        <source>Keputusan review</source>
        <translation>Review decision</translation>
    </message>
    <message>
        <source>Belum ada keputusan review.</source>
        <translation>No review decision yet.</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Peninjau</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Keputusan sebelumnya:</source>
        <translation>Previous decision:</translation>
    </message>
    <message>
        <source>Penerusan kepada PPK</source>
        <translation>Referral to the PPK</translation>
    </message>
    <message>
        <source>Nomor surat</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <source>(sementara)</source>
        <translation>(provisional)</translation>
    </message>
    <message>
        <source>Tanggal surat</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <source>Kepada</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Batas tindak lanjut</source>
        <translation>Follow-up deadline</translation>
    </message>
    <message>
        <source>keputusan {number} tanggal {date}</source>
        <translation>decision {number} dated {date}</translation>
    </message>
    <message>
        <source>Tindak lanjut PPK</source>
        <translation>PPK follow-up</translation>
    </message>
    <message>
        <source>Sanksi dijatuhkan</source>
        <translation>Sanction imposed</translation>
    </message>
    <message>
        <source>Riwayat kasus</source>
        <translation>Case history</translation>
    </message>
    <message>
        <source>{n} langkah terdahulu tidak dicetak; lihat riwayat lengkap di aplikasi.</source>
        <translation>{n} earlier steps not printed; see the full history in the app.</translation>
    </message>
    <message>
        <source>Menjadi</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ASN terlapor</source>
        <translation>Reported civil servant</translation>
    </message>
    <message>
        <source>(belum diidentifikasi)</source>
        <translation>(not yet identified)</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Pelanggaran</source>
        <translation>Violation</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Tgl perbuatan</source>
        <translation>Incident date</translation>
    </message>
    <message>
        <source>Tenggat</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Dipegang</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Diubah</source>
        <translation>Updated</translation>
    </message>
    <message numerus="yes">
        <source>lewat %n hari</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>hari ini</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <source>%n hari lagi</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hari</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Dipegang {name} sejak {when}</source>
        <translation>Held by {name} since {when}</translation>
    </message>
    <message>
        <source>Tahap {stage}: tenggat {date}</source>
        <translation>Stage {stage}: due {date}</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Katalog lembar sanksi</source>
        <translation>Sanction worksheet catalogue</translation>
    </message>
    <message>
        <source>Satu dasar hukum per baris</source>
        <translation>One legal basis per line</translation>
    </message>
    <message>
        <source>Sudah dicocokkan dengan naskah resmi</source>
        <translation>Checked against the official text</translation>
    </message>
    <message>
        <source>Teks (Indonesia)</source>
        <translation>Text (Indonesian)</translation>
    </message>
    <message>
        <source>Teks (Inggris)</source>
        <translation>Text (English)</translation>
    </message>
    <message>
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Dasar hukum</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Terapkan ke butir</source>
        <translation>Apply to item</translation>
    </message>
    <message>
        <source>Aturan ini sudah diverifikasi</source>
        <translation>These rules have been verified</translation>
    </message>
    <message>
        <source>Tambah aturan…</source>
        <translation>Add regime…</translation>
    </message>
    <message>
        <source>Impor berkas…</source>
        <translation>Import file…</translation>
    </message>
    <message>
        <source>Riwayat versi…</source>
        <translation>Version history…</translation>
    </message>
    <message>
        <source>Simpan versi baru…</source>
        <translation>Save new version…</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Berlaku mulai {date}. Sumber: {sources}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;Effective from {date}. Sources: {sources}</translation>
    </message>
    <message>
        <source>Versi {version}: {n} entri belum diverifikasi.</source>
        <translation>Version {version}: {n} entries not yet verified.</translation>
    </message>
    <message>
        <source>{n} pemetaan bertentangan: supervisor memilih butirnya di lembar sanksi.</source>
        <translation>{n} conflicting mappings: the supervisor chooses the item in the sanction worksheet.</translation>
    </message>
    <message>
        <source>Ada perubahan yang belum disimpan.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <source>Impor katalog</source>
        <translation>Import catalogue</translation>
    </message>
    <message>
        <source>Katalog JSON (*.json)</source>
        <translation>JSON catalogue (*.json)</translation>
    </message>
    <message>
        <source>Catatan perubahan (wajib):</source>
        <translation>Change note (required):</translation>
    </message>
    <message>
        <source>Katalog tidak diimpor</source>
        <translation>Catalogue not imported</translation>
    </message>
    <message>
        <source>Katalog diimpor</source>
        <translation>Catalogue imported</translation>
    </message>
    <message>
        <source>Versi {version} kini berlaku untuk semua komputer setelah tersinkron.</source>
        <translation>Version {version} now applies to every PC once synced.</translation>
    </message>
    <message>
        <source>Simpan katalog</source>
        <translation>Save catalogue</translation>
    </message>
    <message>
        <source>Catatan perubahan (wajib): apa yang dikoreksi dan dasarnya.</source>
        <translation>Change note (required): what was corrected and on what basis.</translation>
    </message>
    <message>
        <source>Katalog tidak disimpan</source>
        <translation>Catalogue not saved</translation>
    </message>
    <message>
        <source>Versi {version} disimpan; berlaku di semua komputer setelah tersinkron.</source>
        <translation>Version {version} saved; it applies on every PC once synced.</translation>
    </message>
    <message>
        <source>Riwayat versi katalog</source>
        <translation>Catalogue version history</translation>
    </message>
    <message>
        <source>Versi {version} · {when} · {who}: {note}</source>
        <translation>Version {version} · {when} · {who}: {note}</translation>
    </message>
    <message>
        <source>Belum ada koreksi; katalog bawaan aplikasi yang berlaku.</source>
        <translation>No corrections yet; the application&apos;s built-in catalogue applies.</translation>
    </message>
    <message>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Koreksi katalog belum disimpan. Buang perubahan?</source>
        <translation>The catalogue corrections have not been saved. Discard the changes?</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Komentar area</source>
        <translation>Region comments</translation>
    </message>
    <message>
        <source>Pilih alat komentar (K), lalu seret kotak di gambar untuk menambah komentar.</source>
        <translation>Choose the comment tool (K), then drag a box on the image to add a comment.</translation>
    </message>
    <message>
        <source>Selesaikan</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Tandai komentar terpilih sudah ditangani</source>
        <translation>Mark the selected comment as dealt with</translation>
    </message>
    <message>
        <source>Buka lagi</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Buka lagi komentar yang sudah diselesaikan</source>
        <translation>Reopen a resolved comment</translation>
    </message>
    <message>
        <source>terbuka</source>
        <translation>open</translation>
    </message>
    <message>
        <source>selesai</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>diselesaikan oleh {name}, {when}</source>
        <translation>resolved by {name}, {when}</translation>
    </message>
    <message>
        <source>Komentar area ({open} terbuka dari {total})</source>
        <translation>Region comments ({open} open of {total})</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>sistem</source>
        <translation>system</translation>
    </message>
    <message>
        <source>Kasus / data</source>
        <translation>Case / record</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Nilai berlaku</source>
        <translation>Value in force</translation>
    </message>
    <message>
        <source>Nilai lain</source>
        <translation>Other value</translation>
    </message>
    <message>
        <source>Orang</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Konflik sinkronisasi</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>Perubahan yang bertabrakan saat sinkronisasi: dua orang mengubah hal yang sama di komputer berbeda. Pilih nilai yang dipakai, atau tulis nilai gabungan. Supervisor dapat menyelesaikan semua konflik.</source>
        <translation>Changes that collided during sync: two people changed the same thing on different PCs. Choose the value to keep, or write a combined one. A supervisor can resolve any conflict.</translation>
    </message>
    <message>
        <source>Tidak ada konflik yang perlu Anda putuskan.</source>
        <translation>There are no conflicts for you to decide.</translation>
    </message>
    <message>
        <source>Buka kasus</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Nilai yang berlaku</source>
        <translation>Value in force</translation>
    </message>
    <message>
        <source>Pertahankan nilai ini</source>
        <translation>Keep this value</translation>
    </message>
    <message>
        <source>Nilai lain</source>
        <translation>Other value</translation>
    </message>
    <message>
        <source>Pakai nilai ini</source>
        <translation>Use this value</translation>
    </message>
    <message>
        <source>Atau tulis nilai lain</source>
        <translation>Or write another value</translation>
    </message>
    <message>
        <source>Pakai nilai tulisan ini</source>
        <translation>Use the value written here</translation>
    </message>
    <message>
        <source>Sudah dibaca, tandai selesai</source>
        <translation>Read; mark as resolved</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>sistem</source>
        <translation>system</translation>
    </message>
    <message>
        <source>Nilai yang berlaku (dari {name})</source>
        <translation>Value in force (from {name})</translation>
    </message>
    <message>
        <source>Nilai dari {name} (belum dipakai)</source>
        <translation>Value from {name} (not applied)</translation>
    </message>
    <message>
        <source>Lebih dulu</source>
        <translation>First</translation>
    </message>
    <message>
        <source>Tidak dijalankan</source>
        <translation>Not carried out</translation>
    </message>
    <message>
        <source>Sejak itu nilainya sudah berubah lagi menjadi: {value}</source>
        <translation>Since then the value has changed again to: {value}</translation>
    </message>
    <message>
        <source>Anda hanya dapat mempertahankan nilai yang berlaku: data ini tidak dapat Anda ubah sekarang. Pemegang kasus atau supervisor dapat memilih nilai lain.</source>
        <translation>You can only keep the value in force: you cannot edit this record now. The case holder or a supervisor can choose another value.</translation>
    </message>
    <message>
        <source>oleh {name}</source>
        <translation>by {name}</translation>
    </message>
    <message>
        <source>oleh {name}, {when}</source>
        <translation>by {name}, {when}</translation>
    </message>
    <message>
        <source>{name} mengubah {field} di dua komputer hampir bersamaan. Perubahan yang sampai lebih dulu sekarang berlaku; yang lain belum dipakai. Pilih nilai yang benar.</source>
        <translation>{name} changed {field} on two PCs at almost the same time. The change that arrived first is in force; the other is not applied. Choose the right value.</translation>
    </message>
    <message>
        <source>{lost} dan {kept} mengubah {field} hampir bersamaan di komputer berbeda. Perubahan {kept} sampai lebih dulu dan sekarang berlaku; perubahan {lost} belum dipakai. Pilih nilai yang benar.</source>
        <translation>{lost} and {kept} changed {field} at almost the same time on different PCs. The change by {kept} arrived first and is in force; the change by {lost} is not applied. Choose the right value.</translation>
    </message>
    <message>
        <source>Perubahan {lost} tidak disimpan karena kasus ini sudah disetujui supervisor saat itu: data kasus, bukti, lembar sanksi dan anotasinya terkunci. Minta supervisor membuka kembali persetujuan bila perubahan masih perlu.</source>
        <translation>{lost}&apos;s change was not saved because the supervisor had already approved this case: its data, evidence, sanction worksheet and markup are locked. Ask the supervisor to reopen the approval if the change is still needed.</translation>
    </message>
    <message>
        <source>Persetujuan {lost} ditolak oleh folder bersama: {lost} ikut menyusun lembar sanksi atau mengirim kasus ini untuk direview (prinsip empat mata). Minta supervisor lain untuk mereviewnya.</source>
        <translation>The shared folder refused the approval by {lost}: {lost} helped prepare the sanction worksheet or sent this case for review (four-eyes principle). Ask another supervisor to review it.</translation>
    </message>
    <message>
        <source>Persetujuan {lost} tidak dijalankan karena {kept} mengubah lembar sanksi di komputer lain sebelum persetujuan itu sampai. Review lagi lembar yang terbaru, lalu setujui bila sudah benar.</source>
        <translation>{lost}&apos;s approval was not applied because {kept} changed the sanction worksheet on another computer before that approval arrived. Review the latest worksheet again, then approve it if it is correct.</translation>
    </message>
    <message>
        <source>Langkah {lost} tidak dijalankan karena kasus ini sudah dipegang {kept} lebih dulu. Tidak ada nilai yang perlu dipilih; tandai selesai setelah dibaca.</source>
        <translation>The step by {lost} was not carried out because {kept} had already taken this case. There is no value to choose; mark it resolved once read.</translation>
    </message>
    <message>
        <source>Langkah {lost} tidak dijalankan karena kasus ini sudah dikembalikan ke antrean: klaimnya habis masa berlakunya saat komputernya tidak tersambung. Ambil lagi kasusnya bila masih perlu.</source>
        <translation>The step by {lost} was not carried out because this case had gone back to the queue: the claim expired while that PC was not connected. Claim the case again if still needed.</translation>
    </message>
    <message>
        <source>Langkah {lost} tidak dijalankan karena {kept} sudah memindahkan kasus ini lebih dulu. Tidak ada nilai yang perlu dipilih; ulangi langkahnya bila masih perlu.</source>
        <translation>The step by {lost} was not carried out because {kept} had already moved this case. There is no value to choose; repeat the step if still needed.</translation>
    </message>
    <message>
        <source>Perubahan {lost} tidak disimpan karena datanya sudah dihapus di komputer lain.</source>
        <translation>The change by {lost} was not saved because the record had been deleted on another PC.</translation>
    </message>
    <message>
        <source>Perubahan {lost} ditolak oleh folder bersama ({detail}), misalnya karena nama pengguna sudah dipakai. Ulangi dengan data lain bila masih perlu.</source>
        <translation>The change by {lost} was refused by the shared folder ({detail}), for example because the user name was already taken. Repeat it with other data if still needed.</translation>
    </message>
    <message>
        <source>Konflik diselesaikan.</source>
        <translation>Conflict resolved.</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Beban kerja: kasus yang dipegang</source>
        <translation>Workload: cases in hand</translation>
    </message>
    <message>
        <source>Beban kerja Anda: kasus yang dipegang</source>
        <translation>Your workload: cases in hand</translation>
    </message>
    <message>
        <source>Dipegang</source>
        <translation>In hand</translation>
    </message>
    <message>
        <source>Lewat tenggat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Kasus per status</source>
        <translation>Cases by status</translation>
    </message>
    <message>
        <source>Kasus per instansi</source>
        <translation>Cases by agency</translation>
    </message>
    <message>
        <source>Tingkat pelanggaran (lembar sanksi)</source>
        <translation>Violation level (sanction worksheet)</translation>
    </message>
    <message>
        <source>Kasus per platform</source>
        <translation>Cases by platform</translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Jumlah kasus: {total} · sedang dipegang: {held} · lewat tenggat: {late} · tindak lanjut PPK lewat tenggat: {followups}</source>
        <translation>Cases: {total} · in hand: {held} · overdue: {late} · PPK follow-ups overdue: {followups}</translation>
    </message>
    <message>
        <source>Tenggat per tahap</source>
        <translation>Deadlines by stage</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Tenggat (hari)</source>
        <translation>Deadline (days)</translation>
    </message>
    <message>
        <source>Dalam tahap</source>
        <translation>In stage</translation>
    </message>
    <message>
        <source>Lewat tenggat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Kasus per status</source>
        <translation>Cases by status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Beban kerja (kasus dipegang)</source>
        <translation>Workload (cases in hand)</translation>
    </message>
    <message>
        <source>Beban kerja Anda (kasus dipegang)</source>
        <translation>Your workload (cases in hand)</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Dipegang</source>
        <translation>In hand</translation>
    </message>
    <message>
        <source>Tertua (hari)</source>
        <translation>Oldest (days)</translation>
    </message>
    <message>
        <source>Median umur (hari)</source>
        <translation>Median age (days)</translation>
    </message>
    <message>
        <source>(nonaktif)</source>
        <translation>(inactive)</translation>
    </message>
    <message>
        <source>Umur kasus dihitung sejak tanggal laporan diterima.</source>
        <translation>A case&apos;s age counts from the day the report was received.</translation>
    </message>
    <message>
        <source>Tindak lanjut PPK lewat tenggat ({n})</source>
        <translation>PPK follow-ups past their deadline ({n})</translation>
    </message>
    <message>
        <source>Tidak ada.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Dasbor Pemantauan Netralitas ASN</source>
        <translation>ASN Neutrality Monitoring Dashboard</translation>
    </message>
    <message>
        <source>Kasus diterima: {range} · keadaan per {today} · dicetak {printed}</source>
        <translation>Cases received: {range} · as of {today} · printed {printed}</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Kasus yang diterima sejak tanggal ini (kosong: semua)</source>
        <translation>Cases received from this date (empty: all)</translation>
    </message>
    <message>
        <source>Kasus yang diterima sampai tanggal ini (kosong: semua)</source>
        <translation>Cases received up to this date (empty: all)</translation>
    </message>
    <message>
        <source>Semua waktu</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>F4 (215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Simpan &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Diterima dari</source>
        <translation>Received from</translation>
    </message>
    <message>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Kertas</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>kasus</source>
        <translation>cases</translation>
    </message>
    <message>
        <source>sedang dipegang</source>
        <translation>in hand</translation>
    </message>
    <message>
        <source>lewat tenggat (semua tahap)</source>
        <translation>past deadline (all stages)</translation>
    </message>
    <message>
        <source>tindak lanjut PPK lewat tenggat</source>
        <translation>PPK follow-up past deadline</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Tenggat</source>
        <translation>Deadline</translation>
    </message>
    <message numerus="yes">
        <source>%n hari</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Dalam tahap</source>
        <translation>In stage</translation>
    </message>
    <message>
        <source>Lewat tenggat</source>
        <translation>Past deadline</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Dipegang</source>
        <translation>In hand</translation>
    </message>
    <message>
        <source>Tertua (hari)</source>
        <translation>Oldest (days)</translation>
    </message>
    <message>
        <source>Median umur (hari)</source>
        <translation>Median age (days)</translation>
    </message>
    <message>
        <source>Tenggat per tahap</source>
        <translation>Deadlines per stage</translation>
    </message>
    <message>
        <source>Umur kasus dihitung sejak tanggal laporan diterima; “dipegang”: kasus berstatus Diverifikasi, Dinilai atau Dikembalikan.</source>
        <translation>Case age is counted from the date the report was received; “in hand”: cases with status Verified, Assessed or Returned.</translation>
    </message>
    <message>
        <source>Nomor kasus</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>ASN</source>
        <translation>ASN</translation>
    </message>
    <message>
        <source>Tujuan surat</source>
        <translation>Letter addressee</translation>
    </message>
    <message>
        <source>Batas</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Lewat (hari)</source>
        <translation>Overdue (days)</translation>
    </message>
    <message>
        <source>Eskalasi</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <source>sudah</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>belum</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Klik dua kali untuk membuka kasus</source>
        <translation>Double-click to open the case</translation>
    </message>
    <message>
        <source>Surat penerusan yang batas tindak lanjutnya sudah lewat tanpa tindak lanjut tercatat. Klik dua kali (atau Enter) untuk membuka kasusnya.</source>
        <translation>Referral letters whose follow-up deadline has passed with no follow-up recorded. Double-click (or press Enter) to open the case.</translation>
    </message>
    <message>
        <source>Grafik</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Tenggat dan beban kerja</source>
        <translation>Deadlines and workload</translation>
    </message>
    <message>
        <source>Tindak lanjut lewat tenggat</source>
        <translation>Follow-ups past deadline</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{name} (nonaktif)</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message>
        <source>sedang Anda pegang</source>
        <translation>in your hands</translation>
    </message>
    <message>
        <source>Beban kerja (kasus dipegang)</source>
        <translation>Workload (cases in hand)</translation>
    </message>
    <message>
        <source>Beban kerja Anda (kasus dipegang)</source>
        <translation>Your workload (cases in hand)</translation>
    </message>
    <message numerus="yes">
        <source>Tindak lanjut lewat tenggat (%n)</source>
        <translation>
            <numerusform>Follow-ups past deadline (%n)</numerusform>
            <numerusform>Follow-ups past deadline (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Kasus diterima: {range} · keadaan per {today} · dimuat {time}</source>
        <translation>Cases received: {range} · status as of {today} · loaded {time}</translation>
    </message>
    <message>
        <source>Cetak dasbor</source>
        <translation>Print dashboard</translation>
    </message>
    <message>
        <source>PDF disimpan ke {path}.</source>
        <translation>PDF saved to {path}.</translation>
    </message>
    <message>
        <source>PDF tidak dapat disimpan ke {path}: {reason}</source>
        <translation>PDF could not be saved to {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>DeadlinesDialog</name>
    <message>
        <source>Tenggat per tahap</source>
        <translation>Deadlines per stage</translation>
    </message>
    <message>
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <source>sejak perbuatan diketahui (atau laporan diterima)</source>
        <translation>from when the act became known (or the report was received)</translation>
    </message>
    <message>
        <source>sejak kasus masuk tahap ini</source>
        <translation>from when the case entered this stage</translation>
    </message>
    <message>
        <source>Tenggat dihitung dalam hari kalender. Perubahan berlaku untuk semua komputer kantor setelah tersinkron.</source>
        <translation>Deadlines count calendar days. Changes apply to every office PC once synced.</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Mungkin duplikat</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>Laporan ini mirip kasus yang sudah tercatat. Gabungkan (tautan, bukti dan uraiannya ditambahkan ke kasus itu), tautkan (kasus baru yang ditandai duplikat), atau tetap buat kasus baru?</source>
        <translation>This report resembles a case that is already recorded. Merge (its link, evidence and description are added to that case), link (a new case marked as a duplicate), or create a new case anyway?</translation>
    </message>
    <message>
        <source>Gabungkan</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Tautkan</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Tetap buat kasus baru</source>
        <translation>Create new case anyway</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EndpointDialog</name>
    <message>
        <source>Pengaturan endpoint impor</source>
        <translation>Import endpoint settings</translation>
    </message>
    <message>
        <source>boleh kosong</source>
        <translation>may be left empty</translation>
    </message>
    <message>
        <source>Laporan diambil dari alamat ini hanya saat Anda memintanya. Token dikirim sebagai header Authorization: Bearer, hanya ke alamat ini.</source>
        <translation>Reports are fetched from this address only when you request it. The token is sent as an Authorization: Bearer header, and only to this address.</translation>
    </message>
    <message>
        <source>Alamat (URL):</source>
        <translation>Address (URL):</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EvidenceMetadata</name>
    <message>
        <source>pelapor</source>
        <translation>reporter</translation>
    </message>
    <message>
        <source>patroli monitor</source>
        <translation>monitor patrol</translation>
    </message>
    <message>
        <source>tautan</source>
        <translation>link</translation>
    </message>
    <message>
        <source>Dari mana bukti ini: pelapor, patroli monitor, atau tautan</source>
        <translation>Where this evidence came from: reporter, monitor patrol or link</translation>
    </message>
    <message>
        <source>mis. @nama_akun</source>
        <translation>e.g. @account_name</translation>
    </message>
    <message>
        <source>seperti terlihat, mis. 12/02/2024 20.15</source>
        <translation>as shown, e.g. 12/02/2024 20.15</translation>
    </message>
    <message>
        <source>Simpan keterangan</source>
        <translation>Save details</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Waktu unggah</source>
        <translation>Posted at</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Ditangkap</source>
        <translation>Captured</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Tautan</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>{when} oleh {name}</source>
        <translation>{when} by {name}</translation>
    </message>
    <message>
        <source>dialihkan ke {url}</source>
        <translation>redirected to {url}</translation>
    </message>
    <message>
        <source>HTTP {status} · {type} · diambil {when}</source>
        <translation>HTTP {status} · {type} · fetched {when}</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <source>Tambah berkas…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Tambahkan satu atau beberapa berkas; bisa juga diseret ke sini</source>
        <translation>Add one or more files; you can also drag them here</translation>
    </message>
    <message>
        <source>Tempel</source>
        <translation>Paste</translation>
    </message>
    <message>
        <source>Tambahkan gambar dari papan klip (Ctrl+Shift+V)</source>
        <translation>Add an image from the clipboard (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Tangkap URL…</source>
        <translation>Capture URL…</translation>
    </message>
    <message>
        <source>Ambil halaman atau gambar dari alamat web</source>
        <translation>Fetch a page or image from a web address</translation>
    </message>
    <message>
        <source>Cek ulang tautan</source>
        <translation>Recheck link</translation>
    </message>
    <message>
        <source>Periksa apakah tautan bukti terpilih masih ada dan isinya sama</source>
        <translation>Check whether the selected evidence link still exists and its content is unchanged</translation>
    </message>
    <message>
        <source>Ekspor rendisi…</source>
        <translation>Export rendition…</translation>
    </message>
    <message>
        <source>Simpan PNG dengan anotasi dan sensor yang dibakar ke gambar</source>
        <translation>Save a PNG with the annotations and redactions burned into the image</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Komentar</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>ditangkap {when}</source>
        <translation>captured {when}</translation>
    </message>
    <message>
        <source>Belum ada bukti pada kasus ini.
Tambahkan berkas (atau seret ke sini), tempel tangkapan layar (Ctrl+Shift+V), atau tangkap URL.</source>
        <translation>This case has no evidence yet.
Add files (or drag them here), paste a screenshot (Ctrl+Shift+V) or capture a URL.</translation>
    </message>
    <message>
        <source>Pilih kasus untuk melihat buktinya.</source>
        <translation>Select a case to see its evidence.</translation>
    </message>
    <message>
        <source>(tanpa nama)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>{name} bukan gambar ({type}); berkas disimpan apa adanya dan tidak ditampilkan di sini.</source>
        <translation>{name} is not an image ({type}); the file is stored as is and not shown here.</translation>
    </message>
    <message>
        <source>Berkas bukti tidak tersedia di komputer ini.</source>
        <translation>The evidence file is not available on this computer.</translation>
    </message>
    <message>
        <source>Memuat gambar penuh…</source>
        <translation>Loading full image…</translation>
    </message>
    <message>
        <source>{w} × {h} piksel</source>
        <translation>{w} × {h} pixels</translation>
    </message>
    <message>
        <source>Anotasi belum tersimpan: {reason}</source>
        <translation>Annotations not saved: {reason}</translation>
    </message>
    <message>
        <source>Anotasi tersimpan.</source>
        <translation>Annotations saved.</translation>
    </message>
    <message>
        <source>Anotasi belum tersimpan</source>
        <translation>Annotations not saved</translation>
    </message>
    <message>
        <source>Teks keterangan</source>
        <translation>Callout text</translation>
    </message>
    <message>
        <source>Teks:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Komentar area</source>
        <translation>Region comment</translation>
    </message>
    <message>
        <source>Komentar untuk area yang ditandai:</source>
        <translation>Comment on the marked region:</translation>
    </message>
    <message>
        <source>Tambah berkas bukti</source>
        <translation>Add evidence files</translation>
    </message>
    <message>
        <source>Gambar dan dokumen (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff *.pdf *.html *.htm);;Semua berkas (*)</source>
        <translation>Images and documents (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff *.pdf *.html *.htm);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n berkas tidak ditambahkan:</source>
        <translation>
            <numerusform>%n file was not added:</numerusform>
            <numerusform>%n files were not added:</numerusform>
        </translation>
    </message>
    <message>
        <source>Bukti ditolak</source>
        <translation>Evidence rejected</translation>
    </message>
    <message>
        <source>Papan klip tidak berisi gambar. Salin tangkapan layar terlebih dahulu.</source>
        <translation>The clipboard does not contain an image. Copy a screenshot first.</translation>
    </message>
    <message>
        <source>Memeriksa tautan {url} …</source>
        <translation>Checking link {url} …</translation>
    </message>
    <message>
        <source>Tautan masih ada dan isinya sama.</source>
        <translation>The link still exists and its content is unchanged.</translation>
    </message>
    <message>
        <source>Tautan masih ada, tetapi isinya BERUBAH sejak ditangkap.</source>
        <translation>The link still exists, but its content has CHANGED since it was captured.</translation>
    </message>
    <message>
        <source>Tautan sudah tidak ada (dihapus).</source>
        <translation>The link no longer exists (deleted).</translation>
    </message>
    <message>
        <source>Tautan tidak dapat diperiksa.</source>
        <translation>The link could not be checked.</translation>
    </message>
    <message>
        <source>(HTTP {status})</source>
        <translation>(HTTP {status})</translation>
    </message>
    <message>
        <source>Ekspor rendisi</source>
        <translation>Export rendition</translation>
    </message>
    <message>
        <source>Gambar PNG (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Rendisi tidak tersimpan</source>
        <translation>Rendition not saved</translation>
    </message>
    <message>
        <source>Rendisi tercatat, tetapi tidak dapat ditulis ke {path}: {reason}</source>
        <translation>The rendition was recorded but could not be written to {path}: {reason}</translation>
    </message>
    <message>
        <source>Rendisi disimpan ke {path} dan dicatat pada bukti.</source>
        <translation>Rendition saved to {path} and recorded on the evidence.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Siapkan ASN Monitor</source>
        <translation>Set up ASN Monitor</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>mis. \\server\asn-monitor atau Z:\asn-monitor</source>
        <translation>e.g. \\server\asn-monitor or Z:\asn-monitor</translation>
    </message>
    <message>
        <source>Folder jaringan yang dipakai bersama semua komputer pemantauan di kantor.</source>
        <translation>The network folder shared by every monitoring PC in the office.</translation>
    </message>
    <message>
        <source>mis. Dinas Komunikasi, Informatika dan Statistik Provinsi NTB</source>
        <translation>e.g. Dinas Komunikasi, Informatika dan Statistik Provinsi NTB</translation>
    </message>
    <message>
        <source>Awal nomor kasus, mis. NTB untuk NTB-2024-0042</source>
        <translation>Case number prefix, e.g. NTB for NTB-2024-0042</translation>
    </message>
    <message>
        <source>Folder ruang kerja:</source>
        <translation>Workspace folder:</translation>
    </message>
    <message>
        <source>Folder bersama:</source>
        <translation>Shared folder:</translation>
    </message>
    <message>
        <source>Nama kantor:</source>
        <translation>Office name:</translation>
    </message>
    <message>
        <source>Kode wilayah:</source>
        <translation>Region code:</translation>
    </message>
    <message>
        <source>Nama pengguna supervisor:</source>
        <translation>Supervisor username:</translation>
    </message>
    <message>
        <source>Nama lengkap:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Kata sandi (min. 8):</source>
        <translation>Password (min. 8):</translation>
    </message>
    <message>
        <source>Ulangi kata sandi:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <source>Data kantor disimpan di komputer ini saja. Cocok untuk mencoba atau kantor dengan satu komputer; folder bersama dapat ditambahkan kemudian.</source>
        <translation>The office&apos;s data is kept on this PC only. Suits a trial or a one-PC office; a shared folder can be added later.</translation>
    </message>
    <message>
        <source>Untuk komputer pertama di kantor: data kantor disinkronkan lewat folder bersama, dan komputer lain bergabung ke folder yang sama.</source>
        <translation>For the office&apos;s first PC: the office&apos;s data is synced through the shared folder, and the other PCs join the same folder.</translation>
    </message>
    <message>
        <source>Data dan akun kantor disalin dari folder bersama. Masuk dengan akun yang dibuat supervisor atau admin untuk Anda.</source>
        <translation>The office&apos;s data and accounts are copied from the shared folder. Log in with the account a supervisor or admin made for you.</translation>
    </message>
    <message>
        <source>Buat ruang kerja</source>
        <translation>Create workspace</translation>
    </message>
    <message>
        <source>Menyalin data kantor dari folder bersama…</source>
        <translation>Copying the office&apos;s data from the shared folder…</translation>
    </message>
    <message>
        <source>Gabung ke folder bersama</source>
        <translation>Join the shared folder</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Belum ada ruang kerja di komputer ini. Buat kantor baru, atau gabung ke folder bersama kantor yang sudah dipakai rekan Anda.</source>
        <translation>There is no workspace on this PC yet. Create a new office, or join the shared folder your colleagues already use.</translation>
    </message>
    <message>
        <source>Kantor baru, hanya di komputer ini</source>
        <translation>New office, on this PC only</translation>
    </message>
    <message>
        <source>Kantor baru, dengan folder bersama di jaringan</source>
        <translation>New office, with a shared folder on the network</translation>
    </message>
    <message>
        <source>Gabung ke folder bersama kantor</source>
        <translation>Join the office&apos;s shared folder</translation>
    </message>
    <message>
        <source>Di disk komputer ini (bukan folder jaringan): berisi salinan kerja Anda.</source>
        <translation>On this PC&apos;s own disk (not a network folder): holds your working copy.</translation>
    </message>
    <message>
        <source>Gabung</source>
        <translation>Join</translation>
    </message>
    <message>
        <source>Folder ruang kerja</source>
        <translation>Workspace folder</translation>
    </message>
    <message>
        <source>Folder bersama kantor</source>
        <translation>Office shared folder</translation>
    </message>
    <message>
        <source>Pilih folder bersama kantor.</source>
        <translation>Choose the office&apos;s shared folder.</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <source>Pilih folder ruang kerja.</source>
        <translation>Choose a workspace folder.</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <source>Tindak lanjut PPK — {number}</source>
        <translation>PPK follow-up — {number}</translation>
    </message>
    <message>
        <source>Surat {letter} tanggal {date} kepada {addressee}; PPK: {ppk} ({title}). Batas tindak lanjut {due}.</source>
        <translation>Letter {letter} dated {date} to {addressee}; PPK: {ppk} ({title}). Follow-up due {due}.</translation>
    </message>
    <message>
        <source>mis. hukuman disiplin sedang: pemotongan tunjangan kinerja 25% 6 bulan</source>
        <translation>e.g. moderate disciplinary penalty: 25% cut in performance allowance for 6 months</translation>
    </message>
    <message>
        <source>Hasil:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Tanggal tindak lanjut*:</source>
        <translation>Follow-up date*:</translation>
    </message>
    <message>
        <source>* wajib diisi</source>
        <translation>* required</translation>
    </message>
    <message>
        <source>Catat</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Sanksi dijatuhkan</source>
        <translation>Sanction imposed</translation>
    </message>
    <message>
        <source>Nomor keputusan</source>
        <translation>Decree number</translation>
    </message>
    <message>
        <source>Tanggal keputusan</source>
        <translation>Decree date</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>opsional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>apa yang terjadi, dan dari mana diketahui (surat, telepon, berita)</source>
        <translation>what happened, and how it became known (letter, phone call, news)</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Semula</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Menjadi</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Kasus</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>ASN terlapor</source>
        <translation>Reported civil servant</translation>
    </message>
    <message>
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Bukti</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Akun media sosial</source>
        <translation>Social media account</translation>
    </message>
    <message>
        <source>Akses data pribadi</source>
        <translation>Personal data access</translation>
    </message>
    <message>
        <source>(dibuat)</source>
        <translation>(created)</translation>
    </message>
    <message>
        <source>(dihapus)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>(dilihat)</source>
        <translation>(viewed)</translation>
    </message>
    <message>
        <source>{what}; tujuan: {purpose}</source>
        <translation>{what}; purpose: {purpose}</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>&amp;Laporan masyarakat baru…</source>
        <translation>&amp;New public report…</translation>
    </message>
    <message>
        <source>Impor &amp;laporan…</source>
        <translation>Import &amp;reports…</translation>
    </message>
    <message>
        <source>Impor data &amp;ASN (BKD)…</source>
        <translation>Import &amp;civil servant data (BKD)…</translation>
    </message>
    <message>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Impor laporan masyarakat</source>
        <translation>Import public reports</translation>
    </message>
    <message>
        <source>Impor data ASN (BKD)</source>
        <translation>Import civil servant data (BKD)</translation>
    </message>
    <message>
        <source>Pilih berkas CSV atau JSON (atau ambil dari endpoint kantor). Setiap baris diperiksa dulu; belum ada yang disimpan sampai Anda menekan Impor. Baris bergalat dilewati, baris dengan peringatan tetap diimpor.</source>
        <translation>Choose a CSV or JSON file (or fetch from the office endpoint). Every row is checked first; nothing is saved until you press Import. Rows with errors are skipped; rows with warnings are still imported.</translation>
    </message>
    <message>
        <source>Pilih berkas CSV dari BKD (kolom NIP, nama, instansi, jabatan, pangkat). Data dengan NIP yang sudah ada diperbarui. Belum ada yang disimpan sampai Anda menekan Impor.</source>
        <translation>Choose a CSV file from BKD (columns NIP, name, agency, position, rank). Records whose NIP already exists are updated. Nothing is saved until you press Import.</translation>
    </message>
    <message>
        <source>Berkas .csv / .json, atau alamat https://</source>
        <translation>.csv / .json file, or https:// address</translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Ambil dari endpoint</source>
        <translation>Fetch from endpoint</translation>
    </message>
    <message>
        <source>Pengaturan endpoint…</source>
        <translation>Endpoint settings…</translation>
    </message>
    <message>
        <source>Belum ada berkas yang dibaca.</source>
        <translation>No file has been read yet.</translation>
    </message>
    <message>
        <source>Hanya baris bermasalah</source>
        <translation>Only rows with problems</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>ASN terlapor</source>
        <translation>Reported civil servant</translation>
    </message>
    <message>
        <source>Mirip kasus</source>
        <translation>Similar case</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Masalah</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Pangkat</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Baris yang mirip kasus yang ada:</source>
        <translation>Rows similar to existing cases:</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Pilih berkas impor</source>
        <translation>Choose import file</translation>
    </message>
    <message>
        <source>CSV atau JSON (*.csv *.json *.txt);;Semua berkas (*)</source>
        <translation>CSV or JSON (*.csv *.json *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Membaca {source}…</source>
        <translation>Reading {source}…</translation>
    </message>
    <message>
        <source>Tidak ada yang dibaca.</source>
        <translation>Nothing was read.</translation>
    </message>
    <message>
        <source>Memeriksa baris…</source>
        <translation>Checking rows…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pemeriksaan dibatalkan; tidak ada yang diimpor.</source>
        <translation>Check cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>Galat — dilewati</source>
        <translation>Error — skipped</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Tidak berubah</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Baris {line}:</source>
        <translation>Row {line}:</translation>
    </message>
    <message>
        <source>tanpa masalah</source>
        <translation>no problems</translation>
    </message>
    <message>
        <source>Ikuti pilihan untuk semua baris mirip</source>
        <translation>Apply this choice to all similar rows</translation>
    </message>
    <message>
        <source>(umum)</source>
        <translation>(general)</translation>
    </message>
    <message>
        <source>baris {line}</source>
        <translation>row {line}</translation>
    </message>
    <message>
        <source>{total} baris dibaca dari {source}: {ok} siap, {warnings} dengan peringatan, {duplicates} kemungkinan duplikat, {already} sudah diimpor, {errors} bergalat (dilewati). Belum ada yang disimpan.</source>
        <translation>{total} rows read from {source}: {ok} ready, {warnings} with warnings, {duplicates} possible duplicates, {already} already imported, {errors} with errors (skipped). Nothing has been saved yet.</translation>
    </message>
    <message>
        <source>{total} baris dibaca dari {source}: {new} baru, {update} diperbarui, {same} tidak berubah, {errors} bergalat (dilewati). Belum ada yang disimpan.</source>
        <translation>{total} rows read from {source}: {new} new, {update} updated, {same} unchanged, {errors} with errors (skipped). Nothing has been saved yet.</translation>
    </message>
    <message>
        <source>Hanya supervisor atau admin yang dapat mengimpor daftar ASN.</source>
        <translation>Only a supervisor or admin can import the civil servant list.</translation>
    </message>
    <message>
        <source>Impor {n} baris</source>
        <translation>Import {n} rows</translation>
    </message>
    <message>
        <source>Mengimpor…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Selesai: {created} kasus baru, {linked} tertaut ke kasus yang ada, {merged} digabungkan, {already} sudah diimpor sebelumnya, {declined} duplikat dilewati, {skipped} baris bergalat dilewati.</source>
        <translation>Done: {created} new cases, {linked} linked to existing cases, {merged} merged, {already} already imported earlier, {declined} duplicates skipped, {skipped} rows with errors skipped.</translation>
    </message>
    <message>
        <source>Selesai: {added} ditambahkan, {updated} diperbarui, {unchanged} tidak berubah, {skipped} baris bergalat dilewati.</source>
        <translation>Done: {added} added, {updated} updated, {unchanged} unchanged, {skipped} rows with errors skipped.</translation>
    </message>
    <message>
        <source>Dibatalkan: bagian yang sudah tersimpan tetap ada; impor lagi untuk sisanya.</source>
        <translation>Cancelled: what was already saved remains; import again for the rest.</translation>
    </message>
</context>
<context>
    <name>IntegrityBadge</name>
    <message>
        <source>✓ Hash terverifikasi · SHA-256 {hash}…</source>
        <translation>✓ Hash verified · SHA-256 {hash}…</translation>
    </message>
    <message>
        <source>⚠ Berkas TIDAK cocok dengan hash yang tercatat — bukti ini mungkin telah diubah atau rusak.
Tercatat: {expected}
Ditemukan: {found}</source>
        <translation>⚠ The file does NOT match the recorded hash — this evidence may have been altered or corrupted.
Recorded: {expected}
Found: {found}</translation>
    </message>
    <message>
        <source>berkas tidak ada</source>
        <translation>file missing</translation>
    </message>
</context>
<context>
    <name>LetterDoc</name>
    <message>
        <source>Surat {number}</source>
        <translation>Letter {number}</translation>
    </message>
    <message>
        <source>KONSEP</source>
        <translation>DRAFT</translation>
    </message>
    <message>
        <source>Lampiran surat</source>
        <translation>Letter attachment</translation>
    </message>
    <message>
        <source>Nomor   : {number}</source>
        <translation>Number : {number}</translation>
    </message>
    <message>
        <source>Tanggal : {date}</source>
        <translation>Date   : {date}</translation>
    </message>
    <message>
        <source>KONSEP — nomor surat masih sementara; nomor tetap diberikan saat komputer ini tersinkron dengan folder bersama. Cetak ulang sesudahnya.</source>
        <translation>DRAFT — the letter number is still provisional; the final number is given when this PC syncs with the shared folder. Print again afterwards.</translation>
    </message>
    <message>
        <source>KONSEP — belum diteruskan; nomor surat diberikan saat kasus diteruskan.</source>
        <translation>DRAFT — not yet referred; the letter number is assigned when the case is referred.</translation>
    </message>
    <message>
        <source>(diberikan saat diteruskan)</source>
        <translation>(assigned on referral)</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Sifat</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Lampiran</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Hal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>di</source>
        <translation>in</translation>
    </message>
    <message>
        <source>NIP {nip}</source>
        <translation>NIP {nip}</translation>
    </message>
    <message>
        <source>Tembusan:</source>
        <translation>Copies to:</translation>
    </message>
</context>
<context>
    <name>LetterPatternDialog</name>
    <message>
        <source>Pola nomor surat</source>
        <translation>Letter number pattern</translation>
    </message>
    <message>
        <source>Nomor surat penerusan dibentuk dari pola ini; urutannya dihitung per tahun oleh folder bersama. Bagian yang dikenal: {nomor} (urutan), {nomor:3} (urutan tiga angka, mis. 007), {tahun}, {bulan} (dua angka), {bulan_romawi} (mis. XI).</source>
        <translation>Referral letter numbers are built from this pattern; the sequence is counted per year by the shared folder. Recognized parts: {nomor} (sequence), {nomor:3} (three-digit sequence, e.g. 007), {tahun} (year), {bulan} (two-digit month), {bulan_romawi} (Roman-numeral month, e.g. XI).</translation>
    </message>
    <message>
        <source>Pola:</source>
        <translation>Pattern:</translation>
    </message>
    <message>
        <source>Surat berikutnya:</source>
        <translation>Next letter:</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <source>(jabatan penanda tangan)</source>
        <translation>(signer&apos;s position)</translation>
    </message>
    <message>
        <source>(nama penanda tangan)</source>
        <translation>(signer&apos;s name)</translation>
    </message>
    <message>
        <source>NIP. {nip}</source>
        <translation>NIP. {nip}</translation>
    </message>
    <message>
        <source>NIP. (belum diisi)</source>
        <translation>NIP. (not filled in)</translation>
    </message>
    <message>
        <source>Kop surat dan penanda tangan</source>
        <translation>Letterhead and signer</translation>
    </message>
    <message>
        <source>Kop surat, logo dan penanda tangan dipakai pada semua cetakan kantor (ringkasan kasus, surat penerusan, rekap). Perubahan berlaku di semua PC setelah sinkronisasi.</source>
        <translation>The letterhead, logo and signer are used on all office printouts (case summaries, referral letters, recaps). Changes apply on all PCs after syncing.</translation>
    </message>
    <message>
        <source>satu baris per baris kop, dari atas</source>
        <translation>one line per letterhead line, from the top</translation>
    </message>
    <message>
        <source>kota tempat surat ditandatangani</source>
        <translation>city where letters are signed</translation>
    </message>
    <message>
        <source>nama lengkap dengan gelar</source>
        <translation>full name with titles</translation>
    </message>
    <message>
        <source>misalnya Pembina Utama Muda (IV/c)</source>
        <translation>e.g. Pembina Utama Muda (IV/c)</translation>
    </message>
    <message>
        <source>18 angka, misalnya 19700101 199503 1 001</source>
        <translation>18 digits, e.g. 19700101 199503 1 001</translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Pakai logo bawaan</source>
        <translation>Use default logo</translation>
    </message>
    <message>
        <source>Tanpa logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Baris kop:</source>
        <translation>Letterhead lines:</translation>
    </message>
    <message>
        <source>Alamat:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Tempat surat:</source>
        <translation>Place of letter:</translation>
    </message>
    <message>
        <source>Jabatan:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Nama:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Pangkat/golongan:</source>
        <translation>Rank/grade:</translation>
    </message>
    <message>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <source>Penanda tangan surat:</source>
        <translation>Letter signer:</translation>
    </message>
    <message>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Bagian atas halaman pertama dan blok tanda tangan surat, A4.</source>
        <translation>Top of the first page and the letter&apos;s signature block, A4.</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Hanya supervisor atau admin yang dapat menyimpan perubahan kop surat.</source>
        <translation>Only a supervisor or admin can save changes to the letterhead.</translation>
    </message>
    <message>
        <source>Baris kop ke-{lines} terlalu panjang untuk lebar kertas dan akan terpotong (…) di cetakan: pendekkan, atau bagi menjadi dua baris.</source>
        <translation>Letterhead line {lines} is too long for the paper width and will be cut off (…) in print: shorten it, or split it into two lines.</translation>
    </message>
    <message>
        <source>Tanpa logo: kop surat hanya berisi teks.</source>
        <translation>No logo: the letterhead contains text only.</translation>
    </message>
    <message>
        <source>Logo bawaan aplikasi (lambang umum, bukan lambang daerah).</source>
        <translation>The app&apos;s built-in logo (a generic emblem, not the regional coat of arms).</translation>
    </message>
    <message>
        <source>Logo dari berkas {name} (belum disimpan).</source>
        <translation>Logo from file {name} (not saved yet).</translation>
    </message>
    <message>
        <source>Logo kantor yang tersimpan.</source>
        <translation>The office&apos;s saved logo.</translation>
    </message>
    <message>
        <source>Pilih logo kop surat</source>
        <translation>Choose letterhead logo</translation>
    </message>
    <message>
        <source>Gambar PNG atau JPEG (*.png *.jpg *.jpeg)</source>
        <translation>PNG or JPEG images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Berkas {name} tidak dapat dibaca: {detail}</source>
        <translation>File {name} cannot be read: {detail}</translation>
    </message>
    <message>
        <source>Berkas {name} tidak dapat dibuka sebagai gambar.</source>
        <translation>File {name} cannot be opened as an image.</translation>
    </message>
    <message>
        <source>Logo tidak diganti.</source>
        <translation>Logo not changed.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Masuk — ASN Monitor</source>
        <translation>Sign in — ASN Monitor</translation>
    </message>
    <message>
        <source>ASN Monitor</source>
        <translation>ASN Monitor</translation>
    </message>
    <message>
        <source>Ruang kerja: {path}</source>
        <translation>Workspace: {path}</translation>
    </message>
    <message>
        <source>Nama pengguna:</source>
        <translation>Username:</translation>
    </message>
    <message>
        <source>Kata sandi:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Bahasa:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Isi nama pengguna dan kata sandi.</source>
        <translation>Enter your username and password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ASN Monitor — {office}</source>
        <translation>ASN Monitor — {office}</translation>
    </message>
    <message>
        <source>Kasus &amp;baru…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;Cari</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Ganti &amp;pengguna…</source>
        <translation>Switch &amp;user…</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>Kelola &amp;akun…</source>
        <translation>Manage &amp;accounts…</translation>
    </message>
    <message>
        <source>Ganti &amp;kata sandi…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Periksa keutuhan data</source>
        <translation>&amp;Check data integrity</translation>
    </message>
    <message>
        <source>&amp;Sinkronkan sekarang</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>&amp;Cadangkan folder bersama</source>
        <translation>&amp;Back up the shared folder</translation>
    </message>
    <message>
        <source>Ko&amp;nflik sinkronisasi…</source>
        <translation>Sync co&amp;nflicts…</translation>
    </message>
    <message>
        <source>&amp;Tentang ASN Monitor</source>
        <translation>&amp;About ASN Monitor</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Sunting</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Kasus</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Alat</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Antrean &amp;saya</source>
        <translation>&amp;My queue</translation>
    </message>
    <message>
        <source>Batas &amp;ukuran bukti…</source>
        <translation>Evidence si&amp;ze limit…</translation>
    </message>
    <message>
        <source>&amp;Katalog lembar sanksi…</source>
        <translation>Sanction &amp;worksheet catalogue…</translation>
    </message>
    <message>
        <source>Pem&amp;beritahuan…</source>
        <translation>&amp;Notifications…</translation>
    </message>
    <message>
        <source>&amp;Log akses data pribadi…</source>
        <translation>Personal data &amp;access log…</translation>
    </message>
    <message>
        <source>&amp;Dasbor…</source>
        <translation>&amp;Dashboard…</translation>
    </message>
    <message>
        <source>A&amp;ntrean</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <source>Bant&amp;uan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Alat utama</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>(tidak ada langkah yang tersedia)</source>
        <translation>(no steps available)</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Ruang kerja: {path}</source>
        <translation>Workspace: {path}</translation>
    </message>
    <message>
        <source>Sesi ini tidak tersambung ke folder bersama.</source>
        <translation>This session is not connected to a shared folder.</translation>
    </message>
    <message>
        <source>HANYA BACA: berkas basis data tidak dapat ditulis</source>
        <translation>READ-ONLY: the database file cannot be written</translation>
    </message>
    <message>
        <source>{n} kasus · {held} dipegang Anda</source>
        <translation>Cases: {n} · assigned to you: {held}</translation>
    </message>
    <message>
        <source>Kasus {number} diperbarui dari komputer lain.</source>
        <translation>Case {number} was updated from another PC.</translation>
    </message>
    <message numerus="yes">
        <source>%n pemberitahuan baru</source>
        <translation>
            <numerusform>%n new notification</numerusform>
            <numerusform>%n new notifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pemberitahuan belum dibaca</source>
        <translation>
            <numerusform>%n unread notification</numerusform>
            <numerusform>%n unread notifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Menyinkronkan dengan folder bersama…</source>
        <translation>Syncing with the shared folder…</translation>
    </message>
    <message>
        <source>Kasus {number} dibuat.</source>
        <translation>Case {number} created.</translation>
    </message>
    <message>
        <source>Kasus {number} dibuat; nomor ini sementara sampai kasus tersinkron.</source>
        <translation>Case {number} created; the number is provisional until the case is synced.</translation>
    </message>
    <message>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Kata sandi diganti.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <source>Basis data komputer ini</source>
        <translation>This PC&apos;s database</translation>
    </message>
    <message>
        <source>Periksa keutuhan</source>
        <translation>Integrity check</translation>
    </message>
    <message>
        <source>Basis data sehat: {cases} kasus, {changes} catatan perubahan, rantai utuh.</source>
        <translation>The database is healthy: {cases} cases, {changes} change records, chain intact.</translation>
    </message>
    <message>
        <source>Hub, rantai perubahan dan berkas bukti juga sehat.</source>
        <translation>The hub, the change chains and the evidence files are sound too.</translation>
    </message>
    <message>
        <source>Cadangan gagal</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Cadangan dibuat</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Cadangan hub disimpan di {path} ({size} KB). Pemulihan dilakukan admin dengan “python main.py restore”.</source>
        <translation>The hub backup was saved as {path} ({size} KB). An admin restores it with “python main.py restore”.</translation>
    </message>
    <message>
        <source>Batas ukuran bukti</source>
        <translation>Evidence size limit</translation>
    </message>
    <message>
        <source>Berkas bukti terbesar yang diterima (MB, 1–2048):</source>
        <translation>Largest evidence file accepted (MB, 1–2048):</translation>
    </message>
    <message>
        <source>Batas ukuran bukti kini {mb} MB.</source>
        <translation>The evidence size limit is now {mb} MB.</translation>
    </message>
    <message>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Bahasa berganti saat Anda masuk kembali (Berkas → Ganti pengguna) atau membuka aplikasi lagi.</source>
        <translation>The language changes when you sign in again (File → Switch user) or restart the application.</translation>
    </message>
    <message>
        <source>Tentang ASN Monitor</source>
        <translation>About ASN Monitor</translation>
    </message>
    <message>
        <source>ASN Monitor {version}

Pemantauan netralitas ASN di media sosial: antrean kasus, verifikasi ASN, bukti, lembar sanksi dan review supervisor.</source>
        <translation>ASN Monitor {version}

Monitoring the political neutrality of civil servants (ASN) on social media: case queue, civil-servant verification, evidence, sanction sheets and supervisor review.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>Kasus baru</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Laporan masyarakat baru</source>
        <translation>New public report</translation>
    </message>
    <message>
        <source>Simpan kasus</source>
        <translation>Save case</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Tulis catatan kerja… (Ctrl+Enter untuk menyimpan)</source>
        <translation>Write a work note… (Ctrl+Enter to save)</translation>
    </message>
    <message>
        <source>Tambah catatan</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Simpan catatan (Ctrl+Enter)</source>
        <translation>Save note (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Tutup pemberitahuan</source>
        <translation>Close notice</translation>
    </message>
</context>
<context>
    <name>NotificationsButton</name>
    <message>
        <source>Pemberitahuan</source>
        <translation>Notifications</translation>
    </message>
    <message numerus="yes">
        <source>%n pemberitahuan belum dibaca</source>
        <translation>
            <numerusform>%n unread notification</numerusform>
            <numerusform>%n unread notifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ada pemberitahuan baru</source>
        <translation>No new notifications</translation>
    </message>
</context>
<context>
    <name>NotificationsPopup</name>
    <message>
        <source>Pemberitahuan</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Tandai semua dibaca</source>
        <translation>Mark all as read</translation>
    </message>
    <message>
        <source>Tidak ada pemberitahuan.</source>
        <translation>No notifications.</translation>
    </message>
    <message>
        <source>Belum dibaca. Enter atau klik membuka kasusnya.</source>
        <translation>Unread. Press Enter or click to open the case.</translation>
    </message>
    <message>
        <source>Enter atau klik membuka kasusnya.</source>
        <translation>Press Enter or click to open the case.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Kata sandi saat ini:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>Kata sandi baru (min. 8):</source>
        <translation>New password (min. 8):</translation>
    </message>
    <message>
        <source>Ulangi:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation>The new passwords do not match.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>&amp;Cetak ringkasan kasus…</source>
        <translation>&amp;Print case summary…</translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Cetak surat pe&amp;nerusan…</source>
        <translation>Print referral &amp;letter…</translation>
    </message>
    <message>
        <source>K&amp;op surat dan penanda tangan…</source>
        <translation>Letterhead and &amp;signer…</translation>
    </message>
    <message>
        <source>&amp;Rekapitulasi periodik…</source>
        <translation>&amp;Periodic recap…</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>F4 (215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
        <source>Ukuran kertas</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Simpan sebagai PDF (Ctrl+S)</source>
        <translation>Save as PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source> Kertas: </source>
        <translation> Paper: </translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>{name} sudah ada. Ganti berkas itu?</source>
        <translation>{name} already exists. Replace it?</translation>
    </message>
    <message>
        <source>PDF tidak tersimpan</source>
        <translation>PDF not saved</translation>
    </message>
    <message>
        <source>{title} — disimpan ke {path}</source>
        <translation>{title} — saved to {path}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Dicetak oleh {name}, {when}</source>
        <translation>Printed by {name}, {when}</translation>
    </message>
    <message>
        <source>Halaman {page} dari {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>Gambar bukti tidak tersedia di komputer ini.</source>
        <translation>The evidence image is not available on this computer.</translation>
    </message>
</context>
<context>
    <name>QueueActions</name>
    <message>
        <source>&amp;Ambil kasus</source>
        <translation>&amp;Claim case</translation>
    </message>
    <message>
        <source>Ambil kasus yang dipilih untuk Anda kerjakan</source>
        <translation>Claim the selected case to work on it</translation>
    </message>
    <message>
        <source>&amp;Lepaskan ke antrean</source>
        <translation>&amp;Release to the queue</translation>
    </message>
    <message>
        <source>Kembalikan kasus yang Anda pegang ke antrean</source>
        <translation>Return a case you hold to the queue</translation>
    </message>
    <message>
        <source>Ambil &amp;berikutnya</source>
        <translation>Claim &amp;next</translation>
    </message>
    <message>
        <source>Ambil kasus tertua yang belum diambil pada tampilan ini</source>
        <translation>Claim the oldest unclaimed case in this view</translation>
    </message>
    <message>
        <source>&amp;Tugaskan kepada…</source>
        <translation>&amp;Assign to…</translation>
    </message>
    <message>
        <source>Tugaskan kasus yang dipilih kepada seorang pemantau</source>
        <translation>Assign the selected cases to a monitor</translation>
    </message>
    <message>
        <source>Tenggat per &amp;tahap…</source>
        <translation>&amp;Deadlines per stage…</translation>
    </message>
    <message>
        <source>Panel &amp;tampilan dan status</source>
        <translation>&amp;Views and status panel</translation>
    </message>
    <message>
        <source>&amp;Hapus saringan</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <source>Kasus {number} kini Anda pegang.</source>
        <translation>You now hold case {number}.</translation>
    </message>
    <message>
        <source>Lepaskan kasus</source>
        <translation>Release case</translation>
    </message>
    <message>
        <source>Kasus {number} sedang dipegang orang lain. Kembalikan ke antrean?</source>
        <translation>Case {number} is held by someone else. Return it to the queue?</translation>
    </message>
    <message>
        <source>Kasus {number} kembali ke antrean.</source>
        <translation>Case {number} is back in the queue.</translation>
    </message>
    <message>
        <source>Folder bersama tidak terjangkau</source>
        <translation>Shared folder out of reach</translation>
    </message>
    <message>
        <source>({n} kasus lain lebih dulu diambil orang lain.)</source>
        <translation>({n} other cases were taken by someone else first.)</translation>
    </message>
    <message>
        <source>Penugasan gagal</source>
        <translation>Assignment failed</translation>
    </message>
    <message>
        <source>Sebagian kasus tidak ditugaskan</source>
        <translation>Some cases were not assigned</translation>
    </message>
    <message>
        <source>{done} kasus ditugaskan; {n} tidak:</source>
        <translation>{done} cases assigned; {n} not:</translation>
    </message>
    <message>
        <source>{n} kasus ditugaskan.</source>
        <translation>{n} cases assigned.</translation>
    </message>
    <message>
        <source>Tenggat per tahap disimpan.</source>
        <translation>Deadlines per stage saved.</translation>
    </message>
</context>
<context>
    <name>QueueFilterBar</name>
    <message>
        <source>Cari nama, NIP, akun, tautan, catatan, nomor… (Ctrl+F)</source>
        <translation>Search name, NIP, account, link, notes, number… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cari sambil mengetik: awal kata cukup, huruf besar/kecil dan tanda aksen diabaikan. Esc mengosongkan.</source>
        <translation>Search as you type: the start of a word is enough; case and accents are ignored. Esc clears.</translation>
    </message>
    <message>
        <source>Semua pemegang</source>
        <translation>Any holder</translation>
    </message>
    <message>
        <source>Dipegang saya</source>
        <translation>Held by me</translation>
    </message>
    <message>
        <source>Belum diambil</source>
        <translation>Unclaimed</translation>
    </message>
    <message>
        <source>Siapa yang memegang kasus</source>
        <translation>Who holds the case</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Saringan lain</source>
        <translation>More filters</translation>
    </message>
    <message>
        <source>Platform, instansi, rentang tanggal, lewat tenggat</source>
        <translation>Platform, agency, date ranges, overdue</translation>
    </message>
    <message>
        <source>Semua platform</source>
        <translation>All platforms</translation>
    </message>
    <message>
        <source>Semua instansi</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <source>Lewat tenggat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Tgl perbuatan</source>
        <translation>Act date</translation>
    </message>
    <message>
        <source>Saringan lain ({n})</source>
        <translation>More filters ({n})</translation>
    </message>
</context>
<context>
    <name>QueueSidePanel</name>
    <message>
        <source>Tampilan antrean</source>
        <translation>Queue views</translation>
    </message>
    <message>
        <source>Jumlah kasus per status</source>
        <translation>Cases per status</translation>
    </message>
    <message>
        <source>Simpan…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Simpan saringan sekarang sebagai tampilan Anda</source>
        <translation>Save the current filters as your own view</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Hapus tampilan Anda yang dipilih</source>
        <translation>Delete your selected view</translation>
    </message>
    <message>
        <source>Tampilan</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Per status</source>
        <translation>By status</translation>
    </message>
    <message>
        <source>Semua status  ({n})</source>
        <translation>All statuses  ({n})</translation>
    </message>
</context>
<context>
    <name>RecapDialog</name>
    <message>
        <source>Rekapitulasi periodik</source>
        <translation>Periodic recap</translation>
    </message>
    <message>
        <source>Bulan ini</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Bulan lalu</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Triwulan ini</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Tahun ini</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Rentang lain</source>
        <translation>Other range</translation>
    </message>
    <message>
        <source>Kasus yang diterima pada periode ini: jumlah per status, instansi, pelanggaran, platform dan pemantau, daftar kasus, dan tindak lanjut PPK yang lewat tenggat.</source>
        <translation>Cases received in this period: counts by status, agency, violation, platform and monitor, a list of cases, and overdue PPK follow-ups.</translation>
    </message>
    <message>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Dari tanggal:</source>
        <translation>From date:</translation>
    </message>
    <message>
        <source>Sampai tanggal:</source>
        <translation>To date:</translation>
    </message>
    <message>
        <source>Pratinjau…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>Rentang tanggal kosong: tanggal awal sesudah tanggal akhir.</source>
        <translation>Empty date range: the start date is after the end date.</translation>
    </message>
</context>
<context>
    <name>RecapDoc</name>
    <message>
        <source>Rekapitulasi penanganan kasus {start} s.d. {end}</source>
        <translation>Recap of case handling {start} to {end}</translation>
    </message>
    <message>
        <source>REKAPITULASI PENANGANAN DUGAAN PELANGGARAN NETRALITAS ASN</source>
        <translation>RECAP OF HANDLING OF ALLEGED ASN NEUTRALITY VIOLATIONS</translation>
    </message>
    <message>
        <source>{start} s.d. {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>Laporan yang diterima {period}</source>
        <translation>Reports received {period}</translation>
    </message>
    <message>
        <source>Status dan tenggat sebagaimana keadaan pada {date}</source>
        <translation>Statuses and deadlines as of {date}</translation>
    </message>
    <message>
        <source>Tidak ada kasus yang diterima pada periode ini.</source>
        <translation>No cases were received in this period.</translation>
    </message>
    <message>
        <source>A. Ringkasan</source>
        <translation>A. Summary</translation>
    </message>
    <message>
        <source>Kasus diterima</source>
        <translation>Cases received</translation>
    </message>
    <message>
        <source>Masih dalam penanganan</source>
        <translation>Still being handled</translation>
    </message>
    <message>
        <source>Diteruskan ke PPK atau selesai</source>
        <translation>Referred to the PPK or closed</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Tindak lanjut PPK lewat tenggat</source>
        <translation>PPK follow-ups overdue</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Persen</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>B. Kasus menurut status</source>
        <translation>B. Cases by status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kasus menurut status</source>
        <translation>Cases by status</translation>
    </message>
    <message>
        <source>C. Kasus menurut instansi</source>
        <translation>C. Cases by agency</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Kasus menurut instansi</source>
        <translation>Cases by agency</translation>
    </message>
    <message>
        <source>D. Kasus menurut tingkat pelanggaran</source>
        <translation>D. Cases by violation level</translation>
    </message>
    <message>
        <source>Tingkat pelanggaran (lembar sanksi)</source>
        <translation>Violation level (sanction worksheet)</translation>
    </message>
    <message>
        <source>Tingkat yang diusulkan lembar sanksi (atau hasil hitungannya bila belum diusulkan); persen dari {judged} kasus yang sudah bertingkat. Kasus ditolak ({refused}) tidak dihitung; {unjudged} kasus lain belum memiliki tingkat.</source>
        <translation>Level proposed in the sanction worksheet (or its calculated level if none proposed yet); percent of the {judged} cases that have a level. Rejected cases ({refused}) are not counted; {unjudged} other cases have no level yet.</translation>
    </message>
    <message>
        <source>Kasus menurut tingkat pelanggaran</source>
        <translation>Cases by violation level</translation>
    </message>
    <message>
        <source>E. Kasus menurut platform</source>
        <translation>E. Cases by platform</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Kasus menurut platform</source>
        <translation>Cases by platform</translation>
    </message>
    <message>
        <source>F. Kasus menurut pemantau</source>
        <translation>F. Cases by monitor</translation>
    </message>
    <message>
        <source>Pemantau</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Dalam penanganan</source>
        <translation>Being handled</translation>
    </message>
    <message>
        <source>Diteruskan/ selesai</source>
        <translation>Referred/ closed</translation>
    </message>
    <message>
        <source>Pemantau: pemegang kasus saat ini, atau yang mengajukannya untuk review bila kasus sudah tidak dipegang.</source>
        <translation>Monitor: the current case holder, or whoever submitted it for review if the case is no longer held.</translation>
    </message>
    <message>
        <source>Hanya baris Anda sendiri yang ditampilkan di bagian ini.</source>
        <translation>Only your own row is shown in this section.</translation>
    </message>
    <message>
        <source>Kasus menurut pemantau</source>
        <translation>Cases by monitor</translation>
    </message>
    <message>
        <source>Diteruskan/selesai</source>
        <translation>Referred/closed</translation>
    </message>
    <message>
        <source>G. Daftar kasus ({n})</source>
        <translation>G. List of cases ({n})</translation>
    </message>
    <message>
        <source>Nomor kasus / Diterima</source>
        <translation>Case number / Received</translation>
    </message>
    <message>
        <source>ASN terlapor / NIP</source>
        <translation>Reported ASN / NIP</translation>
    </message>
    <message>
        <source>Status / Pelanggaran</source>
        <translation>Status / Violation</translation>
    </message>
    <message>
        <source>(belum dikenali)</source>
        <translation>(not yet identified)</translation>
    </message>
    <message>
        <source>H. Tindak lanjut PPK lewat tenggat ({n})</source>
        <translation>H. Overdue PPK follow-ups ({n})</translation>
    </message>
    <message>
        <source>Tidak ada tindak lanjut yang lewat tenggat.</source>
        <translation>No follow-ups are overdue.</translation>
    </message>
    <message>
        <source>Nomor kasus</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>ASN terlapor</source>
        <translation>Reported ASN</translation>
    </message>
    <message>
        <source>Tujuan surat</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <source>Batas tindak lanjut</source>
        <translation>Follow-up deadline</translation>
    </message>
    <message>
        <source>Lewat (hari)</source>
        <translation>Overdue (days)</translation>
    </message>
    <message>
        <source>Eskalasi</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <source>sudah</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>belum</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ReferralActions</name>
    <message>
        <source>Pola &amp;nomor surat…</source>
        <translation>Letter &amp;number pattern…</translation>
    </message>
    <message>
        <source>Eskalasi tindak lanjut</source>
        <translation>Follow-up escalation</translation>
    </message>
    <message>
        <source>Tindak lanjut kasus {number} belum diterima. Catat langkah kantor (surat pengingat, telepon, laporan ke BKN):</source>
        <translation>The follow-up for case {number} has not been received. Record the office&apos;s steps (reminder letter, phone call, report to BKN):</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Teruskan ke BKD/BKN — {number}</source>
        <translation>Refer to BKD/BKN — {number}</translation>
    </message>
    <message>
        <source>Surat penerusan rekomendasi kasus {number} kepada pejabat kepegawaian. Setelah diteruskan, kasus menunggu tindak lanjut PPK sampai batas waktunya.</source>
        <translation>Referral letter for the recommendation in case {number} to the personnel official. Once referred, the case awaits the PPK&apos;s follow-up until the deadline.</translation>
    </message>
    <message>
        <source>nama lengkap dengan gelar</source>
        <translation>full name with titles</translation>
    </message>
    <message>
        <source>Nomor diketik (dari buku agenda):</source>
        <translation>Typed number (from the agenda book):</translation>
    </message>
    <message>
        <source>perbuatan: {date}</source>
        <translation>act: {date}</translation>
    </message>
    <message>
        <source>Tujuan:</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <source>Kepada (dalam surat):</source>
        <translation>Addressee (in the letter):</translation>
    </message>
    <message>
        <source>Tempat:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Nama PPK:</source>
        <translation>PPK name:</translation>
    </message>
    <message>
        <source>Jabatan PPK:</source>
        <translation>PPK position:</translation>
    </message>
    <message>
        <source>Tanggal surat:</source>
        <translation>Letter date:</translation>
    </message>
    <message>
        <source>Batas tindak lanjut:</source>
        <translation>Follow-up deadline:</translation>
    </message>
    <message>
        <source>Nomor surat:</source>
        <translation>Letter number:</translation>
    </message>
    <message>
        <source>Teruskan</source>
        <translation>Refer</translation>
    </message>
    <message>
        <source>Pratinjau surat…</source>
        <translation>Preview letter…</translation>
    </message>
    <message>
        <source>Lihat surat seperti yang akan dicetak (bertanda KONSEP) sebelum meneruskan</source>
        <translation>See the letter as it will be printed (marked DRAFT) before referring</translation>
    </message>
    <message>
        <source>Nomor otomatis dari urutan kantor (perkiraan: {number})</source>
        <translation>Automatic number from the office sequence (estimate: {number})</translation>
    </message>
    <message numerus="yes">
        <source>%n hari sesudah tanggal surat</source>
        <translation>
            <numerusform>%n day after the letter date</numerusform>
            <numerusform>%n days after the letter date</numerusform>
        </translation>
    </message>
    <message>
        <source>Ketik nomor surat, atau pilih nomor otomatis dari urutan kantor.</source>
        <translation>Type the letter number, or choose an automatic number from the office sequence.</translation>
    </message>
    <message>
        <source>Folder bersama tidak terjangkau sejak {since}. Nomor otomatis diberikan oleh folder bersama: coba lagi saat tersambung, atau pilih “Nomor diketik” dengan nomor dari buku agenda.</source>
        <translation>The shared folder has been unreachable since {since}. Automatic numbers are assigned by the shared folder: try again when connected, or choose “Typed number” with a number from the agenda book.</translation>
    </message>
    <message>
        <source>Kasus {case} diteruskan dengan surat nomor {letter} tanggal {date}. Batas tindak lanjut PPK: {due}.</source>
        <translation>Case {case} referred with letter number {letter} dated {date}. PPK follow-up deadline: {due}.</translation>
    </message>
    <message>
        <source>Kasus {case} diteruskan (surat tanggal {date}). Nomor surat akan diberikan saat tersambung ke folder bersama; sampai itu nomornya sementara ({letter}).</source>
        <translation>Case {case} referred (letter dated {date}). The letter number will be assigned when connected to the shared folder; until then the number is provisional ({letter}).</translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <source>Penerusan</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>sementara</source>
        <translation>provisional</translation>
    </message>
    <message>
        <source>Nomor surat diberikan oleh folder bersama dari urutan kantor; sampai tersinkron, nomor ini sementara dan tidak untuk dicetak.</source>
        <translation>Letter numbers are assigned by the shared folder from the office sequence; until synced, this number is provisional and not for printing.</translation>
    </message>
    <message>
        <source>Eskalasi…</source>
        <translation>Escalation…</translation>
    </message>
    <message>
        <source>Catat langkah atas tindak lanjut yang terlambat (surat pengingat, telepon)</source>
        <translation>Record steps taken on an overdue follow-up (reminder letter, phone call)</translation>
    </message>
    <message>
        <source>Cetak surat…</source>
        <translation>Print letter…</translation>
    </message>
    <message>
        <source>Pratinjau, cetak atau simpan PDF surat penerusan dengan ringkasan kasus</source>
        <translation>Preview, print or save as PDF the referral letter with the case summary</translation>
    </message>
    <message>
        <source>Nomor surat:</source>
        <translation>Letter number:</translation>
    </message>
    <message>
        <source>Kepada:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>PPK:</source>
        <translation>PPK:</translation>
    </message>
    <message>
        <source>Tindak lanjut:</source>
        <translation>Follow-up:</translation>
    </message>
    <message>
        <source>Hasil:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Eskalasi:</source>
        <translation>Escalation:</translation>
    </message>
    <message>
        <source>{addressee}, di {place} — surat tanggal {date}</source>
        <translation>{addressee}, in {place} — letter dated {date}</translation>
    </message>
    <message numerus="yes">
        <source>batas {date}, lewat %n hari</source>
        <translation>
            <numerusform>deadline {date}, %n day overdue</numerusform>
            <numerusform>deadline {date}, %n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>batas {date}, hari ini</source>
        <translation>deadline {date}, today</translation>
    </message>
    <message numerus="yes">
        <source>batas {date}, %n hari lagi</source>
        <translation>
            <numerusform>deadline {date}, %n day left</numerusform>
            <numerusform>deadline {date}, %n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>batas {date}</source>
        <translation>deadline {date}</translation>
    </message>
    <message>
        <source>{when}, {author}: {body}</source>
        <translation>{when}, {author}: {body}</translation>
    </message>
    <message>
        <source>{sanction} — keputusan {number} tanggal {date}</source>
        <translation>{sanction} — decree {number} dated {date}</translation>
    </message>
    <message>
        <source>(diketahui {date})</source>
        <translation>(known {date})</translation>
    </message>
</context>
<context>
    <name>RegimeDialog</name>
    <message>
        <source>Tambah aturan</source>
        <translation>Add regime</translation>
    </message>
    <message>
        <source>mis. skb-2026</source>
        <translation>e.g. skb-2026</translation>
    </message>
    <message>
        <source>Nomor dan tanggal peraturan; pisahkan dengan ;</source>
        <translation>Regulation number and date; separate with ;</translation>
    </message>
    <message>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nama (Indonesia)</source>
        <translation>Name (Indonesian)</translation>
    </message>
    <message>
        <source>Nama (Inggris)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Berlaku mulai</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>Salin butir dari</source>
        <translation>Copy items from</translation>
    </message>
    <message>
        <source>Butir yang disalin ditandai belum diverifikasi sampai dicocokkan.</source>
        <translation>Copied items are marked as unverified until they have been checked.</translation>
    </message>
</context>
<context>
    <name>RemoteChangeBar</name>
    <message>
        <source>Gabungkan suntingan saya</source>
        <translation>Merge my edits</translation>
    </message>
    <message>
        <source>Muat data terbaru lalu terapkan lagi kolom yang Anda ubah; periksa, lalu simpan</source>
        <translation>Load the latest data and apply the fields you changed again; check, then save</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Buang suntingan Anda dan tampilkan data terbaru</source>
        <translation>Discard your edits and show the latest data</translation>
    </message>
    <message>
        <source>{who} mengubah kasus ini di komputer lain ({fields}) selagi Anda menyunting. Suntingan Anda belum disimpan dan tidak hilang.</source>
        <translation>{who} changed this case on another PC ({fields}) while you were editing. Your edits are not saved yet and are not lost.</translation>
    </message>
    <message>
        <source>Suntingan Anda masih ada: gabungkan dengan data terbaru, lalu simpan.</source>
        <translation>Your edits are still here: merge them with the latest data, then save.</translation>
    </message>
</context>
<context>
    <name>ReporterReveal</name>
    <message>
        <source>Tampilkan identitas pelapor</source>
        <translation>Show reporter&apos;s identity</translation>
    </message>
    <message>
        <source>Setiap kali identitas pelapor ditampilkan, hal itu dicatat di log akses.</source>
        <translation>Every time the reporter&apos;s identity is shown, it is recorded in the access log.</translation>
    </message>
    <message>
        <source>Kasus ini memiliki pelapor. Identitasnya dirahasiakan; hanya supervisor yang dapat melihatnya.</source>
        <translation>This case has a reporter. Their identity is confidential; only supervisors can see it.</translation>
    </message>
    <message>
        <source>Identitas pelapor disembunyikan. Menampilkannya dicatat di log akses data pribadi.</source>
        <translation>The reporter&apos;s identity is hidden. Showing it is recorded in the personal data access log.</translation>
    </message>
    <message>
        <source>Untuk apa identitas pelapor dibuka? (boleh kosong; dicatat di log akses)</source>
        <translation>Why is the reporter&apos;s identity being revealed? (optional; recorded in the access log)</translation>
    </message>
</context>
<context>
    <name>ReturnNotice</name>
    <message>
        <source>Persetujuan dibuka kembali oleh {name} pada {when}. Perbaiki, lalu kirim ulang:</source>
        <translation>Approval reopened by {name} on {when}. Fix it, then send it again:</translation>
    </message>
    <message>
        <source>Dikembalikan oleh {name} pada {when}. Perbaiki, lalu kirim ulang:</source>
        <translation>Returned by {name} on {when}. Fix, then resubmit:</translation>
    </message>
    <message>
        <source>(tanpa catatan)</source>
        <translation>(no note)</translation>
    </message>
</context>
<context>
    <name>ReviewEvidence</name>
    <message>
        <source>Tampilkan seluruh gambar (0)</source>
        <translation>Show whole image (0)</translation>
    </message>
    <message>
        <source>Komentar</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Seret kotak di gambar untuk menyematkan komentar (K)</source>
        <translation>Drag a box on the image to pin a remark (K)</translation>
    </message>
    <message>
        <source>Selesaikan</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Tandai komentar terpilih sudah ditangani</source>
        <translation>Mark the selected remark as addressed</translation>
    </message>
    <message>
        <source>Buka lagi</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Buka lagi komentar yang sudah diselesaikan</source>
        <translation>Reopen a resolved remark</translation>
    </message>
    <message>
        <source>(tanpa nama)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>Belum ada bukti pada kasus ini.</source>
        <translation>No evidence in this case yet.</translation>
    </message>
    <message>
        <source>Pilih kasus untuk melihat buktinya.</source>
        <translation>Select a case to view its evidence.</translation>
    </message>
    <message>
        <source>✓ Hash SHA-256 cocok</source>
        <translation>✓ SHA-256 hash matches</translation>
    </message>
    <message>
        <source>{name} bukan gambar; berkasnya dapat dilihat di tab Bukti.</source>
        <translation>{name} is not an image; the file can be viewed in the Evidence tab.</translation>
    </message>
    <message>
        <source>Berkas bukti tidak tersedia di komputer ini.</source>
        <translation>The evidence file is not available on this computer.</translation>
    </message>
    <message>
        <source>Memuat gambar penuh…</source>
        <translation>Loading full image…</translation>
    </message>
    <message>
        <source>{w} × {h} piksel</source>
        <translation>{w} × {h} pixels</translation>
    </message>
    <message>
        <source>terbuka</source>
        <translation>open</translation>
    </message>
    <message>
        <source>selesai</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>Bukti {item}, komentar {number}</source>
        <translation>Evidence {item}, remark {number}</translation>
    </message>
    <message>
        <source>Komentar area: {open} terbuka dari {total}</source>
        <translation>Remarks: {open} open of {total}</translation>
    </message>
    <message>
        <source>Komentar area</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Komentar untuk area yang ditandai:</source>
        <translation>Remark for the marked area:</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Lembar sanksi</source>
        <translation>Sanction worksheet</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Catatan untuk pemantau (wajib untuk mengembalikan), atau alasan menghentikan / membuka kembali</source>
        <translation>Note for the monitor (required to return), or reason for dismissing / reopening</translation>
    </message>
    <message>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Kembalikan dengan catatan</source>
        <translation>Return with note</translation>
    </message>
    <message>
        <source>Hentikan kasus</source>
        <translation>Dismiss case</translation>
    </message>
    <message>
        <source>Buka kembali persetujuan</source>
        <translation>Reopen approval</translation>
    </message>
    <message>
        <source>Setujui rekomendasi; lembar sanksi dan anotasi dikunci</source>
        <translation>Approve the recommendation; the sanction worksheet and markup are locked</translation>
    </message>
    <message>
        <source>Kembalikan ke pemantau dengan catatan di atas</source>
        <translation>Return to the monitor with the note above</translation>
    </message>
    <message>
        <source>Hentikan kasus tanpa rekomendasi, dengan alasan di atas</source>
        <translation>Dismiss the case without a recommendation, with the reason above</translation>
    </message>
    <message>
        <source>Buka kunci persetujuan agar lembar sanksi atau bukti dapat diperbaiki</source>
        <translation>Unlock the approval so the sanction worksheet or evidence can be corrected</translation>
    </message>
    <message>
        <source>Daftar periksa (wajib semua):</source>
        <translation>Checklist (all required):</translation>
    </message>
    <message>
        <source>Putusan supervisor</source>
        <translation>Supervisor&apos;s decision</translation>
    </message>
    <message>
        <source>Keputusan ({n})</source>
        <translation>Decisions ({n})</translation>
    </message>
    <message>
        <source>Bukti {n}: {name}</source>
        <translation>Evidence {n}: {name}</translation>
    </message>
    <message>
        <source>{decision} oleh {name}, {when}: {comment}</source>
        <translation>{decision} by {name}, {when}: {comment}</translation>
    </message>
    <message>
        <source>Disetujui oleh {name}, {when}. Lembar sanksi dan anotasi bukti terkunci; perubahan memerlukan pembukaan kembali persetujuan dengan alasan.</source>
        <translation>Approved by {name}, {when}. The sanction worksheet and evidence markup are locked; changes require reopening the approval with a reason.</translation>
    </message>
    <message>
        <source>Menunggu review supervisor. Halaman ini hanya baca untuk Anda.</source>
        <translation>Awaiting supervisor review. This page is read-only for you.</translation>
    </message>
    <message>
        <source>Periksa bukti dan lembar sanksi, centang daftar periksa, lalu putuskan.</source>
        <translation>Check the evidence and sanction worksheet, tick the checklist, then decide.</translation>
    </message>
    <message>
        <source>Prinsip empat mata: Anda ikut menyusun lembar sanksi atau mengirim kasus ini untuk direview, jadi Anda tidak dapat menyetujuinya. Minta supervisor lain untuk mereviewnya; mengembalikan atau menghentikan kasus tetap dapat Anda lakukan.</source>
        <translation>Four-eyes principle: you helped prepare the sanction worksheet or submitted this case for review, so you cannot approve it. Ask another supervisor to review it; you can still return or dismiss the case.</translation>
    </message>
    <message>
        <source>kasus tidak sedang menunggu review</source>
        <translation>case is not awaiting review</translation>
    </message>
    <message>
        <source>daftar periksa belum dicentang: {items}</source>
        <translation>checklist items not ticked: {items}</translation>
    </message>
    <message>
        <source>daftar periksa tidak tersedia</source>
        <translation>checklist not available</translation>
    </message>
    <message>
        <source>Belum dapat disetujui: {reasons}.</source>
        <translation>Cannot be approved yet: {reasons}.</translation>
    </message>
    <message>
        <source>Belum dapat disetujui:</source>
        <translation>Cannot be approved yet:</translation>
    </message>
    <message>
        <source>Lembar sanksi lengkap dan tidak ada komentar terbuka.</source>
        <translation>Sanction worksheet complete and no open remarks.</translation>
    </message>
    <message>
        <source>Alasan membuka kembali persetujuan (wajib)</source>
        <translation>Reason for reopening the approval (required)</translation>
    </message>
    <message>
        <source>Catatan untuk pemantau (wajib untuk mengembalikan), atau alasan menghentikan kasus</source>
        <translation>Note for the monitor (required to return), or reason for dismissing the case</translation>
    </message>
    <message>
        <source>Tulis catatan untuk pemantau: apa yang harus diperbaiki.</source>
        <translation>Write a note for the monitor: what needs to be fixed.</translation>
    </message>
    <message>
        <source>Tulis alasan menghentikan kasus ini.</source>
        <translation>Write the reason for dismissing this case.</translation>
    </message>
    <message>
        <source>Tulis alasan membuka kembali persetujuan.</source>
        <translation>Write the reason for reopening the approval.</translation>
    </message>
    <message>
        <source>Hentikan kasus {number} tanpa rekomendasi sanksi? Kasus berstatus “Ditolak” dan hanya supervisor yang dapat membukanya kembali.</source>
        <translation>Dismiss case {number} without a sanction recommendation? The case gets the status “Rejected” and only a supervisor can reopen it.</translation>
    </message>
    <message>
        <source>Keputusan tidak tersimpan</source>
        <translation>Decision not saved</translation>
    </message>
</context>
<context>
    <name>ReviewSummary</name>
    <message>
        <source>Hasil hitungan</source>
        <translation>Computed result</translation>
    </message>
    <message>
        <source>Usulan pemantau</source>
        <translation>Monitor&apos;s proposal</translation>
    </message>
    <message>
        <source>Tingkat belum dapat ditentukan</source>
        <translation>The level cannot be determined yet</translation>
    </message>
    <message>
        <source>Tingkat diusulkan berbeda dari hasil hitungan: {level}</source>
        <translation>The proposed level differs from the computed result: {level}</translation>
    </message>
    <message>
        <source>Alasan tingkat</source>
        <translation>Reason for the level</translation>
    </message>
    <message>
        <source>Sanksi diusulkan</source>
        <translation>Proposed sanction</translation>
    </message>
    <message>
        <source>belum dipilih</source>
        <translation>not chosen yet</translation>
    </message>
    <message>
        <source>Alasan usulan</source>
        <translation>Reason for the proposal</translation>
    </message>
    <message>
        <source>belum ditulis</source>
        <translation>not written yet</translation>
    </message>
    <message>
        <source>Perbuatan dan buktinya</source>
        <translation>Acts and their evidence</translation>
    </message>
    <message>
        <source>Lembar sanksi belum memuat perbuatan.</source>
        <translation>The sanction worksheet has no acts yet.</translation>
    </message>
    <message>
        <source>belum dikaitkan dengan bukti</source>
        <translation>not linked to evidence yet</translation>
    </message>
    <message>
        <source>bukti sudah tidak ada</source>
        <translation>evidence no longer exists</translation>
    </message>
    <message>
        <source>Aturan yang berlaku pada {date}: {regime}</source>
        <translation>Rules in force on {date}: {regime}</translation>
    </message>
    <message>
        <source>Belum ada keputusan review pada kasus ini.</source>
        <translation>No review decision on this case yet.</translation>
    </message>
    <message>
        <source>Daftar periksa: {ticked} dari {total} dicentang</source>
        <translation>Checklist: {ticked} of {total} ticked</translation>
    </message>
    <message>
        <source>belum: {items}</source>
        <translation>not yet: {items}</translation>
    </message>
    <message>
        <source>(tanpa catatan)</source>
        <translation>(no comment)</translation>
    </message>
</context>
<context>
    <name>ScreenshotList</name>
    <message>
        <source>Tangkapan layar dari pelapor</source>
        <translation>Screenshots from the reporter</translation>
    </message>
    <message>
        <source>Tambah…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Pilih tangkapan layar</source>
        <translation>Choose screenshots</translation>
    </message>
    <message>
        <source>Gambar (*.png *.jpg *.jpeg *.webp *.gif);;Semua berkas (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.gif);;All files (*)</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Ada perubahan yang bertabrakan; klik untuk memilih nilai yang dipakai.</source>
        <translation>Some changes collided; click to choose the values to keep.</translation>
    </message>
    <message>
        <source>{n} perubahan menunggu</source>
        <translation>{n} changes waiting</translation>
    </message>
    <message>
        <source>Tersinkron {time}</source>
        <translation>Synced {time}</translation>
    </message>
    <message>
        <source>Tersambung ke folder bersama {path}.</source>
        <translation>Connected to the shared folder {path}.</translation>
    </message>
    <message>
        <source>Luring sejak {time}</source>
        <translation>Offline since {time}</translation>
    </message>
    <message>
        <source>Sinkronisasi berhenti: {reason}</source>
        <translation>Sync stopped: {reason}</translation>
    </message>
    <message>
        <source>Menyambung ke folder bersama…</source>
        <translation>Connecting to the shared folder…</translation>
    </message>
    <message>
        <source>Sinkron terakhir: {when}</source>
        <translation>Last sync: {when}</translation>
    </message>
    <message>
        <source>{n} perubahan dari komputer ini belum sampai di folder bersama; semuanya tersimpan di sini dan dikirim otomatis.</source>
        <translation>{n} changes from this PC have not reached the shared folder yet; all are saved here and sent automatically.</translation>
    </message>
    <message>
        <source>{n} konflik</source>
        <translation>{n} conflicts</translation>
    </message>
    <message>
        <source>Sinkronisasi mati</source>
        <translation>Sync off</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Linimasa</source>
        <translation>Timeline</translation>
    </message>
</context>
<context>
    <name>UrlCaptureDialog</name>
    <message>
        <source>Tangkap URL</source>
        <translation>Capture URL</translation>
    </message>
    <message>
        <source>mis. unggahan dukungan calon, 12 Feb</source>
        <translation>e.g. post supporting a candidate, 12 Feb</translation>
    </message>
    <message>
        <source>Alamat (URL)</source>
        <translation>Address (URL)</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Isi halaman atau gambar disimpan apa adanya beserta alamat akhir, status, jenis isi dan waktu pengambilan (UTC).</source>
        <translation>The page or image content is saved as is, together with the final address, status, content type and fetch time (UTC).</translation>
    </message>
    <message>
        <source>Tangkap</source>
        <translation>Capture</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Isi alamat URL yang akan ditangkap.</source>
        <translation>Enter the URL to capture.</translation>
    </message>
    <message>
        <source>Mengambil {url} …</source>
        <translation>Fetching {url} …</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>Akun baru</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Ubah akun</source>
        <translation>Edit account</translation>
    </message>
    <message>
        <source>Nama pengguna:</source>
        <translation>Username:</translation>
    </message>
    <message>
        <source>Nama lengkap:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Peran:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Kata sandi awal:</source>
        <translation>Initial password:</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Kelola akun</source>
        <translation>Manage accounts</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tambah…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Atur ulang kata sandi…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>Aktifkan</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Kata sandi baru untuk {user}</source>
        <translation>New password for {user}</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Kata sandi diganti.</source>
        <translation>Password changed.</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <source>— kosong —</source>
        <translation>— empty —</translation>
    </message>
    <message>
        <source>Satu tautan per baris, diawali https://</source>
        <translation>One link per line, starting with https://</translation>
    </message>
</context>
<context>
    <name>WorksheetResult</name>
    <message>
        <source>Aturan yang berlaku pada {date}:</source>
        <translation>Rules in force on {date}:</translation>
    </message>
    <message>
        <source>belum diverifikasi</source>
        <translation>not yet verified</translation>
    </message>
    <message>
        <source>Tingkat belum dapat ditentukan</source>
        <translation>The level cannot be determined yet</translation>
    </message>
    <message>
        <source>Usulan memakai tingkat lain: {level}. Alasannya wajib ditulis.</source>
        <translation>The proposal uses another level: {level}. Its reason must be written.</translation>
    </message>
    <message>
        <source>Butir yang cocok</source>
        <translation>Matching items</translation>
    </message>
    <message>
        <source>Pilihan sanksi</source>
        <translation>Sanction options</translation>
    </message>
    <message>
        <source>disarankan</source>
        <translation>suggested</translation>
    </message>
    <message>
        <source>diusulkan</source>
        <translation>proposed</translation>
    </message>
    <message>
        <source>Alasan saran</source>
        <translation>Why this is suggested</translation>
    </message>
    <message>
        <source>Dasar hukum</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Perlu diperhatikan</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Katalog versi {version}</source>
        <translation>Catalogue version {version}</translation>
    </message>
    <message>
        <source>Rekomendasi belum dapat dihitung</source>
        <translation>The recommendation cannot be computed yet</translation>
    </message>
    <message>
        <source>Tidak ada kasus lain dengan NIP ini.</source>
        <translation>No other case with this NIP.</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tgl perbuatan</source>
        <translation>Act date</translation>
    </message>
    <message>
        <source>Tingkat / usulan</source>
        <translation>Level / proposal</translation>
    </message>
</context>
<context>
    <name>WorksheetTab</name>
    <message>
        <source>Keterangan singkat perbuatan (opsional)</source>
        <translation>Brief description of the act (optional)</translation>
    </message>
    <message>
        <source>Perbuatan (centang yang terbukti)</source>
        <translation>Acts (tick those proven)</translation>
    </message>
    <message>
        <source>Faktor</source>
        <translation>Factors</translation>
    </message>
    <message>
        <source>Butir katalog yang bertentangan</source>
        <translation>Conflicting catalogue items</translation>
    </message>
    <message>
        <source>Sesuai hasil hitungan</source>
        <translation>As calculated</translation>
    </message>
    <message>
        <source>Wajib bila tingkat berbeda dari hasil hitungan: jelaskan dasarnya.</source>
        <translation>Required if the level differs from the calculated result: explain the basis.</translation>
    </message>
    <message>
        <source>Wajib: mengapa sanksi ini diusulkan (bukti, faktor, keadaan).</source>
        <translation>Required: why this sanction is proposed (evidence, factors, circumstances).</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>&amp;Tingkat</source>
        <translation>&amp;Level</translation>
    </message>
    <message>
        <source>&amp;Sanksi</source>
        <translation>&amp;Sanction</translation>
    </message>
    <message>
        <source>Alasan tingkat</source>
        <translation>Reason for level</translation>
    </message>
    <message>
        <source>&amp;Alasan usulan</source>
        <translation>&amp;Reason for proposal</translation>
    </message>
    <message>
        <source>Periksa kelengkapan</source>
        <translation>Check completeness</translation>
    </message>
    <message>
        <source>Apa yang masih kurang sebelum dikirim untuk direview</source>
        <translation>What is still missing before it is sent for review</translation>
    </message>
    <message>
        <source>Batalkan perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Simpan lembar sanksi</source>
        <translation>Save sanction worksheet</translation>
    </message>
    <message>
        <source>Simpan lembar sanksi (Ctrl+S)</source>
        <translation>Save sanction worksheet (Ctrl+S)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hasil lembar sanksi&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sanction worksheet result&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Riwayat ASN ini (NIP yang sama)&lt;/b&gt;</source>
        <translation>&lt;b&gt;This civil servant&apos;s history (same NIP)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>belum diisi</source>
        <translation>not filled in yet</translation>
    </message>
    <message>
        <source>Tanggal perbuatan: {date} · Tahapan pencalonan: {stage}. Keduanya diisi di tab Ringkasan; aturan yang berlaku mengikuti tanggal perbuatan.</source>
        <translation>Date of act: {date} · Candidacy stage: {stage}. Both are entered on the Summary tab; the applicable rules follow the date of the act.</translation>
    </message>
    <message>
        <source>Dihitung otomatis dari kasus lain dengan NIP yang sama.</source>
        <translation>Calculated automatically from other cases with the same NIP.</translation>
    </message>
    <message>
        <source>(tidak diketahui)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>(pilih sanksi)</source>
        <translation>(choose a sanction)</translation>
    </message>
    <message>
        <source>(belum dipilih)</source>
        <translation>(not yet chosen)</translation>
    </message>
    <message>
        <source>Supervisor memilih butir yang berlaku.</source>
        <translation>The supervisor chooses the applicable item.</translation>
    </message>
    <message>
        <source>Pilih butir katalog yang berlaku untuk perbuatan ini.</source>
        <translation>Choose the catalogue item that applies to this act.</translation>
    </message>
    <message>
        <source>Belum ada bukti pada kasus ini; tambahkan di tab Bukti.</source>
        <translation>This case has no evidence yet; add it on the Evidence tab.</translation>
    </message>
    <message>
        <source>Bukti yang menunjukkan “{act}”:</source>
        <translation>Evidence showing “{act}”:</translation>
    </message>
    <message>
        <source>Centang perbuatan untuk mengaitkan buktinya.</source>
        <translation>Tick an act to link its evidence.</translation>
    </message>
    <message>
        <source>Lembar sanksi tidak tersimpan</source>
        <translation>Sanction worksheet not saved</translation>
    </message>
    <message>
        <source>Belum lengkap: {items}.</source>
        <translation>Incomplete: {items}.</translation>
    </message>
    <message>
        <source>Lembar sanksi lengkap; kasus siap dikirim untuk direview.</source>
        <translation>The sanction worksheet is complete; the case is ready to be sent for review.</translation>
    </message>
</context>
<context>
    <name>annotations</name>
    <message>
        <source>Persegi</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <source>Elips</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <source>Panah</source>
        <translation>Arrow</translation>
    </message>
    <message>
        <source>Garis</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Stabilo</source>
        <translation>Highlighter</translation>
    </message>
    <message>
        <source>Keterangan teks</source>
        <translation>Text callout</translation>
    </message>
    <message>
        <source>Penanda bernomor</source>
        <translation>Numbered marker</translation>
    </message>
    <message>
        <source>Kotak sensor</source>
        <translation>Redaction box</translation>
    </message>
</context>
<context>
    <name>asn_monitor</name>
    <message>
        <source>Belum ada ruang kerja di {path}. Buat dengan “python main.py init” atau buka aplikasi.</source>
        <translation>There is no workspace at {path} yet. Create one with “python main.py init” or open the application.</translation>
    </message>
    <message>
        <source>Kata sandi diperlukan: isi variabel lingkungan {env} atau jalankan di terminal.</source>
        <translation>A password is needed: set the environment variable {env} or run this in a terminal.</translation>
    </message>
    <message>
        <source>Ulangi: </source>
        <translation>Repeat: </translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <source>Perintah ini mengubah data: sebutkan siapa Anda dengan --user NAMA.</source>
        <translation>This command changes data: say who you are with --user NAME.</translation>
    </message>
    <message>
        <source>Kata sandi {user}: </source>
        <translation>Password for {user}: </translation>
    </message>
    <message>
        <source>Tersimpan di komputer ini; dikirim ke folder bersama saat tersambung ({detail}).</source>
        <translation>Saved on this PC; sent to the shared folder once connected ({detail}).</translation>
    </message>
    <message>
        <source>Kata sandi untuk akun pertama: </source>
        <translation>Password for the first account: </translation>
    </message>
    <message>
        <source>Ruang kerja dibuat di {path}; akun {user} ({role}).</source>
        <translation>Workspace created at {path}; account {user} ({role}).</translation>
    </message>
    <message>
        <source>Ruang kerja demo dibuat di {path} dengan {n} kasus.</source>
        <translation>Demo workspace created at {path} with {n} cases.</translation>
    </message>
    <message>
        <source>Akun (nama pengguna / peran / kata sandi):</source>
        <translation>Accounts (username / role / password):</translation>
    </message>
    <message>
        <source>Kata sandi untuk akun baru: </source>
        <translation>Password for the new account: </translation>
    </message>
    <message>
        <source>Akun {user} ({role}) ditambahkan.</source>
        <translation>Account {user} ({role}) added.</translation>
    </message>
    <message>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>Kata sandi baru: </source>
        <translation>New password: </translation>
    </message>
    <message>
        <source>Kata sandi {user} diganti.</source>
        <translation>Password for {user} changed.</translation>
    </message>
    <message>
        <source>Akun {user} dinonaktifkan.</source>
        <translation>Account {user} deactivated.</translation>
    </message>
    <message>
        <source>Folder bersama kantor dibuat di {shared} (hub.db, evidence/, backups/); ruang kerja komputer ini di {path}; akun {user} ({role}). Komputer lain bergabung dengan “python main.py --shared {shared}”.</source>
        <translation>Office shared folder created in {shared} (hub.db, evidence/, backups/); this PC&apos;s workspace is {path}; account {user} ({role}). Other PCs join with “python main.py --shared {shared}”.</translation>
    </message>
    <message>
        <source>Bergabung ke {shared}; ruang kerja di {path}.</source>
        <translation>Joined {shared}; workspace in {path}.</translation>
    </message>
    <message>
        <source>Sinkron dengan {shared}: dikirim {pushed} catatan ({applied} diterapkan, {conflicts} konflik/ditolak), diterima {pulled}, {uploaded} berkas bukti diunggah, {expired} klaim kedaluwarsa dikembalikan ke antrean.</source>
        <translation>Synced with {shared}: sent {pushed} records ({applied} applied, {conflicts} conflicts/refused), received {pulled}, {uploaded} evidence files uploaded, {expired} expired claims returned to the queue.</translation>
    </message>
    <message>
        <source>{n} konflik terbuka menunggu diselesaikan di aplikasi.</source>
        <translation>{n} open conflicts are waiting to be resolved in the application.</translation>
    </message>
    <message>
        <source>Tidak ada gambar di {paths}; tidak ada yang ditambahkan.</source>
        <translation>No images in {paths}; nothing was added.</translation>
    </message>
    <message>
        <source>DITOLAK</source>
        <translation>REJECTED</translation>
    </message>
    <message>
        <source>Bukti {file} ditambahkan ke {number} (SHA-256 {sha}).</source>
        <translation>Evidence {file} added to {number} (SHA-256 {sha}).</translation>
    </message>
    <message>
        <source>{added} dari {total} berkas ditambahkan ke {number}.</source>
        <translation>{added} of {total} files added to {number}.</translation>
    </message>
    <message>
        <source>utuh</source>
        <translation>intact</translation>
    </message>
    <message>
        <source>Tautan {url} diambil sebagai {file} ({kind}, HTTP {status}, {size} byte) untuk {number}; SHA-256 {sha}; waktu ambil {at} UTC.</source>
        <translation>Link {url} captured as {file} ({kind}, HTTP {status}, {size} bytes) for {number}; SHA-256 {sha}; captured at {at} UTC.</translation>
    </message>
    <message>
        <source>Kasus {number} tidak memiliki bukti dari tautan.</source>
        <translation>Case {number} has no evidence captured from links.</translation>
    </message>
    <message>
        <source>HILANG: {file} (SHA-256 {expected}): tidak ada salinan.</source>
        <translation>MISSING: {file} (SHA-256 {expected}): no copy.</translation>
    </message>
    <message>
        <source>TIDAK COCOK: {file} di {path}: seharusnya {expected}, ditemukan {found}.</source>
        <translation>MISMATCH: {file} at {path}: expected {expected}, found {found}.</translation>
    </message>
    <message>
        <source>{n} berkas bukti dan rendisi cocok dengan sidiknya.</source>
        <translation>{n} evidence and rendition files match their fingerprints.</translation>
    </message>
    <message>
        <source>MASALAH: {what}</source>
        <translation>PROBLEM: {what}</translation>
    </message>
    <message>
        <source>Sehat: {path} — {cases} kasus, {users} akun, {changes} catatan perubahan; rantai perubahan utuh.</source>
        <translation>Healthy: {path} — {cases} cases, {users} accounts, {changes} change records; change chain intact.</translation>
    </message>
    <message>
        <source>Hub sehat: {path} — {cases} kasus, {changes} catatan; {compared} catatan sama dengan salinan komputer ini; {files} berkas bukti cocok dengan sidiknya.</source>
        <translation>Hub healthy: {path} — {cases} cases, {changes} records; {compared} records identical to this PC&apos;s copy; {files} evidence files match their hashes.</translation>
    </message>
    <message>
        <source>Cadangan dibuat: {path} ({size} KB); {removed} cadangan lama dihapus.</source>
        <translation>Backup made: {path} ({size} KB); {removed} old backups removed.</translation>
    </message>
    <message>
        <source>Pemulihan mengganti hub kantor; tambahkan --yes untuk memastikan, atau jalankan di terminal.</source>
        <translation>A restore replaces the office hub; add --yes to confirm, or run it in a terminal.</translation>
    </message>
    <message>
        <source>Hub {hub} akan diganti dengan {backup}. Hub lama disimpan di backups/. Ketik PULIHKAN untuk melanjutkan: </source>
        <translation>Hub {hub} will be replaced by {backup}. The old hub is kept in backups/. Type PULIHKAN to continue: </translation>
    </message>
    <message>
        <source>Dibatalkan; tidak ada yang diubah.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Hub dipulihkan dari {backup}; hub lama disimpan sebagai {aside}. Setiap komputer mengirim ulang pekerjaannya yang belum ada di cadangan pada sinkronisasi berikutnya.</source>
        <translation>Hub restored from {backup}; the old hub was kept as {aside}. Every PC sends again, at its next sync, whatever of its work the backup lacks.</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Diverifikasi</source>
        <translation>Being verified</translation>
    </message>
    <message>
        <source>Dinilai</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Diteruskan</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Ditindaklanjuti</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Ambil dan verifikasi</source>
        <translation>Take and verify</translation>
    </message>
    <message>
        <source>Tugaskan kepada pemantau</source>
        <translation>Assign to a monitor</translation>
    </message>
    <message>
        <source>Lepaskan ke antrean</source>
        <translation>Release to queue</translation>
    </message>
    <message>
        <source>Tolak laporan</source>
        <translation>Reject report</translation>
    </message>
    <message>
        <source>Kirim untuk direview</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <source>Kirim ulang untuk direview</source>
        <translation>Resubmit for review</translation>
    </message>
    <message>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Kembalikan dengan catatan</source>
        <translation>Return with notes</translation>
    </message>
    <message>
        <source>Hentikan kasus</source>
        <translation>Dismiss case</translation>
    </message>
    <message>
        <source>Buka kembali persetujuan</source>
        <translation>Reopen approval</translation>
    </message>
    <message>
        <source>Teruskan ke BKD/BKN</source>
        <translation>Refer to BKD/BKN</translation>
    </message>
    <message>
        <source>Catat tindak lanjut PPK</source>
        <translation>Record PPK follow-up</translation>
    </message>
    <message>
        <source>Tutup kasus</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>Buka kembali</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Langkah &apos;{name}&apos; tidak dikenal.</source>
        <translation>Unknown step &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Langkah “{step}” hanya dapat dilakukan dari status “{source}”; kasus ini berstatus “{status}”.</source>
        <translation>The step “{step}” can only be taken from status “{source}”; this case is “{status}”.</translation>
    </message>
    <message>
        <source>Peran {role} tidak berwenang melakukan “{step}”.</source>
        <translation>The {role} role is not permitted to perform “{step}”.</translation>
    </message>
    <message>
        <source>“{step}” hanya dapat dilakukan oleh pemantau yang memegang kasus ini.</source>
        <translation>“{step}” can only be done by the monitor assigned to this case.</translation>
    </message>
    <message>
        <source>Prinsip empat mata: Anda ikut menyusun lembar sanksi atau mengirim kasus ini untuk direview, jadi Anda tidak boleh menyetujuinya sendiri. Minta supervisor lain untuk mereviewnya.</source>
        <translation>Four-eyes principle: you helped prepare the sanction worksheet or submitted this case for review, so you may not approve it yourself. Ask another supervisor to review it.</translation>
    </message>
    <message>
        <source>“{step}” memerlukan alasan atau catatan.</source>
        <translation>“{step}” requires a reason or note.</translation>
    </message>
    <message>
        <source>Laporan masyarakat</source>
        <translation>Public report</translation>
    </message>
    <message>
        <source>Patroli tim</source>
        <translation>Team patrol</translation>
    </message>
    <message>
        <source>Portal lain</source>
        <translation>Other portal</translation>
    </message>
    <message>
        <source>Situs/blog</source>
        <translation>Website/blog</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Tautan (URL)</source>
        <translation>Link (URL)</translation>
    </message>
    <message>
        <source>Bakal calon (sebelum penetapan)</source>
        <translation>Prospective candidate (before designation)</translation>
    </message>
    <message>
        <source>Calon ditetapkan</source>
        <translation>Designated candidate</translation>
    </message>
    <message>
        <source>Masa kampanye</source>
        <translation>Campaign period</translation>
    </message>
    <message>
        <source>Masa tenang</source>
        <translation>Quiet period</translation>
    </message>
    <message>
        <source>Setelah pemungutan suara</source>
        <translation>After voting day</translation>
    </message>
    <message>
        <source>Di luar tahapan pemilihan</source>
        <translation>Outside the election stages</translation>
    </message>
    <message>
        <source>NIP wajib diisi.</source>
        <translation>NIP is required.</translation>
    </message>
    <message>
        <source>NIP hanya boleh berisi angka dan spasi.</source>
        <translation>NIP may contain only digits and spaces.</translation>
    </message>
    <message>
        <source>Nomor ini 16 digit: itu NIK (nomor kependudukan), bukan NIP. NIP terdiri dari 18 digit.</source>
        <translation>This number has 16 digits: that is a NIK (population ID number), not a NIP. A NIP has 18 digits.</translation>
    </message>
    <message>
        <source>NIP harus 18 digit; yang dimasukkan {count} digit.</source>
        <translation>NIP must have 18 digits; {count} digits were entered.</translation>
    </message>
    <message>
        <source>8 digit pertama NIP ({part}) bukan tanggal lahir yang valid.</source>
        <translation>The first 8 digits of the NIP ({part}) are not a valid date of birth.</translation>
    </message>
    <message>
        <source>Digit 9–14 NIP ({part}) bukan bulan pengangkatan yang valid.</source>
        <translation>Digits 9–14 of the NIP ({part}) are not a valid month of appointment.</translation>
    </message>
    <message>
        <source>Bulan pengangkatan {appointment} tidak mungkin sebelum atau sama dengan bulan lahir.</source>
        <translation>The appointment month {appointment} cannot be on or before the birth month.</translation>
    </message>
    <message>
        <source>Bulan pengangkatan {appointment} ada di masa depan.</source>
        <translation>Appointment month {appointment} is in the future.</translation>
    </message>
    <message>
        <source>Digit ke-15 NIP (jenis kelamin) harus 1 atau 2, bukan {digit}.</source>
        <translation>Digit 15 of the NIP (sex) must be 1 or 2, not {digit}.</translation>
    </message>
    <message>
        <source>Nomor urut NIP (3 digit terakhir) tidak boleh 000.</source>
        <translation>The NIP sequence number (last 3 digits) cannot be 000.</translation>
    </message>
    <message>
        <source>Usia saat pengangkatan kurang dari 17 tahun; periksa kembali NIP.</source>
        <translation>Age at appointment is under 17; check the NIP again.</translation>
    </message>
    <message>
        <source>NI PPPK wajib diisi.</source>
        <translation>NI PPPK is required.</translation>
    </message>
    <message>
        <source>NI PPPK hanya boleh berisi angka dan spasi.</source>
        <translation>NI PPPK may contain only digits and spaces.</translation>
    </message>
    <message>
        <source>Nomor ini 16 digit: itu NIK (nomor kependudukan), bukan NI PPPK (18 digit).</source>
        <translation>This number has 16 digits: that is a NIK (population ID number), not an NI PPPK (18 digits).</translation>
    </message>
    <message>
        <source>NI PPPK harus 18 digit; yang dimasukkan {count} digit.</source>
        <translation>NI PPPK must have 18 digits; {count} digits were entered.</translation>
    </message>
    <message>
        <source>Nomor ini 18 digit: itu NIP, bukan NIK (16 digit).</source>
        <translation>This number has 18 digits: that is a NIP, not a NIK (16 digits).</translation>
    </message>
    <message>
        <source>NIK harus 16 digit angka.</source>
        <translation>NIK must be 16 digits.</translation>
    </message>
    <message>
        <source>Kata sandi minimal {count} karakter.</source>
        <translation>Password must be at least {count} characters.</translation>
    </message>
    <message>
        <source>Kata sandi tidak boleh diawali atau diakhiri spasi.</source>
        <translation>Password must not start or end with a space.</translation>
    </message>
    <message>
        <source>Pemantau</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Portal asal</source>
        <translation>Originating portal</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Tautan unggahan</source>
        <translation>Post links</translation>
    </message>
    <message>
        <source>Akun</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Tanggal perbuatan</source>
        <translation>Incident date</translation>
    </message>
    <message>
        <source>Tanggal diketahui</source>
        <translation>Date discovered</translation>
    </message>
    <message>
        <source>Tanggal diterima</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>Tahapan pencalonan</source>
        <translation>Candidacy stage</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dipegang oleh</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Dikirim oleh</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <source>ASN terlapor</source>
        <translation>Reported civil servant</translation>
    </message>
    <message>
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jenis kepegawaian</source>
        <translation>Employment type</translation>
    </message>
    <message>
        <source>NIP / NI PPPK</source>
        <translation>NIP / NI PPPK</translation>
    </message>
    <message>
        <source>Instansi (OPD)</source>
        <translation>Agency (OPD)</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Pangkat/golongan</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Isi</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Nama tampilan</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>{field} wajib diisi.</source>
        <translation>{field} is required.</translation>
    </message>
    <message>
        <source>Nama ASN</source>
        <translation>Civil servant’s name</translation>
    </message>
    <message>
        <source>Nama pelapor</source>
        <translation>Reporter’s name</translation>
    </message>
    <message>
        <source>{field}: nilai “{value}” tidak dikenal.</source>
        <translation>{field}: unknown value “{value}”.</translation>
    </message>
    <message>
        <source>Tautan “{url}” tidak valid; gunakan alamat lengkap yang diawali http:// atau https://.</source>
        <translation>The link “{url}” is not valid; use a full address starting with http:// or https://.</translation>
    </message>
    <message>
        <source>{field}: tanggal tidak valid.</source>
        <translation>{field}: invalid date.</translation>
    </message>
    <message>
        <source>{field} tidak boleh di masa depan.</source>
        <translation>{field} cannot be in the future.</translation>
    </message>
    <message>
        <source>{later} tidak boleh sebelum {earlier}.</source>
        <translation>{later} cannot be before {earlier}.</translation>
    </message>
    <message>
        <source>Terjadi kesalahan.</source>
        <translation>An error occurred.</translation>
    </message>
    <message>
        <source>Data belum lengkap atau tidak valid.</source>
        <translation>The data is incomplete or invalid.</translation>
    </message>
    <message>
        <source>Anda tidak berwenang melakukan ini.</source>
        <translation>You are not permitted to do this.</translation>
    </message>
    <message>
        <source>Data tidak ditemukan.</source>
        <translation>The record was not found.</translation>
    </message>
    <message>
        <source>Data ini telah diubah oleh {who} sejak Anda membukanya. Muat ulang lalu ulangi perubahan.</source>
        <translation>This record has been changed by {who} since you opened it. Reload it, then make your changes again.</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Incorrect username or password.</translation>
    </message>
    <message>
        <source>Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {seconds} detik.</source>
        <translation>Too many failed sign-in attempts. Try again in {seconds} seconds.</translation>
    </message>
    <message>
        <source>Basis data {path} dibuat oleh versi ASN Monitor yang lebih baru (skema {found}, aplikasi ini mengenal sampai {supported}). Perbarui aplikasi; data tidak diubah.</source>
        <translation>The database {path} was created by a newer version of ASN Monitor (schema {found}; this application supports up to {supported}). Update the application; no data was changed.</translation>
    </message>
    <message>
        <source>Basis data {path} rusak atau bukan basis data ASN Monitor ({detail}). Tidak ada yang ditulis. Pulihkan dari cadangan atau hubungi admin.</source>
        <translation>The database {path} is damaged or is not an ASN Monitor database ({detail}). Nothing was written. Restore it from a backup or contact the admin.</translation>
    </message>
    <message>
        <source>Basis data {path} hanya dapat dibaca; perubahan tidak dapat disimpan. Periksa izin berkas.</source>
        <translation>The database {path} is read-only; changes cannot be saved. Check the file permissions.</translation>
    </message>
    <message>
        <source>Basis data {path} sedang dikunci oleh proses lain. Perubahan belum disimpan; coba lagi.</source>
        <translation>The database {path} is locked by another process. Your changes have not been saved; try again.</translation>
    </message>
    <message>
        <source>Ruang kerja {path} tidak dapat dibuka.</source>
        <translation>The workspace {path} cannot be opened.</translation>
    </message>
    <message>
        <source>Folder bersama {path} tidak dapat dijangkau ({detail}). Pekerjaan tetap tersimpan di komputer ini dan dikirim saat folder kembali.</source>
        <translation>The shared folder {path} cannot be reached ({detail}). Work stays saved on this PC and is sent when the folder is back.</translation>
    </message>
    <message>
        <source>Berkas hub {path} memakai mode jurnal {mode}; mode WAL tidak aman di folder jaringan. Sinkronisasi dihentikan; minta admin memeriksa berkas itu.</source>
        <translation>The hub file {path} uses journal mode {mode}; WAL is not safe on a network folder. Sync stopped; ask an admin to check that file.</translation>
    </message>
    <message>
        <source>Folder bersama tidak terjangkau sejak {since}. Kasus baru tidak dapat diambil saat luring; kasus yang sudah Anda pegang tetap dapat dikerjakan.</source>
        <translation>The shared folder has been out of reach since {since}. New cases cannot be claimed while offline; cases you already hold can still be worked on.</translation>
    </message>
    <message>
        <source>Akun ini telah dinonaktifkan. Hubungi supervisor atau admin.</source>
        <translation>This account has been deactivated. Contact a supervisor or admin.</translation>
    </message>
    <message>
        <source>(dirahasiakan)</source>
        <translation>(confidential)</translation>
    </message>
    <message>
        <source>Kasus tidak ditemukan; mungkin sudah dihapus.</source>
        <translation>Case not found; it may have been deleted.</translation>
    </message>
    <message>
        <source>Kasus nomor {number} tidak ditemukan.</source>
        <translation>Case {number} was not found.</translation>
    </message>
    <message>
        <source>Kasus ini tidak memiliki pelapor.</source>
        <translation>This case has no reporter.</translation>
    </message>
    <message>
        <source>Kasus ini sudah disetujui supervisor; lembar sanksi dan anotasi buktinya terkunci. Perubahan memerlukan supervisor membuka kembali persetujuan dengan alasan.</source>
        <translation>This case has been approved by a supervisor; its sanction worksheet and evidence markup are locked. Changes require a supervisor to reopen the approval with a reason.</translation>
    </message>
    <message>
        <source>Kasus berstatus “{status}” ini tidak dapat Anda ubah.</source>
        <translation>You cannot edit this case with status “{status}”.</translation>
    </message>
    <message>
        <source>Kolom tidak dapat diubah: {fields}</source>
        <translation>These fields cannot be changed: {fields}</translation>
    </message>
    <message>
        <source>“{step}” dilakukan lewat layarnya sendiri (review, penerusan, atau tindak lanjut), yang mencatat data yang menyertainya.</source>
        <translation>“{step}” is done on its own screen (review, referral or follow-up), which records the data that goes with it.</translation>
    </message>
    <message>
        <source>Kasus {number} berstatus “{status}”; pemegangnya tidak dapat diganti.</source>
        <translation>Case {number} is “{status}”; its holder cannot be changed.</translation>
    </message>
    <message>
        <source>Kasus hanya dapat ditugaskan kepada pemantau atau supervisor aktif.</source>
        <translation>Cases can only be assigned to active monitors or supervisors.</translation>
    </message>
    <message>
        <source>Kasus {number} sudah diambil oleh {holder} lebih dulu; kasus tidak berpindah kepada Anda.</source>
        <translation>Case {number} was already claimed by {holder}; it has not moved to you.</translation>
    </message>
    <message>
        <source>Kasus {number} sudah diambil oleh {holder} lebih dulu.</source>
        <translation>Case {number} was already claimed by {holder}.</translation>
    </message>
    <message>
        <source>Catatan kosong tidak disimpan.</source>
        <translation>Empty notes are not saved.</translation>
    </message>
    <message>
        <source>ASN terlapor belum diidentifikasi</source>
        <translation>the reported civil servant has not been identified</translation>
    </message>
    <message>
        <source>NIP ASN terlapor belum diisi</source>
        <translation>the reported civil servant’s NIP is missing</translation>
    </message>
    <message>
        <source>tanggal perbuatan belum diisi</source>
        <translation>the incident date is missing</translation>
    </message>
    <message>
        <source>platform belum dipilih</source>
        <translation>no platform has been selected</translation>
    </message>
    <message>
        <source>Kasus belum siap direview: {missing}.</source>
        <translation>The case is not ready for review: {missing}.</translation>
    </message>
    <message>
        <source>Nama kantor wajib diisi.</source>
        <translation>Office name is required.</translation>
    </message>
    <message>
        <source>Kode wilayah 2–6 huruf kapital, misalnya NTB (untuk NTB-2024-0042).</source>
        <translation>The region code must be 2–6 capital letters, e.g. NTB (for NTB-2024-0042).</translation>
    </message>
    <message>
        <source>Batas ukuran berkas bukti harus antara 1 dan 2048 MB.</source>
        <translation>The evidence file size limit must be between 1 and 2048 MB.</translation>
    </message>
    <message>
        <source>Nama pengguna 3–32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf atau angka.</source>
        <translation>A username has 3–32 characters: lowercase letters, digits, dots, underscores or hyphens, starting with a letter or digit.</translation>
    </message>
    <message>
        <source>Nama tampilan wajib diisi.</source>
        <translation>Display name is required.</translation>
    </message>
    <message>
        <source>Akun pertama harus supervisor atau admin agar dapat mengelola akun.</source>
        <translation>The first account must be a supervisor or admin so that it can manage accounts.</translation>
    </message>
    <message>
        <source>Ruang kerja ini sudah memiliki akun; masuk untuk menambah akun.</source>
        <translation>This workspace already has accounts; sign in to add more.</translation>
    </message>
    <message>
        <source>Pengguna “{username}” tidak ada.</source>
        <translation>User “{username}” does not exist.</translation>
    </message>
    <message>
        <source>Nama pengguna “{username}” sudah dipakai.</source>
        <translation>The username “{username}” is already taken.</translation>
    </message>
    <message>
        <source>Anda tidak dapat mengubah peran Anda sendiri.</source>
        <translation>You cannot change your own role.</translation>
    </message>
    <message>
        <source>Kata sandi saat ini salah.</source>
        <translation>The current password is incorrect.</translation>
    </message>
    <message>
        <source>Anda tidak dapat menonaktifkan akun Anda sendiri.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <source>Kasus</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Bukti</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Akun media sosial</source>
        <translation>Social media account</translation>
    </message>
    <message>
        <source>Akun pengguna</source>
        <translation>User account</translation>
    </message>
    <message>
        <source>Pengaturan kantor</source>
        <translation>Office settings</translation>
    </message>
    <message>
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>Kode wilayah</source>
        <translation>Region code</translation>
    </message>
    <message>
        <source>(seluruh data)</source>
        <translation>(whole record)</translation>
    </message>
    <message>
        <source>Konflik tidak ditemukan.</source>
        <translation>Conflict not found.</translation>
    </message>
    <message>
        <source>Konflik jenis ini tidak memilih nilai; tandai saja sebagai selesai.</source>
        <translation>This kind of conflict has no value to choose; just mark it resolved.</translation>
    </message>
    <message>
        <source>Data yang diperebutkan sudah dihapus; konflik ini hanya dapat ditandai selesai.</source>
        <translation>The disputed record has been deleted; this conflict can only be marked resolved.</translation>
    </message>
    <message>
        <source>{field} tidak dapat diatur dari daftar konflik; pertahankan nilai yang berlaku lalu ubah lewat layarnya sendiri bila perlu.</source>
        <translation>{field} cannot be set from the conflict list; keep the value in force and change it in its own screen if needed.</translation>
    </message>
    <message>
        <source>Hanya supervisor yang dapat mengelola akun supervisor.</source>
        <translation>Only a supervisor can manage supervisor accounts.</translation>
    </message>
    <message>
        <source>Kasus berstatus “{status}” tidak dapat Anda ubah, jadi nilainya tidak dapat Anda ganti. Pertahankan nilai yang berlaku, atau minta pemegang kasus atau supervisor memilih.</source>
        <translation>You cannot edit a case with status “{status}”, so you cannot replace its value. Keep the value in force, or ask the case holder or a supervisor to choose.</translation>
    </message>
    <message>
        <source>Harus tetap ada sedikitnya satu supervisor atau admin aktif.</source>
        <translation>At least one active supervisor or admin must remain.</translation>
    </message>
    <message>
        <source>Konflik ini sudah diselesaikan oleh {who}.</source>
        <translation>This conflict was already resolved by {who}.</translation>
    </message>
    <message>
        <source>Konflik ini hanya dapat diselesaikan oleh orang yang terlibat atau supervisor.</source>
        <translation>This conflict can only be resolved by the people involved or a supervisor.</translation>
    </message>
    <message>
        <source>Anda tidak dapat mengubah data ini; pertahankan nilai yang berlaku atau minta supervisor memilih.</source>
        <translation>You cannot edit this record; keep the value in force or ask a supervisor to choose.</translation>
    </message>
    <message>
        <source>Data {id} tidak ditemukan; mungkin sudah dihapus.</source>
        <translation>Record {id} was not found; it may have been deleted.</translation>
    </message>
    <message>
        <source>Berkas basis data {path} tidak dapat diakses ({detail}). Perubahan belum disimpan.</source>
        <translation>The database file {path} cannot be accessed ({detail}). Your changes have not been saved.</translation>
    </message>
    <message>
        <source>Kesalahan basis data pada {path}: {detail}</source>
        <translation>Database error in {path}: {detail}</translation>
    </message>
    <message>
        <source>Basis data {path} tidak ditemukan.</source>
        <translation>The database {path} was not found.</translation>
    </message>
    <message>
        <source>… dan masalah lainnya.</source>
        <translation>… and more problems.</translation>
    </message>
    <message>
        <source>Berkas basis data rusak ({detail}). Pulihkan dari cadangan; jangan menulis ke berkas ini.</source>
        <translation>The database file is damaged ({detail}). Restore it from a backup; do not write to this file.</translation>
    </message>
    <message>
        <source>SQLite integrity_check: {m}</source>
        <translation>SQLite integrity_check: {m}</translation>
    </message>
    <message>
        <source>Rujukan rusak: {table} baris {rowid} merujuk {parent} yang tidak ada.</source>
        <translation>Broken reference: {table} row {rowid} refers to a {parent} that does not exist.</translation>
    </message>
    <message>
        <source>Catatan perubahan hilang: asal {origin} melompat dari {expected} ke {seq}.</source>
        <translation>Missing change records: origin {origin} jumps from {expected} to {seq}.</translation>
    </message>
    <message>
        <source>Rantai catatan perubahan putus pada asal {origin} nomor {seq}: catatan diubah di luar aplikasi.</source>
        <translation>The change-record chain is broken at origin {origin}, number {seq}: a record was altered outside the application.</translation>
    </message>
    <message>
        <source>Kasus {number} dibuat langsung berstatus {status}; kasus baru selalu mulai dari Masuk (dicatat di luar aplikasi).</source>
        <translation>Case {number} was created directly with status {status}; new cases always start as New (recorded outside the application).</translation>
    </message>
    <message>
        <source>Kasus {number}: perubahan status {old} → {new} oleh {user} tidak sah menurut alur kasus (dicatat di luar aplikasi).</source>
        <translation>Case {number}: the status change {old} → {new} by {user} is not allowed by the case workflow (recorded outside the application).</translation>
    </message>
    <message>
        <source>Kasus {number}: disetujui oleh penyusun lembar sanksinya sendiri ({user}); prinsip empat mata dilanggar (dicatat di luar aplikasi).</source>
        <translation>Case {number}: approved by the author of its own sanction worksheet ({user}); four-eyes principle violated (recorded outside the app).</translation>
    </message>
    <message>
        <source>Baris {table} {id} tidak tercatat di log perubahan (ditambahkan di luar aplikasi).</source>
        <translation>{table} row {id} is not in the change log (added outside the application).</translation>
    </message>
    <message>
        <source>{table} {id}: kolom {field} berbeda dari log perubahan (diubah di luar aplikasi).</source>
        <translation>{table} {id}: field {field} differs from the change log (changed outside the application).</translation>
    </message>
    <message>
        <source>Baris {table} {id} ada di log perubahan tetapi hilang dari tabel.</source>
        <translation>{table} row {id} is in the change log but missing from the table.</translation>
    </message>
    <message>
        <source>Folder {path} ada di jaringan ({kind}). Basis data kerja harus di disk komputer ini, karena SQLite dapat rusak di folder jaringan; pilih folder lokal. Folder bersama kantor dipakai lewat sinkronisasi, bukan sebagai ruang kerja.</source>
        <translation>The folder {path} is on the network ({kind}). The working database must be on this computer&apos;s own disk, because SQLite can be corrupted in network folders; choose a local folder. The office&apos;s shared folder is used through synchronisation, not as a workspace.</translation>
    </message>
    <message>
        <source>{path} bukan folder.</source>
        <translation>{path} is not a folder.</translation>
    </message>
    <message>
        <source>Ruang kerja {path} tersambung ke folder bersama {known}; {target} berisi hub lain atau belum berisi hub. Pakai ruang kerja lain (--workspace) untuk folder bersama ini.</source>
        <translation>Workspace {path} is linked to the shared folder {known}; {target} holds another hub or none yet. Use another workspace (--workspace) for this shared folder.</translation>
    </message>
    <message>
        <source>Folder bersama {path} belum berisi hub kantor. Buat dengan “python main.py init-shared” atau pilih folder yang benar.</source>
        <translation>The shared folder {path} holds no office hub yet. Create one with “python main.py init-shared” or choose the right folder.</translation>
    </message>
    <message>
        <source>Sebutkan folder bersama kantor yang akan digabung.</source>
        <translation>Name the office shared folder to join.</translation>
    </message>
    <message>
        <source>Ruang kerja {path} sudah ada; pilih folder lain atau masuk.</source>
        <translation>A workspace already exists at {path}; choose another folder or sign in.</translation>
    </message>
    <message>
        <source>Hub di {path} belum berisi akun; buat dulu akun pertama.</source>
        <translation>The hub in {path} has no accounts yet; create the first account first.</translation>
    </message>
    <message>
        <source>Folder {path} tidak dapat dibuat: {detail}</source>
        <translation>The folder {path} cannot be created: {detail}</translation>
    </message>
    <message>
        <source>Folder bersama {path} sudah berisi hub kantor; gabung ke sana alih-alih membuat kantor baru.</source>
        <translation>The shared folder {path} already holds an office hub; join it instead of creating a new office.</translation>
    </message>
    <message>
        <source>Akun Anda sudah dinonaktifkan. Hubungi supervisor atau admin.</source>
        <translation>Your account has been deactivated. Contact a supervisor or admin.</translation>
    </message>
    <message>
        <source>Data ASN dimuat ulang; ulangi perubahan Anda.</source>
        <translation>The civil servant&apos;s record was reloaded; please make your change again.</translation>
    </message>
    <message>
        <source>Data ASN ini juga dipakai kasus yang sudah disetujui ({numbers}); mengubahnya akan mengubah kasus tersebut. Bila orangnya berbeda, isi NIP yang benar; bila datanya berubah, minta supervisor.</source>
        <translation>This civil servant&apos;s record is also used by approved cases ({numbers}); changing it would change those cases. If it is a different person, enter the correct NIP; if the details changed, ask a supervisor.</translation>
    </message>
    <message>
        <source>Berkas {name} sudah ada pada kasus ini sebagai “{existing}” (ditambahkan {at}); tidak ditambahkan lagi.</source>
        <translation>File {name} is already in this case as “{existing}” (added {at}); it was not added again.</translation>
    </message>
    <message>
        <source>Berkas {name} tidak dapat dijadikan bukti: isinya {found}. Tambahkan gambar (PNG, JPEG, GIF, WebP, BMP atau TIFF), dokumen PDF, atau halaman web tersimpan (HTML).</source>
        <translation>File {name} cannot be used as evidence: it contains {found}. Add an image (PNG, JPEG, GIF, WebP, BMP or TIFF), a PDF document or a saved web page (HTML).</translation>
    </message>
    <message>
        <source>Berkas {name} yang sama juga menjadi bukti pada kasus {numbers}.</source>
        <translation>The same file {name} is also evidence in cases {numbers}.</translation>
    </message>
    <message>
        <source>Tautan dialihkan: {chain}.</source>
        <translation>Link redirected: {chain}.</translation>
    </message>
    <message>
        <source>Cek ulang tautan {url}: {outcome}{status}.</source>
        <translation>Rechecked link {url}: {outcome}{status}.</translation>
    </message>
    <message>
        <source>Sidik isi sekarang {sha}; tangkap ulang tautan bila isi barunya diperlukan.</source>
        <translation>The current content fingerprint is {sha}; recapture the link if its new content is needed.</translation>
    </message>
    <message>
        <source>Berkas {path} lebih dari 100 MB; pecah dulu.</source>
        <translation>File {path} is larger than 100 MB; split it first.</translation>
    </message>
    <message>
        <source>Berkas {path} tidak ditemukan.</source>
        <translation>File {path} not found.</translation>
    </message>
    <message>
        <source>Bukti {name} tidak diambil dari tautan; tidak ada yang dapat diperiksa ulang.</source>
        <translation>Evidence {name} was not captured from a link; there is nothing to recheck.</translation>
    </message>
    <message>
        <source>Bukti kasus berstatus {status} tidak dapat ditambah atau diubah.</source>
        <translation>Evidence in a case with status {status} cannot be added or changed.</translation>
    </message>
    <message>
        <source>Rendisi ini dibuat dari berkas lain ({found}), bukan dari bukti {name}.</source>
        <translation>This rendition was made from a different file ({found}), not from evidence {name}.</translation>
    </message>
    <message>
        <source>Rendisi harus berupa PNG utuh berukuran {width} × {height} piksel.</source>
        <translation>The rendition must be a complete PNG of {width} × {height} pixels.</translation>
    </message>
    <message>
        <source>Bukti {id} tidak ditemukan.</source>
        <translation>Evidence {id} not found.</translation>
    </message>
    <message>
        <source>Anotasi pada kasus berstatus “{status}” tidak dapat Anda ubah.</source>
        <translation>You cannot change annotations on a case with status “{status}”.</translation>
    </message>
    <message>
        <source>Komentar pada bukti hanya untuk supervisor dan pemantau yang memegang kasus.</source>
        <translation>Comments on evidence are only for supervisors and the monitor holding the case.</translation>
    </message>
    <message>
        <source>Basis data komputer ini</source>
        <translation>This PC&apos;s database</translation>
    </message>
    <message>
        <source>Hub di folder bersama</source>
        <translation>Hub in the shared folder</translation>
    </message>
    <message>
        <source>Rantai perubahan (komputer vs hub)</source>
        <translation>Change chains (this PC vs hub)</translation>
    </message>
    <message>
        <source>Berkas bukti</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <source>Hub tidak dapat diperiksa: {detail}</source>
        <translation>The hub cannot be checked: {detail}</translation>
    </message>
    <message>
        <source>Catatan asal {origin} nomor {seq} ada di komputer ini (posisi hub {hub_id}) tetapi hilang dari hub.</source>
        <translation>Record {seq} from origin {origin} is on this PC (hub position {hub_id}) but missing from the hub.</translation>
    </message>
    <message>
        <source>Catatan asal {origin} nomor {seq} berbeda antara komputer ini dan hub.</source>
        <translation>Record {seq} from origin {origin} differs between this PC and the hub.</translation>
    </message>
    <message>
        <source>Berkas bukti {sha} tidak cocok dengan sidiknya: {path}</source>
        <translation>Evidence file {sha} does not match its hash: {path}</translation>
    </message>
    <message>
        <source>Berkas bukti {sha} dirujuk data tetapi tidak ada di folder bersama.</source>
        <translation>Evidence file {sha} is referenced by the data but missing from the shared folder.</translation>
    </message>
    <message>
        <source>Cadangan {path} gagal diperiksa ({detail}); tidak disimpan.</source>
        <translation>Backup {path} failed its check ({detail}); not kept.</translation>
    </message>
    <message>
        <source>Berkas cadangan {path} tidak ditemukan.</source>
        <translation>Backup file {path} not found.</translation>
    </message>
    <message>
        <source>{path} tidak dapat dipakai untuk pemulihan: {detail}.</source>
        <translation>{path} cannot be used for a restore: {detail}.</translation>
    </message>
    <message>
        <source>{path} adalah cadangan hub kantor lain; pemulihan dibatalkan.</source>
        <translation>{path} is a backup of another office&apos;s hub; restore cancelled.</translation>
    </message>
    <message>
        <source>Hub {path} sedang ditulis komputer lain; pemulihan dibatalkan, coba lagi.</source>
        <translation>Hub {path} is being written by another PC; restore cancelled, try again.</translation>
    </message>
    <message>
        <source>Berkas bukti {sha} rusak (isi tidak cocok dengan sidiknya) di {path}.</source>
        <translation>Evidence file {sha} is damaged (its content does not match its hash) in {path}.</translation>
    </message>
    <message>
        <source>dokumen PDF</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>halaman web (HTML)</source>
        <translation>web page (HTML)</translation>
    </message>
    <message>
        <source>video MP4/MOV</source>
        <translation>MP4/MOV video</translation>
    </message>
    <message>
        <source>berkas kosong</source>
        <translation>empty file</translation>
    </message>
    <message>
        <source>data yang tidak dikenali</source>
        <translation>unrecognised data</translation>
    </message>
    <message>
        <source>berkas terpotong</source>
        <translation>truncated file</translation>
    </message>
    <message>
        <source>kepala berkas rusak</source>
        <translation>corrupt file header</translation>
    </message>
    <message>
        <source>format belum didukung</source>
        <translation>format not yet supported</translation>
    </message>
    <message>
        <source>Berkas {name} kosong (0 byte); tidak ada yang dapat dijadikan bukti.</source>
        <translation>File {name} is empty (0 bytes); there is nothing to use as evidence.</translation>
    </message>
    <message>
        <source>Berkas {name} berukuran {size}, melebihi batas {limit}.</source>
        <translation>File {name} is {size}, exceeding the {limit} limit.</translation>
    </message>
    <message>
        <source>Berkas {name} bukan gambar: isinya {found}. Pilih tangkapan layar atau foto (PNG, JPEG, GIF, WebP, BMP atau TIFF).</source>
        <translation>File {name} is not an image: it contains {found}. Choose a screenshot or photo (PNG, JPEG, GIF, WebP, BMP or TIFF).</translation>
    </message>
    <message>
        <source>Gambar {name} berformat {format}, yang belum dapat ditampilkan aplikasi ini. Ubah dahulu ke JPEG atau PNG (misalnya dengan aplikasi Foto), lalu tambahkan lagi.</source>
        <translation>Image {name} is in {format} format, which this app cannot display yet. Convert it to JPEG or PNG first (for example with the Photos app), then add it again.</translation>
    </message>
    <message>
        <source>Berkas {name} ({format}) tidak utuh: {problem}. Salin atau unduh ulang dari sumbernya.</source>
        <translation>File {name} ({format}) is incomplete: {problem}. Copy or download it again from its source.</translation>
    </message>
    <message>
        <source>Gambar {name} berukuran {width} × {height} piksel ({megapixels} megapiksel), melebihi batas {limit} megapiksel. Perkecil atau potong gambarnya terlebih dahulu.</source>
        <translation>Image {name} is {width} × {height} pixels ({megapixels} megapixels), exceeding the {limit}-megapixel limit. Shrink or crop the image first.</translation>
    </message>
    <message>
        <source>Nama berkas {name} berakhiran .{extension}, tetapi isinya {format}; berkas diterima sebagai {format}.</source>
        <translation>File name {name} ends in .{extension}, but its content is {format}; the file was accepted as {format}.</translation>
    </message>
    <message>
        <source>{name} adalah {format} beranimasi ({frames} bingkai); hanya bingkai pertama yang ditampilkan.</source>
        <translation>{name} is an animated {format} ({frames} frames); only the first frame is shown.</translation>
    </message>
    <message>
        <source>{name} berformat {format}, yang belum dapat ditampilkan; berkas disimpan apa adanya.</source>
        <translation>{name} is in {format} format, which cannot be displayed yet; the file is stored as is.</translation>
    </message>
    <message>
        <source>Berkas {path} tidak dapat dibaca: {detail}</source>
        <translation>File {path} cannot be read: {detail}</translation>
    </message>
    <message>
        <source>Berkas bukti tidak dapat disimpan di {path}: {detail}</source>
        <translation>The evidence file cannot be saved to {path}: {detail}</translation>
    </message>
    <message>
        <source>Berkas bukti {sha} tidak ada di komputer ini maupun di folder bersama.</source>
        <translation>Evidence file {sha} is neither on this PC nor in the shared folder.</translation>
    </message>
    <message>
        <source>Berkas bukti {sha} tidak ditemukan.</source>
        <translation>Evidence file {sha} not found.</translation>
    </message>
    <message>
        <source>Hub {path} rusak ({detail}). Tidak ada yang ditulis ke sana; pekerjaan tetap di komputer ini. Admin: pulihkan dengan “python main.py restore” memakai cadangan di {backups}.</source>
        <translation>Hub {path} is damaged ({detail}). Nothing is written to it; work stays on this PC. Admin: restore with “python main.py restore” using a backup in {backups}.</translation>
    </message>
    <message>
        <source>Folder {path} sudah berisi hub kantor; gabung ke folder itu alih-alih membuat yang baru.</source>
        <translation>Folder {path} already holds an office hub; join that folder instead of making a new one.</translation>
    </message>
    <message>
        <source>Folder bersama {path} tidak dapat ditulisi ({detail}).</source>
        <translation>The shared folder {path} cannot be written ({detail}).</translation>
    </message>
    <message>
        <source>Folder bersama {path} dipasang dengan opsi {options}: penguncian berkas antarkomputer mati, sehingga hub akan rusak. Pasang ulang tanpa opsi itu (minta admin jaringan).</source>
        <translation>The shared folder {path} is mounted with {options}: file locking between PCs is off, so the hub would be corrupted. Remount it without that option (ask the network admin).</translation>
    </message>
    <message>
        <source>Berkas {path} tidak ada di folder bersama. Jika folder baru dipasang ulang, tunggu; jika berkas hilang, pulihkan dari cadangan.</source>
        <translation>File {path} is not in the shared folder. If the folder was just remounted, wait; if the file is lost, restore it from a backup.</translation>
    </message>
    <message>
        <source>Folder bersama {path} menolak penulisan dari komputer ini (hanya dapat dibaca, atau jaringan sedang terganggu); perubahan menunggu di komputer ini dan dikirim setelah folder dapat ditulisi lagi.</source>
        <translation>The shared folder {path} refuses writes from this PC (read-only, or the network is failing); changes wait on this PC and are sent once the folder can be written again.</translation>
    </message>
    <message>
        <source>Hub {path} masih versi lama ({found}); perbarui dengan “python main.py sync”.</source>
        <translation>Hub {path} is still an old version ({found}); upgrade it with “python main.py sync”.</translation>
    </message>
    <message>
        <source>{path} bukan hub ASN Monitor (tanpa identitas hub).</source>
        <translation>{path} is not an ASN Monitor hub (it has no hub identity).</translation>
    </message>
    <message>
        <source>Catatan perubahan dari komputer {origin} tidak bersambung dengan hub (nomor {seq}; hub punya sampai {last}). Sinkronisasi komputer ini dihentikan agar tidak ada yang tertimpa; jalankan “python main.py check”.</source>
        <translation>Change records from PC {origin} do not continue the hub&apos;s (record {seq}; the hub has up to {last}). Sync of this PC stopped so nothing is overwritten; run “python main.py check”.</translation>
    </message>
    <message>
        <source>Hub menyimpan catatan lain untuk komputer {origin} nomor {seq}: salinan lokal ini berbeda dari yang pernah dikirim (dipulihkan dari cadangan lama?). Sinkronisasi dihentikan; hubungi admin.</source>
        <translation>The hub holds a different record for PC {origin} number {seq}: this local copy differs from what was sent (restored from an old backup?). Sync stopped; contact an admin.</translation>
    </message>
    <message>
        <source>Jenis data tidak dikenal: {entity}.</source>
        <translation>Unknown kind of record: {entity}.</translation>
    </message>
    <message>
        <source>Kolom tidak dikenal di {table}: {fields}.</source>
        <translation>Unknown fields in {table}: {fields}.</translation>
    </message>
    <message>
        <source>Folder bersama ini berisi hub kantor lain; ruang kerja ini terhubung ke hub {known}. Pakai ruang kerja lain untuk hub ini.</source>
        <translation>This shared folder holds another office&apos;s hub; this workspace is linked to hub {known}. Use another workspace for this hub.</translation>
    </message>
    <message>
        <source>Hub dan komputer ini menyimpan catatan berbeda untuk asal {origin} nomor {seq}. Sinkronisasi dihentikan; jalankan “python main.py check”.</source>
        <translation>The hub and this PC hold different records for origin {origin} number {seq}. Sync stopped; run “python main.py check”.</translation>
    </message>
    <message>
        <source>Tampilan “{name}” tidak ditemukan.</source>
        <translation>View “{name}” not found.</translation>
    </message>
    <message>
        <source>{shown} dari {total} kasus.</source>
        <translation>{shown} of {total} cases.</translation>
    </message>
    <message>
        <source>{name} kini memegang kasus {number}.</source>
        <translation>{name} now holds case {number}.</translation>
    </message>
    <message>
        <source>Kasus {number} lebih dulu diambil orang lain.</source>
        <translation>Case {number} was taken by someone else first.</translation>
    </message>
    <message>
        <source>Akun {username} tidak ditemukan.</source>
        <translation>Account {username} not found.</translation>
    </message>
    <message>
        <source>Kasus {number} ditugaskan kepada {name}.</source>
        <translation>Case {number} assigned to {name}.</translation>
    </message>
    <message>
        <source>Penanganan laporan</source>
        <translation>Report handling</translation>
    </message>
    <message>
        <source>Review supervisor</source>
        <translation>Supervisor review</translation>
    </message>
    <message>
        <source>Penerusan setelah disetujui</source>
        <translation>Referral after approval</translation>
    </message>
    <message>
        <source>Tindak lanjut PPK</source>
        <translation>PPK follow-up</translation>
    </message>
    <message>
        <source>Tenggat tahap “{stage}” harus 1 sampai {max} hari.</source>
        <translation>The deadline for stage “{stage}” must be 1 to {max} days.</translation>
    </message>
    <message>
        <source>Tahap tidak dikenal: {stages}</source>
        <translation>Unknown stages: {stages}</translation>
    </message>
    <message>
        <source>Tidak ada kasus yang belum diambil pada tampilan ini. Pilih tampilan “Belum diambil” untuk melihat seluruh antrean.</source>
        <translation>No unclaimed case in this view. Choose the “Unclaimed” view to see the whole queue.</translation>
    </message>
    <message>
        <source>Antrean saya</source>
        <translation>My queue</translation>
    </message>
    <message>
        <source>Belum diambil</source>
        <translation>Unclaimed</translation>
    </message>
    <message>
        <source>Menunggu review</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <source>Lewat tenggat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Semua kasus</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>Tindak lanjut lewat tenggat</source>
        <translation>Follow-up past deadline</translation>
    </message>
    <message>
        <source>Nama tampilan 1 sampai {max} karakter.</source>
        <translation>A view name has 1 to {max} characters.</translation>
    </message>
    <message>
        <source>“{name}” adalah tampilan bawaan.</source>
        <translation>“{name}” is a built-in view.</translation>
    </message>
    <message>
        <source>Anotasi ini terkunci; buka kuncinya dahulu untuk mengubahnya.</source>
        <translation>This annotation is locked; unlock it first to change it.</translation>
    </message>
    <message>
        <source>Anotasi {id} tidak ditemukan.</source>
        <translation>Annotation {id} not found.</translation>
    </message>
    <message>
        <source>Komentar {id} tidak ditemukan.</source>
        <translation>Comment {id} not found.</translation>
    </message>
    <message>
        <source>Dua anotasi memakai id yang sama.</source>
        <translation>Two annotations use the same id.</translation>
    </message>
    <message>
        <source>Urutan anotasi tidak cocok dengan isinya.</source>
        <translation>The annotation order does not match its contents.</translation>
    </message>
    <message>
        <source>Ubah anotasi</source>
        <translation>Edit annotation</translation>
    </message>
    <message>
        <source>Tidak ada anotasi yang dipilih.</source>
        <translation>No annotation selected.</translation>
    </message>
    <message>
        <source>Tambah anotasi</source>
        <translation>Add annotation</translation>
    </message>
    <message>
        <source>Hapus anotasi</source>
        <translation>Delete annotation</translation>
    </message>
    <message>
        <source>Pindahkan anotasi</source>
        <translation>Move annotation</translation>
    </message>
    <message>
        <source>Ubah ukuran anotasi</source>
        <translation>Resize annotation</translation>
    </message>
    <message>
        <source>Jenis anotasi tidak dapat diubah.</source>
        <translation>The annotation type cannot be changed.</translation>
    </message>
    <message>
        <source>Ubah gaya anotasi</source>
        <translation>Change annotation style</translation>
    </message>
    <message>
        <source>Kunci anotasi</source>
        <translation>Lock annotation</translation>
    </message>
    <message>
        <source>Buka kunci anotasi</source>
        <translation>Unlock annotation</translation>
    </message>
    <message>
        <source>Sembunyikan anotasi</source>
        <translation>Hide annotation</translation>
    </message>
    <message>
        <source>Tampilkan anotasi</source>
        <translation>Show annotation</translation>
    </message>
    <message>
        <source>Ubah urutan anotasi</source>
        <translation>Reorder annotations</translation>
    </message>
    <message>
        <source>Tempel anotasi</source>
        <translation>Paste annotation</translation>
    </message>
    <message>
        <source>Nomori ulang penanda</source>
        <translation>Renumber markers</translation>
    </message>
    <message>
        <source>Tambah komentar</source>
        <translation>Add comment</translation>
    </message>
    <message>
        <source>Ubah komentar</source>
        <translation>Edit comment</translation>
    </message>
    <message>
        <source>Koordinat {what} anotasi tidak valid: {value}.</source>
        <translation>Invalid annotation {what} coordinate: {value}.</translation>
    </message>
    <message>
        <source>Kotak anotasi harus berupa empat angka [x, y, w, h]: {value}.</source>
        <translation>An annotation box must be four numbers [x, y, w, h]: {value}.</translation>
    </message>
    <message>
        <source>Titik anotasi harus berupa dua angka [x, y]: {value}.</source>
        <translation>An annotation point must be two numbers [x, y]: {value}.</translation>
    </message>
    <message>
        <source>Data anotasi harus berupa objek JSON.</source>
        <translation>Annotation data must be a JSON object.</translation>
    </message>
    <message>
        <source>Jenis anotasi {kind} tidak dikenal.</source>
        <translation>Unknown annotation type {kind}.</translation>
    </message>
    <message>
        <source>Kotak sensor harus berjenis blok hitam atau piksel (solid/pixelate).</source>
        <translation>A redaction box must be a solid black block or pixelated (solid/pixelate).</translation>
    </message>
    <message>
        <source>Status komentar {status} tidak dikenal.</source>
        <translation>Unknown comment status {status}.</translation>
    </message>
    <message>
        <source>Data ini bukan anotasi ASN Monitor.</source>
        <translation>This data is not an ASN Monitor annotation.</translation>
    </message>
    <message>
        <source>Versi format anotasi {version} tidak valid.</source>
        <translation>Invalid annotation format version {version}.</translation>
    </message>
    <message>
        <source>Anotasi ini dibuat oleh versi ASN Monitor yang lebih baru (format {version}, aplikasi ini mengenal sampai {supported}). Perbarui aplikasi.</source>
        <translation>This annotation was made by a newer version of ASN Monitor (format {version}; this app knows up to {supported}). Update the app.</translation>
    </message>
    <message>
        <source>Data anotasi bukan JSON yang sah: {detail}.</source>
        <translation>The annotation data is not valid JSON: {detail}.</translation>
    </message>
    <message>
        <source>Warna anotasi {value} tidak valid; gunakan bentuk #rrggbb.</source>
        <translation>Invalid annotation colour {value}; use the form #rrggbb.</translation>
    </message>
    <message>
        <source>Anotasi tanpa id.</source>
        <translation>Annotation without an id.</translation>
    </message>
    <message>
        <source>Titik ke-{index} anotasi {kind} tidak valid.</source>
        <translation>Point {index} of the {kind} annotation is invalid.</translation>
    </message>
    <message>
        <source>Anotasi {kind} memerlukan kotak (x, y, w, h).</source>
        <translation>A {kind} annotation requires a box (x, y, w, h).</translation>
    </message>
    <message>
        <source>Lebar dan tinggi kotak anotasi tidak boleh negatif.</source>
        <translation>The width and height of an annotation box cannot be negative.</translation>
    </message>
    <message>
        <source>Anotasi {kind} tidak memakai kotak.</source>
        <translation>A {kind} annotation does not use a box.</translation>
    </message>
    <message>
        <source>Anotasi {kind} mempunyai {count} titik; jumlah itu tidak sah.</source>
        <translation>The {kind} annotation has {count} points; that number is not valid.</translation>
    </message>
    <message>
        <source>Penanda bernomor harus mempunyai nomor 1 atau lebih.</source>
        <translation>A numbered marker must have a number of 1 or more.</translation>
    </message>
    <message>
        <source>Tebal garis anotasi harus lebih dari nol.</source>
        <translation>Annotation line width must be greater than zero.</translation>
    </message>
    <message>
        <source>Keburaman anotasi harus di antara 0 dan 1.</source>
        <translation>Annotation opacity must be between 0 and 1.</translation>
    </message>
    <message>
        <source>Komentar tidak boleh kosong.</source>
        <translation>The comment cannot be empty.</translation>
    </message>
    <message>
        <source>Komentar ini sudah diselesaikan.</source>
        <translation>This comment has already been resolved.</translation>
    </message>
    <message>
        <source>Komentar ini masih terbuka.</source>
        <translation>This comment is still open.</translation>
    </message>
    <message>
        <source>gambar</source>
        <translation>image</translation>
    </message>
    <message>
        <source>halaman web</source>
        <translation>web page</translation>
    </message>
    <message>
        <source>berkas lain</source>
        <translation>other file</translation>
    </message>
    <message>
        <source>Alamat {url} bukan URL yang sah.</source>
        <translation>The address {url} is not a valid URL.</translation>
    </message>
    <message>
        <source>Alamat {url} tidak lengkap: awali dengan https:// (atau http://).</source>
        <translation>The address {url} is incomplete: start it with https:// (or http://).</translation>
    </message>
    <message>
        <source>Alamat {url} memakai skema {scheme}; hanya alamat http:// dan https:// yang dapat diambil.</source>
        <translation>The address {url} uses the {scheme} scheme; only http:// and https:// addresses can be fetched.</translation>
    </message>
    <message>
        <source>Tidak dapat terhubung ke {host} ({detail}). Periksa alamatnya dan sambungan internet.</source>
        <translation>Cannot connect to {host} ({detail}). Check the address and your internet connection.</translation>
    </message>
    <message>
        <source>Sambungan ke {host} terputus sebelum isinya selesai diterima ({detail}). Coba lagi.</source>
        <translation>The connection to {host} was lost before all the content was received ({detail}). Try again.</translation>
    </message>
    <message>
        <source>Nama situs {host} tidak ditemukan (DNS). Periksa ejaan alamat dan sambungan internet.</source>
        <translation>Site name {host} not found (DNS). Check the spelling of the address and your internet connection.</translation>
    </message>
    <message>
        <source>Sambungan aman ke {host} gagal: sertifikat situs tidak dapat dipercaya ({detail}).</source>
        <translation>Secure connection to {host} failed: the site&apos;s certificate cannot be trusted ({detail}).</translation>
    </message>
    <message>
        <source>{host} tidak menjawab dalam {seconds} detik. Coba lagi nanti.</source>
        <translation>{host} did not respond within {seconds} seconds. Try again later.</translation>
    </message>
    <message>
        <source>Pengambilan {url} dibatalkan; tidak ada yang disimpan.</source>
        <translation>Capture of {url} cancelled; nothing was stored.</translation>
    </message>
    <message>
        <source>Alamat {url} dialihkan lebih dari {limit} kali; pengambilan dihentikan.</source>
        <translation>The address {url} was redirected more than {limit} times; fetching stopped.</translation>
    </message>
    <message>
        <source>Alamat {url} dialihkan berputar-putar (kembali ke {loop}); pengambilan dihentikan.</source>
        <translation>The address {url} redirects in a loop (back to {loop}); fetching stopped.</translation>
    </message>
    <message>
        <source>Server {host} menolak permintaan untuk {url}: HTTP {status} {reason}.</source>
        <translation>Server {host} refused the request for {url}: HTTP {status} {reason}.</translation>
    </message>
    <message>
        <source>Server {host} sedang bermasalah (HTTP {status} {reason}) untuk {url}. Coba lagi nanti.</source>
        <translation>Server {host} is having problems (HTTP {status} {reason}) for {url}. Try again later.</translation>
    </message>
    <message>
        <source>Konten di {url} sudah tidak ada (HTTP {status}); mungkin telah dihapus pemiliknya.</source>
        <translation>The content at {url} no longer exists (HTTP {status}); it may have been deleted by its owner.</translation>
    </message>
    <message>
        <source>Isi {url} lebih besar dari batas {limit}; pengambilan dihentikan.</source>
        <translation>The content of {url} is larger than the {limit} limit; fetching stopped.</translation>
    </message>
    <message>
        <source>Isi {url} berukuran {size}, melebihi batas {limit}; tidak diunduh.</source>
        <translation>The content of {url} is {size}, exceeding the {limit} limit; not downloaded.</translation>
    </message>
    <message>
        <source>Server mengirim isi kosong untuk {url}; tidak ada yang dapat disimpan.</source>
        <translation>The server sent empty content for {url}; there is nothing to save.</translation>
    </message>
    <message>
        <source>Isi {url} berupa {kind} ({content_type}), yang tidak diterima di sini. Yang diterima: {allowed}.</source>
        <translation>The content of {url} is {kind} ({content_type}), which is not accepted here. Accepted: {allowed}.</translation>
    </message>
    <message>
        <source>Alamat {url} mengaku berisi gambar ({content_type}), tetapi isinya {found}. Mungkin situs meminta login; ambil tangkapan layar secara manual.</source>
        <translation>The address {url} claims to contain an image ({content_type}), but its content is {found}. The site may require a login; take a screenshot manually.</translation>
    </message>
    <message>
        <source>Masih ada, tidak berubah</source>
        <translation>Still there, unchanged</translation>
    </message>
    <message>
        <source>Masih ada, isinya berubah</source>
        <translation>Still there, content changed</translation>
    </message>
    <message>
        <source>Sudah tidak ada</source>
        <translation>No longer there</translation>
    </message>
    <message>
        <source>Tidak dapat diperiksa</source>
        <translation>Could not be checked</translation>
    </message>
    <message>
        <source>penulisan JSON salah ({detail}).</source>
        <translation>malformed JSON ({detail}).</translation>
    </message>
    <message>
        <source>berkas bukan teks UTF-8.</source>
        <translation>the file is not UTF-8 text.</translation>
    </message>
    <message>
        <source>kunci “{key}” ditulis dua kali.</source>
        <translation>key “{key}” appears twice.</translation>
    </message>
    <message>
        <source>kunci “{key}” wajib ada.</source>
        <translation>key “{key}” is required.</translation>
    </message>
    <message>
        <source>kunci “{key}” tidak dikenal.</source>
        <translation>unknown key “{key}”.</translation>
    </message>
    <message>
        <source>nilai harus berupa {expected}.</source>
        <translation>the value must be {expected}.</translation>
    </message>
    <message>
        <source>nilai tidak boleh kosong.</source>
        <translation>the value cannot be empty.</translation>
    </message>
    <message>
        <source>kode “{value}” tidak valid; pakai huruf, angka, titik, garis bawah atau tanda hubung.</source>
        <translation>invalid code “{value}”; use letters, digits, full stops, underscores or hyphens.</translation>
    </message>
    <message>
        <source>tanggal “{value}” tidak valid; tulis TTTT-BB-HH.</source>
        <translation>invalid date “{value}”; write YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>nilai “{value}” tidak dikenal; yang boleh: {allowed}.</source>
        <translation>unknown value “{value}”; allowed: {allowed}.</translation>
    </message>
    <message>
        <source>“{value}” sudah ada di atas.</source>
        <translation>“{value}” already appears above.</translation>
    </message>
    <message>
        <source>{kind} “{value}” tidak didefinisikan di katalog.</source>
        <translation>{kind} “{value}” is not defined in the catalogue.</translation>
    </message>
    <message>
        <source>format {found} dibuat untuk versi ASN Monitor yang lebih baru (aplikasi ini mengenal sampai format {supported}).</source>
        <translation>format {found} was made for a newer version of ASN Monitor (this app knows up to format {supported}).</translation>
    </message>
    <message>
        <source>nilai minimal {minimum}.</source>
        <translation>the minimum value is {minimum}.</translation>
    </message>
    <message>
        <source>tingkat “{level}” bukan tingkat untuk kategori “{category}”.</source>
        <translation>level “{level}” is not a level for category “{category}”.</translation>
    </message>
    <message>
        <source>butir “{item}” belum punya tingkat; hanya butir yang belum diverifikasi boleh tanpa tingkat, dan butir seperti itu tidak boleh dipetakan.</source>
        <translation>item “{item}” has no level yet; only unverified items may lack a level, and such items must not be mapped.</translation>
    </message>
    <message>
        <source>sanksi “{option}” tidak ada di daftar sanksi {regulation} tingkat {level}.</source>
        <translation>sanction “{option}” is not in the {regulation} level {level} sanction list.</translation>
    </message>
    <message>
        <source>daftar sanksi {regulation} tingkat {level} untuk {employment} sudah didefinisikan di atas.</source>
        <translation>the {regulation} level {level} sanction list for {employment} is already defined above.</translation>
    </message>
    <message>
        <source>teks memakai isian yang tidak dikenal; yang boleh: {allowed}.</source>
        <translation>the text uses an unknown placeholder; allowed: {allowed}.</translation>
    </message>
    <message>
        <source>aturan faktor jenis “{kind}” memerlukan kunci “{key}”.</source>
        <translation>a factor rule of type “{kind}” requires the key “{key}”.</translation>
    </message>
    <message>
        <source>faktor pilihan memerlukan daftar “choices”.</source>
        <translation>a choice factor requires a “choices” list.</translation>
    </message>
    <message>
        <source>aturan ini memakai butir kategori “{category}” tetapi tidak menyebut peraturannya.</source>
        <translation>this rule uses a category “{category}” item but does not name its regulation.</translation>
    </message>
    <message>
        <source>perbuatan</source>
        <translation>act</translation>
    </message>
    <message>
        <source>butir</source>
        <translation>item</translation>
    </message>
    <message>
        <source>peraturan</source>
        <translation>regulation</translation>
    </message>
    <message>
        <source>sanksi</source>
        <translation>sanction</translation>
    </message>
    <message>
        <source>objek {…}</source>
        <translation>object {…}</translation>
    </message>
    <message>
        <source>daftar […]</source>
        <translation>list […]</translation>
    </message>
    <message>
        <source>teks</source>
        <translation>text</translation>
    </message>
    <message>
        <source>bilangan bulat</source>
        <translation>integer</translation>
    </message>
    <message>
        <source>true atau false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>Aturan {regime} belum diverifikasi terhadap naskah resmi.</source>
        <translation>The {regime} rules have not been verified against the official text.</translation>
    </message>
    <message>
        <source>Butir {item} ({regime}) belum diverifikasi terhadap naskah resmi; periksa sebelum dipakai.</source>
        <translation>Item {item} ({regime}) has not been verified against the official text; check it before use.</translation>
    </message>
    <message>
        <source>Pemetaan perbuatan “{act}” ke butir {item} pada tahapan “{stage}” belum diverifikasi.</source>
        <translation>The mapping of act “{act}” to item {item} at stage “{stage}” has not been verified.</translation>
    </message>
    <message>
        <source>Daftar sanksi {regulation} ({level}) untuk {employment} belum diverifikasi.</source>
        <translation>The {regulation} ({level}) sanction list for {employment} has not been verified.</translation>
    </message>
    <message>
        <source>Katalog memberi hasil berbeda untuk perbuatan “{act}” pada tahapan “{stage}” (butir {items}). Penyelia harus memilih butir yang berlaku.</source>
        <translation>The catalogue gives different results for act “{act}” at stage “{stage}” (items {items}). The supervisor must choose the applicable item.</translation>
    </message>
    <message>
        <source>Untuk perbuatan “{act}” penyelia memilih butir {item} dari butir yang bertentangan ({items}).</source>
        <translation>For act “{act}” the supervisor chose item {item} from the conflicting items ({items}).</translation>
    </message>
    <message>
        <source>Perbuatan “{act}” tidak tercakup katalog {regime} pada tahapan “{stage}”; tentukan secara manual.</source>
        <translation>Act “{act}” is not covered by the {regime} catalogue at stage “{stage}”; decide manually.</translation>
    </message>
    <message>
        <source>Katalog tidak memuat daftar sanksi {regulation} ({level}) untuk {employment}.</source>
        <translation>The catalogue does not contain the {regulation} ({level}) sanction list for {employment}.</translation>
    </message>
    <message>
        <source>Tahapan pencalonan pada tanggal perbuatan wajib diisi: tahapan menentukan apakah perbuatan itu pelanggaran etik atau disiplin.</source>
        <translation>The candidacy stage on the date of the act is required: the stage determines whether the act is an ethics or a disciplinary violation.</translation>
    </message>
    <message>
        <source>Tidak ada aturan dalam katalog yang berlaku pada {date}; aturan paling awal berlaku mulai {first}.</source>
        <translation>No rule in the catalogue applies on {date}; the earliest rule applies from {first}.</translation>
    </message>
    <message>
        <source>Pilih sedikitnya satu perbuatan.</source>
        <translation>Choose at least one act.</translation>
    </message>
    <message>
        <source>Lembar sanksi kasus berstatus “{status}” tidak dapat Anda ubah.</source>
        <translation>You cannot change the sanction worksheet of a case with status “{status}”.</translation>
    </message>
    <message>
        <source>Hanya supervisor yang memilih butir katalog yang bertentangan.</source>
        <translation>Only a supervisor chooses between conflicting catalogue items.</translation>
    </message>
    <message>
        <source>Perbuatan tidak dikenal katalog: {codes}.</source>
        <translation>Acts not recognised by the catalogue: {codes}.</translation>
    </message>
    <message>
        <source>Faktor tidak dikenal katalog: {codes}.</source>
        <translation>Factors not recognised by the catalogue: {codes}.</translation>
    </message>
    <message>
        <source>Pilihan sanksi {code} tidak ada di katalog.</source>
        <translation>Sanction choice {code} is not in the catalogue.</translation>
    </message>
    <message>
        <source>lembar sanksi belum memuat perbuatan</source>
        <translation>the sanction worksheet contains no acts yet</translation>
    </message>
    <message>
        <source>ada perbuatan yang belum dikaitkan dengan bukti</source>
        <translation>some acts are not yet linked to evidence</translation>
    </message>
    <message>
        <source>ada bukti terkait yang sudah tidak ada</source>
        <translation>some linked evidence no longer exists</translation>
    </message>
    <message>
        <source>tahapan pencalonan belum diisi</source>
        <translation>the candidacy stage is not filled in</translation>
    </message>
    <message>
        <source>rekomendasi belum dapat dihitung</source>
        <translation>the recommendation cannot be calculated yet</translation>
    </message>
    <message>
        <source>Kasus dengan nomor {number} tidak ditemukan.</source>
        <translation>No case with number {number} was found.</translation>
    </message>
    <message>
        <source>nomor kasus masih sementara (nomor tetap diberikan saat tersinkron dengan folder bersama)</source>
        <translation>the case number is still provisional (the final number is given on syncing with the shared folder)</translation>
    </message>
    <message>
        <source>ASN terlapor belum dikenali</source>
        <translation>reported ASN not yet identified</translation>
    </message>
    <message>
        <source>katalog tidak dapat dibaca</source>
        <translation>the catalogue cannot be read</translation>
    </message>
    <message>
        <source>lembar sanksi belum diisi</source>
        <translation>sanction worksheet not filled in</translation>
    </message>
    <message>
        <source>belum ada keputusan review</source>
        <translation>no review decision yet</translation>
    </message>
    <message>
        <source>belum ada bukti</source>
        <translation>no evidence yet</translation>
    </message>
    <message>
        <source>berkas tidak tercatat</source>
        <translation>file not recorded</translation>
    </message>
    <message>
        <source>Berkas bukti belum ada di komputer ini: {detail}</source>
        <translation>The evidence file is not on this computer yet: {detail}</translation>
    </message>
    <message>
        <source>gambar bukti {n} tidak dapat dicetak</source>
        <translation>evidence image {n} cannot be printed</translation>
    </message>
    <message>
        <source>usulan sanksi belum dipilih</source>
        <translation>no proposed sanction has been chosen</translation>
    </message>
    <message>
        <source>alasan usulan belum ditulis</source>
        <translation>the reason for the proposal has not been written</translation>
    </message>
    <message>
        <source>tingkat berbeda dari hasil hitungan tanpa alasan tertulis</source>
        <translation>the level differs from the calculated result without a written reason</translation>
    </message>
    <message>
        <source>Faktor “{factor}” tidak dikenal katalog.</source>
        <translation>Factor “{factor}” is not recognised by the catalogue.</translation>
    </message>
    <message>
        <source>Faktor “{factor}” harus bilangan bulat 0 atau lebih.</source>
        <translation>Factor “{factor}” must be a whole number, 0 or more.</translation>
    </message>
    <message>
        <source>Faktor “{factor}” harus ya atau tidak.</source>
        <translation>Factor “{factor}” must be yes or no.</translation>
    </message>
    <message>
        <source>Faktor “{factor}”: pilihan “{value}” tidak dikenal.</source>
        <translation>Factor “{factor}”: unknown choice “{value}”.</translation>
    </message>
    <message>
        <source>Butir {item} yang dipilih untuk perbuatan “{act}” bukan salah satu butir yang bertentangan untuk perbuatan itu.</source>
        <translation>Item {item} chosen for act “{act}” is not one of the conflicting items for that act.</translation>
    </message>
    <message>
        <source>Berkas katalog lembar sanksi {path} tidak dapat dibaca ({detail}).</source>
        <translation>Sanction worksheet catalogue file {path} cannot be read ({detail}).</translation>
    </message>
    <message>
        <source>Berkas katalog lembar sanksi {path} tidak valid pada baris {line}, kolom {column} ({where}): {problem}</source>
        <translation>Sanction worksheet catalogue file {path} is invalid at line {line}, column {column} ({where}): {problem}</translation>
    </message>
    <message>
        <source>Pelanggaran kode etik</source>
        <translation>Code of ethics violation</translation>
    </message>
    <message>
        <source>Pelanggaran disiplin</source>
        <translation>Disciplinary violation</translation>
    </message>
    <message>
        <source>Pemberhentian</source>
        <translation>Dismissal</translation>
    </message>
    <message>
        <source>Sanksi moral</source>
        <translation>Moral sanction</translation>
    </message>
    <message>
        <source>Hukuman disiplin ringan</source>
        <translation>Light disciplinary penalty</translation>
    </message>
    <message>
        <source>Hukuman disiplin sedang</source>
        <translation>Moderate disciplinary penalty</translation>
    </message>
    <message>
        <source>Hukuman disiplin berat</source>
        <translation>Heavy disciplinary penalty</translation>
    </message>
    <message>
        <source>Pemberhentian tidak dengan hormat</source>
        <translation>Dishonourable dismissal</translation>
    </message>
    <message>
        <source>Versi katalog tidak ditemukan.</source>
        <translation>Catalogue version not found.</translation>
    </message>
    <message>
        <source>Tulis catatan perubahan: apa yang dikoreksi dan dasarnya.</source>
        <translation>Write a change note: what was corrected and on what basis.</translation>
    </message>
    <message>
        <source>Catatan perubahan paling banyak {max} karakter.</source>
        <translation>A change note can be at most {max} characters.</translation>
    </message>
    <message>
        <source>Waktu unggahan {value} tidak dikenali; tulis misalnya 2024-10-01 atau 2024-10-01 14:30.</source>
        <translation>Upload time {value} not recognised; write e.g. 2024-10-01 or 2024-10-01 14:30.</translation>
    </message>
    <message>
        <source>Sumber bukti {value} tidak dikenal.</source>
        <translation>Unknown evidence source {value}.</translation>
    </message>
    <message>
        <source>Platform {value} tidak dikenal.</source>
        <translation>Unknown platform {value}.</translation>
    </message>
    <message>
        <source>Aturan {regime} tidak ada di katalog.</source>
        <translation>The {regime} rules are not in the catalogue.</translation>
    </message>
    <message>
        <source>Butir {item} tidak ada pada aturan {regime}.</source>
        <translation>Item {item} is not in the {regime} rules.</translation>
    </message>
    <message>
        <source>Kolom butir tidak dapat diubah: {fields}</source>
        <translation>These item fields cannot be changed: {fields}</translation>
    </message>
    <message>
        <source>Kode aturan “{regime}” kosong atau sudah ada.</source>
        <translation>Regime code “{regime}” is empty or already exists.</translation>
    </message>
    <message>
        <source>Sudah ada aturan yang berlaku mulai {date}.</source>
        <translation>A regime effective from {date} already exists.</translation>
    </message>
    <message>
        <source>Sebutkan sumber aturan baru (nomor dan tanggal peraturannya).</source>
        <translation>State the source of the new regime (the regulation&apos;s number and date).</translation>
    </message>
    <message>
        <source>Kotak</source>
        <translation>Box</translation>
    </message>
    <message>
        <source>Elips</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <source>Panah</source>
        <translation>Arrow</translation>
    </message>
    <message>
        <source>Garis</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Stabilo</source>
        <translation>Highlighter</translation>
    </message>
    <message>
        <source>Penanda</source>
        <translation>Marker</translation>
    </message>
    <message>
        <source>baris {line}</source>
        <translation>row {line}</translation>
    </message>
    <message>
        <source>berkas</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Pratinjau saja; tidak ada yang disimpan. Jalankan lagi dengan --commit untuk mengimpor.</source>
        <translation>Preview only; nothing has been saved. Run again with --commit to import.</translation>
    </message>
    <message>
        <source>baris {line}: kasus {number} dibuat.</source>
        <translation>row {line}: case {number} created.</translation>
    </message>
    <message>
        <source>baris {line}: kasus {number} dibuat, tertaut ke {existing}.</source>
        <translation>row {line}: case {number} created, linked to {existing}.</translation>
    </message>
    <message>
        <source>baris {line}: digabungkan ke {number}.</source>
        <translation>row {line}: merged into {number}.</translation>
    </message>
    <message>
        <source>baris {line}: dilewati — {reason}</source>
        <translation>row {line}: skipped — {reason}</translation>
    </message>
    <message>
        <source>Selesai: {created} kasus baru, {linked} tertaut ke kasus yang ada, {merged} digabungkan, {already} sudah diimpor sebelumnya, {declined} duplikat dilewati, {skipped} baris bergalat dilewati.</source>
        <translation>Done: {created} new cases, {linked} linked to existing cases, {merged} merged, {already} already imported earlier, {declined} duplicates skipped, {skipped} rows with errors skipped.</translation>
    </message>
    <message>
        <source>{total} baris: {ok} siap, {warnings} dengan peringatan, {duplicates} kemungkinan duplikat, {already} sudah diimpor, {errors} bergalat (akan dilewati).</source>
        <translation>{total} rows: {ok} ready, {warnings} with warnings, {duplicates} possible duplicates, {already} already imported, {errors} with errors (will be skipped).</translation>
    </message>
    <message>
        <source>Daftar ASN: {added} ditambahkan, {updated} diperbarui, {unchanged} tidak berubah, {skipped} baris bergalat dilewati.</source>
        <translation>Civil servant list: {added} added, {updated} updated, {unchanged} unchanged, {skipped} rows with errors skipped.</translation>
    </message>
    <message>
        <source>{total} baris: {new} baru, {update} diperbarui, {same} tidak berubah, {errors} bergalat (akan dilewati).</source>
        <translation>{total} rows: {new} new, {update} updated, {same} unchanged, {errors} with errors (will be skipped).</translation>
    </message>
    <message>
        <source>Endpoint impor belum diatur.</source>
        <translation>The import endpoint has not been set up.</translation>
    </message>
    <message>
        <source>Endpoint impor: {url} ({token}).</source>
        <translation>Import endpoint: {url} ({token}).</translation>
    </message>
    <message>
        <source>dengan token</source>
        <translation>with token</translation>
    </message>
    <message>
        <source>tanpa token</source>
        <translation>without token</translation>
    </message>
    <message>
        <source>Instansi “{code}” dicatat sebagai “{name}”.</source>
        <translation>Agency “{code}” recorded as “{name}”.</translation>
    </message>
    <message>
        <source>Berkas bukan UTF-8; dibaca sebagai Windows-1252 (ekspor Excel). Periksa huruf beraksen pada pratinjau.</source>
        <translation>The file is not UTF-8; it was read as Windows-1252 (Excel export). Check accented letters in the preview.</translation>
    </message>
    <message>
        <source>Berkas kosong.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Baris judul kolom tidak dapat dibaca: {detail}</source>
        <translation>The column header row could not be read: {detail}</translation>
    </message>
    <message>
        <source>Baris tidak dapat dibaca: {detail}</source>
        <translation>The row could not be read: {detail}</translation>
    </message>
    <message>
        <source>Baris berisi {count} kolom, padahal judulnya {expected} kolom; mungkin ada pemisah di dalam teks yang tidak diberi tanda kutip.</source>
        <translation>The row has {count} columns, but the header has {expected}; there may be a separator inside text that is not in quotation marks.</translation>
    </message>
    <message>
        <source>Kolom “{column}” berisi huruf yang tidak terbaca (masalah encoding); simpan ulang berkas sebagai CSV UTF-8.</source>
        <translation>Column “{column}” contains unreadable characters (an encoding problem); save the file again as CSV UTF-8.</translation>
    </message>
    <message>
        <source>Kolom “{column}” tampak salah encoding (“{value}”); periksa hurufnya.</source>
        <translation>Column “{column}” appears to have the wrong encoding (“{value}”); check its characters.</translation>
    </message>
    <message>
        <source>Endpoint {url} tidak dapat dibaca: {detail}</source>
        <translation>Endpoint {url} could not be read: {detail}</translation>
    </message>
    <message>
        <source>Endpoint {url} tidak menjawab dalam {seconds} detik. Coba lagi nanti; bila terus terjadi, hubungi pengelola formulir web.</source>
        <translation>Endpoint {url} did not respond within {seconds} seconds. Try again later; if it keeps happening, contact the web form administrator.</translation>
    </message>
    <message>
        <source>Endpoint {url} tidak dapat dihubungi ({detail}). Periksa alamatnya di pengaturan kantor dan sambungan internet.</source>
        <translation>Endpoint {url} could not be reached ({detail}). Check its address in the office settings and the internet connection.</translation>
    </message>
    <message>
        <source>Endpoint {url} menolak akses (HTTP {status}): token tidak ada, salah atau kedaluwarsa. Minta token baru kepada pengelola formulir web dan simpan di pengaturan impor.</source>
        <translation>Endpoint {url} refused access (HTTP {status}): the token is missing, wrong or expired. Ask the web form administrator for a new token and save it in the import settings.</translation>
    </message>
    <message>
        <source>Server endpoint {url} sedang bermasalah (HTTP {status}). Tidak ada yang diimpor; coba lagi nanti.</source>
        <translation>The server for endpoint {url} is having problems (HTTP {status}). Nothing was imported; try again later.</translation>
    </message>
    <message>
        <source>Endpoint {url} menjawab HTTP {status}; tidak ada yang diimpor.</source>
        <translation>Endpoint {url} responded with HTTP {status}; nothing was imported.</translation>
    </message>
    <message>
        <source>Endpoint {url} tidak mengirim JSON (jenis isi: {content_type}). Periksa alamat endpoint; mungkin itu alamat halaman web, bukan data.</source>
        <translation>Endpoint {url} did not send JSON (content type: {content_type}). Check the endpoint address; it may be the address of a web page rather than data.</translation>
    </message>
    <message>
        <source>Jawaban endpoint {url} lebih dari {limit} MB; tidak diimpor.</source>
        <translation>The response from endpoint {url} is larger than {limit} MB; not imported.</translation>
    </message>
    <message>
        <source>Alamat endpoint “{url}” tidak sah; gunakan alamat lengkap yang diawali https://.</source>
        <translation>Endpoint address “{url}” is not valid; use a full address starting with https://.</translation>
    </message>
    <message>
        <source>Isinya bukan JSON yang sah: {detail}</source>
        <translation>The content is not valid JSON: {detail}</translation>
    </message>
    <message>
        <source>JSON harus berupa daftar laporan, atau objek dengan kunci “reports” berisi daftar itu.</source>
        <translation>The JSON must be a list of reports, or an object with a “reports” key containing that list.</translation>
    </message>
    <message>
        <source>JSON harus berupa daftar laporan.</source>
        <translation>The JSON must be a list of reports.</translation>
    </message>
    <message>
        <source>Entri ke-{n} bukan objek JSON; dilewati.</source>
        <translation>Entry {n} is not a JSON object; skipped.</translation>
    </message>
    <message>
        <source>galat</source>
        <translation>error</translation>
    </message>
    <message>
        <source>peringatan</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>NIP {nip}: {reason}</source>
        <translation>NIP {nip}: {reason}</translation>
    </message>
    <message>
        <source>Instansi “{agency}” tidak ada di daftar OPD; mungkin maksudnya “{suggestion}”.</source>
        <translation>Agency “{agency}” is not in the OPD list; perhaps “{suggestion}” is meant.</translation>
    </message>
    <message>
        <source>Instansi “{agency}” belum ada di daftar OPD.</source>
        <translation>Agency “{agency}” is not yet in the OPD list.</translation>
    </message>
    <message>
        <source>Ringkasan (apa yang terjadi)</source>
        <translation>Summary (what happened)</translation>
    </message>
    <message>
        <source>{field}: “{value}” tidak terbaca sebagai tanggal; gunakan dd/mm/yyyy atau yyyy-mm-dd.</source>
        <translation>{field}: “{value}” could not be read as a date; use dd/mm/yyyy or yyyy-mm-dd.</translation>
    </message>
    <message>
        <source>Sumber “{value}” tidak dikenal; dicatat sebagai laporan masyarakat.</source>
        <translation>Unknown source “{value}”; recorded as a public report.</translation>
    </message>
    <message>
        <source>Platform “{value}” tidak dikenal; dicatat “lainnya”.</source>
        <translation>Unknown platform “{value}”; recorded as “other”.</translation>
    </message>
    <message>
        <source>Jenis kepegawaian “{value}” tidak dikenal; dianggap PNS.</source>
        <translation>Unknown employment type “{value}”; treated as PNS.</translation>
    </message>
    <message>
        <source>Data ASN dilengkapi dari daftar BKD (NIP {nip}).</source>
        <translation>Civil servant details completed from the BKD list (NIP {nip}).</translation>
    </message>
    <message>
        <source>Instansi “{agency}” tidak ada di daftar OPD maupun daftar ASN; mungkin maksudnya “{suggestion}”.</source>
        <translation>Agency “{agency}” is in neither the OPD list nor the civil servant list; perhaps “{suggestion}” is meant.</translation>
    </message>
    <message>
        <source>Instansi “{agency}” tidak ada di daftar OPD maupun daftar ASN; periksa ejaannya.</source>
        <translation>Agency “{agency}” is in neither the OPD list nor the civil servant list; check the spelling.</translation>
    </message>
    <message>
        <source>Data ASN terlapor belum lengkap (nama dan instansi); dicatat di ringkasan untuk dilengkapi saat verifikasi.</source>
        <translation>The reported civil servant’s details are incomplete (name and agency); noted in the summary to be completed during verification.</translation>
    </message>
    <message>
        <source>Pelapor tanpa nama; dicatat sebagai “Tanpa nama”.</source>
        <translation>Reporter has no name; recorded as “Unnamed”.</translation>
    </message>
    <message>
        <source>tautan unggahan sama</source>
        <translation>same post link</translation>
    </message>
    <message>
        <source>tangkapan layar sama</source>
        <translation>same screenshot</translation>
    </message>
    <message>
        <source>NIP dan tanggal perbuatan sama</source>
        <translation>same NIP and date of the act</translation>
    </message>
    <message>
        <source>Tautkan ke kasus yang ada</source>
        <translation>Link to existing case</translation>
    </message>
    <message>
        <source>Gabungkan ke kasus yang ada</source>
        <translation>Merge into existing case</translation>
    </message>
    <message>
        <source>Buat kasus baru saja</source>
        <translation>Just create a new case</translation>
    </message>
    <message>
        <source>Lewati</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Galat — dilewati</source>
        <translation>Error — skipped</translation>
    </message>
    <message>
        <source>Sudah diimpor</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <source>Kemungkinan duplikat</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>Siap diimpor, ada peringatan</source>
        <translation>Ready to import, with warnings</translation>
    </message>
    <message>
        <source>Siap diimpor</source>
        <translation>Ready to import</translation>
    </message>
    <message>
        <source>Endpoint impor belum diatur. Supervisor mengaturnya di Impor laporan → Pengaturan endpoint (atau “python main.py import endpoint URL”).</source>
        <translation>The import endpoint has not been set up. A supervisor sets it in Import reports → Endpoint settings (or “python main.py import endpoint URL”).</translation>
    </message>
    <message>
        <source>Kolom ringkasan laporan (mis. “ringkasan”, “uraian”, “summary”) tidak ditemukan. Kolom yang ada: {found}.</source>
        <translation>The report summary column (e.g. “ringkasan”, “uraian”, “summary”) was not found. Columns present: {found}.</translation>
    </message>
    <message>
        <source>Kolom “{column}” tidak dikenal dan tidak diimpor (lihat resources/import/columns.json).</source>
        <translation>Column “{column}” is not recognised and was not imported (see resources/import/columns.json).</translation>
    </message>
    <message>
        <source>Sama persis dengan baris {line}; baris ini tidak diimpor dua kali.</source>
        <translation>Identical to row {line}; this row is not imported twice.</translation>
    </message>
    <message>
        <source>Sudah diimpor sebelumnya ({number}); tidak dibuat lagi.</source>
        <translation>Already imported earlier ({number}); not created again.</translation>
    </message>
    <message>
        <source>Kemungkinan duplikat kasus {numbers} ({reasons}).</source>
        <translation>Possible duplicate of case {numbers} ({reasons}).</translation>
    </message>
    <message>
        <source>Tautan unggahan sama dengan baris {line} (laporan kedua atas unggahan yang sama).</source>
        <translation>Same post link as row {line} (a second report on the same post).</translation>
    </message>
    <message>
        <source>Penyimpanan bukti tidak tersedia; tangkapan layar belum disimpan.</source>
        <translation>Evidence storage is unavailable; the screenshots have not been saved.</translation>
    </message>
    <message>
        <source>Tangkapan layar dari pelapor</source>
        <translation>Screenshot from the reporter</translation>
    </message>
    <message>
        <source>Kasus {number} tidak dapat Anda ubah saat ini; pilih “Tautkan” agar laporan ini menjadi kasus sendiri yang tertaut ke {number}.</source>
        <translation>You cannot change case {number} at the moment; choose “Link” so that this report becomes a case of its own linked to {number}.</translation>
    </message>
    <message>
        <source>Kasus {number} sudah memiliki pelapor; pilih “Tautkan” agar identitas pelapor ini tetap tersimpan.</source>
        <translation>Case {number} already has a reporter; choose “Link” so that this reporter’s identity is kept.</translation>
    </message>
    <message>
        <source>Kolom wajib tidak ditemukan: {missing}. Kolom yang ada: {found}. Judul kolom yang dikenali ada di resources/import/columns.json.</source>
        <translation>Required columns not found: {missing}. Columns present: {found}. The recognised column headers are in resources/import/columns.json.</translation>
    </message>
    <message>
        <source>NIP {nip} sudah ada di baris {line}; baris ini dilewati.</source>
        <translation>NIP {nip} already appears in row {line}; this row is skipped.</translation>
    </message>
    <message>
        <source>Hanya supervisor atau admin yang dapat mengimpor daftar ASN.</source>
        <translation>Only a supervisor or admin can import the civil servant list.</translation>
    </message>
    <message>
        <source>{n} catatan akses.</source>
        <translation>{n} access log entries.</translation>
    </message>
    <message>
        <source>Dasbor menurut akun Anda: sebutkan siapa Anda dengan --user NAMA.</source>
        <translation>Dashboard by your account: say who you are with --user NAME.</translation>
    </message>
    <message>
        <source>Folder bersama tidak terjangkau; angka menurut sinkronisasi terakhir ({detail}).</source>
        <translation>Shared folder unreachable; figures are as of the last sync ({detail}).</translation>
    </message>
    <message>
        <source>Dasbor — {office}</source>
        <translation>Dashboard — {office}</translation>
    </message>
    <message>
        <source>Kasus diterima: {range} (per {today})</source>
        <translation>Cases received: {range} (as of {today})</translation>
    </message>
    <message>
        <source>Jumlah kasus: {n}</source>
        <translation>Number of cases: {n}</translation>
    </message>
    <message>
        <source>Per status</source>
        <translation>By status</translation>
    </message>
    <message>
        <source>Lewat tenggat per tahap</source>
        <translation>Past deadline by stage</translation>
    </message>
    <message>
        <source>{overdue} dari {open} lewat tenggat {days} hari</source>
        <translation>{overdue} of {open} past the {days}-day deadline</translation>
    </message>
    <message>
        <source>Beban kerja (kasus dipegang)</source>
        <translation>Workload (cases held)</translation>
    </message>
    <message>
        <source>Beban kerja Anda (kasus dipegang)</source>
        <translation>Your workload (cases held)</translation>
    </message>
    <message>
        <source>dipegang · lewat tenggat · tertua (hari) · median umur (hari)</source>
        <translation>held · past deadline · oldest (days) · median age (days)</translation>
    </message>
    <message>
        <source>(nonaktif)</source>
        <translation>(inactive)</translation>
    </message>
    <message>
        <source>Per instansi</source>
        <translation>By agency</translation>
    </message>
    <message>
        <source>Per tingkat pelanggaran</source>
        <translation>By violation level</translation>
    </message>
    <message>
        <source>Per platform</source>
        <translation>By platform</translation>
    </message>
    <message>
        <source>Tindak lanjut PPK lewat tenggat: {n}</source>
        <translation>PPK follow-ups past deadline: {n}</translation>
    </message>
    <message>
        <source>lewat {n} hari</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <source>  * sudah dieskalasi</source>
        <translation>  * already escalated</translation>
    </message>
    <message>
        <source>Folder bersama tidak terjangkau ({detail}); memakai data di komputer ini.</source>
        <translation>Shared folder unreachable ({detail}); using the data on this computer.</translation>
    </message>
    <message>
        <source>Tidak ada surat penerusan untuk “{number}”.</source>
        <translation>No referral letter for “{number}”.</translation>
    </message>
    <message>
        <source>(sementara, menunggu folder bersama)</source>
        <translation>(provisional, waiting for the shared folder)</translation>
    </message>
    <message>
        <source>Kasus: {case}</source>
        <translation>Case: {case}</translation>
    </message>
    <message>
        <source>Nomor surat: {number}</source>
        <translation>Letter number: {number}</translation>
    </message>
    <message>
        <source>Tanggal surat: {date}</source>
        <translation>Letter date: {date}</translation>
    </message>
    <message>
        <source>Kepada: {addressee}, di {place}</source>
        <translation>To: {addressee}, in {place}</translation>
    </message>
    <message>
        <source>PPK: {name} ({title})</source>
        <translation>PPK: {name} ({title})</translation>
    </message>
    <message>
        <source>Batas tindak lanjut: {date} ({left:+d} hari)</source>
        <translation>Follow-up deadline: {date} ({left:+d} days)</translation>
    </message>
    <message>
        <source>Tindak lanjut: {outcome} ({date}) {detail}</source>
        <translation>Follow-up: {outcome} ({date}) {detail}</translation>
    </message>
    <message>
        <source>Eskalasi {when} oleh {author}: {body}</source>
        <translation>Escalation {when} by {author}: {body}</translation>
    </message>
    <message>
        <source>{n} tindak lanjut lewat tenggat.</source>
        <translation>{n} follow-ups past deadline.</translation>
    </message>
    <message>
        <source>Kasus {case} diteruskan dengan surat nomor {letter}.</source>
        <translation>Case {case} referred with letter number {letter}.</translation>
    </message>
    <message>
        <source>Kasus {case} diteruskan. Nomor surat akan diberikan saat tersambung ke folder bersama (sementara: {letter}).</source>
        <translation>Case {case} referred. The letter number will be assigned when connected to the shared folder (provisional: {letter}).</translation>
    </message>
    <message>
        <source>Tindak lanjut kasus {case} dicatat ({status}).</source>
        <translation>Follow-up for case {case} recorded ({status}).</translation>
    </message>
    <message>
        <source>Pola nomor surat harus diisi (paling panjang 120).</source>
        <translation>The letter number pattern is required (at most 120 characters).</translation>
    </message>
    <message>
        <source>Pola nomor surat harus memuat {{nomor}} tepat satu kali, misalnya 800/{{nomor:3}}/Diskominfotik/{{bulan_romawi}}/{{tahun}}.</source>
        <translation>The letter number pattern must contain {{nomor}} exactly once, e.g. 800/{{nomor:3}}/Diskominfotik/{{bulan_romawi}}/{{tahun}}.</translation>
    </message>
    <message>
        <source>Pola nomor surat memuat bagian yang tidak dikenal: {parts}. Yang dikenal: {{nomor}}, {{nomor:3}}, {{tahun}}, {{bulan}}, {{bulan_romawi}}.</source>
        <translation>The letter number pattern contains unknown parts: {parts}. Known parts: {{nomor}}, {{nomor:3}}, {{tahun}}, {{bulan}}, {{bulan_romawi}}.</translation>
    </message>
    <message>
        <source>Identitas pelapor</source>
        <translation>Reporter&apos;s identity</translation>
    </message>
    <message>
        <source>Log akses data pribadi hanya dapat dibaca supervisor dan admin.</source>
        <translation>The personal data access log can only be read by supervisors and admins.</translation>
    </message>
    <message>
        <source>ASN belum diidentifikasi</source>
        <translation>Civil servant not yet identified</translation>
    </message>
    <message>
        <source>Instansi lainnya</source>
        <translation>Other agencies</translation>
    </message>
    <message>
        <source>Platform belum diisi</source>
        <translation>Platform not filled in</translation>
    </message>
    <message>
        <source>Belum dipegang</source>
        <translation>Not held yet</translation>
    </message>
    <message>
        <source>Rentang tanggal terbalik: tanggal awal {start} sesudah tanggal akhir {end}.</source>
        <translation>Date range reversed: start date {start} is after end date {end}.</translation>
    </message>
    <message>
        <source>semua waktu</source>
        <translation>all time</translation>
    </message>
    <message>
        <source>sejak {date}</source>
        <translation>since {date}</translation>
    </message>
    <message>
        <source>sampai {date}</source>
        <translation>until {date}</translation>
    </message>
    <message>
        <source>{actor} mengirim kasus {case} untuk direview.</source>
        <translation>{actor} submitted case {case} for review.</translation>
    </message>
    <message>
        <source>{actor} mengembalikan kasus {case} dengan catatan: {body}</source>
        <translation>{actor} returned case {case} with a note: {body}</translation>
    </message>
    <message>
        <source>{actor} menyetujui kasus {case}.</source>
        <translation>{actor} approved case {case}.</translation>
    </message>
    <message>
        <source>{actor} menghentikan kasus {case}: {body}</source>
        <translation>{actor} dismissed case {case}: {body}</translation>
    </message>
    <message>
        <source>{actor} membuka kembali persetujuan kasus {case}: {body}</source>
        <translation>{actor} reopened the approval of case {case}: {body}</translation>
    </message>
    <message>
        <source>{actor} meneruskan kasus {case}: {body}</source>
        <translation>{actor} referred case {case}: {body}</translation>
    </message>
    <message>
        <source>{actor} menugaskan kasus {case} kepada Anda.</source>
        <translation>{actor} assigned case {case} to you.</translation>
    </message>
    <message>
        <source>{actor} menulis catatan di kasus {case}: {body}</source>
        <translation>{actor} wrote a note on case {case}: {body}</translation>
    </message>
    <message>
        <source>{actor} menandai bagian bukti di kasus {case}: {body}</source>
        <translation>{actor} marked part of the evidence in case {case}: {body}</translation>
    </message>
    <message>
        <source>Sanksi dijatuhkan</source>
        <translation>Sanction imposed</translation>
    </message>
    <message>
        <source>Tidak ditindaklanjuti</source>
        <translation>Not followed up</translation>
    </message>
    <message>
        <source>Pengaturan penerusan tidak dapat dibaca ({path}): {error}</source>
        <translation>Referral settings cannot be read ({path}): {error}</translation>
    </message>
    <message>
        <source>Pengaturan penerusan ({path}) tidak memuat tujuan.</source>
        <translation>Referral settings ({path}) contain no addressees.</translation>
    </message>
    <message>
        <source>Tujuan penerusan “{code}” tidak dikenal.</source>
        <translation>Unknown referral addressee “{code}”.</translation>
    </message>
    <message>
        <source>Tidak ada tujuan penerusan untuk perbuatan tanggal {date}.</source>
        <translation>No referral addressee for acts dated {date}.</translation>
    </message>
    <message>
        <source>Kasus {number} belum disetujui supervisor (status “{status}”); hanya kasus yang disetujui yang dapat diteruskan.</source>
        <translation>Case {number} has not been approved by a supervisor (status “{status}”); only approved cases can be referred.</translation>
    </message>
    <message>
        <source>Folder bersama menolak surat penerusan kasus {number}: nomor suratnya sudah dipakai di komputer lain. Kasus tetap disetujui; lihat Konflik, lalu teruskan lagi dengan nomor lain.</source>
        <translation>The shared folder rejected the referral letter for case {number}: its letter number is already used on another computer. The case stays approved; see Conflicts, then refer it again with a different number.</translation>
    </message>
    <message>
        <source>Folder bersama tidak menjalankan penerusan kasus {number}: {who} sudah mengubah kasus ini lebih dulu di komputer lain, jadi surat Anda tidak dipakai. Lihat kasusnya dan Konflik.</source>
        <translation>The shared folder did not carry out the referral of case {number}: {who} changed this case first on another PC, so your letter was not used. See the case and Conflicts.</translation>
    </message>
    <message>
        <source>Folder bersama menolak surat penerusan kasus {number} ({detail}); lihat Konflik.</source>
        <translation>The shared folder refused the referral letter of case {number} ({detail}); see Conflicts.</translation>
    </message>
    <message>
        <source>{name} hanya menerima perbuatan sampai {date}; perbuatan ini tanggal {act}. Pilih tujuan lain (sejak 24 Agustus 2024: BKN).</source>
        <translation>{name} only accepts acts up to {date}; this act is dated {act}. Choose another addressee (since 24 August 2024: BKN).</translation>
    </message>
    <message>
        <source>{name} tidak menerima perbuatan tanggal {act}.</source>
        <translation>{name} does not accept acts dated {act}.</translation>
    </message>
    <message>
        <source>Tujuan surat wajib diisi.</source>
        <translation>The letter addressee is required.</translation>
    </message>
    <message>
        <source>Nama PPK wajib diisi.</source>
        <translation>The PPK&apos;s name is required.</translation>
    </message>
    <message>
        <source>Jabatan PPK wajib diisi.</source>
        <translation>The PPK&apos;s position is required.</translation>
    </message>
    <message>
        <source>Teks terlalu panjang.</source>
        <translation>Text is too long.</translation>
    </message>
    <message>
        <source>Tanggal surat tidak boleh sebelum tanggal perbuatan ({date}).</source>
        <translation>The letter date cannot be before the date of the act ({date}).</translation>
    </message>
    <message>
        <source>Tanggal surat tidak boleh di masa depan.</source>
        <translation>The letter date cannot be in the future.</translation>
    </message>
    <message>
        <source>Batas tindak lanjut harus sesudah tanggal surat ({date}).</source>
        <translation>The follow-up deadline must be after the letter date ({date}).</translation>
    </message>
    <message>
        <source>Nomor surat {letter} sudah dipakai untuk kasus {case}. Kosongkan untuk memakai nomor berikutnya dari urutan kantor.</source>
        <translation>Letter number {letter} is already used for case {case}. Leave it empty to use the next number in the office sequence.</translation>
    </message>
    <message>
        <source>Nomor surat terlalu panjang.</source>
        <translation>Letter number is too long.</translation>
    </message>
    <message>
        <source>Surat penerusan belum dapat dibuat.</source>
        <translation>The referral letter cannot be created yet.</translation>
    </message>
    <message>
        <source>Tanggal tindak lanjut ({date}) tidak boleh sebelum tanggal surat penerusan ({letter}).</source>
        <translation>The follow-up date ({date}) cannot be before the referral letter date ({letter}).</translation>
    </message>
    <message>
        <source>Tanggal tindak lanjut tidak boleh di masa depan.</source>
        <translation>The follow-up date cannot be in the future.</translation>
    </message>
    <message>
        <source>Sanksi yang dijatuhkan wajib diisi.</source>
        <translation>The sanction imposed is required.</translation>
    </message>
    <message>
        <source>Nomor keputusan wajib diisi.</source>
        <translation>The decree number is required.</translation>
    </message>
    <message>
        <source>Tanggal keputusan wajib diisi.</source>
        <translation>The decree date is required.</translation>
    </message>
    <message>
        <source>Tanggal keputusan ({date}) tidak boleh sesudah tanggal tindak lanjut diketahui ({known}).</source>
        <translation>The decree date ({date}) cannot be after the date the follow-up became known ({known}).</translation>
    </message>
    <message>
        <source>Tanggal keputusan ({date}) tidak boleh sebelum tanggal surat penerusan ({letter}).</source>
        <translation>The decree date ({date}) cannot be before the referral letter date ({letter}).</translation>
    </message>
    <message>
        <source>Tuliskan keterangan: apa yang terjadi dan dari mana diketahui.</source>
        <translation>Write a description: what happened and how it became known.</translation>
    </message>
    <message>
        <source>Tindak lanjut belum dapat dicatat.</source>
        <translation>The follow-up cannot be recorded yet.</translation>
    </message>
    <message>
        <source>Eskalasi hanya untuk kasus yang menunggu tindak lanjut PPK.</source>
        <translation>Escalation is only for cases awaiting the PPK&apos;s follow-up.</translation>
    </message>
    <message>
        <source>Catatan eskalasi wajib diisi.</source>
        <translation>An escalation note is required.</translation>
    </message>
    <message>
        <source>Kasus ini belum memiliki surat penerusan.</source>
        <translation>This case has no referral letter yet.</translation>
    </message>
    <message>
        <source>Dihentikan</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <source>Persetujuan dibuka kembali</source>
        <translation>Approval reopened</translation>
    </message>
    <message>
        <source>Daftar periksa review tidak dapat dibaca ({path}): {error}</source>
        <translation>Review checklist cannot be read ({path}): {error}</translation>
    </message>
    <message>
        <source>Daftar periksa review ({path}) kosong atau memuat kunci ganda.</source>
        <translation>Review checklist ({path}) is empty or contains duplicate keys.</translation>
    </message>
    <message>
        <source>kasus tidak sedang menunggu review</source>
        <translation>the case is not awaiting review</translation>
    </message>
    <message>
        <source>prinsip empat mata: Anda ikut menyusun lembar sanksi atau mengirim kasus ini untuk direview</source>
        <translation>four-eyes principle: you helped prepare the sanction worksheet or submitted this case for review</translation>
    </message>
    <message>
        <source>masih ada tanda komentar pada bukti yang terbuka</source>
        <translation>there are still open remarks on the evidence</translation>
    </message>
    <message>
        <source>Kasus belum dapat disetujui: {problems}.</source>
        <translation>The case cannot be approved yet: {problems}.</translation>
    </message>
    <message>
        <source>Semua butir daftar periksa harus dicentang sebelum menyetujui. Belum: {items}.</source>
        <translation>All checklist items must be ticked before approving. Not yet: {items}.</translation>
    </message>
    <message>
        <source>{option}: tanggal “{value}” tidak dapat dibaca; tulis dd/mm/yyyy atau YYYY-MM-DD.</source>
        <translation>{option}: the date “{value}” cannot be read; write dd/mm/yyyy or YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Templat surat {path} tidak dapat dipakai: {detail}</source>
        <translation>Letter template {path} cannot be used: {detail}</translation>
    </message>
    <message>
        <source>Kasus {number} belum diteruskan kepada PPK, jadi belum ada surat penerusan. Surat dibuat saat supervisor meneruskan kasus yang sudah disetujui.</source>
        <translation>Case {number} has not been referred to the PPK, so there is no referral letter yet. The letter is created when a supervisor refers an approved case.</translation>
    </message>
    <message>
        <source>Kop surat {path} tidak dapat dibaca: {detail}</source>
        <translation>Letterhead {path} cannot be read: {detail}</translation>
    </message>
    <message>
        <source>Logo terlalu besar ({size} KB); paling besar {limit} KB.</source>
        <translation>Logo too large ({size} KB); at most {limit} KB.</translation>
    </message>
    <message>
        <source>Logo harus berupa gambar PNG atau JPEG yang utuh.</source>
        <translation>The logo must be a complete PNG or JPEG image.</translation>
    </message>
    <message>
        <source>Logo {width}×{height} piksel terlalu besar; paling besar {limit} piksel per sisi.</source>
        <translation>Logo {width}×{height} pixels is too large; at most {limit} pixels per side.</translation>
    </message>
    <message>
        <source>Kop surat perlu sedikitnya satu baris nama instansi.</source>
        <translation>The letterhead needs at least one line with the agency name.</translation>
    </message>
    <message>
        <source>NIP penanda tangan hanya berisi angka.</source>
        <translation>The signer&apos;s NIP may contain digits only.</translation>
    </message>
    <message>
        <source>Cetakan mencantumkan siapa yang mencetak: sebutkan siapa Anda dengan --user NAMA.</source>
        <translation>Printouts show who printed them: say who you are with --user NAME.</translation>
    </message>
    <message>
        <source>Folder bersama tidak terjangkau; dicetak menurut sinkronisasi terakhir ({detail}).</source>
        <translation>The shared folder is unreachable; printed as of the last sync ({detail}).</translation>
    </message>
    <message>
        <source>Surat {letter} untuk kasus {number} dengan ringkasan kasus terlampir dicetak ke {path} ({pages} halaman, {paper}).</source>
        <translation>Letter {letter} for case {number} with the case summary attached printed to {path} ({pages} pages, {paper}).</translation>
    </message>
    <message>
        <source>Ringkasan kasus {number} dicetak ke {path} ({pages} halaman, {paper}).</source>
        <translation>Case summary {number} printed to {path} ({pages} pages, {paper}).</translation>
    </message>
    <message>
        <source>nomor surat masih sementara, surat dicetak sebagai KONSEP (sinkronkan, lalu cetak ulang)</source>
        <translation>the letter number is still provisional; the letter was printed as DRAFT (sync, then print again)</translation>
    </message>
    <message>
        <source>Belum lengkap (tertulis juga di cetakan): {items}.</source>
        <translation>Not yet complete (also noted on the printout): {items}.</translation>
    </message>
    <message>
        <source>Rekapitulasi {cases} kasus dicetak ke {path} ({pages} halaman, {paper}).</source>
        <translation>Recap of {cases} cases printed to {path} ({pages} pages, {paper}).</translation>
    </message>
    <message>
        <source>Tidak ada kasus yang diterima pada periode ini; rekapitulasi menyatakannya.</source>
        <translation>No cases were received in this period; the recap says so.</translation>
    </message>
    <message>
        <source>{path} adalah folder; sebutkan nama berkas PDF.</source>
        <translation>{path} is a folder; give a PDF file name.</translation>
    </message>
    <message>
        <source>PDF tidak dapat ditulis ke {path}: {detail}</source>
        <translation>The PDF cannot be written to {path}: {detail}</translation>
    </message>
    <message>
        <source>folder tidak ada atau tidak dapat ditulisi</source>
        <translation>the folder does not exist or cannot be written to</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Kesalahan tak terduga</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Terjadi kesalahan tak terduga: {error}

Data yang sudah disimpan aman. Rincian dicatat di {path}; kirimkan berkas itu kepada admin bila kesalahan berulang.</source>
        <translation>An unexpected error occurred: {error}

Work already saved is safe. Details were written to {path}; send that file to the admin if the error happens again.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>&amp;Urungkan</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>U&amp;langi</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Po&amp;tong</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Salin</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>T&amp;empel</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Pilih s&amp;emua</source>
        <translation>Select &amp;all</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Nomor sementara dari komputer ini. Nomor tetap diberikan oleh folder bersama saat kasus pertama kali tersinkron.</source>
        <translation>A provisional number from this PC. The permanent number is given by the shared folder when the case is first synced.</translation>
    </message>
</context>
</TS>
