package chart

import (
	"math"
	"strconv"
	"strings"
)

// rupiah is a test formatter in the style the site uses: "Rp1,5 triliun",
// "Rp250 miliar", "Rp0".
func rupiah(v float64) string {
	neg := ""
	if v < 0 {
		neg, v = "-", -v
	}
	units := []struct {
		size float64
		name string
	}{{1e12, " triliun"}, {1e9, " miliar"}, {1e6, " juta"}}
	for _, u := range units {
		if v >= u.size {
			s := strconv.FormatFloat(math.Round(v/u.size*10)/10, 'f', -1, 64)
			return neg + "Rp" + strings.Replace(s, ".", ",", 1) + u.name
		}
	}
	return neg + "Rp" + strconv.FormatFloat(v, 'f', 0, 64)
}

func percent(v float64) string {
	return strings.Replace(strconv.FormatFloat(v, 'f', 1, 64), ".", ",", 1) + "%"
}

var agencyBar = Bar{
	ID:    "alokasi-opd",
	Title: "Alokasi anggaran per OPD, 2024",
	Desc:  "Dinas Sosial menerima alokasi terbesar, Rp1,2 triliun.",
	Bars: []Value{
		{"Dinsos", 1.2e12}, {"Dinkes", 8.5e11}, {"DPUPR", 6.1e11}, {"Disdikbud", 4.4e11},
		{"DPMD", 2.05e11}, {"Disnakertrans", 9.8e10}, {"Bappeda", 1.2e10},
		{"Dinas Perumahan Rakyat dan Kawasan Permukiman", 3.3e11},
	},
	Format: rupiah,
}

var yearPaired = Paired{
	ID:     "alokasi-tahun",
	Title:  "Alokasi per strategi, 2023 dan 2024",
	Desc:   "Alokasi untuk pengurangan beban pengeluaran naik dari 2023 ke 2024.",
	Groups: []string{"Mengurangi beban pengeluaran", "Meningkatkan pendapatan", "Mengurangi kantong kemiskinan"},
	Names:  [2]string{"2023", "2024"},
	Values: [][2]float64{{1.1e12, 1.35e12}, {4.2e11, 3.9e11}, {math.NaN(), 2.5e11}},
	Format: rupiah,
}

var povertyLine = Line{
	ID:    "kemiskinan",
	Title: "Persentase penduduk miskin, 2018–2024",
	Desc:  "Persentase penduduk miskin turun dari 5,3% pada 2018 menjadi 5,8% pada 2024 setelah naik pada 2020.",
	Series: []Series{
		{Name: "Banten", X: []float64{2018, 2019, 2020, 2021, 2022, 2023, 2024}, Y: []float64{5.25, 4.94, 6.63, 6.5, 6.16, 6.17, 5.84}},
		{Name: "Kab. Lebak", X: []float64{2018, 2019, 2020, 2021, 2022, 2023, 2024}, Y: []float64{8.41, 8.3, 9.24, 10.29, math.NaN(), 9.0, 8.7}},
	},
	XTicks: []Tick{{2018, "2018"}, {2019, "2019"}, {2020, "2020"}, {2021, "2021"}, {2022, "2022"}, {2023, "2023"}, {2024, "2024"}},
	Format: percent,
	Breaks: []Break{{2021.5, "Metode baru"}},
}

var (
	oneBar  = Bar{ID: "satu", Title: "Satu batang", Bars: []Value{{"Dinsos", 7.5e11}}, Format: rupiah}
	zeroBar = Bar{ID: "nol", Title: "Semua nol", Bars: []Value{{"Dinsos", 0}, {"Dinkes", 0}}, Format: rupiah}

	negativeBar = Bar{ID: "selisih", Title: "Selisih realisasi", Format: rupiah,
		Bars: []Value{{"Dinsos", -2.5e10}, {"Dinkes", 4e10}, {"DPUPR", -1e9}}}

	onePoint = Line{ID: "satu-titik", Title: "Satu pengamatan", Format: percent,
		Series: []Series{{Name: "Banten", X: []float64{2024}, Y: []float64{5.84}}}}
)
