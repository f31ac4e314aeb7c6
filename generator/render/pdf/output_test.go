package pdf

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// repoRoot walks up from the test's folder to the module root.
func repoRoot(t testing.TB) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test folder")
		}
		dir = parent
	}
}

// keepEnv names a folder where the tests keep the PDFs they build (and
// checkPDF the PNG of each checked brief's first page), for a person to
// open: e.g. TKPKD_TEST_OUTPUT=output/test (output/ is git-ignored; a
// relative path is taken from the module root). Unset, they go to a
// temporary folder removed after the test: tests never write into the
// repository on their own.
const keepEnv = "TKPKD_TEST_OUTPUT"

// writeOutput writes a built PDF where a person can open it (see keepEnv)
// and returns its path, for the tools that read it.
func writeOutput(t testing.TB, name string, data []byte) string {
	t.Helper()
	dir := t.TempDir()
	if keep := os.Getenv(keepEnv); keep != "" {
		if !filepath.IsAbs(keep) {
			keep = filepath.Join(repoRoot(t), keep)
		}
		dir = filepath.Join(keep, "briefs")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// tool reports whether an external program is installed. Without it the
// test is skipped, except under CI=true, where a missing tool is a failure.
// Call it after the test's assertions that need no tool, so that those
// still run where poppler or qpdf is missing.
func tool(t testing.TB, name string) bool {
	t.Helper()
	if _, err := exec.LookPath(name); err == nil {
		return true
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is not installed (CI=true: install poppler-utils and qpdf)", name)
	}
	t.Skipf("%s is not installed; skipping", name)
	return false
}
