package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"
)

// TestArchivesAreReproducible packs the same files twice, the second time
// after their modification times changed, and expects the same bytes,
// entries in name order, every entry dated mtime.
func TestArchivesAreReproducible(t *testing.T) {
	t.Parallel()
	src := t.TempDir()
	var entries []entry
	for _, name := range []string{"tkpkd", "content/site.yaml", "README.md", "content/meetings/a.yaml"} {
		p := filepath.Join(src, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte("isi "+name), 0o600); err != nil {
			t.Fatal(err)
		}
		entries = append(entries, entry{name: name, src: p, exec: name == "tkpkd"})
	}
	mtime := time.Date(2024, 9, 30, 1, 2, 3, 0, time.UTC)
	for _, ext := range []string{".tar.gz", ".zip"} {
		out := t.TempDir()
		a, b := filepath.Join(out, "a"+ext), filepath.Join(out, "b"+ext)
		if err := writeArchive(a, "tkpkd_v1_x_y", append([]entry{}, entries...), mtime); err != nil {
			t.Fatal(err)
		}
		later := time.Now().Add(time.Hour)
		for _, e := range entries {
			os.Chtimes(e.src, later, later)
		}
		reversed := append([]entry{}, entries...)
		sort.Slice(reversed, func(i, j int) bool { return reversed[i].name > reversed[j].name })
		if err := writeArchive(b, "tkpkd_v1_x_y", reversed, mtime); err != nil {
			t.Fatal(err)
		}
		da, db := mustRead(t, a), mustRead(t, b)
		if !bytes.Equal(da, db) {
			t.Errorf("%s: two runs differ", ext)
		}
		names, times, modes := listArchive(t, a)
		want := []string{"tkpkd_v1_x_y/", "tkpkd_v1_x_y/README.md", "tkpkd_v1_x_y/content/", "tkpkd_v1_x_y/content/meetings/",
			"tkpkd_v1_x_y/content/meetings/a.yaml", "tkpkd_v1_x_y/content/site.yaml", "tkpkd_v1_x_y/tkpkd"}
		if strings.Join(names, " ") != strings.Join(want, " ") {
			t.Errorf("%s: entries %q, want %q", ext, names, want)
		}
		for i, tm := range times {
			if !tm.Equal(mtime) {
				t.Errorf("%s: %s is dated %v, want %v", ext, names[i], tm, mtime)
			}
		}
		if m := modes["tkpkd_v1_x_y/tkpkd"]; m&0o111 == 0 {
			t.Errorf("%s: the binary is not executable (%v)", ext, m)
		}
		if m := modes["tkpkd_v1_x_y/README.md"]; m.Perm() != 0o644 {
			t.Errorf("%s: README.md mode %v, want 0644", ext, m)
		}
	}
}

// TestMakeDist runs "make dist" for linux/amd64 into a temporary folder,
// unpacks the archive and runs its binary on its starter content as a
// new user would: check (strict), then build into the unpacked folder.
func TestMakeDist(t *testing.T) {
	t.Parallel()
	for _, tool := range []string{"make", "go"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is needed under CI: %v", tool, err)
			}
			t.Skipf("%s is not installed: %v", tool, err)
		}
	}
	if runtime.GOOS != "linux" || runtime.GOARCH != "amd64" {
		t.Skipf("the linux/amd64 binary cannot run on %s/%s", runtime.GOOS, runtime.GOARCH)
	}
	out := t.TempDir()
	cmd := exec.Command("make", "-C", "../..", "dist", "DISTDIR="+out, "DIST_TARGETS=linux/amd64", "VERSION=v9.8.7-test", "GO=go")
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("make dist: %v\n%s", err, msg)
	}
	archive := filepath.Join(out, "tkpkd_v9.8.7-test_linux_amd64.tar.gz")
	names, _, _ := listArchive(t, archive)
	if got, _ := filepath.Glob(filepath.Join(out, "*")); len(got) != 1 {
		t.Errorf("want only the one archive in the folder, got %q", got)
	}
	top := "tkpkd_v9.8.7-test_linux_amd64/"
	for _, want := range []string{"tkpkd", "README.md", "docs/content.md", "docs/ci/github-actions.yml", "schema/meeting.json", "content/site.yaml", "content/meetings/rakor-tkpk-banten-2024-q3.yaml"} {
		found := false
		for _, n := range names {
			found = found || n == top+want
		}
		if !found {
			t.Errorf("the archive lacks %s%s; it holds %q", top, want, names)
		}
	}
	dir := t.TempDir()
	unpack(t, archive, dir)
	home := filepath.Join(dir, top)
	bin := filepath.Join(home, "tkpkd")
	run := func(args ...string) string {
		t.Helper()
		c := exec.Command(bin, args...)
		c.Dir = home
		msg, err := c.CombinedOutput()
		if err != nil {
			t.Fatalf("tkpkd %s: %v\n%s", strings.Join(args, " "), err, msg)
		}
		return string(msg)
	}
	if got := run("version"); got != "tkpkd v9.8.7-test\n" {
		t.Errorf("version: %q", got)
	}
	if got := run("check", "--strict"); !strings.Contains(got, "content: ok: ") || !strings.Contains(got, "0 warnings") {
		t.Errorf("check --strict on the starter content: %s", got)
	}
	run("build")
	for _, p := range []string{"output/site/index.html", "output/site/en/index.html"} {
		if _, err := os.Stat(filepath.Join(home, p)); err != nil {
			t.Errorf("build wrote no %s: %v", p, err)
		}
	}
}

func mustRead(t *testing.T, p string) []byte {
	t.Helper()
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// listArchive returns the names, times and modes of a .tar.gz or .zip.
func listArchive(t *testing.T, p string) (names []string, times []time.Time, modes map[string]os.FileMode) {
	t.Helper()
	modes = map[string]os.FileMode{}
	if strings.HasSuffix(p, ".zip") {
		zr, err := zip.OpenReader(p)
		if err != nil {
			t.Fatal(err)
		}
		defer zr.Close()
		for _, f := range zr.File {
			names, times = append(names, f.Name), append(times, f.Modified)
			modes[f.Name] = f.Mode()
		}
		return names, times, modes
	}
	forTar(t, p, func(h *tar.Header, _ io.Reader) {
		names, times = append(names, h.Name), append(times, h.ModTime)
		modes[h.Name] = h.FileInfo().Mode()
	})
	return names, times, modes
}

func forTar(t *testing.T, p string, each func(*tar.Header, io.Reader)) {
	t.Helper()
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		each(h, tr)
	}
}

// unpack extracts a .tar.gz made by writeArchive into dir.
func unpack(t *testing.T, archive, dir string) {
	t.Helper()
	forTar(t, archive, func(h *tar.Header, r io.Reader) {
		p := filepath.Join(dir, filepath.FromSlash(h.Name))
		if !strings.HasPrefix(p, dir+string(filepath.Separator)) {
			t.Fatalf("entry %q leaves the folder", h.Name)
		}
		if h.Typeflag == tar.TypeDir {
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
			return
		}
		data, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, h.FileInfo().Mode().Perm()); err != nil {
			t.Fatal(err)
		}
	})
}
