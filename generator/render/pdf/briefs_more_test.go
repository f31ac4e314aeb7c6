package pdf

import (
	"bytes"
	"github.com/tkpkd/tkpkd/generator/load"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tkpkd/tkpkd/generator/view"
)

// TestBriefsDeterministic renders the fixture site's briefs again, with
// another renderer, and compares them with the shared render.
func TestBriefsDeterministic(t *testing.T) {
	first := fixtureBriefs(t)
	second, err := defaultBriefs(t).Render(fixtureSite(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(first) != len(second) {
		t.Fatalf("two renders give %d and %d briefs", len(first), len(second))
	}
	for i := range first {
		if first[i].Path != second[i].Path || !bytes.Equal(first[i].Data, second[i].Data) {
			t.Errorf("%s: two builds differ", first[i].Path)
		}
	}
}

func TestBriefTemplateErrors(t *testing.T) {
	for name, tc := range map[string]struct{ src, want string }{
		"syntax":       {"---\nper: year\ntitle: x\nfile: y\n---\n\nline\n{{if}}\n", "briefs/bad.md:8:"},
		"front matter": {"no front matter\n", "briefs/bad.md:1:1: tidak diawali front matter"},
		"unknown key":  {"---\nper: year\ntitle: x\nfoo: y\nfile: y\n---\n", `briefs/bad.md:4:1: foo: bukan kolom yang dikenal di sini (yang dikenal: per, title, subtitle, file, subject, keywords)`},
		"yaml syntax":  {"---\nper: year\ntitle: [x\nfile: y\n---\n", "briefs/bad.md:3:"},
		"per":          {"---\nper: week\ntitle: x\nfile: y\n---\n", `per: "week" is not meeting, year or region`},
		"exec":         {"---\nper: year\ntitle: x\nfile: y\n---\n{{.Year.Nope}}\n", "briefs/bad.md:6:"},
	} {
		b, err := NewBriefs(Options{Templates: fstest.MapFS{"bad.md": {Data: []byte(tc.src)}}, I18n: catalog(t), FrontMatter: load.FrontMatter})
		if err == nil {
			_, err = b.Render(fixtureSite(t))
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want an error containing %q", name, err, tc.want)
		}
	}
}

// TestToolBriefContent reads, with pdftotext, what the briefs of the
// fixture site say in each language. (checkPDF's other checks run on one
// brief of each kind in TestToolReferenceBriefs.)
func TestToolBriefContent(t *testing.T) {
	files := fixtureBriefs(t)
	if !tool(t, "pdftotext") {
		return
	}
	want := map[string][]string{
		"rapat/rakor-2023-12.pdf":    {"Virgojanti", "Rp1,7 triliun", "(pembulatan)", "(ilustrasi)", "Halaman 1 dari"},
		"rapat/rakor-2023-03.pdf":    {"Terlambat", "Memutakhirkan data P3KE | by name"},
		"rapat/rakor-2023-12-en.pdf": {"IDR 1.7 trillion", "Overdue", "(illustrative)", "Page 1 of"},
		"anggaran/2024.pdf":          {"Rp1,7 triliun", "Tidak cocok", "naik 33,3%"},
	}
	for _, f := range files {
		ws, ok := want[f.Path]
		if !ok {
			continue
		}
		delete(want, f.Path)
		path := writeOutput(t, "content-"+strings.ReplaceAll(f.Path, "/", "-"), f.Data)
		txt := pdfText(t, path)
		for _, w := range ws {
			if !strings.Contains(txt, w) {
				t.Errorf("%s: pdftotext does not find %q", f.Path, w)
			}
		}
	}
	for p := range want {
		t.Errorf("%s was not built", p)
	}
}

// BenchmarkBrief reports the time to lay out and draw one brief of each
// default template, from the fixture site.
func BenchmarkBrief(b *testing.B) {
	br := defaultBriefs(b)
	s := fixtureSite(b)
	sh := view.NewIndex(s)
	for _, tmpl := range br.templates {
		subj := subjects(s, tmpl.per)[0]
		b.Run(strings.TrimSuffix(strings.TrimPrefix(tmpl.name, "briefs/"), ".md"), func(b *testing.B) {
			for b.Loop() {
				p, err := br.plan(s, sh, tmpl, subj, "id")
				if err == nil {
					_, err = p.Make()
				}
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/brief")
		})
	}
}
