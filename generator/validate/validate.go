// Package validate checks what package load read against the rules of the
// content contract that span records and files, computes what the content
// implies (reconciliation of totals, the current status of decisions) and
// sorts everything, producing the model every renderer reads.
//
// Rules checked here: duplicate ids within and across files, dangling
// references (with a "did you mean"), the parent rules of regions and
// agencies, observation methods and duplicates, totals against their line
// items within half their precision, agency counts, follow-ups against the
// site's as_of and the decision's meeting; and, as warnings, unused sources
// and totals far from last year's. Two rules guard the outputs: every text a
// PDF brief may print must be drawable in the brief font (glyphs.go), and
// every page must get a path of its own on the site (paths.go). Dir and
// Files run load and every rule: the one sequence check, build and serve use.
package validate

import (
	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/generator/load"
	"github.com/tkpkd/tkpkd/generator/model"
)

// checker carries one validation run.
type checker struct {
	set      *load.Set
	site     *model.Site
	problems diag.List
}

// Site checks set and returns the model with computed fields filled and
// every slice sorted. The model is returned even when there are problems,
// but a renderer must not be given a model whose list has errors.
func Site(set *load.Set) (*model.Site, diag.List) {
	c := &checker{set: set, site: set.Site}
	c.config()
	c.placeholders()
	c.duplicates()
	c.references()
	c.regions()
	c.agencies()
	c.mappings()
	c.observations()
	c.reconcile()
	c.trends()
	c.meetings()
	c.futureYears()
	c.pages()
	c.unusedSources()
	c.glyphs()
	c.paths()
	sortSite(c.site)
	c.site.Index()
	return c.site, c.problems.Sort()
}

func (c *checker) errorAt(pos model.Pos, field string, msg diag.Text) {
	c.problems.Add(pos.File, pos.Line, pos.Col, field, msg)
}

func (c *checker) warnAt(pos model.Pos, field string, msg diag.Text) {
	c.problems.Warn(pos.File, pos.Line, pos.Col, field, msg)
}

// followAt reports an error that only follows from the problem named by
// cause (see diag.Problem.Cause); with cause "" it is a root cause.
func (c *checker) followAt(pos model.Pos, field, cause string, msg diag.Text) {
	c.problems = append(c.problems, diag.Problem{File: pos.File, Line: pos.Line, Col: pos.Col, Field: field, Msg: msg, Cause: cause})
}

// config fills the defaults of site.yaml and checks its languages.
func (c *checker) config() {
	cfg := &c.site.Config
	if len(cfg.Languages) == 0 {
		cfg.Languages = []string{"id", "en"}
		return
	}
	field, pos := c.set.Where(cfg, "languages")
	seen := map[string]bool{}
	for _, l := range cfg.Languages {
		switch {
		case l != "id" && l != "en":
			c.errorAt(pos, field, diag.T("menyebut bahasa yang tidak punya teks antarmuka di tkpkd (tertulis %q); tulis id atau en", "names a language tkpkd has no UI strings for (got %q, want id or en)", l))
		case seen[l]:
			c.errorAt(pos, field, diag.T("menyebut %q dua kali", "names %q twice", l))
		}
		seen[l] = true
	}
}
