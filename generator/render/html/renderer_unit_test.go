package html

import (
	"github.com/tkpkd/tkpkd/generator/load"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tkpkd/tkpkd/generator/i18n"
	"github.com/tkpkd/tkpkd/templates"
)

func TestSegment(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"36.01", "36-01", true},
		{"rakor-2023-12", "rakor-2023-12", true},
		{"Dinas_Sosial", "dinas-sosial", true},
		{"../etc", "", false},
		{"a/b", "", false},
		{"", "", false},
		{"désa", "", false},
	}
	for _, tc := range tests {
		got, err := segment(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("segment(%q) = %q, %v; want %q, ok=%v", tc.in, got, err, tc.want, tc.ok)
		}
	}
}

func TestRelative(t *testing.T) {
	t.Parallel()
	tests := []struct{ from, to, want string }{
		{"index.html", "rapat/x/index.html", "rapat/x/index.html"},
		{"anggaran/2024/index.html", "rapat/x/index.html", "../../rapat/x/index.html"},
		{"en/anggaran/2024/index.html", "aset/style.css", "../../../aset/style.css"},
	}
	for _, tc := range tests {
		if got := relative(tc.from, tc.to); got != tc.want {
			t.Errorf("relative(%q, %q) = %q; want %q", tc.from, tc.to, got, tc.want)
		}
	}
}

// overlay returns the default templates with some files replaced, the way
// a user's --templates folder overrides them.
func overlay(t *testing.T, files map[string]string) fs.FS {
	t.Helper()
	site, _ := fs.Sub(templates.Site, "site")
	m := fstest.MapFS{}
	err := fs.WalkDir(site, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(site, p)
		m[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range files {
		m[name] = &fstest.MapFile{Data: []byte(text)}
	}
	return m
}

func catalog(t *testing.T) *i18n.Catalog {
	t.Helper()
	sub, _ := fs.Sub(templates.I18n, "i18n")
	cat, err := i18n.Load(sub, load.Strings)
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

func TestTemplateErrorNamesFileAndLine(t *testing.T) {
	t.Parallel()
	_, err := New(Options{Templates: overlay(t, map[string]string{"year.html": "{{define \"main\"}}\n<p>\n{{.Body.Year.Year</p>\n{{end}}"}),
		I18n: catalog(t)})
	if err == nil || !strings.Contains(err.Error(), "year.html:3") {
		t.Fatalf("New with a broken year.html: err = %v; want it to name year.html:3", err)
	}
	r, err := New(Options{Templates: overlay(t, map[string]string{"year.html": "{{define \"main\"}}\n{{.Body.Nope}}\n{{end}}"}),
		I18n: catalog(t)})
	if err != nil {
		t.Fatal(err)
	}
	_, err = r.Render(fixture())
	if err == nil || !strings.Contains(err.Error(), "year.html:2") || !strings.Contains(err.Error(), "anggaran/2023/index.html") {
		t.Fatalf("Render with a bad field: err = %v; want it to name year.html:2 and the page", err)
	}
}

func TestOverride(t *testing.T) {
	t.Parallel()
	r, err := New(Options{Templates: overlay(t, map[string]string{
		"meeting.html": `{{define "main"}}<p class="custom">{{.Body.M.Title}}</p>{{end}}`,
		"logo.svg":     `<svg xmlns="http://www.w3.org/2000/svg"/>`,
	}), I18n: catalog(t)})
	if err != nil {
		t.Fatal(err)
	}
	files, err := r.Render(fixture())
	if err != nil {
		t.Fatal(err)
	}
	got := byPath(files)
	if !strings.Contains(string(got["rapat/rakor-2024-05/index.html"]), `<p class="custom">Rakor TKPKD Mei 2024</p>`) {
		t.Error("the overriding meeting.html was not used")
	}
	if _, ok := got["aset/logo.svg"]; !ok {
		t.Error("an asset added in the templates folder was not copied to aset/")
	}
}

func TestRawHTML(t *testing.T) {
	t.Parallel()
	// The fixture has raw_html off; its shared render is the first case.
	if fixture().Config.RawHTML {
		t.Fatal("the fixture has raw_html on; the test expects it off")
	}
	pages := map[bool]string{false: string(renderFixture(t)["tentang/index.html"])}
	s := fixture()
	s.Config.RawHTML = true
	files, err := newTestRenderer(t).Render(s)
	if err != nil {
		t.Fatal(err)
	}
	pages[true] = string(byPath(files)["tentang/index.html"])
	for _, raw := range []bool{false, true} {
		if got := strings.Contains(pages[raw], "<b>Penanggulangan</b>"); got != raw {
			t.Errorf("raw_html: %v: raw <b> passed = %v", raw, got)
		}
	}
}

func TestBaseURL(t *testing.T) {
	t.Parallel()
	s := fixture()
	s.Config.BaseURL = ""
	files, err := newTestRenderer(t).Render(s)
	if err != nil {
		t.Fatal(err)
	}
	got := byPath(files)
	if _, ok := got["sitemap.xml"]; ok {
		t.Error("sitemap.xml written without a base URL")
	}
	if strings.Contains(string(got["index.html"]), "canonical") {
		t.Error("canonical link written without a base URL")
	}
}

// TestUnsafeIDs: validate refuses ids that cannot be a path, page names
// the site uses and ids that share a path (validate/paths.go), and the
// renderer trusts it; an unchecked id given anyway still never makes a path
// that leaves the output folder.
func TestUnsafeIDs(t *testing.T) {
	t.Parallel()
	s := fixture()
	s.Agencies[0].ID = "../../etc"
	s.Index()
	files, err := newTestRenderer(t).Render(s)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if strings.Contains(f.Path, "..") || strings.HasPrefix(f.Path, "/") {
			t.Errorf("an unchecked id made the path %s", f.Path)
		}
	}
}

func BenchmarkRenderFixture(b *testing.B) {
	r := newTestRenderer(b)
	s := fixture()
	for b.Loop() {
		if _, err := r.Render(s); err != nil {
			b.Fatal(err)
		}
	}
}
