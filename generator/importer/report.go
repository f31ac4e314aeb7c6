package importer

import (
	"fmt"

	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/generator/sheet"
)

// reporter collects problems in the site's language (Indonesian unless
// it is "en"), each at the spreadsheet row and column it is about.
type reporter struct {
	lang     string
	file     string // the spreadsheet's name as given on the command line
	sheet    string // the sheet of a workbook; "" for CSV
	problems diag.List
}

// tr picks the message for the reporter's language.
func (r *reporter) tr(id, en string) string {
	if r.lang == "en" {
		return en
	}
	return id
}

// at reports a problem in a cell: row and col are 0-based; header is the
// column's heading as written in the file.
func (r *reporter) at(row, col int, header, id, en string, args ...any) {
	field := fmt.Sprintf(r.tr("kolom %s", "column %s"), sheet.ColumnName(col))
	if header != "" {
		field += fmt.Sprintf(" %q", header)
	}
	if r.sheet != "" {
		field = fmt.Sprintf(r.tr("lembar %q, ", "sheet %q, "), r.sheet) + field
	}
	r.problems.Add(r.file, row+1, col+1, field, diag.T(id, en, args...))
}

// row reports a problem with a whole row (0-based).
func (r *reporter) row(row int, id, en string, args ...any) {
	field := ""
	if r.sheet != "" {
		field = fmt.Sprintf(r.tr("lembar %q", "sheet %q"), r.sheet)
	}
	r.problems.Add(r.file, row+1, 0, field, diag.T(id, en, args...))
}

// whole reports a problem with the file or the command.
func (r *reporter) whole(id, en string, args ...any) {
	r.problems.Add(r.file, 0, 0, "", diag.T(id, en, args...))
}

func (r *reporter) number(row, col int, header string, e *numberError) {
	r.at(row, col, header, "%s", "%s", diag.T(e.id, e.en))
}
