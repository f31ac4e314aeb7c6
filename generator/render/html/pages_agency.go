package html

import (
	"strings"

	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/view"
)

// AgencyBody is an agency's page.
type AgencyBody struct {
	A         *model.Agency
	Kind      string
	Region    Link
	Parent    *Link
	Units     []Link // UPTDs under this agency
	Totals    Table  // per year and stage
	Lines     Table
	Decisions []DecisionView
}

func (b *builder) agencyPages(lang string) ([]*Page, error) {
	list := b.newPage(lang, "agencies", dirAgencies+"/index.html", "")
	list.Title = list.L.T("agencies.title")
	list.Data = []string{"alokasi.csv", "keputusan.csv"}
	t := Table{Caption: list.Title, Head: []Col{{Label: list.L.Term("col.agency")}, {Label: list.L.Term("col.short")},
		{Label: list.L.Term("col.kind")}, {Label: list.L.Term("col.region")}}}
	out := []*Page{list}
	for _, a := range b.s.Agencies {
		p := b.newPage(lang, "agency", b.paths.agency(a.ID), a.Name, Link{Label: list.Title, Href: list.Path})
		p.Data = list.Data
		p.Body = p.agencyBody(a)
		out = append(out, p)
		t.Rows = append(t.Rows, []Cell{{Text: a.Name, Href: list.LinkAgency(a.ID)}, {Text: a.Short},
			{Text: list.L.Kind("agency_kind", string(a.Kind))}, {Text: b.s.OwnerName(a.Region), Href: list.LinkRegion(a.Region)}})
	}
	list.Body = t
	return out, nil
}

func (p *Page) agencyBody(a *model.Agency) *AgencyBody {
	body := &AgencyBody{A: a, Kind: p.L.Kind("agency_kind", string(a.Kind)),
		Region:    Link{Label: p.Site.OwnerName(a.Region), Href: p.LinkRegion(a.Region)},
		Decisions: p.decisionViews(p.b.x.OwnedBy[a.ID])}
	if par := p.Site.Agency(a.Parent); par != nil {
		body.Parent = &Link{Label: par.Name, Href: p.LinkAgency(par.ID)}
	}
	for _, u := range p.b.x.UnitsOf[a.ID] {
		body.Units = append(body.Units, Link{Label: u.Name, Href: p.LinkAgency(u.ID)})
	}
	body.Totals = Table{Caption: p.L.T("agency.totals"), Head: []Col{{Label: p.L.Term("col.year")},
		{Label: p.L.Term("col.stage")}, {Label: p.L.Term("col.lines"), Num: true}, {Label: p.L.Term("col.amount"), Num: true}}}
	// The agency's lines come in site order (year, then stage), so each
	// (year, stage) total is a run of consecutive lines.
	lines := p.b.x.LinesOf[a.ID]
	for i := 0; i < len(lines); {
		y, st := lines[i].Year, lines[i].Stage
		var sum model.Money
		j := i
		for ; j < len(lines) && lines[j].Year == y && lines[j].Stage == st; j++ {
			sum += lines[j].Amount
		}
		f := p.Amount(sum, st, view.Derived(lines[i:j]))
		body.Totals.Rows = append(body.Totals.Rows, []Cell{{Text: itoa(y), Href: p.LinkYear(y)},
			{Text: p.L.Stage(st)}, {Text: p.L.Int(j - i), Num: true}, {Fig: &f, Num: true}})
		i = j
	}
	body.Lines = p.linesTable(p.L.T("agency.lines"), lines, true)
	return body
}

// joinLinks is used by templates that list names inline.
func joinLinks(ls []Link) string {
	names := make([]string, len(ls))
	for i, l := range ls {
		names[i] = l.Label
	}
	return strings.Join(names, ", ")
}
