package validate

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/generator/glyphs"
	"github.com/tkpkd/tkpkd/generator/model"
)

// glyphs reports every text a PDF brief may print that the brief font
// cannot draw, at the character itself, so check refuses what a build
// would (gofpdf fails on a rune above U+FFFF and draws a missing glyph as
// an empty box). It runs before sorting: the nested fields it names
// (agenda[1].title) count items in file order.
func (c *checker) glyphs() {
	s := c.site
	cfg := &s.Config
	c.texts(cfg, "title", cfg.Title, "publisher", cfg.Publisher, "contact.name", cfg.Contact.Name,
		"contact.email", cfg.Contact.Email, "contact.phone", cfg.Contact.Phone, "contact.address", cfg.Contact.Address)
	for _, v := range s.Sources {
		c.texts(v, "title", v.Title, "publisher", v.Publisher, "url", v.URL, "note", v.Note)
	}
	for _, v := range s.Regions {
		c.texts(v, "name", v.Name, "bps_code", v.BPSCode, "note", v.Note)
	}
	for _, v := range s.Agencies {
		c.texts(v, "name", v.Name, "short", v.Short, "note", v.Note)
	}
	for _, f := range s.Frameworks {
		c.texts(f, "name", f.Name, "note", f.Note)
		for i, p := range f.Parts {
			c.texts(f, fmt.Sprintf("parts[%d].name", i), p.Name)
		}
		for _, it := range f.Items {
			c.texts(it, "name", it.Name, "description", it.Description, "note", it.Note)
		}
	}
	for _, m := range s.Mappings {
		c.texts(m, "note", m.Note)
	}
	for _, y := range s.Years {
		for _, v := range y.Summaries {
			c.texts(v, "scope", v.Scope, "basis", v.Basis, "note", v.Note)
		}
		for _, v := range y.Lines {
			c.texts(v, "name", v.Name, "code", v.Code, "funding_source", v.FundingSource, "note", v.Note)
			if v.Output != nil {
				c.texts(v, "output.unit", v.Output.Unit)
			}
		}
	}
	for _, v := range s.Indicators {
		c.texts(v, "name", v.Name, "unit", v.Unit, "producer", v.Producer, "note", v.Note)
		for i, m := range v.Methods {
			c.texts(v, fmt.Sprintf("methods[%d].note", i), m.Note)
		}
	}
	for _, v := range s.Observations {
		c.texts(v, "note", v.Note)
	}
	for _, v := range s.Targets {
		c.texts(v, "note", v.Note)
	}
	for _, m := range s.Meetings {
		c.meetingGlyphs(m)
	}
	for _, p := range s.Pages {
		c.texts(p, "title", p.Title)
	}
}

func (c *checker) meetingGlyphs(m *model.Meeting) {
	c.texts(m, "title", m.Title, "kind", m.Kind, "place.city", m.Place.City, "place.venue", m.Place.Venue, "note", m.Note)
	if m.Chair != nil {
		c.texts(m, "chair.name", m.Chair.Name, "chair.role", m.Chair.Role)
	}
	for i, o := range m.Objectives {
		c.texts(m, fmt.Sprintf("objectives[%d]", i), o)
	}
	for i, a := range m.Agenda {
		c.texts(m, fmt.Sprintf("agenda[%d].title", i), a.Title)
	}
	for _, d := range m.Decisions {
		c.texts(d, "text", d.Text, "note", d.Note)
	}
	for _, f := range m.FollowUps {
		c.texts(f, "note", f.Note)
	}
	// Minutes are a whole Markdown file: count the line and column in it.
	if r, i, ok := glyphs.Missing(m.Minutes); !ok {
		before := m.Minutes[:i]
		line := m.MinutesPos.Line + strings.Count(before, "\n")
		col := utf8.RuneCountInString(before[strings.LastIndexByte(before, '\n')+1:]) + 1
		c.errorAt(model.Pos{File: m.MinutesPos.File, Line: line, Col: col}, "", glyphMsg(r))
	}
}

// texts checks pairs of a field's key (as load.Set.Where names it) and its
// text, all of the record rec.
func (c *checker) texts(rec any, pairs ...string) {
	for i := 0; i+1 < len(pairs); i += 2 {
		text := pairs[i+1]
		r, at, ok := glyphs.Missing(text)
		if ok {
			continue
		}
		field, pos := c.set.WhereIn(rec, pairs[i], text, at)
		c.errorAt(pos, field, glyphMsg(r))
	}
}

func glyphMsg(r rune) diag.Text {
	return diag.T("karakter %q (U+%04X) tidak bisa dicetak dengan huruf PDF; ganti dengan karakter biasa",
		"character %q (U+%04X) cannot be printed in the PDF font", string(r), r)
}
