package synth

// agencyKind is a standard regional agency with the budget lines it
// typically tags for poverty reduction.
type agencyKind struct {
	key, name, short, kind, urusan, parent string
	strategy, programme                    string // framework/item references for its lines
	subs                                   []sub
}

// sub is a sub-kegiatan: its name and what it delivers.
type sub struct {
	name, output, unit string
	lo, hi             int // output target range
}

const (
	beban      = "inpres-4-2022/beban-pengeluaran"
	pendapatan = "inpres-4-2022/peningkatan-pendapatan"
	kantong    = "inpres-4-2022/kantong-kemiskinan"
	p17a       = "permendagri-53-2020/p17a"
	p17b       = "permendagri-53-2020/p17b"
	p17c       = "permendagri-53-2020/p17c"
	p17d       = "permendagri-53-2020/p17d"
)

// agencyKinds are the 30 agencies of a region at Detail 1, the last being
// the first UPTD Puskesmas. A UPTD names its parent OPD by key.
var agencyKinds = []agencyKind{
	{"bappeda", "Badan Perencanaan Pembangunan Daerah", "Bappeda", "badan", "5.01", "", p17d, p17d, []sub{{"Koordinasi Perencanaan Penanggulangan Kemiskinan", "Dokumen rencana aksi yang disusun", "dokumen", 1, 3}, {"Pemantauan dan Evaluasi Program Penanggulangan Kemiskinan", "Laporan evaluasi", "laporan", 2, 4}}},
	{"sekretariat-tkpkd", "Sekretariat Tim Koordinasi Penanggulangan Kemiskinan Daerah", "Sekretariat TKPKD", "sekretariat", "5.01", "", p17d, p17d, []sub{{"Penyelenggaraan Rapat Koordinasi TKPKD", "Rapat koordinasi yang diselenggarakan", "rapat", 4, 8}}},
	{"dinsos", "Dinas Sosial", "Dinsos", "opd", "1.06", "", beban, p17a, []sub{{"Pemberian Bantuan Sosial bagi Keluarga Miskin", "Keluarga penerima bantuan", "KK", 500, 9000}, {"Pengelolaan Data Fakir Miskin", "Data terpadu yang dimutakhirkan", "desa", 20, 300}}},
	{"dinkes", "Dinas Kesehatan", "Dinkes", "opd", "1.02", "", beban, p17a, []sub{{"Pengelolaan Jaminan Kesehatan Masyarakat", "Penduduk miskin yang iurannya dibayar", "jiwa", 5000, 90000}, {"Pengelolaan Pelayanan Kesehatan Gizi Masyarakat", "Balita yang mendapat makanan tambahan", "balita", 200, 5000}}},
	{"disdik", "Dinas Pendidikan", "Disdik", "opd", "1.01", "", beban, p17a, []sub{{"Penyediaan Biaya Personil Peserta Didik", "Peserta didik dari keluarga miskin yang dibantu", "siswa", 500, 20000}}},
	{"dpmd", "Dinas Pemberdayaan Masyarakat dan Desa", "DPMD", "opd", "2.13", "", pendapatan, p17b, []sub{{"Fasilitasi Pengembangan Badan Usaha Milik Desa", "BUMDes yang didampingi", "BUMDes", 5, 60}}},
	{"disnaker", "Dinas Tenaga Kerja", "Disnaker", "opd", "2.07", "", pendapatan, p17b, []sub{{"Pelatihan Kerja Berbasis Kompetensi", "Peserta pelatihan dari keluarga miskin", "orang", 40, 800}}},
	{"dpupr", "Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR", "opd", "1.03", "", kantong, p17a, []sub{{"Rekonstruksi Jalan di Kantong Kemiskinan", "Panjang jalan yang direkonstruksi", "km", 2, 40}, {"Pembangunan Sistem Penyediaan Air Minum", "Sambungan rumah yang dibangun", "SR", 100, 3000}}},
	{"dprkp", "Dinas Perumahan Rakyat dan Kawasan Permukiman", "DPRKP", "opd", "1.04", "", kantong, p17a, []sub{{"Rehabilitasi Rumah Tidak Layak Huni", "Rumah yang direhabilitasi", "unit", 20, 400}}},
	{"ketahanan-pangan", "Dinas Ketahanan Pangan", "Ketahanan Pangan", "opd", "2.09", "", beban, p17a, []sub{{"Penyediaan dan Penyaluran Pangan Pokok", "Keluarga rawan pangan yang dibantu", "KK", 200, 6000}}},
	{"distan", "Dinas Pertanian", "Distan", "opd", "3.27", "", pendapatan, p17b, []sub{{"Penyediaan Sarana Produksi Pertanian", "Petani miskin penerima bantuan", "orang", 100, 3000}}},
	{"dkp", "Dinas Kelautan dan Perikanan", "DKP", "opd", "3.25", "", pendapatan, p17b, []sub{{"Pemberdayaan Nelayan Kecil", "Nelayan kecil yang dibantu", "orang", 50, 1500}}},
	{"dinkop", "Dinas Koperasi dan Usaha Mikro", "Dinkop UM", "opd", "2.17", "", pendapatan, p17c, []sub{{"Pemberdayaan Usaha Mikro", "Usaha mikro yang didampingi", "unit usaha", 50, 2000}}},
	{"disperindag", "Dinas Perindustrian dan Perdagangan", "Disperindag", "opd", "3.31", "", pendapatan, p17c, []sub{{"Pembinaan Industri Kecil dan Menengah", "IKM yang dibina", "IKM", 20, 500}}},
	{"dp3a", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "DP3A", "opd", "2.08", "", pendapatan, p17b, []sub{{"Pemberdayaan Ekonomi Perempuan Kepala Keluarga", "Perempuan kepala keluarga yang dilatih", "orang", 30, 900}}},
	{"diskominfo", "Dinas Komunikasi dan Informatika", "Diskominfo", "opd", "2.16", "", p17d, p17d, []sub{{"Pengelolaan Sistem Informasi Data Kemiskinan", "Sistem informasi yang dikelola", "sistem", 1, 2}}},
	{"dukcapil", "Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", "opd", "2.12", "", beban, p17a, []sub{{"Pelayanan Dokumen Kependudukan bagi Keluarga Miskin", "Dokumen kependudukan yang diterbitkan", "dokumen", 500, 15000}}},
	{"dlh", "Dinas Lingkungan Hidup", "DLH", "opd", "2.11", "", kantong, p17a, []sub{{"Pembangunan Sanitasi Komunal", "Sarana sanitasi yang dibangun", "unit", 5, 80}}},
	{"dishub", "Dinas Perhubungan", "Dishub", "opd", "2.15", "", kantong, p17a, []sub{{"Penyediaan Angkutan Perdesaan", "Trayek perdesaan yang dilayani", "trayek", 2, 20}}},
	{"inspektorat", "Inspektorat", "Inspektorat", "opd", "6.01", "", p17d, p17d, []sub{{"Pengawasan Program Penanggulangan Kemiskinan", "Laporan hasil pengawasan", "laporan", 2, 6}}},
	{"bpbd", "Badan Penanggulangan Bencana Daerah", "BPBD", "badan", "1.05", "", beban, p17a, []sub{{"Penyediaan Bantuan Darurat bagi Korban Bencana", "Keluarga korban bencana yang dibantu", "KK", 50, 2000}}},
	{"bpkad", "Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD", "badan", "5.02", "", p17d, p17d, []sub{{"Penandaan Anggaran Kemiskinan Ekstrem", "Dokumen penandaan anggaran", "dokumen", 1, 4}}},
	{"rsud", "Rumah Sakit Umum Daerah", "RSUD", "rsud", "1.02", "", beban, p17a, []sub{{"Pelayanan Kesehatan bagi Pasien Tidak Mampu", "Pasien tidak mampu yang dilayani", "pasien", 500, 12000}}},
	{"dppkb", "Dinas Pengendalian Penduduk dan Keluarga Berencana", "DPPKB", "opd", "2.14", "", beban, p17a, []sub{{"Pendampingan Keluarga Berisiko Stunting", "Keluarga berisiko stunting yang didampingi", "KK", 200, 6000}}},
	{"uptd-blk", "UPTD Balai Latihan Kerja", "UPTD BLK", "uptd", "2.07", "disnaker", pendapatan, p17b, []sub{{"Pelatihan Keterampilan Kerja", "Lulusan pelatihan", "orang", 40, 600}}},
	{"uptd-labkesda", "UPTD Laboratorium Kesehatan Daerah", "UPTD Labkesda", "uptd", "1.02", "dinkes", beban, p17a, []sub{{"Pemeriksaan Laboratorium Kesehatan Masyarakat", "Pemeriksaan gratis bagi warga miskin", "pemeriksaan", 500, 20000}}},
	{"uptd-rehsos", "UPTD Rehabilitasi Sosial", "UPTD Rehsos", "uptd", "1.06", "dinsos", beban, p17a, []sub{{"Rehabilitasi Sosial Dasar di Dalam Panti", "Penerima layanan rehabilitasi", "orang", 30, 400}}},
	{"uptd-pam", "UPTD Pengelolaan Air Minum", "UPTD PAM", "uptd", "1.03", "dpupr", kantong, p17a, []sub{{"Pengoperasian Sistem Penyediaan Air Minum", "Rumah tangga miskin yang terlayani air minum", "RT", 200, 5000}}},
	{"uptd-benih", "UPTD Balai Benih", "UPTD Benih", "uptd", "3.27", "distan", pendapatan, p17b, []sub{{"Produksi Benih Unggul", "Benih yang dibagikan", "ton", 5, 120}}},
	{"uptd-puskesmas", "UPTD Puskesmas", "Puskesmas", "uptd", "1.02", "dinkes", beban, p17a, []sub{{"Pelayanan Kesehatan Dasar bagi Keluarga Miskin", "Kunjungan pasien miskin", "kunjungan", 1000, 30000}}},
}
