package html

import (
	"github.com/tkpkd/tkpkd/generator/model"
)

// fixture is a small hand-built site that has every page kind and the
// awkward cases: a reconciled and a mismatched total, a total not itemised,
// an illustrative figure, a method break, an overdue decision with a
// follow-up, a free page without translation. Computed fields are set the
// way validate sets them.
func fixture() *model.Site {
	d := func(s string) model.Date {
		v, err := model.ParseDate(s)
		if err != nil {
			panic(err) // error in test
		}
		return v
	}
	per := func(s string) model.Period {
		v, err := model.ParsePeriod(s)
		if err != nil {
			panic(err) // error in test
		}
		return v
	}
	src := func(id string) model.Provenance { return model.Provenance{Source: id, Verification: model.Verified} }
	s := &model.Site{
		Config: model.Config{Title: "Laporan TKPKD Provinsi Banten", Publisher: "TKPKD Provinsi Banten", Region: "36",
			BaseURL: "https://tkpkd.example.go.id/", Languages: []string{"id", "en"}, AsOf: d("2024-06-30"),
			Contact: model.Contact{Name: "Sekretariat TKPKD", Email: "tkpkd@example.go.id", Address: "Jl. Syech Nawawi Al Bantani, Serang"}},
		Sources: []*model.Source{
			{ID: "antara-2023", Type: model.News, Publisher: "ANTARA", Title: "Pemprov Banten sinkronisasi program penanggulangan kemiskinan", URL: "https://www.antaranews.com/berita/3849513", Published: d("2023-12-07"), Accessed: d("2024-01-10")},
			{ID: "bps-banten", Type: model.Statistics, Publisher: "BPS Provinsi Banten", Title: "Profil Kemiskinan Banten", Published: d("2024-07-01")},
			{ID: "inpres-4-2022", Type: model.Regulation, Publisher: "Presiden RI", Title: "Inpres 4/2022 <Percepatan> & Penghapusan"},
			{ID: "sipd", Type: model.System, Publisher: "SIPD", Title: "Tagging APBD 2024", Note: "Ekspor 12 Januari 2024"},
		},
		Regions: []*model.Region{
			{Code: "36", Name: "Provinsi Banten", Kind: model.Provinsi},
			{Code: "36.01", Name: "Kabupaten Pandeglang", Kind: model.Kabupaten, Parent: "36"},
			{Code: "36.71", Name: "Kota Tangerang", Kind: model.Kota, Parent: "36"},
		},
		Agencies: []*model.Agency{
			{ID: "bappeda", Region: "36", Kind: model.Badan, Name: "Badan Perencanaan Pembangunan Daerah", Short: "Bappeda"},
			{ID: "dinkes", Region: "36", Kind: model.OPD, Name: "Dinas Kesehatan", Short: "Dinkes", Urusan: []string{"1.02"}},
			{ID: "dinsos", Region: "36", Kind: model.OPD, Name: "Dinas Sosial", Short: "Dinsos", Urusan: []string{"1.06"}},
			{ID: "uptd-psbr", Region: "36", Kind: model.UPTD, Name: "UPTD Panti Sosial Bina Remaja", Short: "UPTD PSBR", Parent: "dinsos"},
		},
		Frameworks: []*model.Framework{
			{ID: "inpres-4-2022", Name: "Inpres 4/2022", Provenance: src("inpres-4-2022"),
				Valid:  &model.Validity{From: d("2022-06-08"), To: d("2024-12-31")},
				Target: &model.FrameworkTarget{Indicator: "kemiskinan-ekstrem", Value: 0, Year: 2024},
				Items: []*model.Item{
					{Framework: "inpres-4-2022", ID: "beban", Name: "Pengurangan beban pengeluaran",
						Description: "# Ékonomi rumah tangga\n\nBantuan sosial dan subsidi[^1].\n\n## Ringkasan\n\n[^1]: Menko PMK, 2022.\n"},
					{Framework: "inpres-4-2022", ID: "pendapatan", Name: "Peningkatan pendapatan", Description: "## Ringkasan\n\nPemberdayaan masyarakat."},
					{Framework: "inpres-4-2022", ID: "kantong", Name: "Penurunan kantong kemiskinan"},
				}},
			{ID: "permendagri-53-2020", Name: "Permendagri 53/2020 Pasal 17", Parts: []model.Part{{ID: "a", Name: "Bagian A"}},
				Items: []*model.Item{
					{Framework: "permendagri-53-2020", ID: "p17a", Name: "Mengurangi beban pengeluaran", Part: "a"},
					{Framework: "permendagri-53-2020", ID: "p17d", Name: "Sinergi kebijakan"},
				}},
		},
		Mappings: []*model.Mapping{{From: "permendagri-53-2020/p17a", To: "inpres-4-2022/beban"}},
		Indicators: []*model.Indicator{
			{ID: "kemiskinan-ekstrem", Name: "Persentase penduduk miskin ekstrem", Unit: "persen", Producer: "BPS", Decimals: 2,
				Methods: []model.Method{{ID: "ppp2011", To: 2022, Note: "US$1,90 PPP 2011"}, {ID: "ppp2017", From: 2023, Note: "US$2,15 PPP 2017"}}},
			{ID: "garis-kemiskinan", Name: "Garis kemiskinan", Unit: "rupiah/kapita/bulan", Producer: "BPS", Decimals: 0},
		},
		Observations: []*model.Observation{
			{Indicator: "garis-kemiskinan", Region: "36", Period: per("2023-03"), Value: 604120, Provenance: src("bps-banten")},
			{Indicator: "garis-kemiskinan", Region: "36", Period: per("2024-03"), Value: 628955, Provenance: src("bps-banten")},
			{Indicator: "kemiskinan-ekstrem", Region: "36", Period: per("2021"), Value: 1.47, Method: "ppp2011", Provenance: src("bps-banten")},
			{Indicator: "kemiskinan-ekstrem", Region: "36", Period: per("2022-03"), Value: 0.96, Method: "ppp2011", Provenance: src("bps-banten")},
			{Indicator: "kemiskinan-ekstrem", Region: "36", Period: per("2023-03"), Value: 0.74, Method: "ppp2017", Provenance: src("bps-banten")},
			{Indicator: "kemiskinan-ekstrem", Region: "36", Period: per("2024-03"), Value: 0.06, Method: "ppp2017", Provenance: src("bps-banten")},
			{Indicator: "kemiskinan-ekstrem", Region: "36.01", Period: per("2023-03"), Value: 1.2, Method: "ppp2017",
				Provenance: model.Provenance{Source: "bps-banten", Verification: model.Illustrative}},
		},
		Targets: []*model.Target{{Indicator: "kemiskinan-ekstrem", Region: "36", Year: 2024, Value: 0, Provenance: src("inpres-4-2022")}},
		Pages: []*model.Page{
			{Name: "tentang", Lang: "en", Title: "About", Weight: 1, Body: "# About\n\nThe **TKPKD** of Banten.\n"},
			{Name: "tentang", Lang: "id", Title: "Tentang", Weight: 1, Body: "# Tentang\n\nTim Koordinasi <b>Penanggulangan</b> Kemiskinan Daerah.\n\n| Tahun | Jumlah |\n|---|---:|\n| 2024 | 9 |\n"},
			{Name: "metodologi", Lang: "id", Title: "Metodologi", Weight: 2, Body: "## Cara membaca\n\nAngka per tahap.\n"},
		},
	}
	s.Years = fixtureYears(src)
	s.Meetings = fixtureMeetings(d, src)
	s.Index()
	computeChecks(s)
	computeDecisions(s)
	return s
}

func fixtureYears(src func(string) model.Provenance) []*model.BudgetYear {
	line := func(y int, st model.Stage, id, agency, name string, amt model.Money, strat string, locs ...string) *model.Line {
		return &model.Line{ID: id, Year: y, Stage: st, Region: "36", Agency: agency, Code: "1.06.05.2.01.0001", Name: name,
			Level: model.SubKegiatan, Amount: amt, Strategy: strat, Locations: locs, Provenance: src("sipd")}
	}
	y23 := &model.BudgetYear{Year: 2023, Lines: []*model.Line{
		line(2023, model.APBD, "l23-1", "dinsos", "Bantuan sosial", 900_000_000_000, "inpres-4-2022/beban", "36.01"),
		line(2023, model.APBD, "l23-2", "bappeda", "Koordinasi data", 50_000_000_000, "", "36"),
	}}
	illus := line(2024, model.APBD, "l24-4", "uptd-psbr", "Pelatihan remaja & <keterampilan>", 75_000_000, "inpres-4-2022/pendapatan", "36.71")
	illus.Verification = model.Illustrative
	y24 := &model.BudgetYear{Year: 2024,
		Summaries: []*model.Summary{
			{ID: "rkpd-2024", Year: 2024, Stage: model.RKPD, Region: "36", Amount: 2_000_000_000_000, Precision: 1, Provenance: src("antara-2023")},
			{ID: "apbd-2024", Year: 2024, Stage: model.APBD, Region: "36", Scope: "9 OPD dan 9 UPTD", Amount: 1_700_000_000_000, Approximate: true,
				Precision: 100_000_000_000, AgenciesCount: &model.AgenciesCount{OPD: 9, UPTD: 9},
				Provenance: model.Provenance{Source: "antara-2023", Verification: model.Reported}},
		},
		Lines: []*model.Line{
			line(2024, model.APBD, "l24-1", "dinsos", "Bantuan sosial", 1_200_000_000_000, "inpres-4-2022/beban", "36.01", "36.71"),
			line(2024, model.APBD, "l24-2", "dinkes", "Jaminan kesehatan", 400_000_000_000, "permendagri-53-2020/p17a", "36"),
			line(2024, model.APBD, "l24-3", "bappeda", "Koordinasi data", 60_000_000_000, "", "36"),
			illus,
		}}
	return []*model.BudgetYear{y23, y24}
}

func fixtureMeetings(d func(string) model.Date, src func(string) model.Provenance) []*model.Meeting {
	m1 := &model.Meeting{ID: "rakor-2023-12", Title: "Rakor TKPKD Desember 2023", Kind: "rakor", Date: d("2023-12-07"),
		Place: model.Place{City: "Serang", Venue: "Pendopo Gubernur"}, Chair: &model.Person{Name: "Al Muktabar", Role: "Pj Gubernur"},
		Participants: model.Participants{Regions: []string{"36.01", "36.71"}, Agencies: []string{"dinsos", "bappeda"}},
		Objectives:   []string{"Sinkronisasi program"}, Agenda: []model.AgendaItem{{No: 1, Title: "Paparan anggaran", Presenter: "bappeda"}},
		Sources: []string{"antara-2023"}, Minutes: "# Notulen\n\n## Pembukaan\n\nDibuka pukul 09.00.\n\n## Ringkasan\n\nSepakat.\n"}
	m1.Decisions = []*model.Decision{
		{ID: "rakor-2023-12/K01", Meeting: m1.ID, Text: "Memutakhirkan data P3KE", Owner: "dinsos", CoOwners: []string{"36.01"},
			Due: d("2024-03-31"), Status: model.Baru, Strategy: "inpres-4-2022/beban", Provenance: src("antara-2023")},
		{ID: "rakor-2023-12/K02", Meeting: m1.ID, Text: "Menyusun RAT 2024", Owner: "36.01", Due: d("2024-04-30"), Status: model.Baru},
		{ID: "rakor-2023-12/K03", Meeting: m1.ID, Text: "Menyiapkan dasbor", Owner: "bappeda", Status: model.Berjalan},
	}
	m2 := &model.Meeting{ID: "rakor-2024-05", Title: "Rakor TKPKD Mei 2024", Kind: "rakor-teknis", Date: d("2024-05-20"),
		Place: model.Place{City: "Serang"}}
	m2.Decisions = []*model.Decision{
		{ID: "rakor-2024-05/K01", Meeting: m2.ID, Text: "Verifikasi lapangan", Owner: "dinkes", Due: d("2024-06-15"), Status: model.Baru,
			Provenance: model.Provenance{Verification: model.Illustrative}},
	}
	m2.FollowUps = []*model.FollowUp{
		{Decision: "rakor-2023-12/K01", Meeting: m2.ID, Status: model.Berjalan, Note: "70% desa selesai", AsOf: d("2024-05-20")},
		{Decision: "rakor-2023-12/K02", Meeting: m2.ID, Status: model.Selesai, AsOf: d("2024-05-20")},
	}
	return []*model.Meeting{m1, m2}
}

// computeChecks reconciles summaries the way validate does.
func computeChecks(s *model.Site) {
	for _, y := range s.Years {
		for _, sm := range y.Summaries {
			c := model.Reconciliation{}
			opd, uptd := map[string]bool{}, map[string]bool{}
			for _, l := range y.LinesAt(sm.Stage) {
				if l.Region != sm.Region {
					continue
				}
				c.Itemised = true
				c.Lines++
				c.Sum += l.Amount
				if s.Agency(l.Agency).Kind == model.UPTD {
					uptd[l.Agency] = true
				} else {
					opd[l.Agency] = true
				}
			}
			c.Diff, c.OPD, c.UPTD = c.Sum-sm.Amount, len(opd), len(uptd)
			sm.Check = c
		}
	}
}

// computeDecisions sets Current, Overdue and FollowUps as validate does.
func computeDecisions(s *model.Site) {
	for _, m := range s.Meetings {
		for _, f := range m.FollowUps {
			d := s.Decision(f.Decision)
			d.FollowUps = append(d.FollowUps, f)
		}
	}
	for _, m := range s.Meetings {
		for _, d := range m.Decisions {
			d.Current = d.Status
			if n := len(d.FollowUps); n > 0 {
				d.Current = d.FollowUps[n-1].Status
			}
			d.Overdue = !d.Due.IsZero() && d.Due.Before(s.Config.AsOf) && !d.Current.Closed()
		}
	}
}
