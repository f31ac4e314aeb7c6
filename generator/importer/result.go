package importer

import (
	"fmt"
	"strings"

	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/generator/load"
	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/sheet"
)

// Options say what to import and into which content.
type Options struct {
	Site    *model.Site // the content, loaded and checked
	Files   []load.File // the content files, to find and edit the target
	Lang    string      // of messages and the change report; "id" unless "en"
	File    string      // the spreadsheet's name, for messages
	Tables  []sheet.Table
	Columns string // --columns "pagu=Nilai,skpd=OPD"
	Source  string // the source id every imported figure cites

	Year   int    // allocations
	Stage  string // allocations: a model.Stage; a string so the command need not import model
	Region string // allocations; the target file's or the site's region when ""

	Indicator string // observations
	Method    string // observations
}

// Result is what an import would write. Data is nil when there are
// problems: nothing is written until the spreadsheet imports cleanly.
type Result struct {
	Path     string // the content file, relative to the content folder
	Data     []byte // its new bytes
	Created  bool   // the file does not exist yet
	Changed  bool   // Data differs from the file
	Changes  []Change
	Notes    []string // rows left out on purpose (totals, other years)
	Problems diag.List
	lang     string
}

// Change is one record added (+), removed (-) or changed (~).
type Change struct {
	Op     byte
	ID     string   // the record's id, or region and period
	Label  string   // its name
	Old    string   // amount or value before ("" when added)
	New    string   // after ("" when removed)
	Fields []string // for ~: the fields that changed
}

// Report writes what the import changed, for the terminal: one line per
// change, then a count.
func (r Result) Report() string {
	var b strings.Builder
	en := r.lang == "en"
	for _, n := range r.Notes {
		b.WriteString(n + "\n")
	}
	added, removed, changed := 0, 0, 0
	for _, c := range r.Changes {
		switch c.Op {
		case '+':
			added++
			fmt.Fprintf(&b, "  + %s  %s  %s\n", c.ID, c.Label, c.New)
		case '-':
			removed++
			fmt.Fprintf(&b, "  - %s  %s  %s\n", c.ID, c.Label, c.Old)
		default:
			changed++
			what := ""
			if c.Old != c.New {
				what = c.Old + " -> " + c.New
			}
			if len(c.Fields) > 0 {
				if what != "" {
					what += "; "
				}
				what += strings.Join(c.Fields, ", ")
			}
			fmt.Fprintf(&b, "  ~ %s  %s  %s\n", c.ID, c.Label, what)
		}
	}
	switch {
	case !r.Changed && en:
		fmt.Fprintf(&b, "%s: no changes (the file is as it was)\n", r.Path)
	case !r.Changed:
		fmt.Fprintf(&b, "%s: tidak ada perubahan (berkas tetap seperti semula)\n", r.Path)
	case en:
		fmt.Fprintf(&b, "%s: %d added, %d changed, %d removed\n", r.Path, added, changed, removed)
	default:
		fmt.Fprintf(&b, "%s: %d ditambah, %d diubah, %d dihapus\n", r.Path, added, changed, removed)
	}
	return b.String()
}

// file returns a content file's bytes.
func file(files []load.File, name string) ([]byte, bool) {
	for _, f := range files {
		if f.Name == name {
			return f.Data, true
		}
	}
	return nil, false
}
