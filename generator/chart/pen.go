package chart

import (
	"unicode/utf8"

	"github.com/golang/freetype/truetype"
	gochart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// Colours. Every ink colour has a contrast of at least 4.5:1 on white (WCAG
// AA for text), so it can colour labels as well as marks; the two bar sets
// and the line series also differ by fill pattern, dash and marker shape,
// not only by hue.
var (
	white    = drawing.Color{R: 0xff, G: 0xff, B: 0xff, A: 0xff}
	ink      = drawing.Color{R: 0x1a, G: 0x1a, B: 0x1a, A: 0xff} // labels
	inkSoft  = drawing.Color{R: 0x4d, G: 0x4d, B: 0x4d, A: 0xff} // ticks, breaks
	gridGrey = drawing.Color{R: 0xd9, G: 0xd9, B: 0xd9, A: 0xff} // decorative grid
	axisGrey = drawing.Color{R: 0x59, G: 0x59, B: 0x59, A: 0xff} // zero line

	// palette holds the series colours: navy, burnt orange, green, purple,
	// dark grey.
	palette = []drawing.Color{
		{R: 0x1f, G: 0x4e, B: 0x79, A: 0xff},
		{R: 0xa8, G: 0x46, B: 0x00, A: 0xff},
		{R: 0x2e, G: 0x6b, B: 0x30, A: 0xff},
		{R: 0x6a, G: 0x3d, B: 0x9a, A: 0xff},
		{R: 0x40, G: 0x40, B: 0x40, A: 0xff},
	}
)

// Font sizes in points (= pixels at DPI).
const (
	labelSize = 12.0
	tickSize  = 11.0
	valueSize = 11.0
	pad       = 10 // outer margin
	gap       = 6  // between a label and what it labels
)

const ellipsis = "…"

type align int

const (
	left align = iota
	center
	right
)

// pen wraps a renderer with the few shapes the charts need. Each method sets
// every style it depends on, so no state leaks from one shape to the next.
type pen struct{ r gochart.Renderer }

func (p pen) rect(x0, y0, x1, y1 int, fill drawing.Color) {
	p.poly(fill, [][2]int{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}})
}

// poly fills a closed polygon.
func (p pen) poly(fill drawing.Color, pts [][2]int) {
	p.r.SetFillColor(fill)
	p.r.MoveTo(pts[0][0], pts[0][1])
	for _, q := range pts[1:] {
		p.r.LineTo(q[0], q[1])
	}
	p.r.Close()
	p.r.Fill()
}

// outline strokes a closed polygon.
func (p pen) outline(c drawing.Color, width float64, pts [][2]int) {
	p.r.SetStrokeColor(c)
	p.r.SetStrokeWidth(width)
	p.r.SetStrokeDashArray(nil)
	p.r.MoveTo(pts[0][0], pts[0][1])
	for _, q := range pts[1:] {
		p.r.LineTo(q[0], q[1])
	}
	p.r.Close()
	p.r.Stroke()
}

// polyline strokes an open path; dash nil means solid.
func (p pen) polyline(c drawing.Color, width float64, dash []float64, pts [][2]int) {
	p.r.SetStrokeColor(c)
	p.r.SetStrokeWidth(width)
	p.r.SetStrokeDashArray(dash)
	p.r.MoveTo(pts[0][0], pts[0][1])
	for _, q := range pts[1:] {
		p.r.LineTo(q[0], q[1])
	}
	p.r.Stroke()
}

// segments strokes separate straight segments, given as point pairs, as one
// path.
func (p pen) segments(c drawing.Color, width float64, pts [][2]int) {
	if len(pts) < 2 {
		return
	}
	p.r.SetStrokeColor(c)
	p.r.SetStrokeWidth(width)
	p.r.SetStrokeDashArray(nil)
	for i := 0; i+1 < len(pts); i += 2 {
		p.r.MoveTo(pts[i][0], pts[i][1])
		p.r.LineTo(pts[i+1][0], pts[i+1][1])
	}
	p.r.Stroke()
}

func (p pen) line(c drawing.Color, width float64, dash []float64, x0, y0, x1, y1 int) {
	p.polyline(c, width, dash, [][2]int{{x0, y0}, {x1, y1}})
}

func (p pen) font(f *truetype.Font, size float64, c drawing.Color) {
	p.r.SetFont(f)
	p.r.SetFontSize(size)
	p.r.SetFontColor(c)
}

func (p pen) width(s string) int { return p.r.MeasureText(s).Width() }

// anchorer is implemented by renderers that can align text themselves. The
// SVG renderer does, so that a browser drawing the text in a fallback font
// (wider or narrower than Go) still keeps right-aligned labels clear of the
// bars and centred labels centred.
type anchorer interface {
	anchoredText(body string, x, y int, a align)
}

// text draws s with its baseline at y, aligned on x. The font must be set.
func (p pen) text(s string, x, y int, a align) {
	if ar, ok := p.r.(anchorer); ok && a != left {
		ar.anchoredText(s, x, y, a)
		return
	}
	switch a {
	case center:
		x -= p.width(s) / 2
	case right:
		x -= p.width(s)
	}
	p.r.Text(s, x, y)
}

// fit shortens s with "…" until it is at most w pixels wide in the current
// font. It never returns less than the first rune and the ellipsis.
func (p pen) fit(s string, w int) string {
	if p.width(s) <= w {
		return s
	}
	rs := []rune(s)
	lo, hi := 1, len(rs) // the longest fitting prefix length is in [lo, hi)
	for lo+1 < hi {
		mid := (lo + hi) / 2
		if p.width(string(rs[:mid])+ellipsis) <= w {
			lo = mid
		} else {
			hi = mid
		}
	}
	cut := string(rs[:lo])
	for len(cut) > 0 && cut[len(cut)-1] == ' ' {
		cut = cut[:len(cut)-1]
	}
	if cut == "" {
		_, n := utf8.DecodeRuneInString(s)
		cut = s[:n]
	}
	return cut + ellipsis
}

// baseline returns the baseline that centres text of the current size on y:
// Go's cap height is about 0.7 em.
func baseline(y int, size float64) int { return y + int(size*0.35+0.5) }

// background paints the canvas white, so the contrast holds on dark pages.
func (p pen) background(w, h int) {
	p.r.ResetStyle()
	p.rect(0, 0, w, h, white)
}
