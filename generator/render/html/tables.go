package html

import (
	"sort"
	"strings"

	"github.com/tkpkd/tkpkd/generator/model"
)

// summaryTable reconciles each stated total with the lines of its
// (year, stage, region): the stated amount, the sum of the lines, the
// difference, the agencies counted, and whether they agree.
func (p *Page) summaryTable(ss []*model.Summary) Table {
	t := Table{Caption: p.L.Term("reconciliation"), Head: []Col{{Label: p.L.Term("col.scope")},
		{Label: p.L.Term("col.stated"), Num: true}, {Label: p.L.Term("col.lines_sum"), Num: true},
		{Label: p.L.Term("col.difference"), Num: true}, {Label: p.L.Term("col.agencies")}, {Label: p.L.Term("col.check")}}}
	for _, s := range ss {
		stated := p.Amount(s.Amount, s.Stage, s.Provenance)
		row := []Cell{{Text: p.L.terms().Scope(p.Site, s)}, {Fig: &stated, Num: true}}
		if !s.Check.Itemised {
			row = append(row, Cell{Text: "–", Num: true}, Cell{Text: "–", Num: true}, Cell{Text: p.agencyCount(s)},
				Cell{Text: p.L.Term("check.not_itemised"), Class: "check-none"})
			t.Rows = append(t.Rows, row)
			continue
		}
		check := p.L.terms().Check(s)
		class := map[string]string{"ok": "check-ok", "mismatch": "check-bad"}[check.Key]
		diff := p.L.terms().Diff(s.Check.Diff)
		if s.Partial {
			diff = "–" // not a difference: the rest is still being itemised
		}
		row = append(row, Cell{Text: p.L.Money(s.Check.Sum), Num: true}, Cell{Text: diff, Num: true},
			Cell{Text: p.agencyCount(s)}, Cell{Text: check.Label, Class: class})
		t.Rows = append(t.Rows, row)
	}
	return t
}

// maxLines is the most budget lines one table lists. A national year or
// strategy item has tens of thousands: the table lists the largest, sums
// the rest in its footer and leaves them to the open data (alokasi.csv).
const maxLines = 100

// largestLines returns the n largest lines, in their given order, and the rest.
func largestLines(lines []*model.Line, n int) (shown, rest []*model.Line) {
	if len(lines) <= n {
		return lines, nil
	}
	idx := make([]int, len(lines))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return lines[idx[a]].Amount > lines[idx[b]].Amount })
	keep := make([]bool, len(lines))
	for _, i := range idx[:n] {
		keep[i] = true
	}
	for i, l := range lines {
		if keep[i] {
			shown = append(shown, l)
		} else {
			rest = append(rest, l)
		}
	}
	return shown, rest
}

// agencyCount says how many agencies were stated and how many the lines name.
func (p *Page) agencyCount(s *model.Summary) string {
	got := p.L.Tf("year.counted", s.Check.OPD, s.Check.UPTD)
	if s.AgenciesCount == nil {
		if !s.Check.Itemised {
			return "–"
		}
		return got
	}
	stated := p.L.Tf("year.stated_count", s.AgenciesCount.OPD, s.AgenciesCount.UPTD)
	if !s.Check.Itemised {
		return stated
	}
	return stated + "; " + got
}

// linesTable lists budget lines with their stage, agency, tags and source.
func (p *Page) linesTable(caption string, lines []*model.Line, withYear bool) Table {
	t := Table{Caption: caption}
	if withYear {
		t.Head = append(t.Head, Col{Label: p.L.Term("col.year")})
	}
	t.Head = append(t.Head, Col{Label: p.L.Term("col.agency")}, Col{Label: p.L.Term("col.code")},
		Col{Label: p.L.Term("col.name")}, Col{Label: p.L.Term("col.strategy")}, Col{Label: p.L.Term("col.locations")},
		Col{Label: p.L.Term("col.amount"), Num: true})
	shown, rest := largestLines(lines, maxLines)
	for _, l := range shown {
		var row []Cell
		if withYear {
			row = append(row, Cell{Text: itoa(l.Year), Href: p.LinkYear(l.Year)})
		}
		agency := Cell{Text: l.Agency}
		if a := p.Site.Agency(l.Agency); a != nil {
			agency = Cell{Text: a.Label(), Href: p.LinkAgency(a.ID)}
		}
		amount := p.AmountFull(l.Amount, l.Stage, l.Provenance)
		row = append(row, agency, Cell{Text: l.Code, Class: "code"}, Cell{Text: l.Name},
			p.tagsCell(l.Strategy, l.Programme), p.regionsCell(l.Locations), Cell{Fig: &amount, Num: true})
		t.Rows = append(t.Rows, row)
	}
	if len(rest) > 0 {
		var sum model.Money
		for _, l := range rest {
			sum += l.Amount
		}
		foot := make([]Cell, len(t.Head))
		foot[0] = Cell{Text: p.L.Tf("table.more_lines", len(rest))}
		foot[len(foot)-1] = Cell{Text: p.L.Money(sum), Num: true}
		t.Foot = append(t.Foot, foot)
	}
	return t
}

func (p *Page) tagsCell(refs ...string) Cell {
	var names []string
	href := ""
	for _, r := range refs {
		if it := p.Site.Item(r); it != nil {
			names = append(names, it.Name)
			if href == "" {
				href = p.LinkItem(r)
			}
		}
	}
	return Cell{Text: strings.Join(names, "; "), Href: href}
}

func (p *Page) regionsCell(codes []string) Cell {
	var names []string
	for _, c := range codes {
		names = append(names, p.Site.OwnerName(c))
	}
	c := Cell{Text: strings.Join(names, ", ")}
	if len(codes) == 1 {
		c.Href = p.LinkRegion(codes[0])
	}
	return c
}
