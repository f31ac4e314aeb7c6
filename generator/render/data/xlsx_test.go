package data

import (
	"archive/zip"
	"bytes"
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/tkpkd/tkpkd/generator/sheet"
)

// readBook reads tkpkd.xlsx of a render into its sheets by name.
func readBook(t *testing.T, files map[string][]byte) map[string]sheet.Table {
	t.Helper()
	data, ok := files["data/"+Workbook]
	if !ok {
		t.Fatalf("no data/%s", Workbook)
	}
	tabs, err := sheet.Read(Workbook, data)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]sheet.Table{}
	for _, tb := range tabs {
		out[tb.Sheet] = tb
	}
	return out
}

func headerOf(tb sheet.Table) []string {
	var out []string
	for _, c := range tb.Rows[0] {
		out = append(out, c.Text)
	}
	return out
}

// zipPart returns one part of the workbook's zip archive.
func zipPart(t *testing.T, data []byte, name string) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == name {
			r, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			b, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	t.Fatalf("no %s in the workbook", name)
	return ""
}

func TestWorkbook(t *testing.T) {
	t.Parallel()
	s := fixture()
	s.Years[0].Lines[0].Name = `=HYPERLINK("http://evil.example","klik")`
	files := renderFiles(t, s)
	book := readBook(t, files)
	// A sheet per table, with the CSV's columns (the decisions sheet is the
	// follow-up matrix instead).
	for _, name := range []string{"alokasi", "ringkasan", "indikator", "sumber"} {
		tb, ok := book[name]
		if !ok {
			t.Errorf("no sheet %s", name)
			continue
		}
		csvRows := readCSV(t, files["data/"+name+".csv"])
		if got := headerOf(tb); !reflect.DeepEqual(got, csvRows[0]) {
			t.Errorf("sheet %s header %q; CSV header %q", name, got, csvRows[0])
		}
		if len(tb.Rows) != len(csvRows) {
			t.Errorf("sheet %s has %d rows; the CSV %d", name, len(tb.Rows), len(csvRows))
		}
	}
	al := book["alokasi"]
	col := map[string]int{}
	for i, h := range headerOf(al) {
		col[h] = i
	}
	if c := al.Cell(1, col["amount"]); !c.Number || c.Text != "1200000000" {
		t.Errorf("amount cell %+v; want the number 1200000000", c)
	}
	if c := al.Cell(1, col["year"]); !c.Number || c.Text != "2024" {
		t.Errorf("year cell %+v; want the number 2024", c)
	}
	if c := al.Cell(1, col["name"]); c.Number || c.Text != `'=HYPERLINK("http://evil.example","klik")` {
		t.Errorf("formula-like name %+v; want text with a leading quote", c)
	}
	kp := book["keputusan"]
	wantCols := []string{"id", "meeting", "meeting_date", "text", "owner", "owner_name", "due", "current_status", "overdue",
		"last_follow_up", "last_follow_up_meeting", "last_follow_up_status", "last_follow_up_note", "follow_ups"}
	if got := headerOf(kp); !reflect.DeepEqual(got, wantCols) {
		t.Fatalf("keputusan columns %q; want %q", got, wantCols)
	}
	// rakor-2023-q4/K02: due 2024-03-31, still berjalan at as_of 2024-06-30.
	row := kp.Rows[2]
	if row[0].Text != "rakor-2023-q4/K02" || row[7].Text != "terlambat" || row[8].Text != "1" || row[11].Text != "berjalan" {
		t.Errorf("overdue decision row %+v", row)
	}
	if !row[6].Number || !row[9].Number {
		t.Errorf("due and last follow-up must be date cells: %+v %+v", row[6], row[9])
	}
	data := files["data/"+Workbook]
	if core := zipPart(t, data, "docProps/core.xml"); !strings.Contains(core, "2024-06-30T00:00:00Z") {
		t.Errorf("docProps/core.xml does not carry as_of:\n%s", core)
	}
	ws := zipPart(t, data, "xl/worksheets/sheet1.xml")
	for _, want := range []string{`state="frozen"`, `topLeftCell="A2"`, "<col ", "<tableParts"} {
		if !strings.Contains(ws, want) {
			t.Errorf("sheet1.xml lacks %s (frozen header, widths, filter)", want)
		}
	}
}
