// Package agree checks that tkpkd check and tkpkd build give the same
// verdict on a content folder: the same exit status and the same problems.
// The tests of validate and build run it over their malformed and hostile
// cases, so content check accepts can never fail a build. It is imported
// only from tests.
package agree

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/tkpkd/tkpkd/generator/build"
	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/templates"
)

// Dir runs build.Check and build.Run over content, the functions behind
// cmd's check and build, and reports any difference; it returns check's
// problems. A build that fails for another reason than content problems is
// reported too: the content was accepted and the build still failed.
func Dir(t testing.TB, content string) diag.List {
	t.Helper()
	checked := build.Check(content)
	checkExit := exit(checked.Problems.HasErrors())
	res, err := build.Run(context.Background(), build.Config{Content: content, Out: filepath.Join(t.TempDir(), "out"), Defaults: templates.Defaults})
	built := res.Problems
	if err != nil {
		var list diag.List
		if !errors.As(err, &list) {
			t.Errorf("check says %d errors, but the build failed outside its check: %v", checked.Problems.Errors(), err)
		}
	}
	if buildExit := exit(err != nil); buildExit != checkExit {
		t.Errorf("check exits %d, build exits %d; problems:\n%v", checkExit, buildExit, checked.Problems)
	}
	if !slices.Equal(checked.Problems, built) {
		t.Errorf("check and build report different problems:\ncheck:\n%v\nbuild:\n%v", checked.Problems, built)
	}
	return checked.Problems
}

// Files writes files (slash-separated names relative to the content
// folder) into a new folder and runs Dir over it.
func Files(t testing.TB, files map[string]string) diag.List {
	t.Helper()
	content := filepath.Join(t.TempDir(), "content")
	for name, text := range files {
		path := filepath.Join(content, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return Dir(t, content)
}

// exit is the exit status of cmd's check and build: 1 when the content has
// problems (or the build failed), else 0.
func exit(failed bool) int {
	if failed {
		return 1
	}
	return 0
}
