package pdf

import (
	"bytes"
	"os"
	"testing"
	"time"

	"github.com/golang/freetype/truetype"
	"github.com/tkpkd/tkpkd/generator/internal/golden"
	"github.com/wcharczuk/go-chart/v2"
	"golang.org/x/image/font/gofont/goregular"
)

var asOf = time.Date(2023, 12, 7, 0, 0, 0, 0, time.UTC)

func barChart(t testing.TB) Chart {
	f, err := truetype.Parse(goregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	return chart.BarChart{
		Title: "Anggaran per OPD (RKA, Rp miliar)", Width: 800, Height: 400, BarWidth: 90, Font: f,
		Background: chart.Style{Padding: chart.Box{Top: 40, Bottom: 60}},
		YAxis:      chart.YAxis{Range: &chart.ContinuousRange{Min: 0, Max: 2000}},
		Bars: []chart.Value{
			{Label: "Dinsos", Value: 1700}, {Label: "DPUPR", Value: 500}, {Label: "Dinkes", Value: 250},
		},
	}
}

func fixture(t testing.TB) *Document {
	src, err := os.ReadFile("testdata/fixture.md")
	if err != nil {
		t.Fatal(err)
	}
	return &Document{
		Title: "Ringkasan Rapat Koordinasi TKPKD – Uji", Subtitle: "Rapat Koordinasi, Serang",
		Publisher: "TKPKD Provinsi Banten", Subject: "Uji tata letak", Keywords: "kemiskinan, anggaran",
		DateLine: "Data per Kamis, 7 Desember 2023", AsOf: asOf,
		PageLabel: "Halaman %d dari %d",
		Markdown:  src, Charts: map[string]Chart{"bar": barChart(t)}, Origin: "testdata/fixture.md",
	}
}

func TestLayoutGolden(t *testing.T) {
	plan, err := Layout(fixture(t))
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/fixture.layout.golden", []byte(plan.Dump()))
}

func TestDeterministic(t *testing.T) {
	a, err := Render(fixture(t))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Render(fixture(t))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatalf("two renders differ (%d and %d bytes)", len(a), len(b))
	}
	writeOutput(t, "fixture.pdf", a)
}

// The cache key covers every input that reaches the bytes: a page label
// worded differently on any page (not only a sample page) is another brief.
func TestKeyCoversPageLabel(t *testing.T) {
	a := fixture(t)
	b := fixture(t)
	b.PageLabel = "Hlm. %d dari %d"
	ka, err := Key(a)
	if err != nil {
		t.Fatal(err)
	}
	kb, err := Key(b)
	if err != nil {
		t.Fatal(err)
	}
	if ka == kb {
		t.Errorf("two page labels give one cache key %s", ka)
	}
}
