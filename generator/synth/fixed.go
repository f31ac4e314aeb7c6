package synth

import "bytes"

// asOf is the report date of every synthetic site: after the last meeting.
const asOf = "2024-12-31"

// The sources every synthetic record cites; all are used, so check warns
// about none.
const (
	srcSIPD     = "sipd-kemendagri"
	srcBPS      = "bps-susenas"
	srcWilayah  = "kemendagri-kode-wilayah"
	srcRPKD     = "rpkd-sintetis"
	srcNotulen  = "notulen-sintetis"
	srcSOTK     = "sotk-sintetis"
	srcInpres   = "inpres-4-2022"
	srcPermen53 = "permendagri-53-2020"
)

func (w *world) siteYAML(b *bytes.Buffer) {
	title, publisher := "Laporan Koordinasi Penanggulangan Kemiskinan Nasional (data sintetis)", "Sekretariat TKPK Nasional (contoh)"
	if !w.size.National() {
		p := w.regions[0]
		title = "Laporan Koordinasi Penanggulangan Kemiskinan " + p.name + " (data sintetis)"
		publisher = "TKPKD " + p.name + " (contoh)"
	}
	line(b, "# Data SINTETIS dari `tkpkd gen --size %s`: semua angka dan nama adalah contoh.", w.size.Name)
	line(b, "title: %s", q(title))
	line(b, "publisher: %s", q(publisher))
	if !w.size.National() {
		line(b, "region: %s", q(w.regions[0].code))
	}
	line(b, "base_url: \"https://tkpkd.example.org/\"")
	line(b, "languages: [id, en]")
	line(b, "as_of: %s", asOf)
	line(b, "contact: {name: %s, email: \"sekretariat@example.org\", phone: \"(021) 000000\"}", q("Sekretariat "+publisher))
	line(b, "raw_html: false")
}

func sourcesYAML(b *bytes.Buffer) {
	line(b, "sources:")
	for _, s := range [][4]string{
		{srcSIPD, "system", "Sistem Informasi Pemerintahan Daerah (SIPD)", "Rincian anggaran sintetis dengan bentuk ekspor SIPD."},
		{srcBPS, "statistics", "Survei Sosial Ekonomi Nasional (Susenas)", "Angka kemiskinan sintetis dengan bentuk rilis BPS."},
		{srcWilayah, "document", "Kode dan data wilayah administrasi pemerintahan", "Kode provinsi nyata; kode dan nama kabupaten/kota di luar Banten sintetis."},
		{srcRPKD, "document", "Rencana Penanggulangan Kemiskinan Daerah (contoh)", "Sasaran sintetis."},
		{srcNotulen, "meeting", "Notulen rapat koordinasi TKPKD (contoh)", "Rapat, keputusan dan tindak lanjut sintetis."},
		{srcSOTK, "document", "Peraturan daerah tentang susunan perangkat daerah (contoh)", "Daftar perangkat daerah sintetis."},
		{srcInpres, "regulation", "Instruksi Presiden Nomor 4 Tahun 2022 tentang Percepatan Penghapusan Kemiskinan Ekstrem", ""},
		{srcPermen53, "regulation", "Peraturan Menteri Dalam Negeri Nomor 53 Tahun 2020 tentang Tata Kerja Tim Koordinasi Penanggulangan Kemiskinan", ""},
	} {
		line(b, "  - id: %s", s[0])
		line(b, "    type: %s", s[1])
		line(b, "    title: %s", q(s[2]))
		if s[3] != "" {
			line(b, "    note: %s", q(s[3]))
		}
	}
}

func strategiesYAML(b *bytes.Buffer) {
	line(b, "frameworks:")
	line(b, "  - id: inpres-4-2022")
	line(b, "    name: \"Strategi Percepatan Penghapusan Kemiskinan Ekstrem (Inpres 4/2022)\"")
	line(b, "    source: %s", srcInpres)
	line(b, "    verification: illustrative")
	line(b, "    valid: {from: 2022-06-08, to: 2024-12-31}")
	line(b, "    target: {indicator: kemiskinan-ekstrem-persen, value: 0, year: 2024}")
	line(b, "    items:")
	for _, it := range [][3]string{
		{"beban-pengeluaran", "Pengurangan beban pengeluaran masyarakat", "Bantuan sosial, subsidi dan jaminan sosial bagi keluarga miskin ekstrem."},
		{"peningkatan-pendapatan", "Peningkatan pendapatan masyarakat", "Pelatihan kerja, pendampingan dan permodalan usaha mikro."},
		{"kantong-kemiskinan", "Penurunan jumlah kantong-kantong kemiskinan", "Infrastruktur layanan dasar: jalan, rumah layak huni, air minum dan sanitasi."},
	} {
		line(b, "      - {id: %s, name: %s, description: %s}", it[0], q(it[1]), q(it[2]))
	}
	line(b, "  - id: permendagri-53-2020")
	line(b, "    name: \"Strategi Penanggulangan Kemiskinan Daerah (Permendagri 53/2020 Pasal 17)\"")
	line(b, "    source: %s", srcPermen53)
	line(b, "    verification: illustrative")
	line(b, "    items:")
	for _, it := range [][2]string{
		{"p17a", "Pengurangan beban pengeluaran masyarakat miskin"},
		{"p17b", "Peningkatan kemampuan dan pendapatan masyarakat miskin"},
		{"p17c", "Pengembangan dan penjaminan keberlanjutan usaha ekonomi mikro dan kecil"},
		{"p17d", "Sinergi kebijakan dan program penanggulangan kemiskinan"},
	} {
		line(b, "      - {id: %s, name: %s}", it[0], q(it[1]))
	}
	line(b, "mappings:")
	for _, m := range [][2]string{{p17a, beban}, {p17b, pendapatan}, {p17c, pendapatan}} {
		line(b, "  - {from: %s, to: %s, verification: illustrative}", m[0], m[1])
	}
}

func pagesMD(lang string, b *bytes.Buffer) {
	if lang == "en" {
		b.WriteString("---\ntitle: \"About this synthetic site\"\nweight: 10\nlang: en\n---\n\n" +
			"Every name, amount, meeting and indicator on this site is **synthetic**, written by `tkpkd gen` " +
			"to measure how the tool scales. Province codes are real; everything else is an example.\n")
		return
	}
	b.WriteString("---\ntitle: \"Tentang situs sintetis ini\"\nweight: 10\nlang: id\n---\n\n" +
		"Semua nama, angka, rapat dan indikator di situs ini **sintetis**, dibuat oleh `tkpkd gen` " +
		"untuk mengukur kemampuan alat ini pada skala besar. Kode provinsi nyata; selebihnya contoh.\n")
}

func (w *world) regionsYAML(b *bytes.Buffer) {
	line(b, "regions:")
	for _, r := range w.regions {
		bps := r.code[:2] + r.code[min(3, len(r.code)):]
		if r.parent == "" {
			line(b, "  - {code: %s, name: %s, kind: %s, bps_code: %s, source: %s, verification: illustrative}", q(r.code), q(r.name), r.kind, q(bps), srcWilayah)
			continue
		}
		line(b, "  - {code: %s, name: %s, kind: %s, parent: %s, bps_code: %s, source: %s, verification: illustrative}", q(r.code), q(r.name), r.kind, q(r.parent), q(bps), srcWilayah)
	}
}

func (w *world) agenciesYAML(b *bytes.Buffer) {
	line(b, "agencies:")
	for _, r := range w.regions {
		for _, a := range r.agencies {
			parent := ""
			if a.parent != "" {
				parent = ", parent: " + a.parent
			}
			line(b, "  - {id: %s, region: %s, kind: %s%s, name: %s, short: %s, urusan: [%s], source: %s, verification: illustrative}",
				a.id, q(r.code), a.kind, parent, q(a.name), q(a.short), q(a.tmpl.urusan), srcSOTK)
		}
	}
}
