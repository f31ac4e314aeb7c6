// Package golden compares test output with golden files kept in testdata.
//
// Run `go test ./... -update` to rewrite the golden files from the current
// output, then review the diff like code. On a mismatch the actual output is
// written as <path>.got under $TKPKD_TEST_OUTPUT/golden, or the test's
// temporary folder, so it can be diffed with ordinary tools; never into the
// repository.
package golden

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// contextLines is how many lines around the first difference are shown.
const contextLines = 3

// Update reports whether the -update flag was given, for tests that keep
// golden data in another shape than a single file.
func Update() bool { return *update }

// Check compares got with the golden file at path. With -update it writes
// got to path instead, creating the directories it needs.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatalf("golden: %v", err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatalf("golden: %v", err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("golden: %v (run go test -update to create it)", err)
	}
	if bytes.Equal(got, want) {
		return
	}
	// Tests never write into the repository: the actual output goes to
	// TKPKD_TEST_OUTPUT when it names a folder (output/ is git-ignored),
	// else to the test's temporary folder, kept only while it runs.
	dir := os.Getenv(keepEnv)
	if dir == "" {
		dir = t.TempDir()
	}
	gotPath := filepath.Join(dir, "golden", strings.NewReplacer("/", "_", `\`, "_").Replace(filepath.ToSlash(path))+".got")
	if err := os.MkdirAll(filepath.Dir(gotPath), 0o755); err == nil {
		err = os.WriteFile(gotPath, got, 0o644)
	}
	t.Errorf("%s (actual output in %s; go test -update rewrites the golden file)", Diff(path, want, got), gotPath)
}

// keepEnv names the folder where tests keep what they make for a person to
// look at, as the browser and PDF tests do.
const keepEnv = "TKPKD_TEST_OUTPUT"

// Diff describes the first difference between want and got: a line
// `path:line: got %q, want %q` followed by a short unified-style context.
// It returns "" when they are equal.
func Diff(path string, want, got []byte) string {
	if bytes.Equal(want, got) {
		return ""
	}
	w, g := splitLines(want), splitLines(got)
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s:%d: got %q, want %q\n", path, i+1, lineAt(g, i), lineAt(w, i))
	lo := max(i-contextLines, 0)
	fmt.Fprintf(&b, "@@ line %d @@\n", lo+1)
	for k := lo; k < i; k++ {
		fmt.Fprintf(&b, " %s\n", w[k])
	}
	for k := i; k < min(i+contextLines, len(w)); k++ {
		fmt.Fprintf(&b, "-%s\n", w[k])
	}
	for k := i; k < min(i+contextLines, len(g)); k++ {
		fmt.Fprintf(&b, "+%s\n", g[k])
	}
	return b.String()
}

// splitLines splits on "\n" keeping a final unterminated line, and marks a
// missing final newline so that "a\n" and "a" differ visibly.
func splitLines(b []byte) []string {
	s := string(b)
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	for k, l := range lines {
		if strings.HasSuffix(l, "\n") {
			lines[k] = strings.TrimSuffix(l, "\n")
		} else {
			lines[k] = l + `\ no newline at end`
		}
	}
	return lines
}

// lineAt returns line i or a marker for a line past the end.
func lineAt(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return "<EOF>"
}
