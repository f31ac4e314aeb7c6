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

// writeOutput keeps a built PDF under output/briefs-png/ (not committed)
// so a person can open it, and renders its first page to PNG.
func writeOutput(t testing.TB, name string, data []byte) string {
	t.Helper()
	dir := filepath.Join(repoRoot(t), "output", "briefs-png")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if tool(t, "pdftoppm") {
		base := path[:len(path)-len(filepath.Ext(path))]
		out, err := exec.Command("pdftoppm", "-r", "60", "-f", "1", "-l", "1", "-png", "-singlefile", path, base).CombinedOutput()
		if err != nil {
			t.Errorf("pdftoppm %s: %v\n%s", path, err, out)
		}
	}
	return path
}

// tool reports whether an external program is installed. Without it the
// test is skipped, except under CI=true, where a missing tool is a failure.
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
