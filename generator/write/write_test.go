package write

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/tkpkd/tkpkd/generator/render"
)

// hashTree returns "path sha256" lines for every file under dir, so two
// trees compare byte for byte in one string.
func hashTree(t *testing.T, dir string) string {
	t.Helper()
	var lines []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		lines = append(lines, fmt.Sprintf("%s %x", filepath.ToSlash(rel), sha256.Sum256(data)))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func files(kv ...string) []render.File {
	var out []render.File
	for i := 0; i+1 < len(kv); i += 2 {
		out = append(out, render.File{Path: kv[i], Data: []byte(kv[i+1])})
	}
	return out
}

func publish(t *testing.T, out string, trees ...Tree) Stats {
	t.Helper()
	st, err := Publish(context.Background(), trees, Options{Out: out})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestPublishAndIncremental(t *testing.T) {
	t.Parallel()
	out := filepath.Join(t.TempDir(), "out")
	st := publish(t, out, Tree{"site", files("index.html", "a", "en/index.html", "b", "old.html", "x")})
	if st.Written != 3 || st.Unchanged != 0 {
		t.Fatalf("first publish %+v, want 3 written", st)
	}
	if _, err := os.Stat(filepath.Join(out, Marker)); err != nil {
		t.Errorf("no marker in a new output folder: %v", err)
	}
	past := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, p := range []string{"index.html", "en/index.html"} {
		os.Chtimes(filepath.Join(out, "site", p), past, past)
	}
	// Same bytes: nothing is written and mtimes stay.
	st = publish(t, out, Tree{"site", files("index.html", "a", "en/index.html", "b", "old.html", "x")})
	if st.Written != 0 || st.Unchanged != 3 || st.Removed != 0 {
		t.Errorf("no-edit publish %+v, want 0 written, 3 unchanged", st)
	}
	// One change, one removal.
	st = publish(t, out, Tree{"site", files("index.html", "a2", "en/index.html", "b")})
	if st.Written != 1 || st.Unchanged != 1 || st.Removed != 1 || strings.Join(st.Changed, ",") != "site/index.html" {
		t.Errorf("edit publish %+v, want 1 written (site/index.html), 1 unchanged, 1 removed", st)
	}
	info, _ := os.Stat(filepath.Join(out, "site", "en", "index.html"))
	if !info.ModTime().Equal(past) {
		t.Errorf("unchanged file's mtime = %v, want %v", info.ModTime(), past)
	}
	if _, err := os.Stat(filepath.Join(out, "site", "old.html")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("removed output still on disk: %v", err)
	}
	if got, _ := os.ReadFile(filepath.Join(out, "site", "index.html")); string(got) != "a2" {
		t.Errorf("index.html = %q, want a2", got)
	}
	entries, _ := os.ReadDir(out)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".staging") {
			t.Errorf("staging folder left behind: %s", e.Name())
		}
	}
}

// TestFailuresLeaveOutput proves that a failed publish (full disk, a cancel,
// an unsafe path, a duplicate path) leaves the previous output byte for byte.
func TestFailuresLeaveOutput(t *testing.T) {
	t.Parallel()
	out := filepath.Join(t.TempDir(), "out")
	publish(t, out, Tree{"site", files("index.html", "old", "a/b.html", "old b")}, Tree{"pdf", files("x.pdf", "%PDF old")})
	before := hashTree(t, out)
	next := []Tree{{"site", files("index.html", "new", "a/b.html", "new b", "c.html", "c")}, {"pdf", files("x.pdf", "%PDF new")}}
	full := 0
	diskFull := func(name string, data []byte) error {
		if full++; full > 2 {
			return errors.New("no space left on device")
		}
		return os.WriteFile(name, data, 0o644)
	}
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	cases := []struct {
		name  string
		ctx   context.Context
		trees []Tree
		opts  Options
		want  string
	}{
		{"disk full", context.Background(), next, Options{Out: out, Create: diskFull}, "no space left"},
		{"interrupted", cancelled, next, Options{Out: out}, "interrupted"},
		{"traversal", context.Background(), []Tree{{"site", files("../evil.html", "x")}}, Options{Out: out}, "unsafe path"},
		{"absolute", context.Background(), []Tree{{"site", files("/etc/passwd", "x")}}, Options{Out: out}, "unsafe path"},
		{"duplicate", context.Background(), []Tree{{"site", files("a.html", "1", "a.html", "2")}}, Options{Out: out}, "same path"},
		{"bad tree", context.Background(), []Tree{{"../up", files("a.html", "1")}}, Options{Out: out}, "refusing an output tree"},
	}
	for _, tc := range cases {
		_, err := Publish(tc.ctx, tc.trees, tc.opts)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.want)
		}
		if after := hashTree(t, out); after != before {
			t.Errorf("%s: output changed:\nbefore\n%s\nafter\n%s", tc.name, before, after)
		}
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(out), "evil.html")); err == nil {
		t.Error("a file was written outside the output folder")
	}
}

func TestRefusedOutputFolders(t *testing.T) {
	t.Parallel()
	base := t.TempDir()
	content := filepath.Join(base, "project", "content")
	os.MkdirAll(content, 0o755)
	stranger := filepath.Join(base, "documents")
	os.MkdirAll(stranger, 0o755)
	os.WriteFile(filepath.Join(stranger, "laporan.docx"), []byte("precious"), 0o644)
	home, _ := os.UserHomeDir()
	cases := []struct {
		name, out, want string
	}{
		{"root", "/", "root of the file system"},
		{"home", home, "home folder"},
		{"content itself", content, "content folder"},
		{"contains content", filepath.Join(base, "project"), "content folder"},
		{"stranger's folder", stranger, "not empty and was not made by tkpkd"},
	}
	for _, tc := range cases {
		if tc.out == "" {
			continue
		}
		_, err := Publish(context.Background(), []Tree{{"site", files("index.html", "x")}}, Options{Out: tc.out, Protect: []string{content}})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.want)
		}
	}
	if data, _ := os.ReadFile(filepath.Join(stranger, "laporan.docx")); string(data) != "precious" {
		t.Error("a refused folder was changed")
	}
	// --force accepts the stranger's folder, and leaves its other files alone.
	if _, err := Publish(context.Background(), []Tree{{"site", files("index.html", "x")}}, Options{Out: stranger, Force: true}); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(filepath.Join(stranger, "laporan.docx")); string(data) != "precious" {
		t.Error("publish with --force changed a file it does not own")
	}
}

// Replace writes whole files, keeps an existing file's permissions and
// leaves no temporary file behind.
func TestReplace(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "sub", "a.yaml")
	if err := Replace(path, []byte("one\n")); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := Replace(path, []byte("two\n")); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	info, _ := os.Stat(path)
	if err != nil || string(data) != "two\n" || info.Mode().Perm() != 0o600 {
		t.Errorf("after Replace: %q, %v, mode %v; want two, mode 0600", data, err, info.Mode().Perm())
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("folder holds %d entries, want only a.yaml (no temporary file)", len(entries))
	}
}
