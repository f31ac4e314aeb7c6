package importer

import (
	"strings"
	"testing"

	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/sheet"
)

const head = "Kode Sub Kegiatan;Nama Sub Kegiatan;Perangkat Daerah;Pagu;Lokasi\n"

// Every mistake is reported at its row and column, in Indonesian, with
// how to fix it, and nothing is written.
func TestAllocationsProblems(t *testing.T) {
	t.Parallel()
	c := readOnlyContent(t)
	for _, tc := range []struct {
		name, csv string
		mod       func(*Options)
		want      string // the first problem, as printed
	}{
		{"unknown agency", head + "1.06.04.1.02.0001;Permakanan;Dinas Pariwisata;1.000;\n", nil,
			`x.csv:2:3: kolom C "Perangkat Daerah": perangkat daerah "Dinas Pariwisata" tidak ada di agencies.yaml`},
		{"fraction of a rupiah", head + "1.06.04.1.02.0001;Permakanan;Dinsos;1.000,50;\n", nil,
			`x.csv:2:4: kolom D "Pagu": memuat pecahan rupiah (1000.50)`},
		{"English digit groups", head + "1.06.04.1.02.0001;Permakanan;Dinsos;1,000,000;\n", nil,
			`x.csv:2:4: kolom D "Pagu": memakai koma sebagai pemisah ribuan`},
		{"scale word", head + "1.06.04.1.02.0001;Permakanan;Dinsos;1,7 triliun;\n", nil,
			`x.csv:2:4: kolom D "Pagu": memakai kata satuan`},
		{"negative", head + "1.06.04.1.02.0001;Permakanan;Dinsos;-5.000;\n", nil,
			`x.csv:2:4: kolom D "Pagu": negatif`},
		{"bad digit groups", head + "1.06.04.1.02.0001;Permakanan;Dinsos;1.70.000;\n", nil,
			`x.csv:2:4: kolom D "Pagu": bukan angka rupiah`},
		{"empty amount", head + "1.06.04.1.02.0001;Permakanan;Dinsos;;\n", nil,
			`x.csv:2:4: kolom D "Pagu": kosong`},
		{"empty code", head + ";Permakanan;Dinsos;1.000;\n", nil,
			`x.csv:2:1: kolom A "Kode Sub Kegiatan": kosong; setiap baris anggaran perlu kode`},
		{"bad code", head + "1.06 04;Permakanan;Dinsos;1.000;\n", nil,
			`x.csv:2:1: kolom A "Kode Sub Kegiatan": "1.06 04" bukan kode nomenklatur`},
		{"unknown location", head + "1.06.04.1.02.0001;Permakanan;Dinsos;1.000;Bogor\n", nil,
			`x.csv:2:5: kolom E "Lokasi": lokasi "Bogor" tidak ada di regions.yaml`},
		{"duplicate row", head + "1.06.04.1.02.0001;Permakanan;Dinsos;1.000;\n1.06.04.1.02.0001;Permakanan lagi;Dinas Sosial;2.000;\n", nil,
			`x.csv:3: sama dengan baris 2 (perangkat daerah dan kode sama)`},
		{"no heading row", "Kode;Nama;Perangkat Daerah;Jumlah Uang\n", nil,
			`x.csv: tidak ada baris judul kolom yang memuat`},
		{"unknown source", head, func(o *Options) { o.Source = "sipd" },
			`x.csv: --source "sipd" tidak ada di sources.yaml`},
		{"no source", head, func(o *Options) { o.Source = "" },
			`x.csv: --source wajib`},
		{"unknown stage", head, func(o *Options) { o.Stage = "apbdp" },
			`x.csv: --stage "apbdp" tidak dikenal`},
		{"unknown region", head, func(o *Options) { o.Region = "32" },
			`x.csv: wilayah "32" tidak ada di regions.yaml`},
		{"in English", head + "1.06.04.1.02.0001;Permakanan;Dinas Pariwisata;1.000;\n", func(o *Options) { o.Lang = "en" },
			`x.csv:2:3: column C "Perangkat Daerah": agency "Dinas Pariwisata" is not in agencies.yaml`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := c.options("x.csv", csvTables(t, tc.csv))
			o.Year, o.Stage = 2025, string(model.RKA)
			if tc.mod != nil {
				tc.mod(&o)
			}
			res := Allocations(o)
			if len(res.Problems) == 0 {
				t.Fatalf("no problem; want %s", tc.want)
			}
			if got := res.Problems.Sort()[0].Format(o.Lang); !strings.HasPrefix(got, tc.want) {
				t.Errorf("got  %s\nwant %s...", got, tc.want)
			}
			if res.Data != nil {
				t.Error("a result with problems carries data to write")
			}
		})
	}
}

// A code Excel stores as a number has lost its trailing zeros (1.10 is
// 1.1): refuse it rather than guess.
func TestAllocationsCodeStoredAsNumber(t *testing.T) {
	t.Parallel()
	c := readOnlyContent(t)
	sh := sheet.Sheet{Name: "RKA",
		Columns: []sheet.Column{{Header: "Kode"}, {Header: "Nama"}, {Header: "SKPD"}, {Header: "Pagu", Kind: sheet.Money}},
		Rows:    [][]any{{nil, "Permakanan", "Dinsos", int64(1000)}}}
	tabs := xlsxTables(t, sh)
	tabs[0].Rows[1][0] = sheet.Cell{Text: "1.1", Number: true}
	o := c.options("x.xlsx", tabs)
	o.Year, o.Stage = 2025, string(model.RKA)
	res := Allocations(o)
	want := `x.xlsx:2:1: kolom A "Kode": tersimpan sebagai angka (1.1)`
	if len(res.Problems) == 0 || !strings.HasPrefix(res.Problems[0].String(), want) {
		t.Errorf("got %v; want %s", res.Problems, want)
	}
}

func TestRupiah(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		cell sheet.Cell
		want int64
		err  bool
	}{
		{sheet.Cell{Text: "1.700.000.000"}, 1700000000, false},
		{sheet.Cell{Text: "Rp 1.700.000.000,00"}, 1700000000, false},
		{sheet.Cell{Text: "Rp. 1.700.000.000,-"}, 1700000000, false},
		{sheet.Cell{Text: "IDR 2.200.000.000.000"}, 2200000000000, false},
		{sheet.Cell{Text: "Rp\u00a01.700"}, 1700, false},
		{sheet.Cell{Text: "750000"}, 750000, false},
		{sheet.Cell{Text: "0"}, 0, false},
		{sheet.Cell{Text: "1700000000", Number: true}, 1700000000, false},
		{sheet.Cell{Text: "1.7E+12", Number: true}, 1700000000000, false},
		{sheet.Cell{Text: "476250600000.5", Number: true}, 0, true},
		{sheet.Cell{Text: "1.700.000,5"}, 0, true},
		{sheet.Cell{Text: "1.7"}, 0, true},
		{sheet.Cell{Text: "1,700,000"}, 0, true},
		{sheet.Cell{Text: "Rp 75 juta"}, 0, true},
		{sheet.Cell{Text: "(5.000)"}, 0, true},
		{sheet.Cell{Text: "99999999999999999999"}, 0, true},
	} {
		got, err := rupiah(tc.cell)
		if (err != nil) != tc.err || got != tc.want {
			t.Errorf("rupiah(%+v) = %d, %v; want %d, error %v", tc.cell, got, err, tc.want, tc.err)
		}
	}
}

func TestDecimal(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		cell     sheet.Cell
		want     string
		ok, fail bool
	}{
		{sheet.Cell{Text: "6,17"}, "6.17", true, false},
		{sheet.Cell{Text: "6,20"}, "6.20", true, false},
		{sheet.Cell{Text: "654.213"}, "654213", true, false},
		{sheet.Cell{Text: "1.234,5"}, "1234.5", true, false},
		{sheet.Cell{Text: "-0,3"}, "-0.3", true, false},
		{sheet.Cell{Text: "9,27 %"}, "9.27", true, false},
		{sheet.Cell{Text: "6.17", Number: true}, "6.17", true, false},
		{sheet.Cell{Text: "-"}, "", false, false},
		{sheet.Cell{Text: "…"}, "", false, false},
		{sheet.Cell{Text: ""}, "", false, false},
		{sheet.Cell{Text: "6.17"}, "", false, true},
		{sheet.Cell{Text: "enam"}, "", false, true},
	} {
		got, ok, err := decimal(tc.cell)
		if got != tc.want || ok != tc.ok || (err != nil) != tc.fail {
			t.Errorf("decimal(%+v) = %q, %v, %v; want %q, %v, error %v", tc.cell, got, ok, err, tc.want, tc.ok, tc.fail)
		}
	}
}

func TestFold(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"Kode Sub-Kegiatan": "kode sub kegiatan", " PÉRANGKAT  daerah ": "perangkat daerah",
		"Kabupaten/Kota": "kabupaten kota", "36.01": "36 01", "Nilai (Rp)": "nilai rp",
	} {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q; want %q", in, got, want)
		}
	}
}
