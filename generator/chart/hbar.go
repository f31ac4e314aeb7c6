package chart

import (
	"math"

	gochart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// hbars lays out horizontal bars in groups of one (Bar) or two (Paired)
// sets: category labels on the left, a zero-based value axis at the bottom,
// value labels at the end of each bar.
type hbars struct {
	w, h   int
	labels []string
	values [][]float64 // values[group][set]; NaN means no value
	names  []string    // legend, one per set; nil draws no legend
	format func(float64) string
}

const (
	legendH  = 24
	axisH    = 22
	hatchGap = 5
	noValue  = "—"
)

// fallbackSlack is the room, in percent of the Go font's width, kept for
// text: a browser without the Go font draws it in a fallback sans-serif,
// which measured up to about 10% wider.
const fallbackSlack = 115

func slack(w int) int { return w * fallbackSlack / 100 }

func barHeight(sets int) int {
	if sets == 1 {
		return 18
	}
	return 14
}

// autoHeight is the canvas height that gives every group a comfortable band.
func autoHeight(groups, sets int, legend bool) int {
	band := 12 + sets*barHeight(sets) + (sets-1)*2
	h := 2*pad + groups*band + axisH
	if legend {
		h += legendH
	}
	return h
}

func (c hbars) sets() int { return len(c.values[0]) }

func (c hbars) valueLabel(v float64) string {
	if math.IsNaN(v) {
		return noValue
	}
	return c.format(v)
}

// draw lays out and draws the chart on r.
func (c hbars) draw(r gochart.Renderer) {
	p := pen{r}
	p.background(c.w, c.h)
	top := pad
	if c.names != nil {
		top += legendH
	}
	bottom := c.h - pad - axisH
	ticks, labelW, x0, x1 := c.columns(p)
	ax := axis{lo: ticks[0], hi: ticks[len(ticks)-1], p0: x0, p1: x1}
	c.grid(p, ax, ticks, top, bottom)
	c.bars(p, ax, top, bottom)
	p.line(axisGrey, 1, nil, ax.pos(0), top, ax.pos(0), bottom)

	p.font(Font(), labelSize, ink)
	n := len(c.labels)
	for i, l := range c.labels {
		yc := top + (2*i+1)*(bottom-top)/(2*n)
		p.text(p.fit(l, labelW), x0-gap, baseline(yc, labelSize), right)
	}
	if c.names != nil {
		c.legend(p, x0)
	}
}

// columns measures the labels and splits the width into the label column
// (labelW wide), the plot [x0, x1] and room for value labels; it returns
// the value ticks that fit the plot.
func (c hbars) columns(p pen) (ticks []float64, labelW, x0, x1 int) {
	p.font(Font(), valueSize, ink)
	valueW, lo, hi, ints := p.width(noValue), 0.0, 0.0, true
	for _, g := range c.values {
		for _, v := range g {
			valueW = max(valueW, p.width(c.valueLabel(v)))
			if !math.IsNaN(v) {
				lo, hi, ints = math.Min(lo, v), math.Max(hi, v), ints && isInteger(v)
			}
		}
	}
	p.font(Font(), labelSize, ink)
	for _, l := range c.labels {
		labelW = max(labelW, p.width(l))
	}
	labelW = min(labelW, c.w*3/10)
	x1 = c.w - pad - slack(valueW) - gap
	if x0 := pad + slack(labelW) + gap; x1-x0 < c.w/3 { // narrow canvas: cut labels, not the plot
		labelW = max(c.w/10, (x1-c.w/3-pad-gap)*100/fallbackSlack)
	}
	x0 = pad + slack(labelW) + gap
	p.font(Font(), tickSize, inkSoft)
	return fitTicks(lo, hi, x1-x0, 6, ints, c.format, p.width), labelW, x0, x1
}

// grid draws the vertical grid lines and the tick labels under the plot.
func (c hbars) grid(p pen, ax axis, ticks []float64, top, bottom int) {
	for _, t := range ticks {
		x := ax.pos(t)
		p.line(gridGrey, 1, nil, x, top, x, bottom)
	}
	p.font(Font(), tickSize, inkSoft)
	for _, t := range ticks {
		s := c.format(t)
		x, w := ax.pos(t), p.width(s)
		switch y := bottom + gap + int(tickSize); { // keep the end labels on the canvas
		case x-w/2 < 0:
			p.text(s, 0, y, left)
		case x+w-w/2 > c.w:
			p.text(s, c.w, y, right)
		default:
			p.text(s, x, y, center)
		}
	}
}

// bars draws every bar and its value label.
func (c hbars) bars(p pen, ax axis, top, bottom int) {
	sets, n := c.sets(), len(c.values)
	// A caller-given Height may leave less room than the usual bar.
	bh := max(2, min(barHeight(sets), ((bottom-top)/n*3/4-(sets-1)*2)/sets))
	stack := sets*bh + (sets-1)*2
	zero := ax.pos(0)
	for i, g := range c.values {
		gy := top + i*(bottom-top)/n + ((bottom-top)/n-stack)/2
		for j, v := range g {
			y0 := gy + j*(bh+2)
			if !math.IsNaN(v) && v != 0 {
				end := ax.pos(v)
				if end == zero { // a tiny value still shows
					end += int(math.Copysign(1, v))
				}
				swatch(p, j, min(zero, end), y0, max(zero, end), y0+bh)
			}
			x := zero + gap/2
			if v > 0 {
				x = ax.pos(v) + gap/2
			}
			p.font(Font(), valueSize, ink)
			p.r.Text(c.valueLabel(v), x, baseline(y0+bh/2, valueSize))
		}
	}
}

// legend draws one swatch and name per set above the plot.
func (c hbars) legend(p pen, x int) {
	p.font(Font(), labelSize, ink)
	y := pad + 2
	for j, name := range c.names {
		swatch(p, j, x, y, x+18, y+12)
		p.r.Text(name, x+18+gap, baseline(y+6, labelSize))
		x += 18 + gap + p.width(name) + 3*gap
	}
}

// swatch fills a bar of set j: set 0 solid, set 1 outlined and hatched, so
// the sets differ by more than colour.
func swatch(p pen, set, x0, y0, x1, y1 int) {
	c := palette[set%len(palette)]
	if set%2 == 0 {
		p.rect(x0, y0, x1, y1, c)
		return
	}
	p.rect(x0, y0, x1, y1, white)
	hatch(p, c, x0, y0, x1, y1)
	p.outline(c, 1.5, [][2]int{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}})
}

// hatch draws "/" lines (x+y constant) clipped to the rectangle. The lines
// sit on a canvas-wide lattice so neighbouring bars line up.
func hatch(p pen, c drawing.Color, x0, y0, x1, y1 int) {
	if x1-x0 < 2 || y1-y0 < 2 {
		return
	}
	var segs [][2]int
	first := (x0 + y0 + hatchGap) / hatchGap * hatchGap
	for k := first; k < x1+y1; k += hatchGap {
		ax, bx := max(x0, k-y1), min(x1, k-y0)
		if ax >= bx {
			continue
		}
		segs = append(segs, [2]int{ax, k - ax}, [2]int{bx, k - bx})
	}
	p.segments(c, 1, segs)
}
