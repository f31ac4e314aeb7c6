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
// cmd/tkpkd wires flags to the generator's packages and never reads or
// checks content itself: its own files import none of load, validate,
// model (build, importer and scaffold do that for it).
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
	// Not -deps: cmd reaches load through build, which is allowed; only its
	// own (non-test) imports are held to the rule.
	out, err = exec.Command("go", "list", "-f", "{{range .Imports}}{{.}} {{end}}", mod+"cmd/tkpkd").Output()
	if err != nil {
		t.Fatalf("go list cmd/tkpkd: %v", err)
	}
	imports := strings.Fields(string(out))
	if !slices.Contains(imports, mod+"generator/build") {
		t.Fatalf("go list cmd/tkpkd gave %q; want its imports, build among them", imports)
	}
	for _, pkg := range []string{"generator/load", "generator/validate", "generator/model"} {
		if slices.Contains(imports, mod+pkg) {
			t.Errorf("cmd/tkpkd imports %s; it must go through build, importer or scaffold", pkg)
		}
	}
}
