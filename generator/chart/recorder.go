package chart

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/golang/freetype/truetype"
	gochart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"
)

// Recorder is a chart.Renderer that records every drawing call as one line
// of text, such as "MoveTo 10 20" or `Text 5 30 "Dinsos"`. Tests use it to
// check layouts without pixels, and another renderer (the PDF one) can be
// checked against the same call stream. MeasureText answers with Measure,
// so layouts match the SVG renderer's; measurements are not recorded.
type Recorder struct {
	W, H  int
	Lines []string

	dpi  float64
	font *truetype.Font
	size float64
}

var _ gochart.Renderer = (*Recorder)(nil)

// Record is a chart.RendererProvider for a Recorder. Save writes the
// recorded lines, so Render(Record, w) writes the call stream to w.
func Record(w, h int) (gochart.Renderer, error) {
	return &Recorder{W: w, H: h, Lines: []string{fmt.Sprintf("Canvas %d %d", w, h)}, dpi: DPI, font: Font(), size: labelSize}, nil
}

func (r *Recorder) add(format string, args ...any) {
	r.Lines = append(r.Lines, fmt.Sprintf(format, args...))
}

func colourString(c drawing.Color) string {
	return fmt.Sprintf("#%02x%02x%02x%02x", c.R, c.G, c.B, c.A)
}

func floats(vs []float64) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = num(v)
	}
	return strings.Join(parts, " ")
}

// fontName is the font's full name, e.g. "Go Regular".
func fontName(f *truetype.Font) string {
	if f == nil {
		return "nil"
	}
	return f.Name(truetype.NameIDFontFullName)
}

func (r *Recorder) ResetStyle()                     { r.add("ResetStyle") }
func (r *Recorder) GetDPI() float64                 { return r.dpi }
func (r *Recorder) SetDPI(dpi float64)              { r.dpi = dpi; r.add("SetDPI %s", num(dpi)) }
func (r *Recorder) SetClassName(name string)        { r.add("SetClassName %q", name) }
func (r *Recorder) SetStrokeColor(c drawing.Color)  { r.add("SetStrokeColor %s", colourString(c)) }
func (r *Recorder) SetFillColor(c drawing.Color)    { r.add("SetFillColor %s", colourString(c)) }
func (r *Recorder) SetStrokeWidth(w float64)        { r.add("SetStrokeWidth %s", num(w)) }
func (r *Recorder) SetStrokeDashArray(d []float64)  { r.add("SetStrokeDashArray [%s]", floats(d)) }
func (r *Recorder) MoveTo(x, y int)                 { r.add("MoveTo %d %d", x, y) }
func (r *Recorder) LineTo(x, y int)                 { r.add("LineTo %d %d", x, y) }
func (r *Recorder) QuadCurveTo(cx, cy, x, y int)    { r.add("QuadCurveTo %d %d %d %d", cx, cy, x, y) }
func (r *Recorder) Close()                          { r.add("Close") }
func (r *Recorder) Stroke()                         { r.add("Stroke") }
func (r *Recorder) Fill()                           { r.add("Fill") }
func (r *Recorder) FillStroke()                     { r.add("FillStroke") }
func (r *Recorder) Circle(radius float64, x, y int) { r.add("Circle %s %d %d", num(radius), x, y) }
func (r *Recorder) SetFont(f *truetype.Font)        { r.font = f; r.add("SetFont %s", fontName(f)) }
func (r *Recorder) SetFontColor(c drawing.Color)    { r.add("SetFontColor %s", colourString(c)) }
func (r *Recorder) SetFontSize(size float64)        { r.size = size; r.add("SetFontSize %s", num(size)) }
func (r *Recorder) Text(body string, x, y int)      { r.add("Text %d %d %s", x, y, strconv.Quote(body)) }
func (r *Recorder) SetTextRotation(radians float64) { r.add("SetTextRotation %s", num(radians)) }
func (r *Recorder) ClearTextRotation()              { r.add("ClearTextRotation") }

func (r *Recorder) ArcTo(cx, cy int, rx, ry, start, delta float64) {
	r.add("ArcTo %d %d %s %s %s %s", cx, cy, num(rx), num(ry), num(start), num(delta))
}

// MeasureText measures body in the current font, size and DPI.
func (r *Recorder) MeasureText(body string) gochart.Box {
	return Measure(r.font, r.size, r.dpi, body)
}

// Save writes the recorded lines, one per line.
func (r *Recorder) Save(w io.Writer) error {
	_, err := io.WriteString(w, strings.Join(r.Lines, "\n")+"\n")
	return err
}
