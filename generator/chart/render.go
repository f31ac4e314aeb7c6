package chart

import (
	"bytes"
	"fmt"
	"io"

	gochart "github.com/wcharczuk/go-chart/v2"
)

// drawer is a laid-out chart ready to draw on a renderer of its size.
type drawer interface {
	size() (w, h int)
	draw(r gochart.Renderer)
}

// render draws d through a renderer from rp and saves it to w. A panic in a
// renderer (go-chart's panic on bad input, a broken custom renderer) comes
// back as an error.
func render(id string, d drawer, rp gochart.RendererProvider, w io.Writer) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("chart %s: drawing: %v", id, p)
		}
	}()
	width, height := d.size()
	r, err := rp(width, height)
	if err != nil {
		return fmt.Errorf("chart %s: %w", id, err)
	}
	r.SetDPI(DPI)
	d.draw(r)
	if err := r.Save(w); err != nil {
		return fmt.Errorf("chart %s: %w", id, err)
	}
	return nil
}

// svg draws d with the package's SVG renderer.
func svg(id, title, desc string, d drawer) (out []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			out, err = nil, fmt.Errorf("chart %s: drawing: %v", id, p)
		}
	}()
	w, h := d.size()
	r := newSVG(id, title, desc, w, h)
	d.draw(r)
	var b bytes.Buffer
	b.Grow(r.b.Len() + 16)
	if err := r.Save(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func specError(id string, err error) error {
	if id == "" {
		id = "(no ID)"
	}
	return fmt.Errorf("chart %s: %w", id, err)
}

func orDefault(v, d int) int {
	if v > 0 {
		return v
	}
	return d
}

// defaultWidth suits a page column; the SVG scales down with max-width.
const defaultWidth = 800

func (c Bar) layout() hbars {
	vs := make([][]float64, len(c.Bars))
	labels := make([]string, len(c.Bars))
	for i, b := range c.Bars {
		vs[i], labels[i] = []float64{b.Value}, b.Label
	}
	w := orDefault(c.Width, defaultWidth)
	h := orDefault(c.Height, autoHeight(len(vs), 1, false))
	return hbars{w: w, h: h, labels: labels, values: vs, format: formatter(c.Format)}
}

func (c hbars) size() (int, int) { return c.w, c.h }

// Render draws the chart through a renderer from rp and saves it to w.
func (c Bar) Render(rp gochart.RendererProvider, w io.Writer) error {
	if err := c.check(); err != nil {
		return specError(c.ID, err)
	}
	return render(c.ID, c.layout(), rp, w)
}

// SVG returns the chart as an accessible SVG document.
func (c Bar) SVG() ([]byte, error) {
	if err := c.check(); err != nil {
		return nil, specError(c.ID, err)
	}
	return svg(c.ID, c.Title, c.Desc, c.layout())
}

func (c Paired) layout() hbars {
	vs := make([][]float64, len(c.Values))
	for i, p := range c.Values {
		vs[i] = []float64{p[0], p[1]}
	}
	w := orDefault(c.Width, defaultWidth)
	h := orDefault(c.Height, autoHeight(len(vs), 2, true))
	return hbars{w: w, h: h, labels: c.Groups, values: vs, names: c.Names[:], format: formatter(c.Format)}
}

// Render draws the chart through a renderer from rp and saves it to w.
func (c Paired) Render(rp gochart.RendererProvider, w io.Writer) error {
	if err := c.check(); err != nil {
		return specError(c.ID, err)
	}
	return render(c.ID, c.layout(), rp, w)
}

// SVG returns the chart as an accessible SVG document.
func (c Paired) SVG() ([]byte, error) {
	if err := c.check(); err != nil {
		return nil, specError(c.ID, err)
	}
	return svg(c.ID, c.Title, c.Desc, c.layout())
}
