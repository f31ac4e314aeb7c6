package pdf

import (
	"fmt"
	"strings"

	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/generator/model"
)

// CheckSite finds every text a brief may print that the PDF fonts cannot
// draw, naming the content file, line, column and field, so the data staff
// fix the record instead of a brief failing with no hint of where:
//
//	meetings/x.yaml:12:9: decisions[0].text: character "😀" (U+1F600) cannot be printed in the PDF font
func CheckSite(s *model.Site) diag.List {
	var c checker
	c.text(s.Config.Pos, "title", s.Config.Title)
	c.text(s.Config.Pos, "publisher", s.Config.Publisher)
	for i, v := range s.Sources {
		c.text(v.Pos, idx("sources", i, "title"), v.Title)
		c.text(v.Pos, idx("sources", i, "publisher"), v.Publisher)
	}
	for i, v := range s.Regions {
		c.text(v.Pos, idx("regions", i, "name"), v.Name)
	}
	for i, v := range s.Agencies {
		c.text(v.Pos, idx("agencies", i, "name"), v.Name)
		c.text(v.Pos, idx("agencies", i, "short"), v.Short)
	}
	for j, f := range s.Frameworks {
		for i, it := range f.Items {
			c.text(it.Pos, fmt.Sprintf("frameworks[%d].items[%d].name", j, i), it.Name)
		}
	}
	// A year's records come from several files; number them within each.
	n := map[string]int{}
	next := func(p model.Pos, list string) int {
		k := p.File + "\x00" + list
		i := n[k]
		n[k]++
		return i
	}
	for _, y := range s.Years {
		for _, v := range y.Summaries {
			i := next(v.Pos, "summaries")
			c.text(v.Pos, idx("summaries", i, "scope"), v.Scope)
			c.text(v.Pos, idx("summaries", i, "basis"), v.Basis)
		}
		for _, v := range y.Lines {
			i := next(v.Pos, "lines")
			c.text(v.Pos, idx("lines", i, "name"), v.Name)
			c.text(v.Pos, idx("lines", i, "funding_source"), v.FundingSource)
		}
	}
	for i, v := range s.Indicators {
		c.text(v.Pos, idx("definitions", i, "name"), v.Name)
		c.text(v.Pos, idx("definitions", i, "unit"), v.Unit)
	}
	for _, m := range s.Meetings {
		c.meeting(m)
	}
	return c.list.Sort()
}

type checker struct{ list diag.List }

func idx(list string, i int, field string) string { return fmt.Sprintf("%s[%d].%s", list, i, field) }

// text checks one field. For text over several lines (minutes) the line of
// the bad character is counted from the field's first line.
func (c *checker) text(p model.Pos, field, s string) {
	r, ok := firstMissing(s)
	if ok {
		return
	}
	line, col := p.Line, p.Col
	if i := strings.IndexRune(s, r); i >= 0 && strings.Contains(s[:i], "\n") {
		line += strings.Count(s[:i], "\n")
		col = 0
	}
	c.list.Add(p.File, line, col, field, diag.T("karakter %q (U+%04X) tidak bisa dicetak dengan huruf PDF; ganti dengan karakter biasa", "character %q (U+%04X) cannot be printed in the PDF font", string(r), r))
}

func (c *checker) meeting(m *model.Meeting) {
	c.text(m.Pos, "title", m.Title)
	c.text(m.Pos, "place.venue", m.Place.Venue)
	c.text(m.Pos, "place.city", m.Place.City)
	if m.Chair != nil {
		c.text(m.Pos, "chair.name", m.Chair.Name)
		c.text(m.Pos, "chair.role", m.Chair.Role)
	}
	for i, o := range m.Objectives {
		c.text(m.Pos, fmt.Sprintf("objectives[%d]", i), o)
	}
	for i, a := range m.Agenda {
		c.text(m.Pos, idx("agenda", i, "title"), a.Title)
	}
	for i, d := range m.Decisions {
		c.text(d.Pos, idx("decisions", i, "text"), d.Text)
	}
	for i, f := range m.FollowUps {
		c.text(f.Pos, idx("follow_ups", i, "note"), f.Note)
	}
	c.text(m.MinutesPos, "minutes", m.Minutes)
}
