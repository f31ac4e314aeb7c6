package chart

import (
	"bytes"
	"encoding/xml"
	"io"
	"math"
	"strconv"

	"github.com/golang/freetype/truetype"
	gochart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// svgRenderer is a chart.Renderer that writes a standalone, accessible SVG
// document. Unlike go-chart's own SVG writer it escapes all text, measures
// with one cached face per font size, and writes presentation attributes
// rather than CSS, so the output needs no stylesheet and no script.
type svgRenderer struct {
	b   bytes.Buffer
	d   []byte // path data under construction
	dpi float64

	fill, stroke, fontColor drawing.Color
	strokeWidth             float64
	dash                    []float64
	font                    *truetype.Font
	fontSize                float64
}

var _ gochart.Renderer = (*svgRenderer)(nil)

// newSVG starts a document of w × h pixels whose accessible name and
// description are title and desc, referenced through ids derived from id.
func newSVG(id, title, desc string, w, h int) *svgRenderer {
	r := &svgRenderer{dpi: DPI}
	r.ResetStyle()
	ws, hs := strconv.Itoa(w), strconv.Itoa(h)
	r.b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="`)
	r.b.WriteString(id + `-t ` + id + `-d" viewBox="0 0 ` + ws + ` ` + hs + `" width="` + ws + `" height="` + hs)
	r.b.WriteString(`" style="max-width:100%;height:auto" font-family="Go, sans-serif">` + "\n")
	r.b.WriteString(`<title id="` + id + `-t">`)
	escape(&r.b, title)
	r.b.WriteString("</title>\n" + `<desc id="` + id + `-d">`)
	escape(&r.b, desc)
	r.b.WriteString("</desc>\n")
	return r
}

func escape(b *bytes.Buffer, s string) {
	xml.EscapeText(b, []byte(s)) // never fails on a bytes.Buffer
}

// num formats a coordinate or size with at most two decimals, so output is
// short and the same on every platform.
func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func round2(v float64) float64 {
	return float64(int64(v*100+0.5*sign(v))) / 100
}

func sign(v float64) float64 {
	if v < 0 {
		return -1
	}
	return 1
}

// colour writes name="#rrggbb" and, for translucent colours, an opacity.
func (r *svgRenderer) colour(name string, c drawing.Color) {
	if c.IsZero() || c.A == 0 {
		r.b.WriteString(" " + name + `="none"`)
		return
	}
	const hex = "0123456789abcdef"
	r.b.WriteString(" " + name + `="#`)
	for _, v := range []uint8{c.R, c.G, c.B} {
		r.b.WriteByte(hex[v>>4])
		r.b.WriteByte(hex[v&15])
	}
	r.b.WriteByte('"')
	if c.A != 0xff {
		r.b.WriteString(" " + name + `-opacity="` + num(round2(float64(c.A)/255)) + `"`)
	}
}

func (r *svgRenderer) ResetStyle() {
	r.fill, r.stroke, r.fontColor = drawing.Color{}, drawing.Color{}, drawing.Color{}
	r.strokeWidth, r.dash = 0, nil
	r.font, r.fontSize = Font(), labelSize
}

func (r *svgRenderer) GetDPI() float64                 { return r.dpi }
func (r *svgRenderer) SetDPI(dpi float64)              { r.dpi = dpi }
func (r *svgRenderer) SetClassName(string)             {} // no CSS: nothing to name
func (r *svgRenderer) SetStrokeColor(c drawing.Color)  { r.stroke = c }
func (r *svgRenderer) SetFillColor(c drawing.Color)    { r.fill = c }
func (r *svgRenderer) SetStrokeWidth(w float64)        { r.strokeWidth = w }
func (r *svgRenderer) SetStrokeDashArray(d []float64)  { r.dash = d }
func (r *svgRenderer) SetFont(f *truetype.Font)        { r.font = f }
func (r *svgRenderer) SetFontColor(c drawing.Color)    { r.fontColor = c }
func (r *svgRenderer) SetFontSize(size float64)        { r.fontSize = size }
func (r *svgRenderer) SetTextRotation(radians float64) {} // the charts never rotate text
func (r *svgRenderer) ClearTextRotation()              {}

func (r *svgRenderer) point(cmd byte, xys ...int) {
	r.d = append(r.d, cmd)
	for i, v := range xys {
		if i > 0 {
			r.d = append(r.d, ' ')
		}
		r.d = strconv.AppendInt(r.d, int64(v), 10)
	}
}

func (r *svgRenderer) MoveTo(x, y int)              { r.point('M', x, y) }
func (r *svgRenderer) LineTo(x, y int)              { r.point('L', x, y) }
func (r *svgRenderer) QuadCurveTo(cx, cy, x, y int) { r.point('Q', cx, cy, x, y) }
func (r *svgRenderer) Close()                       { r.point('Z') }

// ArcTo is not used by this package's charts; it is approximated by a
// straight line to the arc's end so the renderer stays total.
func (r *svgRenderer) ArcTo(cx, cy int, rx, ry, start, delta float64) {
	end := start + delta
	r.point('L', cx+int(math.Round(rx*math.Cos(end))), cy+int(math.Round(ry*math.Sin(end))))
}

func (r *svgRenderer) Stroke()     { r.path(false, true) }
func (r *svgRenderer) Fill()       { r.path(true, false) }
func (r *svgRenderer) FillStroke() { r.path(true, true) }

func (r *svgRenderer) path(fill, stroke bool) {
	if len(r.d) == 0 {
		return
	}
	r.b.WriteString(`<path d="`)
	r.b.Write(r.d)
	r.b.WriteByte('"')
	r.d = r.d[:0]
	r.paint(fill, stroke)
	r.b.WriteString("/>\n")
}

// paint writes the fill and stroke attributes of a shape.
func (r *svgRenderer) paint(fill, stroke bool) {
	if fill {
		r.colour("fill", r.fill)
	} else {
		r.b.WriteString(` fill="none"`)
	}
	if !stroke || r.strokeWidth <= 0 {
		return
	}
	r.colour("stroke", r.stroke)
	r.b.WriteString(` stroke-width="` + num(round2(r.strokeWidth)) + `"`)
	if len(r.dash) > 0 {
		r.b.WriteString(` stroke-dasharray="`)
		for i, v := range r.dash {
			if i > 0 {
				r.b.WriteByte(' ')
			}
			r.b.WriteString(num(round2(v)))
		}
		r.b.WriteByte('"')
	}
}

// Circle draws a filled and stroked circle, as go-chart's SVG writer does.
func (r *svgRenderer) Circle(radius float64, x, y int) {
	r.b.WriteString(`<circle cx="` + strconv.Itoa(x) + `" cy="` + strconv.Itoa(y) + `" r="` + num(round2(radius)) + `"`)
	r.paint(true, true)
	r.b.WriteString("/>\n")
}

// Text writes body with its baseline at y, escaped.
func (r *svgRenderer) Text(body string, x, y int) { r.anchoredText(body, x, y, left) }

// anchoredText writes body anchored on x by its start, middle or end.
func (r *svgRenderer) anchoredText(body string, x, y int, a align) {
	r.b.WriteString(`<text x="` + strconv.Itoa(x) + `" y="` + strconv.Itoa(y) + `"`)
	switch a {
	case center:
		r.b.WriteString(` text-anchor="middle"`)
	case right:
		r.b.WriteString(` text-anchor="end"`)
	}
	r.b.WriteString(` font-size="`)
	r.b.WriteString(num(round2(drawing.PointsToPixels(r.dpi, r.fontSize))) + `"`)
	if r.font == BoldFont() {
		r.b.WriteString(` font-weight="bold"`)
	}
	r.colour("fill", r.fontColor)
	r.b.WriteByte('>')
	escape(&r.b, body)
	r.b.WriteString("</text>\n")
}

// MeasureText measures with the shared face cache.
func (r *svgRenderer) MeasureText(body string) gochart.Box {
	return Measure(r.font, r.fontSize, r.dpi, body)
}

// Save closes the document and writes it.
func (r *svgRenderer) Save(w io.Writer) error {
	r.b.WriteString("</svg>\n")
	_, err := w.Write(r.b.Bytes())
	return err
}
