package sheet

import (
	"bytes"
	"reflect"
	"testing"
	"time"
)

func TestReadCSV(t *testing.T) {
	want := [][]string{{"Kode", "Nama", "Pagu"}, {"1.02", "Gizi é", "1.700.000,00"}}
	for _, tc := range []struct{ name, data string }{
		{"semicolon", "Kode;Nama;Pagu\r\n1.02;Gizi é;1.700.000,00\r\n"},
		{"comma", "Kode,Nama,Pagu\n1.02,Gizi é,\"1.700.000,00\"\n"},
		{"bom", "\xef\xbb\xbfKode;Nama;Pagu\n1.02;Gizi é;1.700.000,00\n"},
		{"windows-1252", "Kode;Nama;Pagu\n1.02;Gizi \xe9;1.700.000,00\n"},
		{"tab", "Kode\tNama\tPagu\n1.02\tGizi é\t1.700.000,00\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tabs, err := Read("x.csv", []byte(tc.data))
			if err != nil {
				t.Fatal(err)
			}
			if got := texts(tabs[0]); !reflect.DeepEqual(got, want) {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

func texts(t Table) [][]string {
	var out [][]string
	for _, r := range t.Rows {
		var row []string
		for _, c := range r {
			row = append(row, c.Text)
		}
		out = append(out, row)
	}
	return out
}

func testBook() Workbook {
	return Workbook{
		Title: "Data", Creator: "TKPKD", Language: "id",
		Date: time.Date(2024, 9, 30, 0, 0, 0, 0, time.UTC),
		Sheets: []Sheet{
			{Name: "alokasi", Columns: []Column{{"id", Text}, {"amount", Money}, {"due", Date}, {"value", Decimal}, {"ok", Bool}},
				Rows: [][]any{{"=HYPERLINK(\"x\")", int64(1700000000000), "2024-03-31", 6.17, true}, {"b", nil, "", nil, false}}},
			{Name: "sumber", Columns: []Column{{"id", Text}}, Rows: [][]any{{"s1"}}},
		},
	}
}

func TestWriteXLSXIsDeterministic(t *testing.T) {
	a, err := WriteXLSX(testBook())
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		b, err := WriteXLSX(testBook())
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Fatal("two writes of the same workbook differ")
		}
	}
	if bytes.Contains(a, []byte(time.Now().Format("2006-01-02"))) && time.Now().Format("2006-01-02") != "2024-09-30" {
		t.Error("the workbook holds today's date")
	}
}

func TestWriteThenRead(t *testing.T) {
	data, err := WriteXLSX(testBook())
	if err != nil {
		t.Fatal(err)
	}
	tabs, err := Read("x.xlsx", data)
	if err != nil {
		t.Fatal(err)
	}
	if len(tabs) != 2 || tabs[0].Sheet != "alokasi" || tabs[1].Sheet != "sumber" {
		t.Fatalf("sheets: %+v", tabs)
	}
	got := tabs[0]
	if c := got.Cell(1, 0); c.Text != "'=HYPERLINK(\"x\")" || c.Number {
		t.Errorf("formula-like text: got %+v, want a neutralised text cell", c)
	}
	if c := got.Cell(1, 1); c.Text != "1700000000000" || !c.Number {
		t.Errorf("amount: got %+v, want the number 1700000000000", c)
	}
	if c := got.Cell(1, 3); c.Text != "6.17" || !c.Number {
		t.Errorf("decimal: got %+v", c)
	}
	if c := got.Cell(2, 1); c.Text != "" {
		t.Errorf("empty amount: got %+v", c)
	}
	if c := got.Cell(0, 4); c.Text != "ok" {
		t.Errorf("header: got %+v", c)
	}
}

func TestReadRejectsOtherFormats(t *testing.T) {
	if _, err := Read("x.docx", []byte("x")); err != ErrFormat {
		t.Errorf("got %v, want ErrFormat", err)
	}
	if _, err := Read("x.xlsx", []byte("not a zip")); err == nil {
		t.Error("a broken .xlsx was read")
	}
}

func TestColumnName(t *testing.T) {
	for c, want := range map[int]string{0: "A", 25: "Z", 26: "AA"} {
		if got := ColumnName(c); got != want {
			t.Errorf("ColumnName(%d) = %q, want %q", c, got, want)
		}
	}
}
