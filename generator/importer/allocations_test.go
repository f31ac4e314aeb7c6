package importer

import (
	"strings"
	"testing"

	"github.com/tkpkd/tkpkd/generator/load"
	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/sheet"
)

// sipdCSV is a SIPD-style export as Indonesian-locale Excel saves it:
// title rows, ";" between cells, Windows-1252, Rupiah in every form staff
// meet, agencies by name without the province, short name, id and UPTD
// name, and a total row.
const sipdCSV = `Laporan Pagu Sub Kegiatan Penanggulangan Kemiskinan Ekstrem;;;;;
Tahun Anggaran 2025;;;;;
;;;;;
Kode Sub Kegiatan;Nama Sub Kegiatan;Perangkat Daerah;Pagu;Sumber Dana;Lokasi
1.06.04.1.02.0001;Pemberian Permakanan bagi Lansia – tahap é;Dinas Sosial;Rp 1.700.000.000,00;DAU;"Kabupaten Lebak, Kota Serang"
1.02.02.1.02.0027;Pengelolaan Jaminan Kesehatan Masyarakat;DINKES;1.250.000;PAD;Pandeglang
2.13.03.1.01.0002;Fasilitasi BUMDes;banten-dpmd;Rp2.000.000,-;;
1.02.02.1.02.0036;Pelayanan Laboratorium;UPTD Laboratorium Kesehatan Daerah;750000;PAD;36.02
;JUMLAH;;1.703.250.000;;
`

func importRKA2025(c *content, text string) Result {
	o := c.options("rka-2025.csv", csvTables(c.t, win1252(text)))
	o.Year, o.Stage = 2025, string(model.RKA)
	return Allocations(o)
}

func TestAllocationsFromCSV(t *testing.T) {
	t.Parallel()
	c := newContent(t)
	res := importRKA2025(c, sipdCSV)
	if !res.Created || res.Path != "allocations/2025.yaml" || !res.Changed {
		t.Fatalf("path %s created %v changed %v; problems:\n%v", res.Path, res.Created, res.Changed, res.Problems)
	}
	c.write(res)
	got := c.read("allocations/2025.yaml")
	if !strings.HasPrefix(got, "# yaml-language-server: $schema=../../schema/allocations.json\n") {
		t.Errorf("the new file does not start with the schema line:\n%s", got)
	}
	y := c.site.Year(2025)
	if y == nil || len(y.Lines) != 4 {
		t.Fatalf("2025 holds %v", y)
	}
	want := map[string]struct {
		agency string
		amount model.Money
		locs   string
	}{
		"rka-2025-banten-dinsos-1.06.04.1.02.0001":               {"banten-dinsos", 1700000000, "36.02 36.73"},
		"rka-2025-banten-dinkes-1.02.02.1.02.0027":               {"banten-dinkes", 1250000, "36.01"},
		"rka-2025-banten-dpmd-2.13.03.1.01.0002":                 {"banten-dpmd", 2000000, ""},
		"rka-2025-banten-dinkes-uptd-labkesda-1.02.02.1.02.0036": {"banten-dinkes-uptd-labkesda", 750000, "36.02"},
	}
	for _, l := range y.Lines {
		w, ok := want[l.ID]
		if !ok {
			t.Errorf("unexpected line %s", l.ID)
			continue
		}
		if l.Agency != w.agency || l.Amount != w.amount || strings.Join(l.Locations, " ") != w.locs || l.Source != "sipd-kemendagri" || l.Stage != model.RKA || l.Level != model.SubKegiatan {
			t.Errorf("%s: %+v", l.ID, l)
		}
		if l.ID == "rka-2025-banten-dinsos-1.06.04.1.02.0001" && l.Name != "Pemberian Permakanan bagi Lansia – tahap é" {
			t.Errorf("Windows-1252 name read as %q", l.Name)
		}
	}
	if len(res.Notes) != 1 || !strings.Contains(res.Notes[0], "baris 9 dilewati") {
		t.Errorf("notes %q; want the total row left out", res.Notes)
	}

	// The same spreadsheet again changes nothing, to the byte.
	again := importRKA2025(c, sipdCSV)
	if again.Changed || string(again.Data) != got || len(again.Changes) != 0 {
		t.Errorf("re-import changed the file (changed %v, changes %q)", again.Changed, ops(again))
	}
	if r := again.Report(); !strings.Contains(r, "tidak ada perubahan") {
		t.Errorf("report %q", r)
	}

	// A changed spreadsheet: one amount, one row gone, one row new.
	changed := strings.Replace(sipdCSV, "1.250.000;PAD", "1.500.000;PAD", 1)
	changed = strings.Replace(changed, "2.13.03.1.01.0002;Fasilitasi BUMDes;banten-dpmd;Rp2.000.000,-;;\n", "", 1)
	changed = strings.Replace(changed, ";JUMLAH", "1.06.04.1.02.0002;Bantuan Sosial Anak;Dinsos;5.000.000;;\n;JUMLAH", 1)
	res = importRKA2025(c, changed)
	wantOps := "~rka-2025-banten-dinkes-1.02.02.1.02.0027 Rp1.250.000>Rp1.500.000\n" +
		"+rka-2025-banten-dinsos-1.06.04.1.02.0002 >Rp5.000.000\n" +
		"-rka-2025-banten-dpmd-2.13.03.1.01.0002 Rp2.000.000>\n"
	if got := ops(res); got != wantOps {
		t.Errorf("changes:\n%s\nwant:\n%s", got, wantOps)
	}
	report := res.Report()
	for _, want := range []string{"  ~ rka-2025-banten-dinkes-1.02.02.1.02.0027  Pengelolaan Jaminan Kesehatan Masyarakat  Rp1.250.000 -> Rp1.500.000", "1 ditambah, 1 diubah, 1 dihapus"} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}
	c.write(res)
}

func TestAllocationsFromXLSX(t *testing.T) {
	t.Parallel()
	c := newContent(t)
	sh := sheet.Sheet{Name: "APBD 2025",
		Columns: []sheet.Column{{Header: "KODE SUB KEGIATAN"}, {Header: "Nama Sub Kegiatan"}, {Header: "SKPD"}, {Header: "Pagu Anggaran", Kind: sheet.Money}, {Header: "Sumber Dana"}},
		Rows: [][]any{
			{"1.06.04.1.02.0001", "Pemberian Permakanan", "Dinas Sosial Provinsi Banten", int64(2200000000000), "DAU"},
			{"1.02.02.1.02.0027", "Jaminan Kesehatan", "Dinkes", int64(476250600000), nil},
		}}
	o := c.options("apbd-2025.xlsx", xlsxTables(t, sh))
	o.Year, o.Stage = 2025, string(model.APBD)
	res := Allocations(o)
	c.write(res)
	if y := c.site.Year(2025); y == nil || len(y.Lines) != 2 || y.Lines[0].Amount+y.Lines[1].Amount != 2200000000000+476250600000 {
		t.Fatalf("2025: %+v", y)
	}
	o = c.options("apbd-2025.xlsx", xlsxTables(t, sh))
	o.Year, o.Stage = 2025, string(model.APBD)
	if again := Allocations(o); again.Changed || len(again.Problems) > 0 {
		t.Errorf("re-import of the XLSX changed the file: %q %v", ops(again), again.Problems)
	}
}

// Importing another stage into an existing year keeps every other byte:
// its summaries, lines of other stages, comments and blank lines.
func TestAllocationsKeepOtherStages(t *testing.T) {
	t.Parallel()
	c := newContent(t)
	before := c.read("allocations/2023.yaml")
	o := c.options("rka.csv", csvTables(t, "Kode;Nama;OPD;Anggaran\n1.06.04.1.02.0001;Permakanan;Dinsos;1.000\n"))
	o.Year, o.Stage = 2023, string(model.RKA)
	res := Allocations(o)
	c.write(res)
	after := c.read("allocations/2023.yaml")
	if !strings.HasPrefix(after, before) {
		t.Errorf("the import changed existing text of 2023.yaml")
	}
	if added := strings.TrimPrefix(after, before); !strings.Contains(added, "  - id: rka-2023-banten-dinsos-1.06.04.1.02.0001\n    stage: rka\n") {
		t.Errorf("added text:\n%s", added)
	}
}

// A line that is already there keeps its id and the fields a spreadsheet
// does not hold; its source follows its amount.
func TestAllocationsUpdateKeepsHandWrittenFields(t *testing.T) {
	t.Parallel()
	c := readOnlyContent(t)
	o := c.options("rka.csv", csvTables(t, "Kode Sub Kegiatan;Nama Sub Kegiatan;Perangkat Daerah;Pagu\n1.02.02.1.02.0027;Pengelolaan Jaminan Kesehatan Masyarakat;Dinas Kesehatan;476.250.600.001\n"))
	o.Year, o.Stage, o.Source = 2024, string(model.RKA), "antara-3849513"
	res := Allocations(o)
	if len(res.Problems) > 0 {
		t.Fatal(res.Problems)
	}
	if len(res.Changes) == 0 || res.Changes[0].Op != '~' || res.Changes[0].ID != "rka24-dinkes-jkn" || len(res.Changes[0].Fields) != 0 {
		t.Fatalf("first change %+v; want rka24-dinkes-jkn's amount only", res.Changes[0])
	}
	for _, ch := range res.Changes[1:] {
		if ch.Op != '-' {
			t.Errorf("change %+v; want the other rka lines removed", ch)
		}
	}
	doc, err := load.OpenDoc(res.Data)
	if err != nil {
		t.Fatal(err)
	}
	recs, _ := doc.Records("lines")
	if len(recs) != 1 {
		t.Fatalf("%d lines left; want 1", len(recs))
	}
	v := recs[0].Values
	if v["amount"] != "476250600001" || v["source"] != "antara-3849513" || v["strategy"] != "inpres-4-2022/beban-pengeluaran" || v["verification"] != "illustrative" || v["note"] == "" {
		t.Errorf("updated line %v", v)
	}
	if !strings.Contains(string(res.Data), `output: {indicator: "Penduduk miskin yang iuran JKN-nya dibayar Pemerintah Provinsi", target: 945000, unit: "jiwa"}`) {
		t.Errorf("the line's output lost its form:\n%s", res.Data)
	}
}

func TestAllocationsColumnsFlag(t *testing.T) {
	t.Parallel()
	c := newContent(t)
	o := c.options("x.csv", csvTables(t, "Kode;Uraian;OPD Pelaksana;Nilai (Rp)\n1.06.04.1.02.0001;Permakanan;Dinsos;1.000\n"))
	o.Year, o.Stage, o.Columns = 2025, string(model.RKA), "pagu=Nilai (Rp),skpd=OPD Pelaksana"
	res := Allocations(o)
	c.write(res)
	if y := c.site.Year(2025); y == nil || len(y.Lines) != 1 || y.Lines[0].Amount != 1000 {
		t.Errorf("2025: %+v", y)
	}
	o.Columns = "harga=Nilai"
	if res := Allocations(o); len(res.Problems) != 1 || !strings.Contains(res.Problems[0].Msg.ID, "--columns") {
		t.Errorf("an unknown --columns key: %v", res.Problems)
	}
}
