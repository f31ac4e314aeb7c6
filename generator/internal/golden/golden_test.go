package golden

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// recorder captures failures instead of failing the real test.
type recorder struct {
	testing.TB
	errs  []string
	fatal bool
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}
func (r *recorder) Fatalf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
	r.fatal = true
}

func TestCheckEqual(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.golden")
	if err := os.WriteFile(path, []byte("a\nb\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := &recorder{TB: t}
	Check(r, path, []byte("a\nb\n"))
	if len(r.errs) != 0 {
		t.Errorf("Check on equal bytes reported %q", r.errs)
	}
	if _, err := os.Stat(path + ".got"); !os.IsNotExist(err) {
		t.Errorf("Check on equal bytes wrote %s.got (stat err %v)", path, err)
	}
}

func TestCheckMismatch(t *testing.T) {
	dir := t.TempDir()
	keep := t.TempDir()
	t.Setenv(keepEnv, keep)
	path := filepath.Join(dir, "x.golden")
	if err := os.WriteFile(path, []byte("one\ntwo\nthree\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := &recorder{TB: t}
	Check(r, path, []byte("one\nTWO\nthree\n"))
	if len(r.errs) != 1 {
		t.Fatalf("got %d errors %q, want 1", len(r.errs), r.errs)
	}
	want := path + `:2: got "TWO", want "two"`
	if !strings.HasPrefix(r.errs[0], want) {
		t.Errorf("error = %q; want prefix %q", r.errs[0], want)
	}
	gotPath := filepath.Join(keep, "golden", strings.ReplaceAll(filepath.ToSlash(path), "/", "_")+".got")
	for _, s := range []string{" one\n", "-two\n", "+TWO\n", gotPath} {
		if !strings.Contains(r.errs[0], s) {
			t.Errorf("error %q does not contain %q", r.errs[0], s)
		}
	}
	got, err := os.ReadFile(gotPath)
	if err != nil || string(got) != "one\nTWO\nthree\n" {
		t.Errorf("%s = %q, %v; want the actual output", gotPath, got, err)
	}
	if _, err := os.Stat(path + ".got"); err == nil {
		t.Errorf("%s.got was written beside the golden file", path)
	}
}

func TestCheckMissingFile(t *testing.T) {
	r := &recorder{TB: t}
	Check(r, filepath.Join(t.TempDir(), "none.golden"), []byte("x"))
	if !r.fatal || !strings.Contains(r.errs[0], "-update") {
		t.Errorf("missing golden file: errs %q fatal %v; want a fatal hint about -update", r.errs, r.fatal)
	}
}

func TestCheckUpdate(t *testing.T) {
	old := *update
	*update = true
	defer func() { *update = old }()
	if !Update() {
		t.Fatal("Update() = false after setting the flag")
	}
	path := filepath.Join(t.TempDir(), "sub", "dir", "x.golden")
	r := &recorder{TB: t}
	Check(r, path, []byte("new\n"))
	if len(r.errs) != 0 {
		t.Fatalf("update reported %q", r.errs)
	}
	got, err := os.ReadFile(path)
	if err != nil || string(got) != "new\n" {
		t.Errorf("after update %s = %q, %v; want %q", path, got, err, "new\n")
	}
}

func TestDiff(t *testing.T) {
	t.Parallel()
	tests := []struct {
		want, got, first string
	}{
		{"a\n", "a\n", ""},
		{"a\nb\n", "a\n", `f:2: got "<EOF>", want "b"`},
		{"a\n", "a\nb\n", `f:2: got "b", want "<EOF>"`},
		{"a\n", "a", `f:1: got "a\\ no newline at end", want "a"`},
		{"", "x\n", `f:1: got "x", want "<EOF>"`},
	}
	for _, tc := range tests {
		d := Diff("f", []byte(tc.want), []byte(tc.got))
		first, _, _ := strings.Cut(d, "\n")
		if first != tc.first {
			t.Errorf("Diff(%q, %q) first line = %q; want %q", tc.want, tc.got, first, tc.first)
		}
	}
}
