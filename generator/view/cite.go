package view

import (
	"github.com/tkpkd/tkpkd/generator/format"
	"github.com/tkpkd/tkpkd/generator/model"
)

// Citation is a source as a reader sees it cited, on the sources page and
// in a brief's notes: the same parts, the same dates, the same words.
type Citation struct {
	Publisher string // "" when not given
	Title     string
	URL       string // http or https (validate refuses others); "" when not given
	Published string // "terbit 5 Des 2023"; "" when not given
	Accessed  string // "diakses 6 Des 2023"; "" when not given
}

// Cite describes a source; a missing source (never in a checked site) is
// cited by its id.
func (t Terms) Cite(s *model.Source, id string) Citation {
	if s == nil {
		return Citation{Title: id}
	}
	c := Citation{Publisher: s.Publisher, Title: s.Title, URL: s.URL}
	if !s.Published.IsZero() {
		c.Published = t.T("published") + " " + format.DateShort(s.Published, t.Lang)
	}
	if !s.Accessed.IsZero() {
		c.Accessed = t.T("accessed") + " " + format.DateShort(s.Accessed, t.Lang)
	}
	return c
}
