package importer

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tkpkd/tkpkd/generator/load"
	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/render/data"
	"github.com/tkpkd/tkpkd/generator/sheet"
)

// exported is the open data workbook of the content, read back.
func exported(t *testing.T, c *content) []sheet.Table {
	t.Helper()
	files, err := data.Render(c.site)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if f.Path == data.Dir+"/"+data.Workbook {
			tabs, err := sheet.Read(f.Path, f.Data)
			if err != nil {
				t.Fatal(err)
			}
			return tabs
		}
	}
	t.Fatal("no workbook in the open data")
	return nil
}

func lineText(l *model.Line) string {
	return fmt.Sprintf("%s %d %s %s %s %s %q %s %d %q %v", l.ID, l.Year, l.Stage, l.Region, l.Agency, l.Code, l.Name, l.Level, l.Amount, l.FundingSource, l.Locations)
}

// Export, then import: the content stays identical, to the byte; and
// a year emptied of its lines gets them back, field for field.
func TestRoundTrip(t *testing.T) {
	t.Parallel()
	c := newContent(t)
	tabs := exported(t, c)
	for _, y := range c.site.Years {
		stages := map[model.Stage]bool{}
		for _, l := range y.Lines {
			stages[l.Stage] = true
		}
		for st := range stages {
			o := c.options("tkpkd.xlsx", tabs)
			o.Year, o.Stage = y.Year, string(st)
			res := Allocations(o)
			if len(res.Problems) > 0 || res.Changed || len(res.Changes) > 0 {
				t.Errorf("%d %s: export -> import changed the content: %q %v", y.Year, st, ops(res), res.Problems)
			}
		}
	}

	// Empty the RKA 2024 lines, then import them from the export.
	var want []string
	for _, l := range c.site.Year(2024).Lines {
		if l.Stage == model.RKA {
			want = append(want, lineText(l))
		}
	}
	doc, err := load.OpenDoc([]byte(c.read("allocations/2024.yaml")))
	if err != nil {
		t.Fatal(err)
	}
	recs, _ := doc.Records("lines")
	for i := range recs {
		if err := doc.Remove("lines", i); err != nil {
			t.Fatal(err)
		}
	}
	emptied, err := doc.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(c.dir, "allocations", "2024.yaml"), emptied, 0o644); err != nil {
		t.Fatal(err)
	}
	c.reload()
	o := c.options("tkpkd.xlsx", tabs)
	o.Year, o.Stage = 2024, string(model.RKA)
	res := Allocations(o)
	c.write(res)
	var got []string
	for _, l := range c.site.Year(2024).Lines {
		got = append(got, lineText(l))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("lines after export -> import:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
