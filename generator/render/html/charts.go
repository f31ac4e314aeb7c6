package html

import (
	"fmt"
	"html/template"
	"math"

	"github.com/tkpkd/tkpkd/generator/chart"
	"github.com/tkpkd/tkpkd/generator/format"
	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/view"
)

// svg wraps chart output for a template. The chart package escapes every
// text it draws, so its SVG is safe to inline.
func svg(b []byte, err error) (template.HTML, error) {
	if err != nil {
		return "", fmt.Errorf("html: chart: %w", err)
	}
	return template.HTML(b), nil //nolint:gosec // escaped by package chart
}

// chartWidth is the drawing width of every chart: wide enough for a
// desktop column, narrow enough that a phone shows legible labels.
const chartWidth = 640

func (p *Page) moneyAxis() func(float64) string {
	lang := p.L.Lang
	return func(v float64) string { return format.MoneyAxis(v, lang) }
}

// amountChart draws totals as bars and lists them in a table whose first
// column links to the page of each key.
// capAmounts keeps the rows view.Top shows (they come largest first) and
// sums the rest into one "others" row.
func (p *Page) capAmounts(rows []Amount) []Amount {
	shown, more := view.Top(rows)
	if len(more) == 0 {
		return rows
	}
	rest := Amount{}
	for _, r := range more {
		rest.Amount += r.Amount
		rest.Lines += r.Lines
	}
	rest.Label = p.L.terms().Others(len(more))
	rest.Short = rest.Label
	return append(shown, rest)
}

func (p *Page) amountChart(id, title, desc, keyHead string, stage model.Stage, rows []Amount) (Chart, error) {
	rows = p.capAmounts(rows)
	c := Chart{ID: id, Title: title}
	bars := make([]chart.Value, 0, len(rows))
	c.Table = Table{Caption: title, Head: []Col{{Label: keyHead}, {Label: p.L.Term("col.lines"), Num: true},
		{Label: p.L.TermF("col.amount_at", p.L.Stage(stage)), Num: true}}}
	var total model.Money
	for _, r := range rows {
		bars = append(bars, chart.Value{Label: r.Short, Value: float64(r.Amount)})
		c.Table.Rows = append(c.Table.Rows, []Cell{{Text: r.Label, Href: r.Href},
			{Text: p.L.Int(r.Lines), Num: true}, {Text: p.L.Money(r.Amount), Num: true}})
		total += r.Amount
	}
	c.Table.Foot = [][]Cell{{{Text: p.L.Term("col.total")}, {}, {Text: p.L.Money(total), Num: true}}}
	var err error
	c.SVG, err = svg(chart.Bar{ID: id, Title: title, Desc: desc, Bars: bars, Format: p.moneyAxis(), Width: chartWidth}.SVG())
	return c, err
}

// Amount is a total with the labels a chart and its table need.
type Amount struct {
	Label  string // full name, for the table
	Short  string // short name, for the chart
	Href   string
	Amount model.Money
	Lines  int
}

// pairedChart compares two years at one stage, group by group.
func (p *Page) pairedChart(id, title, desc, keyHead string, names [2]string, rows []pairRow) (Chart, error) {
	if shown, more := view.Top(rows); len(more) > 0 {
		rest := pairRow{HasWas: true, HasNow: true}
		for _, r := range more {
			rest.Was += r.Was
			rest.Now += r.Now
		}
		rest.Label = p.L.terms().Others(len(more))
		rest.Short = rest.Label
		rows = append(shown, rest)
	}
	c := Chart{ID: id, Title: title}
	pc := chart.Paired{ID: id, Title: title, Desc: desc, Names: names, Format: p.moneyAxis(), Width: chartWidth}
	c.Table = Table{Caption: title, Head: []Col{{Label: keyHead}, {Label: names[0], Num: true},
		{Label: names[1], Num: true}, {Label: p.L.Term("col.change")}}}
	var was, now model.Money
	for _, r := range rows {
		pc.Groups = append(pc.Groups, r.Short)
		pc.Values = append(pc.Values, [2]float64{nanIfMissing(r.Was, r.HasWas), nanIfMissing(r.Now, r.HasNow)})
		c.Table.Rows = append(c.Table.Rows, []Cell{{Text: r.Label, Href: r.Href},
			{Text: p.moneyOrDash(r.Was, r.HasWas), Num: true}, {Text: p.moneyOrDash(r.Now, r.HasNow), Num: true},
			{Text: p.L.Change(r.Was, r.Now)}})
		was += r.Was
		now += r.Now
	}
	c.Table.Foot = [][]Cell{{{Text: p.L.Term("col.total")}, {Text: p.L.Money(was), Num: true},
		{Text: p.L.Money(now), Num: true}, {Text: p.L.Change(was, now)}}}
	var err error
	c.SVG, err = svg(pc.SVG())
	return c, err
}

type pairRow struct {
	Label, Short, Href string
	Was, Now           model.Money
	HasWas, HasNow     bool
}

func nanIfMissing(m model.Money, ok bool) float64 {
	if !ok {
		return math.NaN()
	}
	return float64(m)
}

func (p *Page) moneyOrDash(m model.Money, ok bool) string {
	if !ok {
		return "–"
	}
	return p.L.Money(m)
}
