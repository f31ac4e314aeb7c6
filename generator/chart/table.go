package chart

import (
	"io"
	"math"
	"sort"

	gochart "github.com/wcharczuk/go-chart/v2"
)

// Chart is what every chart spec offers, for callers that handle a list of
// charts of different kinds.
type Chart interface {
	// Size is the canvas size in pixels at DPI, known before drawing so a
	// page layout can reserve room for the chart.
	Size() (w, h int)
	SVG() ([]byte, error)
	Render(rp gochart.RendererProvider, w io.Writer) error
	Table() Table
}

var _ = []Chart{Bar{}, Paired{}, Line{}}

// Table is a chart's data as text, formatted exactly as in the chart, for
// the table that follows every chart. Head[0] is empty: the caller names the
// category column ("OPD", "Tahun") in the reader's language.
type Table struct {
	Head []string
	Rows [][]string
}

// Size returns the canvas size in pixels.
func (c Bar) Size() (w, h int) { return c.layout().size() }

// Size returns the canvas size in pixels.
func (c Paired) Size() (w, h int) { return c.layout().size() }

// Size returns the canvas size in pixels.
func (c Line) Size() (w, h int) { return c.layout().size() }

// Table returns one row per bar: label and value.
func (c Bar) Table() Table {
	f := formatter(c.Format)
	t := Table{Head: []string{"", ""}}
	for _, b := range c.Bars {
		t.Rows = append(t.Rows, []string{b.Label, f(b.Value)})
	}
	return t
}

// Table returns one row per group with both values; a missing value is "—".
func (c Paired) Table() Table {
	h := hbars{format: formatter(c.Format)}
	t := Table{Head: []string{"", c.Names[0], c.Names[1]}}
	for i, g := range c.Groups {
		row := []string{g, noValue, noValue}
		if i < len(c.Values) {
			row[1], row[2] = h.valueLabel(c.Values[i][0]), h.valueLabel(c.Values[i][1])
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// Table returns one row per x value (in order) and one column per series;
// x is labelled by its tick label when it has one. Missing values are "—".
func (c Line) Table() Table {
	f := formatter(c.Format)
	t := Table{Head: []string{""}}
	var xs []float64
	seen := map[float64]bool{}
	for _, s := range c.Series {
		t.Head = append(t.Head, s.Name)
		for _, x := range s.X {
			if !seen[x] {
				seen[x] = true
				xs = append(xs, x)
			}
		}
	}
	sort.Float64s(xs)
	labels := map[float64]string{}
	for _, tk := range c.XTicks {
		labels[tk.Value] = tk.Label
	}
	for _, x := range xs {
		row := []string{FormatNumber(x)}
		if l, ok := labels[x]; ok {
			row[0] = l
		}
		for _, s := range c.Series {
			cell := noValue
			for i := range s.X {
				if s.X[i] == x && i < len(s.Y) && !math.IsNaN(s.Y[i]) {
					cell = f(s.Y[i])
				}
			}
			row = append(row, cell)
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}
