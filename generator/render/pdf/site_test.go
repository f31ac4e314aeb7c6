package pdf

import (
	"testing"

	"github.com/tkpkd/tkpkd/generator/model"
)

func date(t testing.TB, s string) model.Date {
	d, err := model.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// fixtureSite is a small hand-built site in the shape validate produces,
// with the computed fields (reconciliation, current status, overdue) set.
func fixtureSite(t testing.TB) *model.Site {
	src := model.Provenance{Source: "antara-2023"}
	ill := model.Provenance{Source: "contoh", Verification: model.Illustrative}
	s := &model.Site{
		Config: model.Config{Title: "TKPKD Banten", Publisher: "TKPKD Provinsi Banten", Region: "36",
			Languages: []string{"id", "en"}, AsOf: date(t, "2023-12-07"), Pos: model.Pos{File: "site.yaml", Line: 1, Col: 1}},
		Sources: []*model.Source{
			{ID: "antara-2023", Type: model.News, Publisher: "ANTARA", Title: "Pemprov Banten sinkronisasi program penanggulangan kemiskinan",
				URL: "https://m.antaranews.com/amp/berita/3849513", Published: date(t, "2023-12-05")},
			{ID: "bps-banten", Type: model.Statistics, Publisher: "BPS Provinsi Banten", Title: "Profil Kemiskinan Banten"},
			{ID: "contoh", Type: model.Document, Title: "Data contoh"},
		},
		Regions: []*model.Region{
			{Code: "36", Name: "Provinsi Banten", Kind: model.Provinsi},
			{Code: "36.01", Name: "Kabupaten Pandeglang", Kind: model.Kabupaten, Parent: "36"},
			{Code: "36.71", Name: "Kota Tangerang", Kind: model.Kota, Parent: "36"},
		},
		Agencies: []*model.Agency{
			{ID: "bappeda", Region: "36", Kind: model.Badan, Name: "Badan Perencanaan Pembangunan Daerah", Short: "Bappeda"},
			{ID: "dinsos", Region: "36", Kind: model.OPD, Name: "Dinas Sosial", Short: "Dinsos"},
			{ID: "dpupr", Region: "36", Kind: model.OPD, Name: "Dinas Pekerjaan Umum dan Penataan Ruang", Short: "DPUPR"},
			{ID: "dinsos-pdg", Region: "36.01", Kind: model.OPD, Name: "Dinas Sosial Kabupaten Pandeglang", Short: "Dinsos Pandeglang"},
		},
		Frameworks: []*model.Framework{{ID: "inpres-4-2022", Name: "Inpres 4/2022", Items: []*model.Item{
			{Framework: "inpres-4-2022", ID: "beban", Name: "Pengurangan beban pengeluaran masyarakat"},
			{Framework: "inpres-4-2022", ID: "pendapatan", Name: "Peningkatan pendapatan masyarakat"},
			{Framework: "inpres-4-2022", ID: "kantong", Name: "Penurunan jumlah kantong-kantong kemiskinan"},
		}}},
		Indicators: []*model.Indicator{{ID: "p0", Name: "Persentase penduduk miskin", Unit: "persen", Producer: "BPS", Decimals: 2}},
	}
	line := func(id string, y int, st model.Stage, ag string, amt model.Money, strat string, locs ...string) *model.Line {
		return &model.Line{ID: id, Year: y, Stage: st, Region: "36", Agency: ag, Code: "1.06.05.2.01.0001",
			Name: "Sub-kegiatan " + id, Amount: amt, Strategy: strat, Locations: locs, Provenance: src}
	}
	y23 := &model.BudgetYear{Year: 2023, Lines: []*model.Line{
		line("a", 2023, model.APBD, "dinsos", 900_000_000_000, "inpres-4-2022/beban", "36.01"),
		line("b", 2023, model.APBD, "dpupr", 600_000_000_000, "inpres-4-2022/kantong", "36.71"),
	}}
	y24 := &model.BudgetYear{Year: 2024, Lines: []*model.Line{
		line("c", 2024, model.RKA, "dinsos", 1_000_000_000_000, "inpres-4-2022/beban", "36.01", "36.71"),
		line("d", 2024, model.RKA, "dpupr", 500_000_000_000, "inpres-4-2022/kantong", "36.71"),
		line("e", 2024, model.RKA, "bappeda", 200_000_000_000, "", "36.01"),
		line("f", 2024, model.APBD, "dinsos", 1_100_000_000_000, "inpres-4-2022/beban", "36.01"),
		line("g", 2024, model.APBD, "dpupr", 900_000_000_000, "inpres-4-2022/pendapatan"),
	}}
	y24.Lines[4].Provenance = ill
	y24.Summaries = []*model.Summary{
		{ID: "rka-2024", Year: 2024, Stage: model.RKA, Region: "36", Scope: "9 OPD dan 9 UPTD", Amount: 1_700_000_000_000,
			Precision: 1, Provenance: model.Provenance{Source: "antara-2023", Verification: model.Reported},
			Check: model.Reconciliation{Itemised: true, Lines: 3, Sum: 1_700_000_000_000, OPD: 3}},
		{ID: "apbd-2024", Year: 2024, Stage: model.APBD, Region: "36", Scope: "Penanggulangan kemiskinan ekstrem", Amount: 2_200_000_000_000,
			Approximate: true, Precision: 100_000_000_000, Provenance: src,
			Check: model.Reconciliation{Itemised: true, Lines: 2, Sum: 2_000_000_000_000, Diff: -200_000_000_000, OPD: 2}},
	}
	s.Years = []*model.BudgetYear{y23, y24}
	obs := func(reg, per string, v float64) *model.Observation {
		p, err := model.ParsePeriod(per)
		if err != nil {
			t.Fatal(err)
		}
		return &model.Observation{Indicator: "p0", Region: reg, Period: p, Value: v, Provenance: model.Provenance{Source: "bps-banten"}}
	}
	s.Observations = []*model.Observation{
		obs("36.01", "2021-03", 10.72), obs("36.01", "2022-03", 9.35), obs("36.01", "2023-03", 9.20),
		obs("36.71", "2023-03", 6.17),
	}
	early := &model.Meeting{ID: "rakor-2023-03", Title: "Rakor TKPKD Triwulan I", Kind: "rakor", Date: date(t, "2023-03-14"),
		Place: model.Place{City: "Serang"}, Sources: []string{"contoh"}}
	early.Decisions = []*model.Decision{
		{ID: "rakor-2023-03/K01", Meeting: early.ID, Text: "Memutakhirkan data P3KE | by name by address", Owner: "dinsos",
			CoOwners: []string{"36.01"}, Due: date(t, "2023-06-30"), Status: model.Berjalan, Current: model.Berjalan, Overdue: true, Provenance: ill},
		{ID: "rakor-2023-03/K02", Meeting: early.ID, Text: "Menyusun RAT 2024", Owner: "bappeda", Due: date(t, "2023-09-30"),
			Status: model.Baru, Current: model.Selesai},
	}
	rakor := &model.Meeting{ID: "rakor-2023-12", Title: "Rakor Sinkronisasi Program Penanggulangan Kemiskinan", Kind: "rakor",
		Date: date(t, "2023-12-05"), Place: model.Place{City: "Serang", Venue: "Pendopo Gubernur"},
		Chair:        &model.Person{Name: "Virgojanti", Role: "Sekretaris Daerah (Plh)"},
		Participants: model.Participants{Regions: []string{"36.01", "36.71"}, Agencies: []string{"bappeda", "dinsos"}},
		Objectives:   []string{"Menyinkronkan program penanggulangan kemiskinan provinsi dan kabupaten/kota.", "Menyepakati alokasi 2024."},
		Agenda:       []model.AgendaItem{{No: 1, Title: "Paparan alokasi 2024", Presenter: "bappeda"}},
		Sources:      []string{"antara-2023"},
		Minutes:      "Rapat dibuka oleh **Plh Sekda**.\n\n- Alokasi RKA 2024 sebesar Rp1,7 triliun.\n",
	}
	rakor.Decisions = []*model.Decision{
		{ID: "rakor-2023-12/K01", Meeting: rakor.ID, Text: "Menajamkan sasaran program pada desil 1 P3KE", Owner: "dinsos",
			CoOwners: []string{"36.01", "36.71"}, Due: date(t, "2024-03-31"), Status: model.Baru, Current: model.Baru, Provenance: src},
	}
	s.Meetings = []*model.Meeting{early, rakor}
	s.Index()
	return s
}
