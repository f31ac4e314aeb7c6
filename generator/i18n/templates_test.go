package i18n_test

import (
	"github.com/tkpkd/tkpkd/generator/i18n"
	"github.com/tkpkd/tkpkd/generator/load"
	"io/fs"
	"os"
	"slices"
	"testing"
)

// TestShippedCatalog loads the default strings in templates/i18n, so a
// translation missing from the shipped files fails here and not at build.
func TestShippedCatalog(t *testing.T) {
	t.Parallel()
	fsys := os.DirFS("../../templates/i18n")
	if names, _ := fs.Glob(fsys, "*.yaml"); len(names) == 0 {
		t.Skip("templates/i18n holds no *.yaml files yet")
	}
	c, err := i18n.Load(fsys, load.Strings)
	if err != nil {
		t.Fatalf("templates/i18n:\n%v", err)
	}
	for _, lang := range []string{"en", "id"} {
		if !slices.Contains(c.Languages(), lang) {
			t.Errorf("templates/i18n has no %q strings; languages %q", lang, c.Languages())
		}
	}
}
