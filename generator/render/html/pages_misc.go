package html

import (
	"html/template"

	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/view"
)

// SourceView is one entry of the citation registry with every page citing it.
type SourceView struct {
	S       *model.Source
	Cite    view.Citation
	Anchor  string
	Type    string
	CitedBy []Link
}

// FreeBody is a free page written in Markdown.
type FreeBody struct {
	HTML     template.HTML
	Fallback bool // the page is not translated; it is shown in the default language
	Lang     string
}

func (b *builder) sourcePages(lang string) ([]*Page, error) {
	p := b.newPage(lang, "sources", dirSources+"/index.html", "")
	p.Title = p.L.T("sources.title")
	p.Data = []string{"sumber.csv", "sumber.json"}
	cites := b.citations(p)
	var views []SourceView
	for _, s := range b.s.Sources {
		views = append(views, SourceView{S: s, Cite: p.L.terms().Cite(s, s.ID), Anchor: p.SourceAnchor(s.ID),
			Type: p.L.Kind("source_type", string(s.Type)), CitedBy: cites[s.ID]})
	}
	p.Body = views
	return []*Page{p}, nil
}

// citations lists, for each source, the pages that show a record citing it,
// in the order of the site's menu, each page once.
func (b *builder) citations(p *Page) map[string][]Link {
	out := map[string][]Link{}
	seen := map[string]bool{}
	add := func(src, label, href string) {
		if src == "" || seen[src+"\x00"+href] {
			return
		}
		seen[src+"\x00"+href] = true
		out[src] = append(out[src], Link{Label: label, Href: href})
	}
	s := b.s
	home := p.L.T("nav.home")
	for _, y := range s.Years {
		label := p.L.Tf("year.title", y.Year)
		for _, sm := range y.Summaries {
			add(sm.Source, label, p.LinkYear(y.Year))
			if y == s.Years[len(s.Years)-1] {
				add(sm.Source, home, p.Home())
			}
		}
		for _, l := range y.Lines {
			add(l.Source, label, p.LinkYear(y.Year))
			if a := s.Agency(l.Agency); a != nil {
				add(l.Source, a.Name, p.LinkAgency(a.ID))
			}
		}
	}
	for _, f := range s.Frameworks {
		add(f.Source, f.Name, p.LinkFramework(f.ID))
	}
	for _, m := range s.Meetings {
		add(m.Source, m.Title, p.LinkMeeting(m.ID))
		for _, id := range m.Sources {
			add(id, m.Title, p.LinkMeeting(m.ID))
		}
	}
	ind := p.L.T("indicators.title")
	for _, o := range s.Observations {
		add(o.Source, ind, p.Rel(dirIndicators+"/index.html"))
		if r := s.Region(o.Region); r != nil {
			add(o.Source, r.Name, p.LinkRegion(r.Code))
		}
	}
	for _, t := range s.Targets {
		add(t.Source, ind, p.Rel(dirIndicators+"/index.html"))
	}
	for _, d := range s.Indicators {
		add(d.Source, ind, p.Rel(dirIndicators+"/index.html"))
	}
	return out
}

func (b *builder) freePages(lang string) ([]*Page, error) {
	var out []*Page
	for _, name := range b.names {
		pg := b.pageIn(name, lang)
		p := b.newPage(lang, "page", b.paths.page(name), pg.Title)
		h, err := b.markdown(2).render(pg.Body, pg.Pos)
		if err != nil {
			return nil, err
		}
		p.Body = &FreeBody{HTML: h, Fallback: pg.Lang != lang, Lang: pg.Lang}
		out = append(out, p)
	}
	return out, nil
}

// notFoundPages is 404.html in each language. A static host serves the root
// one for any missing path, so its links are written from the site root and
// hold only for pages at the root: the home page and the language switch.
func (b *builder) notFoundPages(lang string) ([]*Page, error) {
	p := b.newPage(lang, "404", "404.html", "")
	p.Title = p.L.T("notfound.title")
	return []*Page{p}, nil
}
