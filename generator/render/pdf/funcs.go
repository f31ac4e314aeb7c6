package pdf

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/tkpkd/tkpkd/generator/format"
	"github.com/tkpkd/tkpkd/generator/i18n"
	"github.com/tkpkd/tkpkd/generator/markdown"
	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/view"
)

// context is the state of one brief being executed: its language, the
// sources it cites (numbered footnotes) and the charts it places.
type context struct {
	x      *view.Index // the build's lookups, shared by every brief
	site   *model.Site
	lang   string
	terms  view.Terms
	cat    *i18n.Catalog
	origin string
	cited  []string // source ids, in citing order
	charts map[string]Chart
	nChart int
}

func newContext(s *model.Site, x *view.Index, lang string, cat *i18n.Catalog, origin string) *context {
	return &context{x: x, site: s, lang: lang, terms: view.NewTerms(cat, lang), cat: cat, origin: origin, charts: map[string]Chart{}}
}

// funcStubs declares the function names at parse time; each brief binds
// them to its own context before executing.
var funcStubs = (&context{}).funcs()

func (c *context) funcs() map[string]any {
	return map[string]any{
		"t":             c.t,
		"tf":            c.tf,
		"money":         func(m model.Money) string { return format.Money(m, c.lang) },
		"short":         func(m model.Money) string { return format.MoneyShort(m, c.lang) },
		"change":        func(was, now model.Money) string { return format.Change(was, now, c.lang) },
		"date":          func(d model.Date) string { return format.Date(d, c.lang) },
		"dateShort":     func(d model.Date) string { return format.DateShort(d, c.lang) },
		"period":        func(p model.Period) string { return format.Period(p, c.lang) },
		"value":         func(o *model.Observation) string { return c.terms.Value(c.site.Indicator(o.Indicator), o.Value) },
		"int":           func(n int) string { return format.Int(int64(n), c.lang) },
		"status":        func(d *model.Decision) string { return c.terms.Status(d.Shown()) },
		"statusName":    func(s model.Status) string { return c.terms.Status(s) },
		"stage":         func(s model.Stage) string { return c.terms.Stage(s) },
		"term":          c.terms.T,
		"owner":         func(id string) string { return c.site.OwnerName(id) },
		"owners":        c.owners,
		"agency":        c.agency,
		"region":        c.region,
		"item":          c.item,
		"cite":          c.cite,
		"mark":          c.mark,
		"esc":           func(s string) Markdown { return Markdown(escapeText(s)) },
		"minutes":       minutes,
		escapeFunc:      escapeValue,
		"safe":          safeName,
		"chart":         c.chart,
		"join":          strings.Join,
		"add":           func(a, b int) int { return a + b },
		"overdueBefore": func(m *model.Meeting) []*model.Decision { return c.x.OverdueBefore(c.site, m) },
		"yearsAround":   func(m *model.Meeting) []*model.BudgetYear { return c.x.YearsAround(c.site, m) },
		"prevYear":      c.prevYear,
		"mainStage":     func(y *model.BudgetYear) model.Stage { st, _ := view.MainStage(y); return st },
		"decisionsOf":   func(code string) []*model.Decision { return c.x.DecisionsIn[code] },
		"linesIn":       func(code string) []*model.Line { return c.x.LinesIn[code] },
		"indicatorsIn":  func(code string) []*model.Indicator { return c.x.IndicatorsIn(c.site, code) },
		"observations":  func(ind, code string) []*model.Observation { return c.x.Obs[[2]string{ind, code}] },
		"sumLines":      sumLines,
		"frameworks":    func(y *model.BudgetYear, st model.Stage) []*model.Framework { return view.Frameworks(c.site, y, st) },
		"citeAll":       c.citeAll,
		"markAll":       c.markAll,
		"ofAgency":      ofAgency,
		"top":           topAmounts,
		"first":         firstDecisions,
		"rest":          restAmounts,
		"others":        c.terms.Others,
		"ofItem":        ofItem,
		"recon":         c.recon,
		"scope":         func(s *model.Summary) string { return c.terms.Scope(c.site, s) },
		"diff":          c.terms.Diff,
	}
}

// t returns a glossary string. The strings come with the templates, not
// the content, so they are Markdown as written.
// plainFuncs are the functions of the front matter's templates: their
// output is a PDF title or a file name, not Markdown, so nothing is escaped.
func (c *context) plainFuncs() map[string]any {
	f := c.funcs()
	f["tf"] = func(key string, args ...any) string { return c.cat.Tf(c.lang, "briefs."+key, args...) }
	return f
}

func (c *context) t(key string) Markdown { return Markdown(c.cat.T(c.lang, "briefs."+key)) }

// tf fills a glossary string's verbs; the values filled in are content, so
// they are escaped unless they are Markdown already.
func (c *context) tf(key string, args ...any) Markdown {
	for i, a := range args {
		if s, ok := a.(string); ok {
			args[i] = escapeText(s)
		}
	}
	return Markdown(c.cat.Tf(c.lang, "briefs."+key, args...))
}

func (c *context) owners(d *model.Decision) string {
	names := []string{c.site.OwnerName(d.Owner)}
	for _, o := range d.CoOwners {
		names = append(names, c.site.OwnerName(o))
	}
	return strings.Join(names, ", ")
}

func (c *context) agency(id string) string {
	if a := c.site.Agency(id); a != nil {
		return a.Name
	}
	return id
}

func (c *context) region(code string) string {
	if r := c.site.Region(code); r != nil {
		return r.Name
	}
	return code
}

func (c *context) item(ref string) string {
	if it := c.site.Item(ref); it != nil {
		return it.Name
	}
	if ref == "" {
		return c.terms.T("unassigned")
	}
	return ref
}

var footnoteUnsafe = regexp.MustCompile(`[^A-Za-z0-9_-]+`)

// cite returns a footnote reference for a source and remembers it; the
// footnotes are appended to the brief, so every figure carries its source.
func (c *context) cite(id string) Markdown {
	if id == "" {
		return ""
	}
	found := false
	for _, s := range c.cited {
		found = found || s == id
	}
	if !found {
		c.cited = append(c.cited, id)
	}
	return Markdown("[^" + footnoteUnsafe.ReplaceAllString(id, "-") + "]")
}

// citeAll cites every distinct source of the lines, in line order, so an
// aggregate (a total per agency) names where its figures come from.
func (c *context) citeAll(lines []*model.Line) Markdown {
	var b strings.Builder
	seen := map[string]bool{}
	for _, l := range lines {
		if l.Source != "" && !seen[l.Source] {
			seen[l.Source] = true
			b.WriteString(string(c.cite(l.Source)))
		}
	}
	return Markdown(b.String())
}

// markAll marks a total of lines as view.Derived does: derived, and
// illustrative when any line is, so an example never passes for a fact once
// it is added into a total.
func (c *context) markAll(lines []*model.Line) Markdown {
	return c.mark(view.Derived(lines))
}

// ofAgency filters lines to one agency's, for a row of a per-agency table.
func ofAgency(lines []*model.Line, id string) []*model.Line {
	var out []*model.Line
	for _, l := range lines {
		if l.Agency == id {
			out = append(out, l)
		}
	}
	return out
}

// ofItem filters lines to those under one strategy item, as ByStrategy
// groups them (model.Line.StrategyIn).
func ofItem(lines []*model.Line, fw, ref string) []*model.Line {
	var out []*model.Line
	for _, l := range lines {
		if l.StrategyIn(fw) == ref {
			out = append(out, l)
		}
	}
	return out
}

// recon says how a stated total compares with its lines, in the
// glossary's words.
func (c *context) recon(s *model.Summary) string { return c.terms.Check(s).Label }

// minutes returns a meeting's minutes, Markdown as the secretariat wrote
// them, with their headings nested under the brief's "Notulen" (level 2).
func minutes(m *model.Meeting) Markdown { return Markdown(markdown.Nest(m.Minutes, 3)) }

// footnotes writes the definitions of every cited source.
func (c *context) footnotes() []byte {
	var b strings.Builder
	b.WriteString("\n\n")
	for _, id := range c.cited {
		fmt.Fprintf(&b, "[^%s]: %s\n", footnoteUnsafe.ReplaceAllString(id, "-"), c.sourceText(id))
	}
	return []byte(b.String())
}

func (c *context) sourceText(id string) string {
	cite := c.terms.Cite(c.site.Source(id), id)
	var parts []string
	if cite.Publisher != "" {
		parts = append(parts, escapeText(cite.Publisher))
	}
	parts = append(parts, "*"+escapeText(cite.Title)+"*")
	for _, p := range []string{cite.Published, cite.URL, cite.Accessed} {
		switch {
		case p == "":
		case p == cite.URL:
			parts = append(parts, "<"+p+">") // validate lets only http(s) URLs through
		default:
			parts = append(parts, escapeText(p))
		}
	}
	return strings.Join(parts, ", ") + "."
}

// mark flags a figure by its provenance as the site does (view.Mark):
// "(ilustrasi)" in bold for an example, "(dilaporkan)" or "(diolah)" in
// italics for a figure as stated or as computed; nothing when verified.
func (c *context) mark(v interface{ Prov() model.Provenance }) Markdown {
	m := c.terms.Mark(v.Prov())
	switch {
	case m.Label == "":
		return ""
	case m.Warning:
		return Markdown(" **(" + escapeText(m.Label) + ")**")
	}
	return Markdown(" *(" + escapeText(m.Label) + ")*")
}

var unsafeName = regexp.MustCompile(`[^a-z0-9._-]+`)

// safeName makes an id safe as a file name on every system.
func safeName(s string) string {
	s = strings.Trim(unsafeName.ReplaceAllString(strings.ToLower(s), "-"), "-.")
	if s == "" {
		return "brief"
	}
	return s
}

func (c *context) prevYear(y *model.BudgetYear) *model.BudgetYear { return c.site.Year(y.Year - 1) }

func sumLines(lines []*model.Line) model.Money {
	var t model.Money
	for _, l := range lines {
		t += l.Amount
	}
	return t
}

// topAmounts returns the rows a table of totals shows (view.Top); the
// template sums the others in one row (restAmounts).
func topAmounts(rows []model.Amount) []model.Amount {
	shown, _ := view.Top(rows)
	return shown
}

// others sums the rows a table leaves out.
type others struct {
	Count, Lines int
	Amount       model.Money
}

// restAmounts sums the rows view.Top leaves out, or returns nil when none are.
func restAmounts(rows []model.Amount) *others {
	_, rest := view.Top(rows)
	if len(rest) == 0 {
		return nil
	}
	o := &others{}
	for _, r := range rest {
		o.Count++
		o.Lines += r.Lines
		o.Amount += r.Amount
	}
	return o
}

// firstRows is the head of a long list of decisions and how many are left out.
type firstRows struct {
	Rows []*model.Decision
	More int
}

// firstDecisions returns the decisions a list shows (view.First) and how
// many it leaves to the site and the open data.
func firstDecisions(list []*model.Decision) firstRows {
	rows, more := view.First(list)
	return firstRows{Rows: rows, More: more}
}
