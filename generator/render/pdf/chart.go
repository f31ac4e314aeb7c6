package pdf

import (
	"bytes"
	"fmt"
	"io"
	"math"

	"github.com/golang/freetype/truetype"
	"github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// Chart is anything that renders itself through a go-chart renderer: the
// chart specs of package generator/chart and go-chart's own chart types
// (through ChartFunc).
type Chart interface {
	Render(rp chart.RendererProvider, w io.Writer) error
}

// ChartFunc adapts a function to Chart, for charts built in code.
type ChartFunc func(rp chart.RendererProvider, w io.Writer) error

// Render calls f.
func (f ChartFunc) Render(rp chart.RendererProvider, w io.Writer) error { return f(rp, w) }

// recording is a chart.Renderer that records what go-chart draws, in
// pixels, so the layout knows the chart's size and the drawing step replays
// it as PDF vector paths scaled into the chart's box. Text is measured with
// the same Go font the PDF embeds, so labels fit as go-chart planned them.
type recording struct {
	width, height int
	dpi           float64
	st            penState
	ops           []op
	measure       func(text string, sizePt float64) float64 // mm at sizePt
	err           error                                     // the first text the font cannot draw
	origin        string
}

type penState struct {
	stroke, fill, font drawing.Color
	strokeWidth        float64
	dash               []float64
	fontSize           float64 // points at dpi
	rotation           float64 // radians, clockwise on screen
}

type opKind int

const (
	opMove opKind = iota
	opLine
	opQuad
	opClose
	opStroke
	opFill
	opFillStroke
	opCircle
	opText
)

type op struct {
	kind         opKind
	x, y, cx, cy float64
	r            float64
	text         string
	st           penState
}

func (r *recording) ResetStyle()                    { r.st = penState{fontSize: r.st.fontSize} }
func (r *recording) GetDPI() float64                { return r.dpi }
func (r *recording) SetDPI(dpi float64)             { r.dpi = dpi }
func (r *recording) SetClassName(string)            {}
func (r *recording) SetStrokeColor(c drawing.Color) { r.st.stroke = c }
func (r *recording) SetFillColor(c drawing.Color)   { r.st.fill = c }
func (r *recording) SetStrokeWidth(w float64)       { r.st.strokeWidth = w }
func (r *recording) SetStrokeDashArray(d []float64) { r.st.dash = append([]float64(nil), d...) }
func (r *recording) SetFont(*truetype.Font)         {}
func (r *recording) SetFontColor(c drawing.Color)   { r.st.font = c }
func (r *recording) SetFontSize(size float64)       { r.st.fontSize = size }
func (r *recording) SetTextRotation(rad float64)    { r.st.rotation = rad }
func (r *recording) ClearTextRotation()             { r.st.rotation = 0 }

func (r *recording) MoveTo(x, y int) { r.add(op{kind: opMove, x: float64(x), y: float64(y)}) }
func (r *recording) LineTo(x, y int) { r.add(op{kind: opLine, x: float64(x), y: float64(y)}) }
func (r *recording) QuadCurveTo(cx, cy, x, y int) {
	r.add(op{kind: opQuad, cx: float64(cx), cy: float64(cy), x: float64(x), y: float64(y)})
}
func (r *recording) Close()      { r.add(op{kind: opClose}) }
func (r *recording) Stroke()     { r.add(op{kind: opStroke, st: r.st}) }
func (r *recording) Fill()       { r.add(op{kind: opFill, st: r.st}) }
func (r *recording) FillStroke() { r.add(op{kind: opFillStroke, st: r.st}) }

// ArcTo draws the arc as short line segments: exact enough at print
// resolution, and it keeps go-chart's angle convention (y grows down).
func (r *recording) ArcTo(cx, cy int, rx, ry, start, delta float64) {
	n := int(math.Ceil(math.Abs(delta) / (math.Pi / 36)))
	if n < 1 {
		n = 1
	}
	for i := 0; i <= n; i++ {
		a := start + delta*float64(i)/float64(n)
		x := float64(cx) + rx*math.Cos(a)
		y := float64(cy) + ry*math.Sin(a)
		r.add(op{kind: opLine, x: x, y: y})
	}
}

func (r *recording) Circle(radius float64, x, y int) {
	r.add(op{kind: opCircle, x: float64(x), y: float64(y), r: radius, st: r.st})
}

func (r *recording) Text(body string, x, y int) {
	if r.err == nil {
		r.err = CheckText(body, r.origin)
	}
	r.add(op{kind: opText, x: float64(x), y: float64(y), text: body, st: r.st})
}

// MeasureText returns the size of body in pixels, as go-chart's own
// renderers do: width from the font's advances, height the font size.
func (r *recording) MeasureText(body string) chart.Box {
	px := r.st.fontSize * r.dpi / 72
	// The width of a string scales linearly with the font size, so measure
	// at px points and read the millimetres as pixels.
	w := r.measure(body, px) / (25.4 / 72)
	return chart.Box{Right: int(math.Ceil(w)), Bottom: int(math.Ceil(px))}
}

func (r *recording) Save(io.Writer) error { return nil }

func (r *recording) add(o op) { r.ops = append(r.ops, o) }

// record renders c into a recording; the measure function must use the
// document's fonts.
func record(c Chart, measure func(string, float64) float64, origin string) (rec *recording, err error) {
	defer func() {
		// go-chart panics on some degenerate data (series of unequal length).
		if p := recover(); p != nil {
			err = fmt.Errorf("%s: chart: %v", origin, p)
		}
	}()
	rp := func(w, h int) (chart.Renderer, error) {
		rec = &recording{width: w, height: h, dpi: chart.DefaultDPI, measure: measure, origin: origin}
		return rec, nil
	}
	var sink bytes.Buffer
	if err := c.Render(rp, &sink); err != nil {
		return nil, fmt.Errorf("%s: chart: %w", origin, err)
	}
	if rec == nil {
		return nil, fmt.Errorf("%s: chart drew nothing", origin)
	}
	if rec.err != nil {
		return nil, rec.err
	}
	return rec, nil
}
