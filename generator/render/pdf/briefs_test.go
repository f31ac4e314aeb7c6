package pdf

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/tkpkd/tkpkd/generator/i18n"
	"github.com/tkpkd/tkpkd/generator/load"
	"github.com/tkpkd/tkpkd/generator/render"
	"github.com/tkpkd/tkpkd/templates"
)

// catalog loads only the briefs' strings and the glossary, so this package's tests do not
// depend on the site's strings being complete.
func catalog(t testing.TB) *i18n.Catalog {
	dir := filepath.Join(repoRoot(t), "templates", "i18n")
	fsys := fstest.MapFS{}
	for _, name := range []string{"briefs.id.yaml", "briefs.en.yaml", "terms.id.yaml", "terms.en.yaml"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		fsys[name] = &fstest.MapFile{Data: data}
	}
	cat, err := i18n.Load(fsys, load.Strings)
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

func defaultBriefs(t testing.TB) *Briefs {
	b, err := NewBriefs(Options{Templates: templates.Briefs(), I18n: catalog(t), FrontMatter: load.FrontMatter})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// fixtureRender holds the fixture site's briefs rendered once: a render
// takes seconds under -race, and the tests that call fixtureBriefs only
// read them.
var fixtureRender struct {
	sync.Once
	files []render.File
	err   error
}

// fixtureBriefs returns the fixture site's briefs. The caller must not
// change them.
func fixtureBriefs(t *testing.T) []render.File {
	t.Helper()
	fixtureRender.Do(func() {
		// Stays the error if the first caller stops in defaultBriefs.
		fixtureRender.err = errors.New("rendering the fixture briefs failed in another test")
		fixtureRender.files, fixtureRender.err = defaultBriefs(t).Render(fixtureSite(t))
	})
	if fixtureRender.err != nil {
		t.Fatal(fixtureRender.err)
	}
	return fixtureRender.files
}

func TestBriefsFixture(t *testing.T) {
	files := fixtureBriefs(t)
	var paths []string
	for _, f := range files {
		paths = append(paths, f.Path)
	}
	want := "anggaran/2023-en.pdf anggaran/2023.pdf anggaran/2024-en.pdf anggaran/2024.pdf " +
		"rapat/rakor-2023-03-en.pdf rapat/rakor-2023-03.pdf rapat/rakor-2023-12-en.pdf rapat/rakor-2023-12.pdf " +
		"wilayah/36.01-en.pdf wilayah/36.01.pdf wilayah/36.71-en.pdf wilayah/36.71.pdf"
	if got := strings.Join(paths, " "); got != want {
		t.Fatalf("paths:\n got %s\nwant %s", got, want)
	}
	for _, f := range files {
		if !bytes.HasPrefix(f.Data, []byte("%PDF-")) {
			t.Errorf("%s starts %.20q, want a PDF", f.Path, f.Data)
		}
		writeOutput(t, "fixture-"+strings.ReplaceAll(f.Path, "/", "-"), f.Data)
	}
}
