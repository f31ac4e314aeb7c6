package html

import (
	"sort"

	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/view"
)

// YearBody is a budget year's page.
type YearBody struct {
	Year      *model.BudgetYear
	Stages    Table  // total of the lines and stated totals at each stage
	Summaries Table  // reconciliation of each stated total against its lines
	Main      string // the stage the charts show, localised
	ByAgency  *Chart
	Strategy  []Chart // one per framework the lines are tagged with
	Compare   *Chart  // against the previous year, same stage
	Lines     Table
}

func (b *builder) yearPages(lang string) ([]*Page, error) {
	list := b.newPage(lang, "years", dirYears+"/index.html", "")
	list.Title = list.L.T("years.title")
	list.Data = []string{"alokasi.csv", "ringkasan.csv"}
	out := []*Page{list}
	var rows [][]Cell
	for i, y := range b.s.Years {
		p := b.newPage(lang, "year", b.paths.year(y.Year), "", Link{Label: list.Title, Href: list.Path})
		p.Title = p.L.Tf("year.title", y.Year)
		p.Data = list.Data
		var prev *model.BudgetYear
		if i > 0 {
			prev = b.s.Years[i-1]
		}
		body, err := p.yearBody(y, prev)
		if err != nil {
			return nil, err
		}
		p.Body = body
		out = append(out, p)
		stages := ""
		for j, s := range y.Stages() {
			if j > 0 {
				stages += ", "
			}
			stages += list.L.Stage(s)
		}
		rows = append(rows, []Cell{{Text: itoa(y.Year), Href: list.LinkYear(y.Year)}, {Text: stages},
			{Text: list.L.Int(len(y.Lines)), Num: true}, {Text: list.L.Int(len(y.Summaries)), Num: true}})
	}
	list.Body = Table{Caption: list.Title, Head: []Col{{Label: list.L.Term("col.year")}, {Label: list.L.Term("col.stages")},
		{Label: list.L.Term("col.lines"), Num: true}, {Label: list.L.Term("col.summaries"), Num: true}}, Rows: rows}
	return out, nil
}

func (p *Page) yearBody(y, prev *model.BudgetYear) (*YearBody, error) {
	body := &YearBody{Year: y, Stages: p.stageTable(y), Summaries: p.summaryTable(y.Summaries),
		Lines: p.linesTable(p.L.T("year.lines"), y.Lines, false)}
	st, ok := view.MainStage(y)
	if !ok {
		return body, nil
	}
	body.Main = p.L.Stage(st)
	c, err := p.amountChart("c-opd", p.L.Tf("year.by_agency", y.Year, body.Main),
		p.L.Tf("year.by_agency_desc", y.Year, body.Main), p.L.Term("col.agency"), st, p.agencyAmounts(y.ByAgency(st)))
	if err != nil {
		return nil, err
	}
	body.ByAgency = &c
	for _, f := range view.Frameworks(p.Site, y, st) {
		amounts := y.ByStrategy(st, f.ID)
		c, err := p.amountChart("c-fw-"+p.b.paths.get("framework", f.ID), p.L.Tf("year.by_strategy", f.Name, body.Main),
			p.L.Tf("year.by_strategy_desc", y.Year, f.Name), p.L.Term("col.item"), st, p.itemAmounts(amounts))
		if err != nil {
			return nil, err
		}
		body.Strategy = append(body.Strategy, c)
	}
	if prev != nil && len(prev.LinesAt(st)) > 0 {
		c, err := p.compareYears(prev, y, st)
		if err != nil {
			return nil, err
		}
		body.Compare = &c
	}
	return body, nil
}

func (p *Page) agencyAmounts(as []model.Amount) []Amount {
	out := make([]Amount, 0, len(as))
	for _, a := range as {
		row := Amount{Label: a.Key, Short: a.Key, Amount: a.Amount, Lines: a.Lines}
		if ag := p.Site.Agency(a.Key); ag != nil {
			row.Label, row.Short, row.Href = ag.Name, ag.Label(), p.LinkAgency(a.Key)
		}
		out = append(out, row)
	}
	return out
}

func (p *Page) itemAmounts(as []model.Amount) []Amount {
	out := make([]Amount, 0, len(as))
	for _, a := range as {
		row := Amount{Label: p.L.Term("unassigned"), Short: p.L.Term("unassigned"), Amount: a.Amount, Lines: a.Lines}
		if it := p.Site.Item(a.Key); it != nil {
			row.Label, row.Short, row.Href = it.Name, it.Name, p.LinkItem(a.Key)
		}
		out = append(out, row)
	}
	return out
}

// compareYears pairs each agency's total in two years at one stage.
func (p *Page) compareYears(prev, y *model.BudgetYear, st model.Stage) (Chart, error) {
	idx := map[string]int{}
	var rows []pairRow
	for _, a := range p.agencyAmounts(y.ByAgency(st)) {
		idx[a.Label] = len(rows)
		rows = append(rows, pairRow{Label: a.Label, Short: a.Short, Href: a.Href, Now: a.Amount, HasNow: true})
	}
	var extra []pairRow
	for _, a := range p.agencyAmounts(prev.ByAgency(st)) {
		if i, ok := idx[a.Label]; ok {
			rows[i].Was, rows[i].HasWas = a.Amount, true
			continue
		}
		extra = append(extra, pairRow{Label: a.Label, Short: a.Short, Href: a.Href, Was: a.Amount, HasWas: true})
	}
	sort.SliceStable(extra, func(i, j int) bool { return extra[i].Label < extra[j].Label })
	rows = append(rows, extra...)
	stage := p.L.Stage(st)
	title := p.L.Tf("year.compare", prev.Year, y.Year, stage)
	return p.pairedChart("c-compare", title, p.L.Tf("year.compare_desc", prev.Year, y.Year, stage),
		p.L.Term("col.agency"), [2]string{itoa(prev.Year), itoa(y.Year)}, rows)
}

// stageTable gives, per stage, the sum of the lines and each stated total.
func (p *Page) stageTable(y *model.BudgetYear) Table {
	t := Table{Caption: p.L.T("year.by_stage"), Head: []Col{{Label: p.L.Term("col.stage")},
		{Label: p.L.Term("col.lines"), Num: true}, {Label: p.L.Term("col.lines_sum"), Num: true}, {Label: p.L.Term("col.stated")}}}
	for _, st := range y.Stages() {
		lines := y.LinesAt(st)
		sum := Cell{Text: "–", Num: true}
		if len(lines) > 0 {
			f := p.Amount(y.Total(st), st, view.Derived(lines))
			sum = Cell{Fig: &f, Num: true}
		}
		stated := Cell{Text: "–"}
		for _, s := range y.SummariesAt(st) {
			f := p.Amount(s.Amount, s.Stage, s.Provenance)
			stated = Cell{Fig: &f}
			break
		}
		t.Rows = append(t.Rows, []Cell{{Text: p.L.Stage(st)}, {Text: p.L.Int(len(lines)), Num: true}, sum, stated})
	}
	return t
}
