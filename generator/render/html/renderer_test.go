package html

import (
	"errors"
	"io/fs"
	"sort"
	"sync"
	"testing"

	"github.com/tkpkd/tkpkd/generator/i18n"
	"github.com/tkpkd/tkpkd/generator/load"
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

// fixtureRender holds the fixture site rendered once: a render takes
// seconds under -race, and the tests that call renderFixture only read it.
var fixtureRender struct {
	sync.Once
	files map[string][]byte
	err   error
}

// renderFixture returns the fixture site's files by path. The caller must
// not change them.
func renderFixture(t testing.TB) map[string][]byte {
	t.Helper()
	fixtureRender.Do(func() {
		// Stays the error if the first caller stops in newTestRenderer.
		fixtureRender.err = errors.New("rendering the fixture site failed in another test")
		files, err := newTestRenderer(t).Render(fixture())
		fixtureRender.files, fixtureRender.err = byPath(files), err
	})
	if fixtureRender.err != nil {
		t.Fatal(fixtureRender.err)
	}
	return fixtureRender.files
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
