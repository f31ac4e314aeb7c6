package html

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/validate"
)

// referenceSite loads and checks the Banten reference content in content/.
func referenceSite(t testing.TB) *model.Site {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "content")
	if _, err := os.Stat(filepath.Join(dir, "site.yaml")); err != nil {
		t.Skip("no reference content in content/")
	}
	checked := validate.Dir(dir)
	if checked.Problems.HasErrors() {
		t.Fatalf("checking content/:\n%v", checked.Problems)
	}
	return checked.Site
}

// TestReferenceSite builds the site of the reference content: every
// internal link and asset resolves, every page has lang, a title and one
// h1, nothing loads from another host, every page exists in every language,
// and two builds are byte-identical.
func TestReferenceSite(t *testing.T) {
	t.Parallel()
	site := referenceSite(t)
	r := newTestRenderer(t)
	files, err := r.Render(site)
	if err != nil {
		t.Fatal(err)
	}
	byP := byPath(files)
	for _, e := range checkSite(byP, site.Config.Languages, site.Config.BaseURL) {
		t.Error(e)
	}
	for _, want := range []string{"index.html", "en/index.html", "404.html", "en/404.html", "aset/style.css",
		"rapat/index.html", "anggaran/index.html", "indikator/index.html", "sumber/index.html"} {
		if _, ok := byP[want]; !ok {
			t.Errorf("%s not built", want)
		}
	}
	if !strings.Contains(string(byP["index.html"]), "<svg") {
		t.Error("home page has no chart")
	}
	again, err := r.Render(site)
	if err != nil {
		t.Fatal(err)
	}
	if len(again) != len(files) {
		t.Fatalf("second build: %d files, first %d", len(again), len(files))
	}
	for i := range files {
		if files[i].Path != again[i].Path || string(files[i].Data) != string(again[i].Data) {
			t.Errorf("%s differs between two builds", files[i].Path)
		}
	}
}

func BenchmarkRenderReference(b *testing.B) {
	site := referenceSite(b)
	r := newTestRenderer(b)
	for b.Loop() {
		if _, err := r.Render(site); err != nil {
			b.Fatal(err)
		}
	}
}
