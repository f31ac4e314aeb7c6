package view

import "github.com/tkpkd/tkpkd/generator/model"

// Derived is the provenance of a total computed from lines: derived (by
// us), and illustrative when any line in it is, so an example never passes
// for a fact once it is added into a total, on the site or in a brief.
func Derived(lines []*model.Line) model.Provenance {
	for _, l := range lines {
		if l.Illustrative() {
			return model.Provenance{Verification: model.Illustrative}
		}
	}
	return model.Provenance{Verification: model.Derived}
}

// Mark is how a figure's provenance is flagged to a reader: the glossary's
// word for an illustrative, reported or derived figure, "" for a verified
// one. Illustrative is a warning (a badge on the site, bold in a brief);
// the others are notes.
type Mark struct {
	Label   string
	Warning bool
}

// Mark flags a figure by its provenance.
func (t Terms) Mark(p model.Provenance) Mark {
	switch {
	case p.Illustrative():
		return Mark{Label: t.Verification(model.Illustrative), Warning: true}
	case p.Verification == model.Reported || p.Verification == model.Derived:
		return Mark{Label: t.Verification(p.Verification)}
	}
	return Mark{}
}
