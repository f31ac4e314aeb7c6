package data

import (
	"strings"

	"github.com/tkpkd/tkpkd/generator/model"
)

// allocation is one budget line: alokasi.csv.
type allocation struct {
	ID              string      `json:"id" desc:"Kode unik baris anggaran"`
	Year            int         `json:"year" desc:"Tahun anggaran"`
	Stage           string      `json:"stage" desc:"Tahap anggaran: rkpd, kua_ppas, rka, apbd, apbd_p, realisasi"`
	Region          string      `json:"region" desc:"Kode wilayah (Kemendagri)"`
	RegionName      string      `json:"region_name" desc:"Nama wilayah"`
	Agency          string      `json:"agency" desc:"Kode perangkat daerah"`
	AgencyName      string      `json:"agency_name" desc:"Nama perangkat daerah"`
	AgencyKind      string      `json:"agency_kind" desc:"Jenis perangkat daerah: opd, uptd, badan, rsud, sekretariat"`
	Code            string      `json:"code" desc:"Kode nomenklatur (program/kegiatan/sub kegiatan)"`
	Name            string      `json:"name" desc:"Nama program, kegiatan atau sub kegiatan"`
	Level           string      `json:"level" desc:"Tingkat nomenklatur: program, kegiatan, sub_kegiatan"`
	Amount          model.Money `json:"amount" desc:"Jumlah anggaran dalam rupiah (bilangan bulat)"`
	FundingSource   string      `json:"funding_source" desc:"Sumber dana"`
	Strategy        string      `json:"strategy" desc:"Strategi (kerangka/butir)"`
	Programme       string      `json:"programme" desc:"Program strategi (kerangka/butir)"`
	Locations       string      `json:"locations" desc:"Kode wilayah lokasi, dipisah titik koma"`
	OutputIndicator string      `json:"output_indicator" desc:"Indikator keluaran"`
	OutputTarget    *float64    `json:"output_target" desc:"Target keluaran"`
	OutputUnit      string      `json:"output_unit" desc:"Satuan target keluaran"`
	Source          string      `json:"source" desc:"Kode sumber (lihat sumber.csv)"`
	Verification    string      `json:"verification" desc:"Tingkat verifikasi: verified, reported, derived, illustrative"`
}

// summary is a stated total with its reconciliation: ringkasan.csv.
type summary struct {
	ID           string      `json:"id" desc:"Kode unik ringkasan"`
	Year         int         `json:"year" desc:"Tahun anggaran"`
	Stage        string      `json:"stage" desc:"Tahap anggaran"`
	Region       string      `json:"region" desc:"Kode wilayah"`
	RegionName   string      `json:"region_name" desc:"Nama wilayah"`
	Scope        string      `json:"scope" desc:"Cakupan total"`
	Amount       model.Money `json:"amount" desc:"Total yang dinyatakan, dalam rupiah"`
	Approximate  bool        `json:"approximate" desc:"Total berupa angka pembulatan"`
	Precision    model.Money `json:"precision" desc:"Ketelitian pembulatan dalam rupiah (1 = tepat)"`
	StatedOPD    *int        `json:"stated_opd" desc:"Jumlah OPD (selain UPTD) yang dinyatakan"`
	StatedUPTD   *int        `json:"stated_uptd" desc:"Jumlah UPTD yang dinyatakan"`
	Basis        string      `json:"basis" desc:"Dasar penghitungan total"`
	Itemised     bool        `json:"itemised" desc:"Ada rincian baris anggaran untuk total ini"`
	Lines        int         `json:"lines" desc:"Jumlah baris anggaran"`
	LinesSum     *int64      `json:"lines_sum" desc:"Jumlah rincian baris dalam rupiah (kosong bila tidak dirinci)"`
	Diff         *int64      `json:"diff" desc:"Selisih rincian dikurangi total, dalam rupiah"`
	LinesOPD     *int        `json:"lines_opd" desc:"Jumlah OPD berbeda dalam rincian"`
	LinesUPTD    *int        `json:"lines_uptd" desc:"Jumlah UPTD berbeda dalam rincian"`
	AmountOK     *bool       `json:"amount_ok" desc:"Rincian cocok dengan total dalam batas pembulatan"`
	CountsOK     *bool       `json:"counts_ok" desc:"Jumlah perangkat daerah cocok dengan yang dinyatakan"`
	Source       string      `json:"source" desc:"Kode sumber"`
	Verification string      `json:"verification" desc:"Tingkat verifikasi"`
}

// observation is one indicator value: indikator.csv.
type observation struct {
	Indicator     string  `json:"indicator" desc:"Kode indikator"`
	IndicatorName string  `json:"indicator_name" desc:"Nama indikator"`
	Unit          string  `json:"unit" desc:"Satuan"`
	Region        string  `json:"region" desc:"Kode wilayah"`
	RegionName    string  `json:"region_name" desc:"Nama wilayah"`
	Period        string  `json:"period" desc:"Periode: 2023, 2023-Q3 (triwulan) atau 2023-03 (bulan)"`
	Value         float64 `json:"value" desc:"Nilai"`
	Method        string  `json:"method" desc:"Kode metode pengukuran"`
	Source        string  `json:"source" desc:"Kode sumber"`
	Verification  string  `json:"verification" desc:"Tingkat verifikasi"`
}

// decision is a meeting decision with its computed status: keputusan.csv.
type decision struct {
	ID           string `json:"id" desc:"Kode keputusan (<rapat>/K<nn>)"`
	Meeting      string `json:"meeting" desc:"Kode rapat"`
	MeetingDate  Date   `json:"meeting_date" desc:"Tanggal rapat"`
	Text         string `json:"text" desc:"Isi keputusan"`
	Owner        string `json:"owner" desc:"Penanggung jawab (kode perangkat daerah atau wilayah)"`
	OwnerName    string `json:"owner_name" desc:"Nama penanggung jawab"`
	CoOwners     string `json:"co_owners" desc:"Pihak terkait, dipisah titik koma"`
	Due          Date   `json:"due" desc:"Tenggat"`
	Status       string `json:"status" desc:"Status saat keputusan dibuat"`
	Current      string `json:"current_status" desc:"Status terkini menurut tindak lanjut terakhir"`
	Shown        string `json:"shown_status" desc:"Status yang ditampilkan: terlambat bila melewati tenggat"`
	Overdue      bool   `json:"overdue" desc:"Melewati tenggat per tanggal laporan dan belum selesai atau dibatalkan"`
	FollowUps    int    `json:"follow_ups" desc:"Jumlah tindak lanjut"`
	LastFollowUp Date   `json:"last_follow_up" desc:"Tanggal tindak lanjut terakhir"`
	Strategy     string `json:"strategy" desc:"Strategi (kerangka/butir)"`
	Source       string `json:"source" desc:"Kode sumber"`
	Verification string `json:"verification" desc:"Tingkat verifikasi"`
}

// source is one entry of the citation registry: sumber.csv.
type source struct {
	ID        string `json:"id" desc:"Kode sumber"`
	Type      string `json:"type" desc:"Jenis: news, regulation, statistics, system, document, meeting"`
	Publisher string `json:"publisher" desc:"Penerbit"`
	Title     string `json:"title" desc:"Judul"`
	URL       string `json:"url" desc:"Alamat web"`
	Published Date   `json:"published" desc:"Tanggal terbit"`
	Accessed  Date   `json:"accessed" desc:"Tanggal diakses"`
	Note      string `json:"note" desc:"Catatan"`
}

func allocations(s *model.Site) []allocation {
	out := []allocation{}
	for _, y := range s.Years {
		for _, l := range y.Lines {
			a := allocation{
				ID: l.ID, Year: l.Year, Stage: string(l.Stage),
				Region: l.Region, RegionName: regionName(s, l.Region),
				Agency: l.Agency, Code: l.Code, Name: l.Name, Level: string(l.Level),
				Amount: l.Amount, FundingSource: l.FundingSource,
				Strategy: l.Strategy, Programme: l.Programme,
				Locations: strings.Join(l.Locations, ";"),
				Source:    l.Source, Verification: string(l.Verification),
			}
			if ag := s.Agency(l.Agency); ag != nil {
				a.AgencyName, a.AgencyKind = ag.Name, string(ag.Kind)
			}
			if o := l.Output; o != nil {
				a.OutputIndicator, a.OutputTarget, a.OutputUnit = o.Indicator, &o.Target, o.Unit
			}
			out = append(out, a)
		}
	}
	return out
}

func summaries(s *model.Site) []summary {
	out := []summary{}
	for _, y := range s.Years {
		for _, m := range y.Summaries {
			r := summary{
				ID: m.ID, Year: m.Year, Stage: string(m.Stage),
				Region: m.Region, RegionName: regionName(s, m.Region),
				Scope: m.Scope, Amount: m.Amount, Approximate: m.Approximate,
				Precision: m.Precision, Basis: m.Basis,
				Itemised: m.Check.Itemised, Lines: m.Check.Lines,
				Source: m.Source, Verification: string(m.Verification),
			}
			if c := m.AgenciesCount; c != nil {
				r.StatedOPD, r.StatedUPTD = ptr(c.OPD), ptr(c.UPTD)
			}
			// Without lines there is nothing to compare: leave the
			// reconciliation empty rather than report a sum of 0.
			if c := m.Check; c.Itemised {
				r.LinesSum, r.Diff = ptr(int64(c.Sum)), ptr(int64(c.Diff))
				r.LinesOPD, r.LinesUPTD = ptr(c.OPD), ptr(c.UPTD)
				r.AmountOK, r.CountsOK = ptr(m.AmountOK()), ptr(m.CountsOK())
			}
			out = append(out, r)
		}
	}
	return out
}

func observations(s *model.Site) []observation {
	out := []observation{}
	for _, o := range s.Observations {
		r := observation{
			Indicator: o.Indicator, Region: o.Region, RegionName: regionName(s, o.Region),
			Period: o.Period.String(), Value: o.Value, Method: o.Method,
			Source: o.Source, Verification: string(o.Verification),
		}
		if d := s.Indicator(o.Indicator); d != nil {
			r.IndicatorName, r.Unit = d.Name, d.Unit
		}
		out = append(out, r)
	}
	return out
}

func decisions(s *model.Site) []decision {
	out := []decision{}
	for _, m := range s.Meetings {
		for _, d := range m.Decisions {
			r := decision{
				ID: d.ID, Meeting: m.ID, MeetingDate: Date(m.Date.String()),
				Text: d.Text, Owner: d.Owner, OwnerName: s.OwnerName(d.Owner),
				CoOwners: strings.Join(d.CoOwners, ";"), Due: Date(d.Due.String()),
				Status: string(d.Status), Current: string(d.Current), Shown: string(d.Shown()),
				Overdue: d.Overdue, FollowUps: len(d.FollowUps),
				Strategy: d.Strategy, Source: d.Source, Verification: string(d.Verification),
			}
			if n := len(d.FollowUps); n > 0 {
				r.LastFollowUp = Date(d.FollowUps[n-1].AsOf.String())
			}
			out = append(out, r)
		}
	}
	return out
}

func sources(s *model.Site) []source {
	out := []source{}
	for _, v := range s.Sources {
		out = append(out, source{
			ID: v.ID, Type: string(v.Type), Publisher: v.Publisher, Title: v.Title, URL: v.URL,
			Published: Date(v.Published.String()), Accessed: Date(v.Accessed.String()), Note: v.Note,
		})
	}
	return out
}

func regionName(s *model.Site, code string) string {
	if r := s.Region(code); r != nil {
		return r.Name
	}
	return ""
}

func ptr[T any](v T) *T { return &v }
