package build_test

import (
	"context"
	"fmt"
	"github.com/tkpkd/tkpkd/generator/load"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tkpkd/tkpkd/generator/build"
	"github.com/tkpkd/tkpkd/generator/chart"
	"github.com/tkpkd/tkpkd/generator/i18n"
	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/render"
	"github.com/tkpkd/tkpkd/generator/render/data"
	"github.com/tkpkd/tkpkd/generator/render/html"
	"github.com/tkpkd/tkpkd/generator/render/pdf"
	"github.com/tkpkd/tkpkd/generator/synth"
	"github.com/tkpkd/tkpkd/templates"
)

// The stage benchmarks run on synthetic content: the province size by
// default, or the size in TKPKD_BENCH_SIZE (national, x10). scripts/bench.sh
// (make bench) runs them with the whole-build figures:
//
//	go test ./generator/build -run '^$' -bench . -benchmem
//	TKPKD_BENCH_SIZE=national go test ./generator/build -run '^$' -bench 'Pages|Briefs' -benchtime 1x -cpuprofile cpu.out

func benchSize() string {
	if s := os.Getenv("TKPKD_BENCH_SIZE"); s != "" {
		return s
	}
	return "province"
}

// benchContent generates the benchmark's content. TKPKD_BENCH_PROVINCES
// (e.g. "31,32,33") keeps only those provinces of the size, for points of
// the cost curve between province and national.
func benchContent(b *testing.B) string {
	b.Helper()
	size, err := synth.ParseSize(benchSize())
	if err != nil {
		b.Fatal(err)
	}
	if p := os.Getenv("TKPKD_BENCH_PROVINCES"); p != "" {
		size.Provinces = strings.Split(p, ",")
	}
	dir := filepath.Join(b.TempDir(), "content")
	if _, err := synth.Generate(dir, synth.Options{Size: size, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	return dir
}

// benchSite loads and checks synthetic content once for a benchmark.
func benchSite(b *testing.B) (*model.Site, string) {
	b.Helper()
	dir := benchContent(b)
	checked := build.Check(dir)
	if checked.Problems.HasErrors() {
		b.Fatalf("the synthetic content does not check: %v", checked.Problems)
	}
	return checked.Site, dir
}

func catalog(b *testing.B) *i18n.Catalog {
	b.Helper()
	cat, err := i18n.Load(sub(b, "i18n"), load.Strings)
	if err != nil {
		b.Fatal(err)
	}
	return cat
}

func sub(b *testing.B, dir string) fs.FS {
	b.Helper()
	s, err := fs.Sub(templates.Defaults, dir)
	if err != nil {
		b.Fatal(err)
	}
	return s
}

func contentBytes(b *testing.B, dir string) int64 {
	var n int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			info, ierr := d.Info()
			if ierr != nil {
				return ierr
			}
			n += info.Size()
		}
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	return n
}

// BenchmarkLoadCheck reads and checks the content; MB/s is its throughput.
func BenchmarkLoadCheck(b *testing.B) {
	dir := benchContent(b)
	b.SetBytes(contentBytes(b, dir))
	b.ReportAllocs()
	for b.Loop() {
		if build.Check(dir).Problems.HasErrors() {
			b.Fatal("the synthetic content does not check")
		}
	}
}

// BenchmarkPages renders every HTML page of the site, both languages;
// ms/page is the figure the issue sets a target for (<= 1 ms).
func BenchmarkPages(b *testing.B) {
	site, _ := benchSite(b)
	r, err := html.New(html.Options{Templates: sub(b, "site"), I18n: catalog(b), BaseURL: site.Config.BaseURL})
	if err != nil {
		b.Fatal(err)
	}
	pages := 0
	b.ReportAllocs()
	for b.Loop() {
		files, err := r.Render(site)
		if err != nil {
			b.Fatal(err)
		}
		pages = countHTML(files)
	}
	perItem(b, pages, "page")
}

// BenchmarkOpenData writes the CSV and JSON of every table.
func BenchmarkOpenData(b *testing.B) {
	site, _ := benchSite(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := data.Render(site); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBriefs renders every PDF brief, both languages (<= 3.3 ms).
func BenchmarkBriefs(b *testing.B) {
	site, _ := benchSite(b)
	br, err := pdf.NewBriefs(pdf.Options{Templates: sub(b, "briefs"), I18n: catalog(b), FrontMatter: load.FrontMatter})
	if err != nil {
		b.Fatal(err)
	}
	briefs := 0
	b.ReportAllocs()
	for b.Loop() {
		files, err := br.Render(site)
		if err != nil {
			b.Fatal(err)
		}
		briefs = len(files)
	}
	perItem(b, briefs, "brief")
}

func countHTML(files []render.File) int {
	n := 0
	for _, f := range files {
		if filepath.Ext(f.Path) == ".html" {
			n++
		}
	}
	return n
}

func perItem(b *testing.B, n int, unit string) {
	if n == 0 || b.N == 0 {
		return
	}
	per := b.Elapsed().Seconds() / float64(b.N*n)
	b.ReportMetric(per*1e3, "ms/"+unit)
	b.ReportMetric(float64(n), unit+"s")
}

// agencyBar is a chart of the size the site draws: the 12 largest
// agencies of a region.
func agencyBar() *chart.Bar {
	c := &chart.Bar{ID: "bench", Title: "Anggaran menurut perangkat daerah", Desc: "Dua belas perangkat daerah"}
	for i := 0; i < 12; i++ {
		c.Bars = append(c.Bars, chart.Value{Label: fmt.Sprintf("Dinas %02d", i+1), Value: float64((i + 1) * 37e9)})
	}
	return c
}

// BenchmarkChartSVG draws one bar chart as inline SVG.
func BenchmarkChartSVG(b *testing.B) {
	c := agencyBar()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.SVG(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkChartPDF renders a one-page brief with and without one chart;
// the difference is the cost of a chart in a PDF.
func BenchmarkChartPDF(b *testing.B) {
	for _, withChart := range []bool{false, true} {
		doc := &pdf.Document{Title: "Bench", Publisher: "TKPKD", AsOf: time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC),
			PageLabel: "%d/%d", Origin: "bench",
			Markdown: []byte("# Anggaran\n\nSatu paragraf.\n")}
		name := "without"
		if withChart {
			name = "with"
			doc.Markdown = append(doc.Markdown, "\n<!-- chart:c -->\n"...)
			doc.Charts = map[string]pdf.Chart{"c": agencyBar()}
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := pdf.Render(doc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkBuild is the whole pipeline into a fresh folder, as
// tkpkd build runs it.
func BenchmarkBuild(b *testing.B) {
	dir := benchContent(b)
	var res build.Result
	i := 0
	for b.Loop() {
		i++
		out := filepath.Join(b.TempDir(), fmt.Sprint("out", i))
		var err error
		res, err = build.Run(context.Background(), build.Config{Content: dir, Out: out, Defaults: templates.Defaults})
		if err != nil {
			b.Fatal(err)
		}
	}
	s := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(res.Pages)/s, "pages/s")
	b.ReportMetric(float64(res.Briefs)/s, "briefs/s")
}
