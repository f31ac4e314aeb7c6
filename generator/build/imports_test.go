package build_test

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// TestImports keeps the pipeline's shape: only load parses YAML, only
// render/pdf touches gofpdf, and the renderers never reach for the loader
// or the checker. It reads the import graph of every package with go list.
// (cmd/tkpkd's check and build go through build only; its import and new
// commands still read content with load and validate themselves.)
func TestImports(t *testing.T) {
	t.Parallel()
	const mod = "github.com/tkpkd/tkpkd/"
	out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}{{range .Imports}} {{.}}{{end}}", mod+"...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	importers := map[string][]string{} // package -> the packages that import it
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		for _, imp := range f[1:] {
			importers[imp] = append(importers[imp], strings.TrimPrefix(f[0], mod))
		}
	}
	for pkg, only := range map[string]string{
		"gopkg.in/yaml.v3":            "generator/load",
		"github.com/jung-kurt/gofpdf": "generator/render/pdf",
	} {
		if got := importers[pkg]; !slices.Equal(got, []string{only}) {
			t.Errorf("%s is imported by %q; want only by %s", pkg, got, only)
		}
	}
	for _, rule := range []struct{ pkg, by string }{
		{"generator/load", "generator/render/html"}, {"generator/load", "generator/render/pdf"},
		{"generator/validate", "generator/render/html"}, {"generator/validate", "generator/render/pdf"},
	} {
		if slices.Contains(importers[mod+rule.pkg], rule.by) {
			t.Errorf("%s imports %s; it must not", rule.by, rule.pkg)
		}
	}
}
