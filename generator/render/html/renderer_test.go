package html

import (
	"github.com/tkpkd/tkpkd/generator/load"
	"io/fs"
	"sort"
	"testing"

	"github.com/tkpkd/tkpkd/generator/i18n"
	"github.com/tkpkd/tkpkd/generator/render"
	"github.com/tkpkd/tkpkd/templates"
)

// newTestRenderer uses the embedded default templates and strings.
func newTestRenderer(t testing.TB) *Renderer {
	t.Helper()
	site, err := fs.Sub(templates.Site, "site")
	if err != nil {
		t.Fatal(err)
	}
	i18nFS, err := fs.Sub(templates.I18n, "i18n")
	if err != nil {
		t.Fatal(err)
	}
	cat, err := i18n.Load(i18nFS, load.Strings)
	if err != nil {
		t.Fatal(err)
	}
	r, err := New(Options{Templates: site, I18n: cat})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func renderFixture(t testing.TB) map[string][]byte {
	t.Helper()
	files, err := newTestRenderer(t).Render(fixture())
	if err != nil {
		t.Fatal(err)
	}
	return byPath(files)
}

func byPath(files []render.File) map[string][]byte {
	out := map[string][]byte{}
	for _, f := range files {
		out[f.Path] = f.Data
	}
	return out
}

func sortedKeys(m map[string][]byte) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
