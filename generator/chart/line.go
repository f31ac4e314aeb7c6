package chart

import (
	"io"
	"math"
	"sort"

	gochart "github.com/wcharczuk/go-chart/v2"
)

// lineLayout is a Line chart with its sizes resolved.
type lineLayout struct {
	Line
	w, h   int
	format func(float64) string
}

const (
	lineWidth   = 2.5
	markerR     = 4
	breakLabelH = 16
	edge        = 14 // keeps the first and last markers off the y axis
)

// dashes and markers tell the series apart without colour.
var dashes = [][]float64{nil, {7, 4}, {2, 3}, {9, 3, 2, 3}}

func (c Line) layout() lineLayout {
	return lineLayout{Line: c, w: orDefault(c.Width, defaultWidth), h: orDefault(c.Height, 360), format: formatter(c.Format)}
}

func (c lineLayout) size() (int, int) { return c.w, c.h }

// Render draws the chart through a renderer from rp and saves it to w.
func (c Line) Render(rp gochart.RendererProvider, w io.Writer) error {
	if err := c.check(); err != nil {
		return specError(c.ID, err)
	}
	return render(c.ID, c.layout(), rp, w)
}

// SVG returns the chart as an accessible SVG document.
func (c Line) SVG() ([]byte, error) {
	if err := c.check(); err != nil {
		return nil, specError(c.ID, err)
	}
	return svg(c.ID, c.Title, c.Desc, c.layout())
}

// extent returns the x and y ranges of the data, x including ticks and breaks.
func (c lineLayout) extent() (xlo, xhi, ylo, yhi float64, ints bool) {
	xlo, xhi, ylo, yhi, ints = math.Inf(1), math.Inf(-1), 0, 0, true
	for _, s := range c.Series {
		for i, y := range s.Y {
			if math.IsNaN(y) {
				continue
			}
			xlo, xhi = math.Min(xlo, s.X[i]), math.Max(xhi, s.X[i])
			ylo, yhi, ints = math.Min(ylo, y), math.Max(yhi, y), ints && isInteger(y)
		}
	}
	for _, t := range c.XTicks {
		xlo, xhi = math.Min(xlo, t.Value), math.Max(xhi, t.Value)
	}
	for _, b := range c.Breaks {
		xlo, xhi = math.Min(xlo, b.X), math.Max(xhi, b.X)
	}
	if xlo == xhi { // one observation: centre it
		xlo, xhi = xlo-1, xhi+1
	}
	return xlo, xhi, ylo, yhi, ints
}

// xTicks returns the caller's ticks, or whole-number ticks inside the range.
func (c lineLayout) xTicks(xlo, xhi float64) []Tick {
	if c.XTicks != nil {
		return c.XTicks
	}
	var ts []Tick
	for _, v := range steps(xlo, xhi, 8, true, false) {
		ts = append(ts, Tick{v, FormatNumber(v)})
	}
	return ts
}

func (c lineLayout) draw(r gochart.Renderer) {
	p := pen{r}
	p.background(c.w, c.h)
	xlo, xhi, ylo, yhi, ints := c.extent()
	xts := c.xTicks(xlo, xhi)

	top := pad
	if len(c.Series) > 1 {
		top += c.legend(p)
	}
	if len(c.Breaks) > 0 {
		top += breakLabelH
	}
	bottom := c.h - pad - axisH

	p.font(Font(), tickSize, inkSoft)
	yts := fitTicks(ylo, yhi, bottom-top, 5, ints, c.format, func(string) int { return int(tickSize) + 6 })
	labelW, lastW := 0, 0
	for _, t := range yts {
		labelW = max(labelW, p.width(c.format(t)))
	}
	if len(xts) > 0 {
		lastW = p.width(xts[len(xts)-1].Label)
	}
	x0 := pad + slack(labelW) + gap
	x1 := c.w - pad - max(slack(lastW)/2-edge, 0)
	xa := axis{lo: xlo, hi: xhi, p0: x0 + edge, p1: x1 - edge}
	ya := axis{lo: yts[0], hi: yts[len(yts)-1], p0: bottom, p1: top}

	c.yGrid(p, ya, yts, x0, x1)
	c.xAxis(p, xa, xts, bottom)
	p.line(axisGrey, 1, nil, x0, ya.pos(0), x1, ya.pos(0))
	c.breaks(p, xa, top, bottom)
	for i, s := range c.Series {
		c.series(p, i, s, xa, ya)
	}
}

// yGrid draws horizontal grid lines with their labels on the left.
func (c lineLayout) yGrid(p pen, ya axis, ticks []float64, x0, x1 int) {
	for _, t := range ticks {
		p.line(gridGrey, 1, nil, x0, ya.pos(t), x1, ya.pos(t))
	}
	p.font(Font(), tickSize, inkSoft)
	for _, t := range ticks {
		p.text(c.format(t), x0-gap, baseline(ya.pos(t), tickSize), right)
	}
}

// xAxis draws tick marks and labels under the plot.
func (c lineLayout) xAxis(p pen, xa axis, ticks []Tick, bottom int) {
	var marks [][2]int
	for _, t := range ticks {
		marks = append(marks, [2]int{xa.pos(t.Value), bottom}, [2]int{xa.pos(t.Value), bottom + 4})
	}
	p.segments(axisGrey, 1, marks)
	p.font(Font(), tickSize, inkSoft)
	done := math.MinInt // right edge of the last label drawn
	for _, t := range ticks {
		x, w := xa.pos(t.Value), slack(p.width(t.Label))
		if x-w/2 < done+gap { // crowded (many years): skip rather than overlap
			continue
		}
		p.text(t.Label, x, bottom+gap+int(tickSize), center)
		done = x + w - w/2
	}
}

// breaks draws each method change as a dashed line labelled above the plot.
func (c lineLayout) breaks(p pen, xa axis, top, bottom int) {
	p.font(Font(), tickSize, inkSoft)
	for _, b := range c.Breaks {
		x := xa.pos(b.X)
		p.line(inkSoft, 1, []float64{4, 3}, x, top-4, x, bottom)
		if x+3+slack(p.width(b.Label)) > c.w-pad {
			p.text(b.Label, x-3, top-gap, right)
		} else {
			p.text(b.Label, x+3, top-gap, left)
		}
	}
}

// series draws one line, broken at missing values, then its markers.
func (c lineLayout) series(p pen, i int, s Series, xa, ya axis) {
	order := make([]int, len(s.X))
	for k := range order {
		order[k] = k
	}
	sort.SliceStable(order, func(a, b int) bool { return s.X[order[a]] < s.X[order[b]] })
	colour, dash := palette[i%len(palette)], dashes[i%len(dashes)]
	var run, all [][2]int
	flush := func() {
		if len(run) > 1 {
			p.polyline(colour, lineWidth, dash, run)
		}
		run = run[:0]
	}
	for _, k := range order {
		if math.IsNaN(s.Y[k]) {
			flush()
			continue
		}
		pt := [2]int{xa.pos(s.X[k]), ya.pos(s.Y[k])}
		run, all = append(run, pt), append(all, pt)
	}
	flush()
	for _, pt := range all {
		marker(p, i, pt[0], pt[1])
	}
}

// marker draws the shape of series i (square, diamond, triangle up,
// triangle down) centred on x, y, with a white rim to separate it from lines.
func marker(p pen, i, x, y int) {
	const r = markerR
	var pts [][2]int
	switch i % 4 {
	case 0:
		pts = [][2]int{{x - r, y - r}, {x + r, y - r}, {x + r, y + r}, {x - r, y + r}}
	case 1:
		pts = [][2]int{{x, y - r - 1}, {x + r + 1, y}, {x, y + r + 1}, {x - r - 1, y}}
	case 2:
		pts = [][2]int{{x, y - r - 1}, {x + r + 1, y + r}, {x - r - 1, y + r}}
	default:
		pts = [][2]int{{x - r - 1, y - r}, {x + r + 1, y - r}, {x, y + r + 1}}
	}
	p.poly(palette[i%len(palette)], pts)
	p.outline(white, 1, pts)
}

// legend draws a line sample and name for each series, wrapping to more
// rows when needed, and returns the height it used.
func (c lineLayout) legend(p pen) int {
	p.font(Font(), labelSize, ink)
	x, y := pad, pad
	for i, s := range c.Series {
		w := 28 + gap + slack(p.width(s.Name)) + 3*gap
		if x > pad && x+w > c.w-pad {
			x, y = pad, y+legendH-4
		}
		colour := palette[i%len(palette)]
		p.line(colour, lineWidth, dashes[i%len(dashes)], x, y+7, x+28, y+7)
		marker(p, i, x+14, y+7)
		p.text(s.Name, x+28+gap, baseline(y+7, labelSize), left)
		x += w
	}
	return y - pad + legendH
}
