package sheet

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"
)

// MaxSize is the largest spreadsheet read: a year of SIPD lines for a
// province is a few megabytes.
const MaxSize = 50 << 20

// Cell is one cell as read.
type Cell struct {
	// Text is a text cell's text, or a numeric XLSX cell's stored value in
	// machine form ("1700000000", "6.17", "1.7E+12"), never its display.
	Text string
	// Number reports an XLSX numeric cell. CSV cells are always text.
	Number bool
}

// Table is one sheet of a workbook, or a whole CSV file.
type Table struct {
	Sheet string   // the sheet's name; "" for CSV
	Rows  [][]Cell // row i is spreadsheet row i+1; cell j is column j+1
}

// Cell returns the cell at row r and column c (both 0-based), or an empty
// cell where the row is short.
func (t *Table) Cell(r, c int) Cell {
	if r < 0 || r >= len(t.Rows) || c < 0 || c >= len(t.Rows[r]) {
		return Cell{}
	}
	return t.Rows[r][c]
}

// ColumnName returns the spreadsheet letter of a 0-based column: A, B, ..., AA.
func ColumnName(c int) string {
	name, err := excelize.ColumnNumberToName(c + 1)
	if err != nil {
		return fmt.Sprint(c + 1)
	}
	return name
}

// ErrFormat is returned for a file that is neither CSV nor XLSX.
var ErrFormat = errors.New("not a .csv or .xlsx file")

// Read reads a CSV or XLSX file from its bytes; name (its extension)
// says which. An XLSX file gives one Table per sheet, in workbook order.
func Read(name string, data []byte) ([]Table, error) {
	if len(data) > MaxSize {
		return nil, fmt.Errorf("too large (%d bytes, at most %d)", len(data), MaxSize)
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv", ".txt":
		t, err := ReadCSV(data)
		if err != nil {
			return nil, err
		}
		return []Table{t}, nil
	case ".xlsx", ".xlsm":
		return ReadXLSX(data)
	}
	return nil, ErrFormat
}

// ReadCSV reads CSV text: the delimiter is sniffed, a UTF-8 byte order
// mark is dropped and text that is not UTF-8 is read as Windows-1252.
func ReadCSV(data []byte) (Table, error) {
	text, err := decodeText(data)
	if err != nil {
		return Table{}, err
	}
	r := newCSVReader(text, sniffDelimiter(text))
	var t Table
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return Table{}, err
		}
		row := make([]Cell, len(rec))
		for i, v := range rec {
			row[i] = Cell{Text: v}
		}
		t.Rows = append(t.Rows, row)
	}
	return t, nil
}

// decodeText returns the file as UTF-8 without a byte order mark.
// Windows-1252 is the only other encoding a spreadsheet saved in
// Indonesia is likely to use; its bytes 0x80-0xFF are all letters or
// signs, so reading invalid UTF-8 as Windows-1252 never fails.
func decodeText(data []byte) (string, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if utf8.Valid(data) {
		return string(data), nil
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return "", err
	}
	return string(out), nil
}

func newCSVReader(text string, delim rune) *csv.Reader {
	r := csv.NewReader(strings.NewReader(text))
	r.Comma = delim
	r.FieldsPerRecord = -1 // title rows above the header are shorter
	r.LazyQuotes = true    // Excel writes stray quotes in unquoted cells
	return r
}

// sniffDelimiter picks ";", "," or a tab: the one that splits the first
// rows into the most rows of one width (more than one column). A tie goes
// to ";", which Indonesian-locale Excel writes because "," is its decimal
// separator.
func sniffDelimiter(text string) rune {
	best, bestScore := ';', -1
	for _, d := range []rune{';', ',', '\t'} {
		r := newCSVReader(text, d)
		widths := map[int]int{}
		for range 30 {
			rec, err := r.Read()
			if err != nil {
				break
			}
			if len(rec) > 1 {
				widths[len(rec)]++
			}
		}
		score := 0
		for _, n := range widths {
			score = max(score, n)
		}
		if score > bestScore {
			best, bestScore = d, score
		}
	}
	return best
}

// ReadXLSX reads every sheet of a workbook. Numeric cells keep their
// stored value (GetRows with RawCellValue), so an amount formatted as
// "Rp 1.700.000.000" in Excel is read as the exact number 1700000000.
func ReadXLSX(data []byte) ([]Table, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Table
	for _, name := range f.GetSheetList() {
		rows, err := f.GetRows(name, excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, err
		}
		t := Table{Sheet: name, Rows: make([][]Cell, len(rows))}
		for r, row := range rows {
			t.Rows[r] = make([]Cell, len(row))
			for c, v := range row {
				cell := Cell{Text: v}
				if v != "" {
					cell.Number = isNumberCell(f, name, r, c)
				}
				t.Rows[r][c] = cell
			}
		}
		out = append(out, t)
	}
	return out, nil
}

// isNumberCell reports a numeric cell: excelize reports a cell without a
// type attribute (Excel's default, a number) as CellTypeUnset.
func isNumberCell(f *excelize.File, sheet string, r, c int) bool {
	ref, err := excelize.CoordinatesToCellName(c+1, r+1)
	if err != nil {
		return false
	}
	typ, err := f.GetCellType(sheet, ref)
	if err != nil {
		return false
	}
	return typ == excelize.CellTypeNumber || typ == excelize.CellTypeUnset
}

// DateOf converts an Excel date serial (a date cell's stored number, 1900
// date system) to a time.
func DateOf(serial float64) (time.Time, error) { return excelize.ExcelDateToTime(serial, false) }
