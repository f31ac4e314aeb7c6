package pdf

import (
	"math"

	"github.com/jung-kurt/gofpdf"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// draw puts every item of the plan on the document, page by page. The plan
// already holds the header and footer, so gofpdf's own page-break and
// header machinery stays off.
func draw(p *gofpdf.Fpdf, plan *Plan) {
	page := 0
	for i := range plan.Items {
		it := &plan.Items[i]
		for page < it.Page {
			p.AddPage()
			page++
		}
		switch it.Kind {
		case KindText:
			p.SetFont(family, it.Font.Style, it.Font.Size)
			p.SetTextColor(it.Color.R, it.Color.G, it.Color.B)
			// Baseline as gofpdf's Cell places it: centred on the line box.
			p.Text(it.X, it.Y+it.H/2+0.3*it.Font.Size*ptMM, it.Text)
			if it.Link != "" {
				p.LinkString(it.X, it.Y, it.W, it.H, it.Link)
			}
		case KindRule:
			p.SetDrawColor(it.Color.R, it.Color.G, it.Color.B)
			p.SetLineWidth(it.LineWidth)
			p.Line(it.X, it.Y, it.X+it.W, it.Y+it.H)
		case KindBox:
			p.SetFillColor(it.Color.R, it.Color.G, it.Color.B)
			p.Rect(it.X, it.Y, it.W, it.H, "F")
		case KindBookmark:
			// gofpdf stores the title in the current font's encoding: a
			// UTF-8 font must be current or the outline shows mojibake.
			p.SetFont(family, regular, 10)
			p.Bookmark(it.Text, it.Level, it.Y)
		case KindChart:
			drawChart(p, it)
		}
	}
	for page < plan.Pages {
		p.AddPage()
		page++
	}
}

// drawChart replays a recorded chart, scaling pixels into the item's box.
// Path segments are held until the paint operation, so a path painted with
// transparent colours is never emitted at all.
func drawChart(p *gofpdf.Fpdf, it *Item) {
	rec := it.chart
	s := it.W / float64(rec.width)
	tx := func(x float64) float64 { return it.X + x*s }
	ty := func(y float64) float64 { return it.Y + y*s }
	var path []op
	for _, o := range rec.ops {
		switch o.kind {
		case opMove, opLine, opQuad, opClose:
			if o.kind == opLine && len(path) == 0 {
				o.kind = opMove
			}
			path = append(path, o)
		case opStroke, opFill, opFillStroke:
			if style := setPen(p, o.st, s, o.kind); style != "" && len(path) > 0 {
				for _, q := range path {
					switch q.kind {
					case opMove:
						p.MoveTo(tx(q.x), ty(q.y))
					case opLine:
						p.LineTo(tx(q.x), ty(q.y))
					case opQuad:
						p.CurveTo(tx(q.cx), ty(q.cy), tx(q.x), ty(q.y))
					case opClose:
						p.ClosePath()
					}
				}
				p.DrawPath(style)
			}
			path = path[:0]
		case opCircle:
			if style := setPen(p, o.st, s, o.kind); style != "" {
				p.Circle(tx(o.x), ty(o.y), o.r*s, style)
			}
		case opText:
			chartText(p, o, tx(o.x), ty(o.y), s, rec.dpi)
		}
	}
	p.SetDashPattern(nil, 0)
}

// setPen sets colours and line width and returns the gofpdf paint style,
// "" when both stroke and fill are transparent.
func setPen(p *gofpdf.Fpdf, st penState, s float64, k opKind) string {
	doStroke := k != opFill && st.stroke.A > 0
	doFill := k != opStroke && st.fill.A > 0
	if k == opCircle {
		doStroke, doFill = st.stroke.A > 0, st.fill.A > 0
	}
	if st.strokeWidth <= 0 {
		// go-chart leaves axes at width 0 and its SVG and PNG renderers
		// draw them one pixel wide; do the same.
		st.strokeWidth = 1
	}
	style := ""
	if doFill {
		r, g, b := flatten(st.fill)
		p.SetFillColor(r, g, b)
		style += "F"
	}
	if doStroke {
		r, g, b := flatten(st.stroke)
		p.SetDrawColor(r, g, b)
		p.SetLineWidth(st.strokeWidth * s)
		if len(st.dash) > 0 {
			d := make([]float64, len(st.dash))
			for i, v := range st.dash {
				d[i] = v * s
			}
			p.SetDashPattern(d, 0)
		} else {
			p.SetDashPattern(nil, 0)
		}
		style += "D"
	}
	return style
}

// flatten blends a translucent colour onto white paper, which looks the
// same in print and needs no transparency group in the PDF.
func flatten(c drawing.Color) (int, int, int) {
	a := float64(c.A) / 255
	mix := func(v uint8) int { return int(math.Round(255 - (255-float64(v))*a)) }
	return mix(c.R), mix(c.G), mix(c.B)
}

func chartText(p *gofpdf.Fpdf, o op, x, y, s, dpi float64) {
	px := o.st.fontSize * dpi / 72
	size := px * s / ptMM
	if size <= 0 {
		return
	}
	r, g, b := flatten(o.st.font)
	if o.st.font.A == 0 {
		r, g, b = 0, 0, 0
	}
	p.SetFont(family, regular, size)
	p.SetTextColor(r, g, b)
	if o.st.rotation != 0 {
		p.TransformBegin()
		p.TransformRotate(-o.st.rotation*180/math.Pi, x, y)
		p.Text(x, y, o.text)
		p.TransformEnd()
		return
	}
	p.Text(x, y, o.text)
}
