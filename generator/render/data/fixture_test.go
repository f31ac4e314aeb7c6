package data

import (
	"time"

	"github.com/tkpkd/tkpkd/generator/model"
)

func date(y int, m time.Month, d int) model.Date { return model.Date{Year: y, Month: m, Day: d} }

func period(s string) model.Period {
	p, err := model.ParsePeriod(s)
	if err != nil {
		panic(err) // error in test
	}
	return p
}

// fixture is a small Banten site built by hand, with the fields validate
// computes (Summary.Check, Decision.Current/Overdue/FollowUps) filled in.
func fixture() *model.Site {
	reported := model.Provenance{Source: "antara-3849513", Verification: model.Reported}
	sipd := model.Provenance{Source: "sipd", Verification: model.Illustrative}
	lines := []*model.Line{
		{ID: "banten-2024-rka-0001", Year: 2024, Stage: model.RKA, Region: "36", Agency: "banten-dinsos",
			Code: "1.06.05.2.01.0001", Name: "Pendataan Fakir Miskin", Level: model.SubKegiatan,
			Amount: 1200000000, FundingSource: "PAD", Strategy: "inpres-4-2022/beban-pengeluaran",
			Locations: []string{"36.01", "36.02"}, Provenance: sipd,
			Output: &model.Output{Indicator: "Jumlah data fakir miskin", Target: 12500.5, Unit: "jiwa"}},
		{ID: "banten-2024-rka-0002", Year: 2024, Stage: model.RKA, Region: "36", Agency: "banten-dinsos-uptd",
			Code: "1.06.05.2.02.0001", Name: `Bantuan "sembako", tahap 1`, Level: model.SubKegiatan,
			Amount: 300000000, Provenance: sipd},
		{ID: "banten-2024-rka-0003", Year: 2024, Stage: model.RKA, Region: "36", Agency: "banten-dprkp",
			Code: "1.04.03.1.01.0001", Name: "Perbaikan RTLH\nkantong kemiskinan", Level: model.SubKegiatan,
			Amount: 6525000000, Strategy: "inpres-4-2022/kantong-kemiskinan", Locations: []string{"36.02"},
			Provenance: sipd, Output: &model.Output{Indicator: "RTLH diperbaiki", Target: 87, Unit: "unit"}},
	}
	s := &model.Site{
		Config: model.Config{
			Title: "Laporan TKPKD Provinsi Banten", Publisher: "TKPKD Provinsi Banten", Region: "36",
			Languages: []string{"id", "en"}, AsOf: date(2024, time.June, 30),
			Contact: model.Contact{Email: "tkpkd@bantenprov.go.id"},
		},
		Sources: []*model.Source{
			{ID: "antara-3849513", Type: model.News, Publisher: "ANTARA",
				Title: "Pemprov Banten sinkronisasi program penanggulangan kemiskinan",
				URL:   "https://m.antaranews.com/amp/berita/3849513", Accessed: date(2024, time.May, 2)},
			{ID: "bps-banten-2023-07", Type: model.Statistics, Publisher: "BPS Provinsi Banten",
				Title: "Profil Kemiskinan di Provinsi Banten Maret 2023", Published: date(2023, time.July, 17)},
			{ID: "sipd", Type: model.System, Publisher: "Kemendagri", Title: "SIPD <sipd.kemendagri.go.id>",
				Note: "contoh & ilustrasi"},
		},
		Regions: []*model.Region{
			{Code: "36", Name: "Provinsi Banten", Kind: model.Provinsi},
			{Code: "36.01", Name: "Kabupaten Pandeglang", Kind: model.Kabupaten, Parent: "36"},
			{Code: "36.02", Name: "Kabupaten Lebak", Kind: model.Kabupaten, Parent: "36"},
		},
		Agencies: []*model.Agency{
			{ID: "banten-dinsos", Region: "36", Kind: model.OPD, Name: "Dinas Sosial Provinsi Banten", Short: "Dinsos"},
			{ID: "banten-dinsos-uptd", Region: "36", Kind: model.UPTD, Name: "UPTD Contoh Dinas Sosial", Parent: "banten-dinsos"},
			{ID: "banten-dprkp", Region: "36", Kind: model.OPD, Name: "Dinas Perumahan Rakyat dan Kawasan Permukiman Provinsi Banten", Short: "DPRKP"},
		},
		Years: []*model.BudgetYear{{
			Year: 2024,
			Summaries: []*model.Summary{
				{ID: "banten-2024-rka-total", Year: 2024, Stage: model.RKA, Region: "36", Scope: "kemiskinan_ekstrem",
					Amount: 8025000005, Precision: 1, AgenciesCount: &model.AgenciesCount{OPD: 2, UPTD: 1},
					Basis: "tagging SIPD", Provenance: reported,
					Check: model.Reconciliation{Itemised: true, Lines: 3, Sum: 8025000000, Diff: -5, OPD: 2, UPTD: 1}},
				{ID: "banten-2024-apbd-total", Year: 2024, Stage: model.APBD, Region: "36",
					Amount: 1700000000000, Approximate: true, Precision: 100000000000,
					AgenciesCount: &model.AgenciesCount{OPD: 9, UPTD: 9}, Provenance: reported},
			},
			Lines: lines,
		}},
		Indicators: []*model.Indicator{
			{ID: "kemiskinan-persen", Name: "Persentase penduduk miskin (P0)", Unit: "persen", Decimals: 2},
			{ID: "kemiskinan-ekstrem-persen", Name: "Persentase penduduk miskin ekstrem", Unit: "persen", Decimals: 2,
				Methods: []model.Method{{ID: "ppp2011-1.90", From: 2021, To: 2023}}},
		},
		Observations: []*model.Observation{
			{Indicator: "kemiskinan-ekstrem-persen", Region: "36.02", Period: period("2022"), Value: 2.17,
				Method: "ppp2011-1.90", Provenance: reported},
			{Indicator: "kemiskinan-persen", Region: "36", Period: period("2023-03"), Value: 6.17,
				Provenance: model.Provenance{Source: "bps-banten-2023-07", Verification: model.Verified}},
			{Indicator: "kemiskinan-persen", Region: "36", Period: period("2023-Q3"), Value: 28,
				Provenance: model.Provenance{Source: "bps-banten-2023-07", Verification: model.Derived}},
		},
	}
	s.Meetings = meetings()
	s.Index()
	return s
}

func meetings() []*model.Meeting {
	ill := model.Provenance{Source: "antara-3849513", Verification: model.Illustrative}
	m1 := &model.Meeting{ID: "rakor-2023-q4", Title: "Rapat Koordinasi TKPKD", Date: date(2023, time.December, 7)}
	m2 := &model.Meeting{ID: "rakor-2024-q1", Title: "Rapat Koordinasi TKPKD Triwulan I", Date: date(2024, time.March, 14)}
	fu := &model.FollowUp{Decision: "rakor-2023-q4/K01", Meeting: m2.ID, Status: model.Selesai,
		Note: "Data sudah diterima", AsOf: date(2024, time.March, 14)}
	fu2 := &model.FollowUp{Decision: "rakor-2023-q4/K02", Meeting: m2.ID, Status: model.Berjalan,
		AsOf: date(2024, time.March, 14)}
	m1.Decisions = []*model.Decision{
		{ID: "rakor-2023-q4/K01", Meeting: m1.ID, Text: "Kab. Lebak dan Pandeglang mengusulkan data RTLH ke DPRKP",
			Owner: "banten-dprkp", CoOwners: []string{"36.01", "36.02"}, Due: date(2024, time.January, 31),
			Status: model.Baru, Strategy: "inpres-4-2022/kantong-kemiskinan", Provenance: ill,
			Current: model.Selesai, FollowUps: []*model.FollowUp{fu}},
		{ID: "rakor-2023-q4/K02", Meeting: m1.ID, Text: "Verifikasi data sasaran P3KE",
			Owner: "36.02", Due: date(2024, time.March, 31), Status: model.Baru, Provenance: ill,
			Current: model.Berjalan, Overdue: true, FollowUps: []*model.FollowUp{fu2}},
	}
	m2.FollowUps = []*model.FollowUp{fu, fu2}
	m2.Decisions = []*model.Decision{
		{ID: "rakor-2024-q1/K01", Meeting: m2.ID, Text: "Menyusun RAT 2025", Owner: "banten-bappeda",
			Status: model.Baru, Provenance: ill, Current: model.Baru},
	}
	return []*model.Meeting{m1, m2}
}
