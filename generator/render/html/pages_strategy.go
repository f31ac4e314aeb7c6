package html

import (
	"html/template"

	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/view"
)

// StrategyBody is a strategy framework's page: its items, grouped by part,
// each with the budget lines and decisions tagged with it.
type StrategyBody struct {
	F      *model.Framework
	Source Link
	Target string // "0% by 2024", localised
	Parts  []PartView
}

// PartView is a group of items; Name is "" for items without a part.
type PartView struct {
	Name  string
	Items []ItemView
}

// ItemView is one strategy item with what serves it.
type ItemView struct {
	It          *model.Item
	Anchor      string
	Description template.HTML
	Totals      Table // per year and stage
	Lines       Table
	Decisions   []DecisionView // the most recent maxDecisions
	More        int            // older decisions not listed
	Serves      []Link         // items of other frameworks this one maps to
	ServedBy    []Link         // items of other frameworks mapped to this one
}

func (b *builder) strategyPages(lang string) ([]*Page, error) {
	list := b.newPage(lang, "strategies", dirStrategies+"/index.html", "")
	list.Title = list.L.T("strategies.title")
	list.Data = []string{"alokasi.csv"}
	t := Table{Caption: list.Title, Head: []Col{{Label: list.L.Term("col.framework")}, {Label: list.L.Term("col.items"), Num: true}}}
	out := []*Page{list}
	for _, f := range b.s.Frameworks {
		p := b.newPage(lang, "strategy", b.paths.framework(f.ID), f.Name, Link{Label: list.Title, Href: list.Path})
		p.Data = list.Data
		body, err := p.strategyBody(f)
		if err != nil {
			return nil, err
		}
		p.Body = body
		out = append(out, p)
		t.Rows = append(t.Rows, []Cell{{Text: f.Name, Href: list.LinkFramework(f.ID)}, {Text: list.L.Int(len(f.Items)), Num: true}})
	}
	list.Body = t
	return out, nil
}

func (p *Page) strategyBody(f *model.Framework) (*StrategyBody, error) {
	body := &StrategyBody{F: f, Source: p.Src(f.Provenance)}
	if t := f.Target; t != nil {
		body.Target = p.L.Tf("strategy.target", p.L.Value(p.Site.Indicator(t.Indicator), t.Value), t.Year)
	}
	md := p.b.markdown(4)
	parts := append([]model.Part{{}}, f.Parts...)
	for _, part := range parts {
		pv := PartView{Name: part.Name}
		for _, it := range f.Items {
			if it.Part != part.ID {
				continue
			}
			iv, err := p.itemView(it, md)
			if err != nil {
				return nil, err
			}
			pv.Items = append(pv.Items, iv)
		}
		if len(pv.Items) > 0 {
			body.Parts = append(body.Parts, pv)
		}
	}
	return body, nil
}

// maxDecisions is how many decisions a strategy item lists.
const maxDecisions = 50

func (p *Page) itemView(it *model.Item, md *mdPage) (ItemView, error) {
	ref := it.Ref()
	v := ItemView{It: it, Anchor: p.ItemAnchor(ref)}
	var err error
	if v.Description, err = md.render(it.Description, it.Pos); err != nil {
		return v, err
	}
	var lines []*model.Line
	v.Totals = Table{Caption: p.L.Tf("strategy.totals", it.Name), Head: []Col{{Label: p.L.Term("col.year")},
		{Label: p.L.Term("col.stage")}, {Label: p.L.Term("col.lines"), Num: true}, {Label: p.L.Term("col.amount"), Num: true}}}
	for _, y := range p.Site.Years {
		for _, st := range y.Stages() {
			var sum model.Money
			var these []*model.Line
			for _, l := range y.LinesAt(st) {
				// The grouping the year's totals by strategy use.
				if l.StrategyIn(it.Framework) == ref {
					sum += l.Amount
					these = append(these, l)
				}
			}
			lines = append(lines, these...)
			if n := len(these); n > 0 {
				f := p.Amount(sum, st, view.Derived(these))
				v.Totals.Rows = append(v.Totals.Rows, []Cell{{Text: itoa(y.Year), Href: p.LinkYear(y.Year)},
					{Text: p.L.Stage(st)}, {Text: p.L.Int(n), Num: true}, {Fig: &f, Num: true}})
			}
		}
	}
	v.Lines = p.linesTable(p.L.Tf("strategy.lines", it.Name), lines, true)
	var ds []*model.Decision
	for _, m := range p.Site.Meetings {
		for _, d := range m.Decisions {
			if d.Strategy == ref {
				ds = append(ds, d)
			}
		}
	}
	// A national item gathers thousands of decisions: list the latest and
	// leave the rest to the open data.
	if len(ds) > maxDecisions {
		v.More = len(ds) - maxDecisions
		ds = ds[len(ds)-maxDecisions:]
	}
	v.Decisions = p.decisionViews(ds)
	for _, mp := range p.Site.Mappings {
		if mp.From == ref {
			v.Serves = append(v.Serves, p.itemLink(mp.To))
		}
		if mp.To == ref {
			v.ServedBy = append(v.ServedBy, p.itemLink(mp.From))
		}
	}
	return v, nil
}

func (p *Page) itemLink(ref string) Link {
	it := p.Site.Item(ref)
	if it == nil {
		return Link{Label: ref}
	}
	label := it.Name
	if f := p.Site.Framework(it.Framework); f != nil {
		label = f.Name + ": " + it.Name
	}
	return Link{Label: label, Href: p.LinkItem(ref)}
}
