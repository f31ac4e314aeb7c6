package pdf

import (
	"fmt"
	"math"

	"github.com/tkpkd/tkpkd/generator/chart"
	"github.com/tkpkd/tkpkd/generator/format"
	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/view"
)

// chartWidth in pixels (one pixel per point at the chart package's DPI):
// drawn 170 mm wide, 10-pixel labels print at about 8 pt.
const chartWidth = 600

// chart places a chart: {{chart "by-agency" .Year "rka"}}. It returns an
// HTML comment the layout engine replaces with the vector chart; put it on
// a line of its own. Kinds:
//
//	by-agency YEAR STAGE            the stage's lines totalled per agency
//	by-strategy YEAR STAGE FRAMEWORK  ... per strategy item of a framework
//	by-stage YEAR                   the year's line totals per stage
//	indicator INDICATOR REGION      an indicator's values over time
func (c *context) chart(kind string, args ...any) (Markdown, error) {
	c.nChart++
	id := fmt.Sprintf("c%d", c.nChart)
	ch, err := c.buildChart(id, kind, args)
	if err != nil {
		return "", fmt.Errorf("chart %q: %w", kind, err)
	}
	if ch == nil {
		return "", nil // nothing to draw, e.g. a year with no lines
	}
	c.charts[id] = ch
	return Markdown("\n<!-- chart:" + id + " -->\n"), nil
}

func (c *context) buildChart(id, kind string, args []any) (Chart, error) {
	money := func(v float64) string { return format.MoneyAxis(v, c.lang) }
	switch kind {
	case "by-agency", "by-strategy":
		y, ok1 := arg[*model.BudgetYear](args, 0)
		st, ok2 := arg[string](args, 1)
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("want a budget year and a stage")
		}
		var amounts []model.Amount
		label := func(k string) string {
			if a := c.site.Agency(k); a != nil {
				return a.Label()
			}
			return k
		}
		if kind == "by-agency" {
			amounts = y.ByAgency(model.Stage(st))
		} else {
			fw, ok := arg[string](args, 2)
			if !ok {
				return nil, fmt.Errorf("want a framework id after the stage")
			}
			amounts = y.ByStrategy(model.Stage(st), fw)
			label = func(k string) string { return shorten(c.item(k), 40) }
		}
		bars := c.bars(amounts, label)
		if len(bars) == 0 {
			return nil, nil
		}
		return chart.Bar{ID: id, Bars: bars, Format: money, Width: chartWidth}, nil
	case "by-stage":
		y, ok := arg[*model.BudgetYear](args, 0)
		if !ok {
			return nil, fmt.Errorf("want a budget year")
		}
		var bars []chart.Value
		for _, s := range y.Stages() {
			if t := y.Total(s); t > 0 {
				bars = append(bars, chart.Value{Label: c.terms.Stage(s), Value: float64(t)})
			}
		}
		if len(bars) == 0 {
			return nil, nil
		}
		return chart.Bar{ID: id, Bars: bars, Format: money, Width: chartWidth}, nil
	case "indicator":
		ind, ok1 := arg[string](args, 0)
		reg, ok2 := arg[string](args, 1)
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("want an indicator id and a region code")
		}
		return c.indicatorChart(id, ind, reg), nil
	}
	return nil, fmt.Errorf("unknown chart kind (want by-agency, by-strategy, by-stage or indicator)")
}

func arg[T any](args []any, i int) (T, bool) {
	var zero T
	if i >= len(args) {
		return zero, false
	}
	v, ok := args[i].(T)
	return v, ok
}

func (c *context) bars(amounts []model.Amount, label func(string) string) []chart.Value {
	shown, more := view.Top(amounts)
	var bars []chart.Value
	for _, a := range shown {
		bars = append(bars, chart.Value{Label: label(a.Key), Value: float64(a.Amount)})
	}
	if len(more) > 0 {
		var rest model.Money
		for _, a := range more {
			rest += a.Amount
		}
		bars = append(bars, chart.Value{Label: c.terms.Others(len(more)), Value: float64(rest)})
	}
	return bars
}

// indicatorChart draws an indicator's yearly values in a region as bars,
// one per period: the chart package's line chart is for the site's wide
// layout, and a brief reads periods best side by side with their values.
func (c *context) indicatorChart(id, ind, region string) Chart {
	obs := c.x.Obs[[2]string{ind, region}]
	if len(obs) == 0 {
		return nil
	}
	d := c.site.Indicator(ind)
	decimals := 2
	if d != nil {
		decimals = d.Decimals
	}
	f := func(v float64) string { return format.Decimal(v, decimals, c.lang) }
	if d != nil && d.IsMoney() {
		f = func(v float64) string { return format.MoneyAxis(v, c.lang) }
	}
	var bars []chart.Value
	for _, o := range obs {
		if math.IsNaN(o.Value) {
			continue
		}
		bars = append(bars, chart.Value{Label: format.Period(o.Period, c.lang), Value: o.Value})
	}
	return chart.Bar{ID: id, Bars: bars, Format: f, Width: chartWidth}
}

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
