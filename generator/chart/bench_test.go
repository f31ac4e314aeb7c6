package chart

import (
	"io"
	"testing"

	gochart "github.com/wcharczuk/go-chart/v2"
)

// The *GoChartWriter benchmarks draw the same layout through go-chart's own
// SVG writer; the *GoChartNative ones build the nearest go-chart chart type,
// the baseline measured in LIBRARIES.md. Run with:
//
//	go test ./generator/chart -run '^$' -bench . -benchmem

func BenchmarkBarSVG(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := agencyBar.SVG(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBarGoChartWriter(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if err := agencyBar.Render(gochart.SVG, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBarGoChartNative(b *testing.B) {
	bars := make([]gochart.Value, len(agencyBar.Bars))
	for i, v := range agencyBar.Bars {
		bars[i] = gochart.Value{Label: v.Label, Value: v.Value}
	}
	ticks := []gochart.Tick{}
	for _, v := range niceTicks(0, 1.2e12, 6, true) {
		ticks = append(ticks, gochart.Tick{Value: v, Label: rupiah(v)})
	}
	c := gochart.BarChart{Width: 800, Height: 420, BarWidth: 60, Font: Font(), Bars: bars,
		Background: gochart.Style{Padding: gochart.Box{Top: 50, Bottom: 70}},
		YAxis:      gochart.YAxis{Range: &gochart.ContinuousRange{Min: 0, Max: 1.2e12}, Ticks: ticks}}
	b.ReportAllocs()
	for b.Loop() {
		if err := c.Render(gochart.SVG, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPairedSVG(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := yearPaired.SVG(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLineSVG(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := povertyLine.SVG(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLineGoChartWriter(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if err := povertyLine.Render(gochart.SVG, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLineGoChartNative(b *testing.B) {
	var series []gochart.Series
	for _, s := range povertyLine.Series {
		x, y := []float64{}, []float64{}
		for i := range s.X {
			if s.Y[i] == s.Y[i] { // go-chart cannot draw gaps: drop NaN
				x, y = append(x, s.X[i]), append(y, s.Y[i])
			}
		}
		series = append(series, gochart.ContinuousSeries{Name: s.Name, XValues: x, YValues: y})
	}
	ticks := []gochart.Tick{}
	for _, t := range povertyLine.XTicks {
		ticks = append(ticks, gochart.Tick{Value: t.Value, Label: t.Label})
	}
	c := gochart.Chart{Width: 800, Height: 360, Font: Font(), Series: series,
		XAxis: gochart.XAxis{Ticks: ticks},
		YAxis: gochart.YAxis{Range: &gochart.ContinuousRange{Min: 0, Max: 12}}}
	b.ReportAllocs()
	for b.Loop() {
		if err := c.Render(gochart.SVG, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBarRecorder(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if err := agencyBar.Render(Record, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
