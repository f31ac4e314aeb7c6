package chart

import (
	"bytes"
	"fmt"
	"image/png"
	"io"
	"math"
	"reflect"
	"strings"
	"sync"
	"testing"

	gochart "github.com/wcharczuk/go-chart/v2"
	"github.com/wcharczuk/go-chart/v2/drawing"

	"github.com/tkpkd/tkpkd/generator/internal/golden"
)

func TestNiceTicks(t *testing.T) {
	t.Parallel()
	tests := []struct {
		lo, hi  float64
		n       int
		integer bool
		want    []float64
	}{
		{0, 1.2e12, 6, true, []float64{0, 2e11, 4e11, 6e11, 8e11, 1e12, 1.2e12}},
		{0, 10.29, 5, false, []float64{0, 2, 4, 6, 8, 10, 12}},
		{0, 0, 5, true, []float64{0, 1}},
		{5, 5, 5, true, []float64{0, 1, 2, 3, 4, 5}}, // one bar: zero-based, no zero range
		{0, 3, 10, true, []float64{0, 1, 2, 3}},      // integer data: no 0,5 steps
		{0, 0.3, 3, false, []float64{0, 0.1, 0.2, 0.3}},
		{-25, 40, 4, true, []float64{-40, -20, 0, 20, 40}},
		{2, 7, 5, false, []float64{0, 1, 2, 3, 4, 5, 6, 7}},
	}
	for _, tc := range tests {
		got := niceTicks(tc.lo, tc.hi, tc.n, tc.integer)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("niceTicks(%v, %v, %d, %v) = %v; want %v", tc.lo, tc.hi, tc.n, tc.integer, got, tc.want)
		}
	}
}

func TestSpecErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		c    interface{ SVG() ([]byte, error) }
		want string
	}{
		{"no bars", Bar{ID: "a"}, "chart a: no bars"},
		{"no ID", Bar{Bars: []Value{{"x", 1}}}, "chart (no ID): missing ID"},
		{"bad ID", Bar{ID: "a b", Bars: []Value{{"x", 1}}}, `chart a b: ID "a b": use a letter`},
		{"NaN bar", Bar{ID: "a", Bars: []Value{{"x", math.NaN()}}}, `chart a: bar 0 ("x"): value is NaN`},
		{"no groups", Paired{ID: "p"}, "chart p: no groups"},
		{"groups and values", Paired{ID: "p", Groups: []string{"a"}}, "chart p: 1 groups but 0 value pairs"},
		{"no series", Line{ID: "l"}, "chart l: no series"},
		{"lengths", Line{ID: "l", Series: []Series{{Name: "s", X: []float64{1, 2}, Y: []float64{1}}}},
			`chart l: series 0 ("s"): 2 x values but 1 y values`},
		{"all missing", Line{ID: "l", Series: []Series{{Name: "s", X: []float64{1}, Y: []float64{math.NaN()}}}},
			"chart l: no data points"},
		{"infinite", Line{ID: "l", Series: []Series{{Name: "s", X: []float64{1}, Y: []float64{math.Inf(1)}}}},
			`chart l: series 0 ("s") y[0]: value is +Inf`},
	}
	for _, tc := range tests {
		_, err := tc.c.SVG()
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: err = %v; want prefix %q", tc.name, err, tc.want)
		}
	}
}

// TestRenderErrors checks that Render validates and recovers from a
// renderer that panics.
func TestRenderErrors(t *testing.T) {
	t.Parallel()
	var b bytes.Buffer
	if err := (Line{ID: "l"}).Render(Record, &b); err == nil || b.Len() != 0 {
		t.Errorf("empty line: err = %v, wrote %d bytes; want an error and nothing", err, b.Len())
	}
	panicky := func(w, h int) (gochart.Renderer, error) { return panicRenderer{}, nil }
	err := agencyBar.Render(panicky, &b)
	if err == nil || !strings.Contains(err.Error(), "drawing: boom") {
		t.Errorf("panicking renderer: err = %v; want drawing: boom", err)
	}
}

type panicRenderer struct{ gochart.Renderer }

func (panicRenderer) SetDPI(float64) { panic("boom") }

// TestRecorderGolden pins the call stream other renderers are built against.
func TestRecorderGolden(t *testing.T) {
	t.Parallel()
	for name, c := range map[string]interface {
		Render(gochart.RendererProvider, io.Writer) error
	}{"bar": agencyBar, "paired": yearPaired, "line": povertyLine} {
		var b bytes.Buffer
		if err := c.Render(Record, &b); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		golden.Check(t, "testdata/"+name+".calls", b.Bytes())
	}
}

// TestGoChartRenderers draws through go-chart's own PNG and SVG renderers.
func TestGoChartRenderers(t *testing.T) {
	t.Parallel()
	charts := map[string]interface {
		Render(gochart.RendererProvider, io.Writer) error
	}{"bar": agencyBar, "paired": yearPaired, "line": povertyLine}
	for name, c := range charts {
		var b bytes.Buffer
		if err := c.Render(gochart.PNG, &b); err != nil {
			t.Fatalf("%s PNG: %v", name, err)
		}
		img, err := png.Decode(&b)
		if err != nil {
			t.Fatalf("%s PNG: %v", name, err)
		}
		if w := img.Bounds().Dx(); w != defaultWidth {
			t.Errorf("%s PNG width = %d; want %d", name, w, defaultWidth)
		}
		b.Reset()
		if err := c.Render(gochart.SVG, &b); err != nil {
			t.Fatalf("%s go-chart SVG: %v", name, err)
		}
		if !bytes.HasPrefix(b.Bytes(), []byte("<svg")) {
			t.Errorf("%s go-chart SVG starts %q", name, b.Bytes()[:min(b.Len(), 20)])
		}
	}
}

// TestConcurrent renders charts from many goroutines; run with -race.
func TestConcurrent(t *testing.T) {
	want := svgCharts(t)
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := renderAll()
			if err != nil {
				errs <- err.Error()
			}
			for name, b := range got {
				if !bytes.Equal(b, want[name]) {
					errs <- name
				}
			}
			var png bytes.Buffer
			if err := povertyLine.Render(gochart.PNG, &png); err != nil {
				errs <- err.Error()
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("concurrent render differs or fails: %s", e)
	}
}

// contrast returns the WCAG contrast ratio of c against white.
func contrast(c drawing.Color) float64 {
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	l := 0.2126*lin(c.R) + 0.7152*lin(c.G) + 0.0722*lin(c.B)
	return 1.05 / (l + 0.05)
}

func TestContrast(t *testing.T) {
	t.Parallel()
	inks := append([]drawing.Color{ink, inkSoft, axisGrey}, palette...)
	for _, c := range inks {
		if r := contrast(c); r < 4.5 {
			t.Errorf("colour %s has contrast %.2f on white; want >= 4.5", colourString(c), r)
		}
	}
}

func TestFit(t *testing.T) {
	t.Parallel()
	r, _ := Record(100, 100)
	p := pen{r}
	p.font(Font(), labelSize, ink)
	long := "Dinas Perumahan Rakyat dan Kawasan Permukiman"
	got := p.fit(long, 120)
	if !strings.HasSuffix(got, ellipsis) || p.width(got) > 120 || !strings.HasPrefix(long, strings.TrimSuffix(got, ellipsis)) {
		t.Errorf("fit(%q, 120) = %q (width %d)", long, got, p.width(got))
	}
	if got := p.fit("Dinsos", 120); got != "Dinsos" {
		t.Errorf("fit(Dinsos) = %q; want it unchanged", got)
	}
	if got := p.fit("Ékonomi", 1); got != "É"+ellipsis {
		t.Errorf("fit(Ékonomi, 1) = %q; want É…", got)
	}
}

func TestTable(t *testing.T) {
	t.Parallel()
	got := povertyLine.Table()
	if want := []string{"", "Banten", "Kab. Lebak"}; !reflect.DeepEqual(got.Head, want) {
		t.Errorf("line head = %q; want %q", got.Head, want)
	}
	if len(got.Rows) != 7 {
		t.Fatalf("line rows = %d; want 7", len(got.Rows))
	}
	if want := []string{"2022", "6,2%", "—"}; !reflect.DeepEqual(got.Rows[4], want) {
		t.Errorf("line row 2022 = %q; want %q", got.Rows[4], want)
	}
	p := yearPaired.Table()
	if want := []string{"Mengurangi kantong kemiskinan", "—", "Rp250 miliar"}; !reflect.DeepEqual(p.Rows[2], want) {
		t.Errorf("paired row 2 = %q; want %q", p.Rows[2], want)
	}
	b := agencyBar.Table()
	if want := []string{"Dinsos", "Rp1,2 triliun"}; !reflect.DeepEqual(b.Rows[0], want) {
		t.Errorf("bar row 0 = %q; want %q", b.Rows[0], want)
	}
}

// TestSize checks that Size matches the canvas the chart is drawn on.
func TestSize(t *testing.T) {
	t.Parallel()
	for _, c := range []Chart{agencyBar, yearPaired, povertyLine, Bar{ID: "x", Bars: agencyBar.Bars, Width: 400, Height: 90}} {
		w, h := c.Size()
		var b bytes.Buffer
		if err := c.Render(Record, &b); err != nil {
			t.Fatal(err)
		}
		first, _, _ := strings.Cut(b.String(), "\n")
		if want := fmt.Sprintf("Canvas %d %d", w, h); first != want {
			t.Errorf("drawn on %q; Size says %q", first, want)
		}
	}
}

// TestZeroBased checks that bar and line value axes start at zero even when
// the data do not come near it.
func TestZeroBased(t *testing.T) {
	t.Parallel()
	tests := []struct {
		c    Chart
		zero string
	}{{oneBar, ">Rp0</text>"}, {povertyLine, ">0,0%</text>"}, {zeroBar, ">Rp0</text>"}}
	for _, tc := range tests {
		b, err := tc.c.SVG()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(b, []byte(tc.zero)) {
			t.Errorf("%T: no zero tick label %s", tc.c, tc.zero)
		}
	}
}

// TestCrowdedYears checks that x labels that would overlap are skipped.
func TestCrowdedYears(t *testing.T) {
	t.Parallel()
	c := Line{ID: "panjang", Width: 400, Series: []Series{{Name: "a"}}}
	for y := 1995.0; y <= 2024; y++ {
		c.Series[0].X = append(c.Series[0].X, y)
		c.Series[0].Y = append(c.Series[0].Y, y-1990)
		c.XTicks = append(c.XTicks, Tick{y, FormatNumber(y)})
	}
	r, _ := Record(c.Size())
	c.layout().draw(r)
	var lefts, rights []int
	for _, l := range r.(*Recorder).Lines {
		var x, y int
		var s string
		if n, _ := fmt.Sscanf(l, "Text %d %d %q", &x, &y, &s); n == 3 && len(s) == 4 { // years; y labels are 1-2 digits
			lefts, rights = append(lefts, x), append(rights, x+Measure(nil, tickSize, DPI, s).Width())
		}
	}
	if len(lefts) < 5 || len(lefts) >= 30 {
		t.Fatalf("drew %d year labels; want some but fewer than 30", len(lefts))
	}
	for i := 1; i < len(lefts); i++ {
		if lefts[i] < rights[i-1] {
			t.Errorf("year labels %d and %d overlap: %d < %d", i-1, i, lefts[i], rights[i-1])
		}
	}
}
