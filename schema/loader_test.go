package schema_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/generator/load"
	"github.com/tkpkd/tkpkd/generator/validate"
)

// loaderCheck loads and validates files as tkpkd check does.
func loaderCheck(files []load.File) diag.List {
	return validate.Files(files).Problems
}

// TestLoaderAgrees proves the schemas and the Go loader agree: the good
// folder gives the loader no problem at all, and each bad fixture, put in
// place of its file in the good folder, gives the loader an error in that
// file. (The loader is the stricter of the two: it also rejects what JSON
// Schema cannot see, such as 2.2e12 and 010.)
func TestLoaderAgrees(t *testing.T) {
	good, problems := load.ReadDir("testdata/good")
	if len(problems) > 0 {
		t.Fatalf("reading testdata/good: %v", problems)
	}
	if p := loaderCheck(good); len(p) > 0 {
		t.Fatalf("the loader finds problems in testdata/good:\n%s", p.Error())
	}
	target := map[string]string{
		"site": "site.yaml", "sources": "sources.yaml", "regions": "regions.yaml", "agencies": "agencies.yaml",
		"strategies": "strategies.yaml", "allocations": "allocations/2024.yaml", "indicators": "indicators.yaml",
		"page": "pages/tentang.md",
	}
	idLine := regexp.MustCompile(`(?m)^id: (\S+)`)
	entries, err := os.ReadDir("testdata/bad")
	if err != nil || len(entries) < 40 {
		t.Fatalf("want at least 40 bad fixtures, got %d (%v)", len(entries), err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join("testdata/bad", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		kind, _, _ := strings.Cut(e.Name(), "-")
		name, replace := target[kind], target[kind]
		if kind == "meeting" {
			replace = "meetings/rakor-2024-03.yaml"
			name = replace
			if m := idLine.FindSubmatch(data); m != nil {
				name = "meetings/" + string(m[1]) + ".yaml"
			}
		}
		if name == "" {
			t.Errorf("%s: no file kind for prefix %q", e.Name(), kind)
			continue
		}
		var files []load.File
		for _, f := range good {
			if f.Name != replace {
				files = append(files, f)
			}
		}
		files = append(files, load.File{Name: name, Data: data})
		got := loaderCheck(files)
		found := false
		for _, p := range got {
			if p.Severity == diag.Error && p.File == name {
				found = true
			}
		}
		if !found {
			want, _, _ := header(string(data))
			t.Errorf("%s (want: %s): the schema rejects it but the loader finds no error in %s; got:\n%s", e.Name(), want, name, got.Error())
		}
	}
}
