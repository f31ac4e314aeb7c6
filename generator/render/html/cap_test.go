package html

import (
	"fmt"
	"strings"
	"testing"

	"github.com/tkpkd/tkpkd/generator/model"
)

// TestChartsCapRows gives a year 130 more agencies, one line each: its chart
// and table show the 25 largest agencies and one row summing the others,
// and its lines table the 100 largest lines, so a national year (16,000
// agencies, 16,000 lines) stays a readable page.
func TestChartsCapRows(t *testing.T) {
	t.Parallel()
	s := fixture()
	y := s.Years[len(s.Years)-1]
	var total model.Money
	for _, l := range y.Lines {
		total += l.Amount
	}
	stage := y.Lines[0].Stage
	for i := 0; i < 130; i++ {
		id := fmt.Sprintf("opd-%03d", i)
		s.Agencies = append(s.Agencies, &model.Agency{ID: id, Region: s.Regions[0].Code, Kind: model.OPD, Name: "Dinas " + id})
		y.Lines = append(y.Lines, &model.Line{ID: "x" + id, Year: y.Year, Stage: stage, Region: s.Regions[0].Code, Agency: id,
			Name: "Kegiatan", Amount: model.Money(1000 + i), Provenance: model.Provenance{Source: s.Sources[0].ID, Verification: model.Illustrative}})
	}
	s.Index()
	r := newTestRenderer(t)
	files, err := r.Render(s)
	if err != nil {
		t.Fatal(err)
	}
	page := string(byPath(files)[fmt.Sprintf("anggaran/%d/index.html", y.Year)])
	if page == "" {
		t.Fatal("no year page")
	}
	if !strings.Contains(page, "baris lain yang lebih kecil") {
		t.Error("the lines table has no footer for the lines past the 100 largest")
	}
	if !strings.Contains(page, "Lainnya (") {
		t.Error("the year page has no \"Lainnya\" row for the agencies past the 25 largest")
	}
	// The chart and its table sum the smallest agencies; the lines table
	// lists at most 100 lines, so the smallest line shows nowhere by name.
	if strings.Contains(page, "Dinas opd-000") {
		t.Error("the smallest agency is listed by name; want it summed in the \"Lainnya\" row")
	}
}

func TestLargestLines(t *testing.T) {
	t.Parallel()
	var lines []*model.Line
	for _, a := range []model.Money{5, 9, 1, 7, 3} {
		lines = append(lines, &model.Line{Amount: a})
	}
	shown, rest := largestLines(lines, 3)
	got := [3]model.Money{shown[0].Amount, shown[1].Amount, shown[2].Amount}
	if len(shown) != 3 || got != [3]model.Money{5, 9, 7} || len(rest) != 2 {
		t.Errorf("shown %v, rest %d; want the three largest in their order (5 9 7) and 2 left", got, len(rest))
	}
}
