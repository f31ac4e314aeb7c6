package sheet

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"slices"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// Kind is the type of a column's cells in a written workbook.
type Kind int

// The column kinds. Numbers and dates are written as typed cells so a
// spreadsheet sums and sorts them, and shows them in the reader's locale
// (1.700.000.000 in Indonesian Excel) without any text to parse.
const (
	Text    Kind = iota
	Money        // int64 rupiah, shown with digit groups
	Integer      // int64, shown as is (years, counts)
	Decimal      // float64, shown as stored
	Date         // an ISO date string "2024-03-31", written as a date cell
	Bool         // bool, written TRUE/FALSE
)

// Column is one column of a written sheet.
type Column struct {
	Header string
	Kind   Kind
}

// Sheet is one table of a workbook. Each row holds one value per column:
// a string for Text and Date, int64 for Money and Integer, float64 for Decimal, bool
// for Bool, or nil for an empty cell.
type Sheet struct {
	Name    string // at most 31 characters, unique in the workbook
	Columns []Column
	Rows    [][]any
}

// Workbook is what WriteXLSX writes.
type Workbook struct {
	Title    string
	Creator  string
	Language string // e.g. "id"
	// Date is written as the document's created and modified time instead
	// of the clock, so the same content gives the same bytes.
	Date   time.Time
	Sheets []Sheet
}

// WriteXLSX writes the workbook. The bytes depend only on w: document
// dates come from w.Date and the zip entries are rewritten in name order
// with no timestamps (excelize writes its sheet streams in map order).
// Every sheet has its header row frozen, a filter on every column (an
// Excel table) and column widths fitted to the first rows.
func WriteXLSX(w Workbook) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	stamp := w.Date.UTC().Format(time.RFC3339)
	if err := f.SetDocProps(&excelize.DocProperties{
		Title: w.Title, Creator: w.Creator, LastModifiedBy: w.Creator, Language: w.Language,
		Created: stamp, Modified: stamp,
	}); err != nil {
		return nil, err
	}
	styles, err := newStyles(f)
	if err != nil {
		return nil, err
	}
	for i, s := range w.Sheets {
		if i == 0 {
			err = f.SetSheetName("Sheet1", s.Name)
		} else {
			_, err = f.NewSheet(s.Name)
		}
		if err != nil {
			return nil, err
		}
		if err := writeSheet(f, s, fmt.Sprintf("tabel_%d", i+1), styles); err != nil {
			return nil, fmt.Errorf("sheet %s: %w", s.Name, err)
		}
	}
	// The first sheet is active already; SetActiveSheet would parse every
	// streamed sheet back into memory (half the time of a large workbook).
	buf, err := f.WriteToBuffer()
	if err != nil {
		return nil, err
	}
	return canonicalZip(buf.Bytes())
}

type styles struct{ header, money, date int }

func newStyles(f *excelize.File) (styles, error) {
	var s styles
	var err error
	if s.header, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}}); err != nil {
		return s, err
	}
	if s.money, err = f.NewStyle(&excelize.Style{NumFmt: 3}); err != nil { // #,##0
		return s, err
	}
	isoDate := "yyyy-mm-dd"
	s.date, err = f.NewStyle(&excelize.Style{CustomNumFmt: &isoDate})
	return s, err
}

// writeSheet streams one sheet; table names an Excel table over it (the
// filters), unique in the workbook and safe whatever the sheet is called.
func writeSheet(f *excelize.File, s Sheet, table string, st styles) error {
	sw, err := f.NewStreamWriter(s.Name)
	if err != nil {
		return err
	}
	// Widths and panes must come before the first row of a stream.
	for c, w := range widths(s) {
		if err := sw.SetColWidth(c+1, c+1, w); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	header := make([]any, len(s.Columns))
	for i, c := range s.Columns {
		header[i] = excelize.Cell{StyleID: st.header, Value: c.Header}
	}
	if err := sw.SetRow("A1", header); err != nil {
		return err
	}
	for r, row := range s.Rows {
		cells := make([]any, len(s.Columns))
		for c, col := range s.Columns {
			if c < len(row) {
				cells[c] = cellOf(row[c], col.Kind, st)
			}
		}
		ref, _ := excelize.CoordinatesToCellName(1, r+2)
		if err := sw.SetRow(ref, cells); err != nil {
			return err
		}
	}
	if len(s.Columns) > 0 {
		last, _ := excelize.CoordinatesToCellName(len(s.Columns), max(len(s.Rows)+1, 2))
		if err := sw.AddTable(&excelize.Table{Range: "A1:" + last, Name: table, StyleName: "TableStyleLight1"}); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// cellOf types one value. Text is neutralised like the CSV: a value a
// spreadsheet would run as a formula once edited gets a leading quote.
func cellOf(v any, kind Kind, st styles) any {
	switch v := v.(type) {
	case nil:
		return nil
	case string:
		if kind == Date {
			t, err := time.Parse("2006-01-02", v)
			if err != nil || v == "" {
				return nil
			}
			return excelize.Cell{StyleID: st.date, Value: t}
		}
		return Neutralise(v)
	case int64:
		if kind == Money {
			return excelize.Cell{StyleID: st.money, Value: v}
		}
		return v
	}
	return v
}

// Neutralise stops a spreadsheet from running a text cell as a formula
// (OWASP "CSV injection"): text that starts with =, +, -, @, a tab or a
// carriage return gets a leading single quote.
func Neutralise(s string) string {
	if s != "" && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r') {
		return "'" + s
	}
	return s
}

// widths fits each column to its header and the first 200 rows, between
// 8 and 60 characters, so long texts wrap off-screen rather than making a
// column a page wide.
func widths(s Sheet) []float64 {
	out := make([]float64, len(s.Columns))
	for c, col := range s.Columns {
		n := utf8.RuneCountInString(col.Header) + 3 // room for the filter button
		for _, row := range s.Rows[:min(len(s.Rows), 200)] {
			if c < len(row) {
				n = max(n, utf8.RuneCountInString(fmt.Sprint(row[c])))
			}
		}
		if col.Kind == Money {
			n += n / 3 // digit groups
		}
		out[c] = float64(min(max(n, 8), 60))
	}
	return out
}

// canonicalZip rewrites a zip archive with its entries in name order and
// no modification times, so equal contents give equal bytes.
func canonicalZip(data []byte) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	files := slices.Clone(zr.File)
	slices.SortFunc(files, func(a, b *zip.File) int {
		// [Content_Types].xml first: some readers expect it there.
		return cmpName(a.Name, b.Name)
	})
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, zf := range files {
		// Copy the compressed bytes as they are (deflate is deterministic);
		// only the header is rebuilt, without a time.
		w, err := zw.CreateRaw(&zip.FileHeader{
			Name: zf.Name, Method: zf.Method, CRC32: zf.CRC32,
			CompressedSize64: zf.CompressedSize64, UncompressedSize64: zf.UncompressedSize64,
		})
		if err != nil {
			return nil, err
		}
		r, err := zf.OpenRaw()
		if err != nil {
			return nil, err
		}
		if _, err := io.Copy(w, r); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

func cmpName(a, b string) int {
	const first = "[Content_Types].xml"
	switch {
	case a == b:
		return 0
	case a == first:
		return -1
	case b == first:
		return 1
	case a < b:
		return -1
	}
	return 1
}
