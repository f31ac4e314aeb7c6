package data

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"path"
	"reflect"
	"strings"
	"testing"

	"github.com/tkpkd/tkpkd/generator/internal/golden"
	"github.com/tkpkd/tkpkd/generator/model"
)

func renderFiles(t *testing.T, s *model.Site) map[string][]byte {
	t.Helper()
	files, err := Render(s)
	if err != nil {
		t.Fatalf("Render: %v", err)
	}
	out := map[string][]byte{}
	for _, f := range files {
		if _, dup := out[f.Path]; dup {
			t.Errorf("Render wrote %s twice", f.Path)
		}
		out[f.Path] = f.Data
	}
	return out
}

func TestGolden(t *testing.T) {
	t.Parallel()
	files, err := Render(fixture())
	if err != nil {
		t.Fatalf("Render: %v", err)
	}
	var paths []string
	for _, f := range files {
		paths = append(paths, f.Path)
		if path.Ext(f.Path) == ".xlsx" {
			continue // binary; its cells are checked by TestWorkbook
		}
		golden.Check(t, path.Join("testdata", f.Path), f.Data)
	}
	want := []string{
		"data/alokasi.csv", "data/alokasi.json", "data/ringkasan.csv", "data/ringkasan.json",
		"data/indikator.csv", "data/indikator.json", "data/keputusan.csv", "data/keputusan.json",
		"data/sumber.csv", "data/sumber.json", "data/tkpkd.xlsx", "data/datapackage.json",
	}
	if !reflect.DeepEqual(paths, want) {
		t.Errorf("paths = %q; want %q", paths, want)
	}
}

func TestDeterministic(t *testing.T) {
	t.Parallel()
	a, errA := Render(fixture())
	b, errB := Render(fixture())
	if errA != nil || errB != nil {
		t.Fatalf("Render: %v, %v", errA, errB)
	}
	if !reflect.DeepEqual(a, b) {
		t.Error("two renders of the same model differ")
	}
}

func TestEmptySite(t *testing.T) {
	t.Parallel()
	s := &model.Site{}
	s.Index()
	files := renderFiles(t, s)
	if got, want := string(files["data/alokasi.json"]), "[]\n"; got != want {
		t.Errorf("alokasi.json of an empty site = %q; want %q", got, want)
	}
	if got := string(files["data/alokasi.csv"]); !strings.HasPrefix(got, "id,year,stage,") || strings.Count(got, "\r\n") != 1 {
		t.Errorf("alokasi.csv of an empty site = %q; want the header only", got)
	}
}

func TestFormulaInjection(t *testing.T) {
	t.Parallel()
	s := fixture()
	l := s.Years[0].Lines[0]
	l.Name = `=HYPERLINK("http://evil.example","klik")`
	l.FundingSource = "+62 812"
	l.Code = "-1.06"
	l.Output.Unit = "@SUM(A1)"
	l.Strategy = "\tx"
	s.Sources[0].Note = "\rcatatan"
	s.Years[0].Summaries[0].Basis = "a=b tidak diawali" // inside a cell is harmless
	files := renderFiles(t, s)

	rec := readCSV(t, files["data/alokasi.csv"])
	row := record(rec, 1)
	for col, want := range map[string]string{
		"name":           `'=HYPERLINK("http://evil.example","klik")`,
		"funding_source": "'+62 812",
		"code":           "'-1.06",
		"output_unit":    "'@SUM(A1)",
		"strategy":       "'\tx",
	} {
		if got := row[col]; got != want {
			t.Errorf("alokasi.csv %s = %q; want %q", col, got, want)
		}
	}
	// With UseCRLF, csv.Writer drops a lone CR (it writes line breaks as
	// CRLF); the cell is still neutralised.
	if got := record(readCSV(t, files["data/sumber.csv"]), 1)["note"]; got != "'catatan" {
		t.Errorf("sumber.csv note = %q; want %q", got, "'catatan")
	}
	sum := record(readCSV(t, files["data/ringkasan.csv"]), 1)
	if sum["diff"] != "-5" || sum["basis"] != "a=b tidak diawali" {
		t.Errorf("ringkasan.csv diff, basis = %q, %q; want a numeric -5 and the basis unchanged", sum["diff"], sum["basis"])
	}
	// JSON keeps the original text, escaped.
	var lines []map[string]any
	if err := json.Unmarshal(files["data/alokasi.json"], &lines); err != nil {
		t.Fatal(err)
	}
	if got := lines[0]["name"]; got != l.Name {
		t.Errorf("alokasi.json name = %q; want the original %q", got, l.Name)
	}
	if bytes.Contains(files["data/sumber.json"], []byte("<sipd")) {
		t.Errorf("sumber.json holds a raw '<': HTML escaping is off")
	}
}

func TestNeutralise(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"", ""}, {"=1+1", "'=1+1"}, {"+1", "'+1"}, {"-1", "'-1"}, {"@x", "'@x"},
		{"\tx", "'\tx"}, {"\rx", "'\rx"}, {"a=1", "a=1"}, {" =1", " =1"}, {"'=1", "'=1"}, {"Rp1", "Rp1"},
	}
	for _, tc := range tests {
		if got := neutralise(tc.in); got != tc.want {
			t.Errorf("neutralise(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestCSVFormat(t *testing.T) {
	t.Parallel()
	files := renderFiles(t, fixture())
	for name, data := range files {
		if !strings.HasSuffix(name, ".csv") {
			continue
		}
		if bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
			t.Errorf("%s starts with a byte-order mark", name)
		}
		if !bytes.HasSuffix(data, []byte("\r\n")) {
			t.Errorf("%s does not end in CRLF", name)
		}
	}
	rec := readCSV(t, files["data/alokasi.csv"])
	row := record(rec, 3)
	if row["name"] != "Perbaikan RTLH\nkantong kemiskinan" || row["locations"] != "36.02" || row["amount"] != "6525000000" {
		t.Errorf("alokasi.csv row 3 = %q", row)
	}
	if got := record(rec, 2)["output_target"]; got != "" {
		t.Errorf("a line without output has output_target %q; want empty", got)
	}
	if got := record(rec, 1)["output_target"]; got != "12500.5" {
		t.Errorf("output_target = %q; want 12500.5", got)
	}
	notItemised := record(readCSV(t, files["data/ringkasan.csv"]), 2)
	for _, col := range []string{"lines_sum", "diff", "amount_ok", "counts_ok", "lines_opd"} {
		if notItemised[col] != "" {
			t.Errorf("not itemised summary: %s = %q; want empty", col, notItemised[col])
		}
	}
	k := record(readCSV(t, files["data/keputusan.csv"]), 2)
	if k["shown_status"] != "terlambat" || k["current_status"] != "berjalan" || k["overdue"] != "true" {
		t.Errorf("overdue decision = %q", k)
	}
}

// TestDataPackage checks that every resource exists and that its schema
// matches the CSV header and the JSON keys.
func TestDataPackage(t *testing.T) {
	t.Parallel()
	files := renderFiles(t, fixture())
	var pkg struct {
		Profile   string
		Licenses  []License
		Resources []struct {
			Name, Path, Format, Mediatype, Encoding string
			Schema                                  struct {
				Fields []struct{ Name, Type string }
			}
		}
	}
	if err := json.Unmarshal(files["data/datapackage.json"], &pkg); err != nil {
		t.Fatalf("datapackage.json: %v", err)
	}
	if pkg.Profile != "tabular-data-package" || len(pkg.Licenses) != 1 || pkg.Licenses[0].Name != "CC-BY-4.0" {
		t.Errorf("profile %q, licenses %v", pkg.Profile, pkg.Licenses)
	}
	if len(pkg.Resources) != 5 {
		t.Fatalf("%d resources; want 5", len(pkg.Resources))
	}
	types := map[string]bool{"integer": true, "number": true, "string": true, "date": true, "boolean": true}
	for _, r := range pkg.Resources {
		data, ok := files[path.Join(Dir, r.Path)]
		if !ok {
			t.Errorf("resource %s: %s is not among the files", r.Name, r.Path)
			continue
		}
		if r.Format != "csv" || r.Mediatype != "text/csv" || r.Encoding != "utf-8" {
			t.Errorf("resource %s: format %q, mediatype %q, encoding %q", r.Name, r.Format, r.Mediatype, r.Encoding)
		}
		var names []string
		for _, f := range r.Schema.Fields {
			names = append(names, f.Name)
			if !types[f.Type] {
				t.Errorf("resource %s field %s: type %q", r.Name, f.Name, f.Type)
			}
		}
		if header := readCSV(t, data)[0]; !reflect.DeepEqual(header, names) {
			t.Errorf("resource %s: CSV header %q; schema fields %q", r.Name, header, names)
		}
		checkJSONKeys(t, files[path.Join(Dir, r.Name+".json")], r.Name, names)
	}
}

func TestLicense(t *testing.T) {
	t.Parallel()
	lic := License{Name: "ODbL-1.0", Path: "https://opendatacommons.org/licenses/odbl/1-0/"}
	files, err := Renderer{License: lic}.Render(fixture())
	if err != nil {
		t.Fatal(err)
	}
	pkg := files[len(files)-1]
	if pkg.Path != "data/datapackage.json" || !bytes.Contains(pkg.Data, []byte(`"name": "ODbL-1.0"`)) ||
		bytes.Contains(pkg.Data, []byte("CC-BY-4.0")) {
		t.Errorf("datapackage.json does not carry the given licence:\n%s", pkg.Data)
	}
}

// checkJSONKeys checks that each object's keys, in order, are names.
func checkJSONKeys(t *testing.T, data []byte, name string, names []string) {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	var keys []string
	depth := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch tok {
		case json.Delim('{'):
			depth, keys = depth+1, nil
		case json.Delim('}'):
			depth--
			if !reflect.DeepEqual(keys, names) {
				t.Errorf("%s.json keys %q; schema fields %q", name, keys, names)
			}
		default:
			if s, ok := tok.(string); ok && depth == 1 {
				keys = append(keys, s)
				if _, err := dec.Token(); err != nil { // the value
					t.Fatal(err)
				}
			}
		}
	}
}

func readCSV(t *testing.T, data []byte) [][]string {
	t.Helper()
	rec, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatalf("reading CSV: %v", err)
	}
	return rec
}

// record returns row i of a CSV as a map from column name to cell.
func record(rec [][]string, i int) map[string]string {
	m := map[string]string{}
	for c, name := range rec[0] {
		m[name] = rec[i][c]
	}
	return m
}

// BenchmarkRender renders a year of 10 000 budget lines.
func BenchmarkRender(b *testing.B) {
	s := fixture()
	y := s.Years[0]
	for i := range 10000 {
		l := *y.Lines[i%len(y.Lines)]
		l.ID = fmt.Sprintf("banten-2024-rka-%05d", i)
		y.Lines = append(y.Lines, &l)
	}
	for b.Loop() {
		if _, err := Render(s); err != nil {
			b.Fatal(err)
		}
	}
}
