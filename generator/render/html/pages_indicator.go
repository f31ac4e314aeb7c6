package html

import (
	"math"

	"github.com/tkpkd/tkpkd/generator/chart"
	"github.com/tkpkd/tkpkd/generator/format"
	"github.com/tkpkd/tkpkd/generator/model"
)

// IndicatorView is one indicator: its definition, methods, chart and values.
type IndicatorView struct {
	D       *model.Indicator
	Anchor  string
	Chart   *Chart
	Methods []MethodView
	Targets Table
	Source  Link
}

// MethodView is a way of measuring, with the years it applies to.
type MethodView struct {
	ID, Span, Note string
}

func (b *builder) indicatorAnchor(id string) string {
	s, err := segment(id)
	if err != nil {
		return "ind"
	}
	return "ind-" + s
}

func (b *builder) indicatorPages(lang string) ([]*Page, error) {
	p := b.newPage(lang, "indicators", dirIndicators+"/index.html", "")
	p.Title = p.L.T("indicators.title")
	p.Data = []string{"indikator.csv", "indikator.json"}
	var views []IndicatorView
	for i, d := range b.s.Indicators {
		v, err := p.indicatorView("c-ind-"+itoa(i+1), d, b.regionsObserving(d.ID))
		if err != nil {
			return nil, err
		}
		views = append(views, v)
	}
	p.Body = views
	return []*Page{p}, nil
}

// regionsObserving lists the regions with observations of an indicator, in
// region order.
func (b *builder) regionsObserving(ind string) []string {
	var out []string
	for _, r := range b.s.Regions {
		if len(b.x.Obs[[2]string{ind, r.Code}]) > 0 {
			out = append(out, r.Code)
		}
	}
	return out
}

func (p *Page) indicatorView(id string, d *model.Indicator, regions []string) (IndicatorView, error) {
	v := IndicatorView{D: d, Anchor: p.b.indicatorAnchor(d.ID), Source: p.Src(d.Provenance)}
	for _, m := range d.Methods {
		v.Methods = append(v.Methods, MethodView{ID: m.ID, Span: p.span(m.From, m.To), Note: m.Note})
	}
	if len(regions) > 0 {
		c, err := p.indicatorChart(id, d, regions)
		if err != nil {
			return v, err
		}
		v.Chart = &c
	}
	v.Targets = Table{Caption: p.L.Tf("indicators.targets", d.Name), Head: []Col{{Label: p.L.Term("col.region")},
		{Label: p.L.Term("col.year")}, {Label: p.L.Term("col.target"), Num: true}}}
	for _, t := range p.Site.Targets {
		if t.Indicator == d.ID {
			f := p.TargetFig(t)
			v.Targets.Rows = append(v.Targets.Rows, []Cell{{Text: p.Site.OwnerName(t.Region), Href: p.LinkRegion(t.Region)},
				{Text: itoa(t.Year)}, {Fig: &f, Num: true}})
		}
	}
	return v, nil
}

func (p *Page) span(from, to int) string {
	switch {
	case from == 0 && to == 0:
		return ""
	case to == 0:
		return p.L.Tf("indicators.since", from)
	case from == 0:
		return p.L.Tf("indicators.until", to)
	}
	return itoa(from) + "–" + itoa(to)
}

// periodX places a period on a year axis at its last month, so that March
// and September figures of one year sit apart and a yearly figure ends it.
func periodX(pd model.Period) float64 {
	y, m := pd.End()
	return float64(y) + float64(m-1)/12
}

// indicatorChart draws an indicator over time, one line per region and per
// method, so that a change of method breaks the line instead of joining two
// figures that cannot be compared. The table lists every observation.
func (p *Page) indicatorChart(id string, d *model.Indicator, regions []string) (Chart, error) {
	title := p.L.Tf("indicators.chart", d.Name)
	c := Chart{ID: id, Title: title}
	lc := chart.Line{ID: id, Title: title, Width: chartWidth, Desc: p.L.Tf("indicators.chart_desc", d.Name, d.Unit)}
	lang := p.L.Lang
	lc.Format = func(v float64) string { return p.L.Value(d, v) }
	if d.IsMoney() {
		lc.Format = func(v float64) string { return format.MoneyAxis(v, lang) }
	}
	c.Table = Table{Caption: title, Head: []Col{{Label: p.L.Term("col.region")}, {Label: p.L.Term("col.period")},
		{Label: p.L.Term("col.value"), Num: true}, {Label: p.L.Term("col.method")}}}
	minY, maxY := math.MaxInt, math.MinInt
	for _, r := range regions {
		obs := p.b.x.Obs[[2]string{d.ID, r}]
		var cur *chart.Series
		for i, o := range obs {
			if cur == nil || (i > 0 && o.Method != obs[i-1].Method) {
				name := p.Site.OwnerName(r)
				if o.Method != "" && len(d.Methods) > 1 {
					name += " (" + o.Method + ")"
				}
				if cur != nil && len(regions) == 1 {
					lc.Breaks = append(lc.Breaks, chart.Break{X: periodX(o.Period), Label: p.L.T("indicators.break")})
				}
				lc.Series = append(lc.Series, chart.Series{Name: name})
				cur = &lc.Series[len(lc.Series)-1]
			}
			cur.X = append(cur.X, periodX(o.Period))
			cur.Y = append(cur.Y, o.Value)
			minY, maxY = min(minY, o.Period.Year), max(maxY, o.Period.Year)
			f := p.Obs(o)
			method := o.Method
			if i > 0 && o.Method != obs[i-1].Method {
				method += " — " + p.L.T("indicators.break")
			}
			c.Table.Rows = append(c.Table.Rows, []Cell{{Text: p.Site.OwnerName(r), Href: p.LinkRegion(r)},
				{Text: p.L.Period(o.Period)}, {Fig: &f, Num: true}, {Text: method}})
		}
	}
	for y := minY; y <= maxY+1 && minY <= maxY; y++ {
		lc.XTicks = append(lc.XTicks, chart.Tick{Value: float64(y), Label: itoa(y)})
	}
	var err error
	c.SVG, err = svg(lc.SVG())
	return c, err
}
