package html

import (
	"strconv"

	"github.com/tkpkd/tkpkd/generator/markdown"
	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/view"
	"github.com/yuin/goldmark"
)

// builder holds what every page of one Render shares.
type builder struct {
	r     *Renderer
	s     *model.Site
	langs []string // the default language first
	paths paths
	free  map[string][]*model.Page // free pages by name, in site order
	names []string                 // free page names, by the first page's weight
	md    goldmark.Markdown        // raw HTML only when site.yaml allows it
	x     *view.Index              // built once per Render
}

func newBuilder(r *Renderer, s *model.Site) (*builder, error) {
	b := &builder{r: r, s: s, langs: s.Config.Languages, paths: paths{seg: map[string]string{}},
		free: map[string][]*model.Page{},
		md:   markdown.New(markdown.Options{RawHTML: s.Config.RawHTML}), x: view.NewIndex(s)}
	if len(b.langs) == 0 {
		b.langs = []string{"id"}
	}
	b.addPaths()
	for _, p := range s.Pages {
		if _, ok := b.free[p.Name]; !ok {
			b.names = append(b.names, p.Name)
		}
		b.free[p.Name] = append(b.free[p.Name], p)
	}
	return b, nil
}

// addPaths computes the path segment of every id that becomes a path or
// fragment. Validate refuses ids that cannot be one, page names the site
// uses itself and ids of one kind that share a segment (validate/paths.go).
func (b *builder) addPaths() {
	s := b.s
	for _, v := range s.Sources {
		b.paths.add("source", v.ID)
	}
	for _, v := range s.Regions {
		b.paths.add("region", v.Code)
	}
	for _, v := range s.Agencies {
		b.paths.add("agency", v.ID)
	}
	for _, v := range s.Frameworks {
		b.paths.add("framework", v.ID)
	}
	for _, v := range s.Meetings {
		b.paths.add("meeting", v.ID)
	}
	for _, v := range s.Pages {
		b.paths.add("page", v.Name)
	}
}

func (b *builder) langDir(lang string) string {
	if lang == b.langs[0] {
		return ""
	}
	return lang + "/"
}

// newPage fills what every page has; crumbs lead from home to the parent,
// their Href relative to the language root.
func (b *builder) newPage(lang, kind, path, title string, crumbs ...Link) *Page {
	p := &Page{Kind: kind, Path: path, Title: title, Site: b.s, b: b, langDir: b.langDir(lang),
		L: &Locale{Lang: lang, cat: b.r.cat}}
	if kind != "home" {
		// crumbs name their targets from the language root; link them from here.
		p.Crumbs = []Link{{Label: p.L.T("nav.home"), Href: p.Home()}}
		for _, c := range crumbs {
			p.Crumbs = append(p.Crumbs, Link{Label: c.Label, Href: p.Rel(c.Href)})
		}
	}
	for _, l := range b.langs {
		alt := Alt{Lang: l, Label: p.L.T("lang." + l), Current: l == lang,
			Href: relative(p.OutPath(), b.langDir(l)+path)}
		p.Alts = append(p.Alts, alt)
	}
	if base := b.baseURL(); base != "" && kind != "404" {
		p.Canonical = base + p.OutPath()
	}
	p.Nav = b.nav(p)
	return p
}

// nav is the main menu: the sections, then the free pages.
func (b *builder) nav(p *Page) []Link {
	sections := []struct{ key, dir string }{
		{"nav.home", ""}, {"nav.years", dirYears}, {"nav.agencies", dirAgencies},
		{"nav.strategies", dirStrategies}, {"nav.meetings", dirMeetings}, {"nav.regions", dirRegions},
		{"nav.indicators", dirIndicators}, {"nav.sources", dirSources},
	}
	var out []Link
	for _, s := range sections {
		to := "index.html"
		if s.dir != "" {
			to = s.dir + "/index.html"
		}
		cur := (s.dir == "" && p.Kind == "home") || (s.dir != "" && len(p.Path) > len(s.dir) && p.Path[:len(s.dir)+1] == s.dir+"/")
		out = append(out, Link{Label: p.L.T(s.key), Href: p.Rel(to), Current: cur})
	}
	for _, name := range b.names {
		pg := b.pageIn(name, p.L.Lang)
		to := b.paths.page(name)
		out = append(out, Link{Label: pg.Title, Href: p.Rel(to), Current: p.Path == to})
	}
	return out
}

// pageIn returns the free page in lang, or in the default language.
func (b *builder) pageIn(name, lang string) *model.Page {
	all := b.free[name]
	for _, p := range all {
		if p.Lang == lang {
			return p
		}
	}
	for _, p := range all {
		if p.Lang == b.langs[0] {
			return p
		}
	}
	return all[0]
}

func (b *builder) baseURL() string {
	u := b.r.baseURL
	if u == "" {
		u = b.s.Config.BaseURL
	}
	if u != "" && u[len(u)-1] != '/' {
		u += "/"
	}
	return u
}

// pages builds every page of one language.
// steps are the page builders, in the order of the site's menu. Each is
// executed and written before the next is built, so memory holds one kind
// of page at a time, not the whole site.
func (b *builder) steps() []func(string) ([]*Page, error) {
	return []func(string) ([]*Page, error){
		b.homePages, b.yearPages, b.agencyPages, b.strategyPages, b.meetingPages,
		b.regionPages, b.indicatorPages, b.sourcePages, b.freePages, b.notFoundPages,
	}
}

func itoa(n int) string { return strconv.Itoa(n) }
