// Package chart draws the report's charts: horizontal bars (allocations by
// agency or strategy), paired bars (one year against another) and lines
// (indicators over time).
//
// A chart is a plain data spec (Bar, Paired, Line) that knows nothing about
// HTML, PDF or the content model. Each spec lays itself out and draws through
// a go-chart chart.Renderer, so the same drawing serves every output:
//
//   - SVG returns an accessible, well-formed SVG document produced by this
//     package's own renderer (escaped text, <title>/<desc>, role="img").
//   - Render draws through any chart.RendererProvider: go-chart's chart.PNG or
//     chart.SVG, the Recorder, or the gofpdf-backed renderer of render/pdf.
//   - Size gives the canvas size before drawing (to reserve room on a page)
//     and Table the same data as text, formatted as in the chart.
//
// The layout is done here rather than by go-chart's BarChart and Chart types:
// those do not start bars at zero, drop x labels that do not fit, have no
// value labels, no grouped bars and no horizontal bars (see LIBRARIES.md §4).
//
// Coordinates are whole pixels at DPI (72), so one font point is one pixel.
// Drawing uses only this subset of chart.Renderer, which is all a new
// renderer has to support: ResetStyle, SetDPI, GetDPI, SetFillColor,
// SetStrokeColor, SetStrokeWidth, SetStrokeDashArray, MoveTo, LineTo, Close,
// Fill, Stroke, FillStroke, SetFont, SetFontSize, SetFontColor, Text (y is the
// baseline), MeasureText and Save. Paths are always closed by one of Fill,
// Stroke or FillStroke, and every style is set before the shape that uses it.
//
// Charts should have at most about 12 bars or groups, with short labels
// (agency short names): longer labels are cut with "…". The caller shows the
// same data as a table next to the chart.
package chart
