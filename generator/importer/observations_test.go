package importer

import (
	"strings"
	"testing"

	"github.com/tkpkd/tkpkd/generator/sheet"
)

// bpsCSV is a BPS-style table: regencies by bare name, cities as "Kota
// X", the province, periods as years and "Maret 2024", decimal commas,
// "-" for no data.
const bpsCSV = `Persentase Penduduk Miskin Menurut Kabupaten/Kota di Provinsi Banten;;;
Kabupaten/Kota;2022;2023;Maret 2024
Pandeglang;9,32;9,27;-
Kota Serang;6,10;6,20;
Banten;;;5,84
`

func observationOptions(c *content, name string, tables []sheet.Table) Options {
	o := c.options(name, tables)
	o.Indicator, o.Source = "kemiskinan-persen", "tribun-banten-2024-02-11"
	return o
}

func TestObservationsFromCSV(t *testing.T) {
	t.Parallel()
	c := newContent(t)
	before := c.read("indicators.yaml")
	res := Observations(observationOptions(c, "bps.csv", csvTables(t, bpsCSV)))
	// 36.01 2022/2023, 36.73 2023 and 36 2024-03 are there with the same
	// values: only Kota Serang 2022 is new.
	if got, want := ops(res), "+36.73 2022 >6.10\n"; got != want {
		t.Fatalf("changes %q; want %q; problems:\n%v", got, want, res.Problems)
	}
	c.write(res)
	after := c.read("indicators.yaml")
	added := `  - {indicator: kemiskinan-persen, region: "36.73", period: "2022", value: 6.10, source: tribun-banten-2024-02-11}` + "\n"
	if after == before || strings.Replace(after, added, "", 1) != before {
		t.Errorf("indicators.yaml: want only the line\n%s added; got:\n%s", added, after)
	}
	if again := Observations(observationOptions(c, "bps.csv", csvTables(t, bpsCSV))); again.Changed || len(again.Changes) > 0 {
		t.Errorf("re-import changed indicators.yaml: %q", ops(again))
	}
	// A revised figure: changed in place, with the new source.
	res = Observations(observationOptions(c, "bps.csv", csvTables(t, strings.Replace(bpsCSV, "9,27", "9,30", 1))))
	if got, want := ops(res), "~36.01 2023 9.27>9.30\n"; got != want {
		t.Errorf("changes %q; want %q", got, want)
	}
	c.write(res)
	if !strings.Contains(c.read("indicators.yaml"), `{indicator: kemiskinan-persen, region: "36.01", period: "2023", value: 9.30, source: tribun-banten-2024-02-11, verification: reported}`) {
		t.Error("the revised observation was not updated in place")
	}
}

func TestObservationsFromXLSX(t *testing.T) {
	t.Parallel()
	c := newContent(t)
	sh := sheet.Sheet{Name: "Tabel",
		Columns: []sheet.Column{{Header: "Kode BPS"}, {Header: "Sep 2024", Kind: sheet.Decimal}},
		Rows:    [][]any{{"3601", 8.5}, {"3674", 2.25}}}
	res := Observations(observationOptions(c, "bps.xlsx", xlsxTables(t, sh)))
	if got, want := ops(res), "+36.01 2024-09 >8.5\n+36.74 2024-09 >2.25\n"; got != want {
		t.Fatalf("changes %q; want %q; problems:\n%v", got, want, res.Problems)
	}
	c.write(res)
}

func TestObservationsProblems(t *testing.T) {
	t.Parallel()
	c := readOnlyContent(t)
	for _, tc := range []struct {
		name, csv string
		mod       func(*Options)
		want      string
	}{
		{"decimal point", "Wilayah;2023\nLebak;8.68\n", nil, `x.csv:2:2: kolom B "2023": memakai titik desimal; tulis dengan koma desimal, mis. 8,68`},
		{"unknown region", "Wilayah;2023\nIndonesia;9,36\n", nil, `x.csv:2:1: kolom A "Wilayah": wilayah "Indonesia" tidak ada di regions.yaml`},
		{"no period columns", "Wilayah;Nilai\nLebak;8,68\n", nil, `x.csv: tidak ada baris judul dengan kolom wilayah`},
		{"method needed", "Wilayah;2023\nLebak;1,2\n", func(o *Options) { o.Indicator = "kemiskinan-ekstrem-persen" }, `x.csv: indikator "kemiskinan-ekstrem-persen" memakai metode (ppp2011, ppp2017); beri --method`},
		{"unknown indicator", "Wilayah;2023\nLebak;1,2\n", func(o *Options) { o.Indicator = "kemiskinan" }, `x.csv: --indicator "kemiskinan" tidak ada di indicators.yaml`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := observationOptions(c, "x.csv", csvTables(t, tc.csv))
			if tc.mod != nil {
				tc.mod(&o)
			}
			res := Observations(o)
			if len(res.Problems) == 0 || !strings.HasPrefix(res.Problems.Sort()[0].String(), tc.want) {
				t.Errorf("got %v\nwant %s...", res.Problems, tc.want)
			}
		})
	}
}

func TestPeriodOf(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"2023": "2023", "2023-03": "2023-03", "2023-q3": "2023-Q3", "Maret 2023": "2023-03",
		"Sep 2023": "2023-09", "SEPTEMBER 2023": "2023-09", "Agustus 2024": "2024-08", "Nilai": "", "2023 (%)": "",
	} {
		got, ok := periodOf(sheet.Cell{Text: in})
		if got != want || ok != (want != "") {
			t.Errorf("periodOf(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if got, ok := periodOf(sheet.Cell{Text: "44986", Number: true}); !ok || got != "2023-03" {
		t.Errorf("an Excel date cell 44986 (2023-03-01) = %q, %v", got, ok)
	}
}
