package html

import (
	"github.com/tkpkd/tkpkd/generator/model"
)

// RegionBody is a region's page.
type RegionBody struct {
	R          *model.Region
	Kind       string
	Parent     *Link
	Children   []Link
	Agencies   []Link
	Indicators []IndicatorView
	Lines      Table
	Decisions  []DecisionView
}

func (b *builder) regionPages(lang string) ([]*Page, error) {
	list := b.newPage(lang, "regions", dirRegions+"/index.html", "")
	list.Title = list.L.T("regions.title")
	list.Data = []string{"indikator.csv", "alokasi.csv"}
	t := Table{Caption: list.Title, Head: []Col{{Label: list.L.Term("col.code")}, {Label: list.L.Term("col.region")},
		{Label: list.L.Term("col.kind")}}}
	out := []*Page{list}
	for _, r := range b.s.Regions {
		p := b.newPage(lang, "region", b.paths.region(r.Code), r.Name, Link{Label: list.Title, Href: list.Path})
		p.Data = list.Data
		body, err := p.regionBody(r)
		if err != nil {
			return nil, err
		}
		p.Body = body
		out = append(out, p)
		t.Rows = append(t.Rows, []Cell{{Text: r.Code, Class: "code"}, {Text: r.Name, Href: list.LinkRegion(r.Code)},
			{Text: list.L.Kind("region_kind", string(r.Kind))}})
	}
	list.Body = t
	return out, nil
}

func (p *Page) regionBody(r *model.Region) (*RegionBody, error) {
	body := &RegionBody{R: r, Kind: p.L.Kind("region_kind", string(r.Kind)),
		Decisions: p.decisionViews(p.b.x.DecisionsIn[r.Code]),
		Lines:     p.linesTable(p.L.Tf("region.lines", r.Name), p.b.x.LinesIn[r.Code], true)}
	if par := p.Site.Region(r.Parent); par != nil {
		body.Parent = &Link{Label: par.Name, Href: p.LinkRegion(par.Code)}
	}
	for _, c := range p.b.x.ChildrenOf[r.Code] {
		body.Children = append(body.Children, Link{Label: c.Name, Href: p.LinkRegion(c.Code)})
	}
	for _, a := range p.b.x.AgenciesIn[r.Code] {
		body.Agencies = append(body.Agencies, Link{Label: a.Name, Href: p.LinkAgency(a.ID)})
	}
	for i, d := range p.Site.Indicators {
		if len(p.b.x.Obs[[2]string{d.ID, r.Code}]) == 0 {
			continue
		}
		v, err := p.indicatorView("c-ind-"+itoa(i+1), d, []string{r.Code})
		if err != nil {
			return nil, err
		}
		body.Indicators = append(body.Indicators, v)
	}
	return body, nil
}
