package build

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/templates"
)

// copyDir copies a folder tree (the reference content) for a test to edit.
func copyDir(t testing.TB, src, dst string) {
	t.Helper()
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
}

func hashTree(t testing.TB, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = fmt.Sprintf("%x", sha256.Sum256(data))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func diffTrees(a, b map[string]string) []string {
	var d []string
	for k, v := range a {
		if b[k] != v {
			d = append(d, k)
		}
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			d = append(d, k)
		}
	}
	sort.Strings(d)
	return d
}

// TestBuildSequence takes one copy of the reference content through the
// builds a user's edits cause. A full build is seconds of work, many more
// under -race, so the checks share their builds instead of each making
// its own; the subtests run in order on the same output folder. It is the
// package's longest test, so it runs beside the others (t.Parallel).
func TestBuildSequence(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	copyDir(t, "../../content", filepath.Join(dir, "content"))
	// The brief cache is on, as tkpkd build runs: the reused briefs are
	// compared with a build that lays every brief out again.
	cfg := Config{Content: filepath.Join(dir, "content"), Out: filepath.Join(dir, "out"), Defaults: templates.Defaults, Binary: "test-binary"}
	first, err := Run(context.Background(), cfg)
	if err != nil || first.Reused != 0 {
		t.Fatalf("building the reference content: reused %d, %v", first.Reused, err)
	}
	before := hashTree(t, cfg.Out)
	if n := len(before); n < 100 {
		t.Fatalf("the reference build has %d files; want a full site and briefs", n)
	}
	// fresh builds the same content without the cache, into another folder.
	fresh := cfg
	fresh.Out, fresh.Binary = filepath.Join(dir, "fresh"), ""
	steps := []struct {
		name string
		run  func(t *testing.T)
	}{
		{"failed builds leave the output", func(t *testing.T) { failedBuildsLeaveOutput(t, cfg, before) }},
		{"no-edit rebuild", func(t *testing.T) {
			res, err := Run(context.Background(), cfg)
			if err != nil || res.Written != 0 || res.Removed != 0 || res.Reused != first.Briefs {
				t.Fatalf("no-edit rebuild: wrote %d, removed %d, reused %d of %d briefs, %v; want 0, 0, all", res.Written, res.Removed, res.Reused, first.Briefs, err)
			}
		}},
		{"one meeting edited", func(t *testing.T) { editOneMeeting(t, cfg, first) }},
		{"same as a build without the cache", func(t *testing.T) {
			// Two builds of the same content into two folders, one of them
			// with most briefs reused, must be byte-identical.
			if _, err := Run(context.Background(), fresh); err != nil {
				t.Fatal(err)
			}
			cached, plain := hashTree(t, cfg.Out), hashTree(t, fresh.Out)
			delete(cached, manifestName)
			if d := diffTrees(cached, plain); len(d) > 0 {
				t.Errorf("a build with reused briefs differs from a fresh build in %d files: %v", len(d), d)
			}
		}},
		{"shards make the build", func(t *testing.T) { shardsMakeTheBuild(t, fresh) }},
		{"a brief changed by hand", func(t *testing.T) {
			tampered := filepath.Join(cfg.Out, "pdf", "anggaran", "2024.pdf")
			if err := os.WriteFile(tampered, []byte("%PDF-1.4 tampered"), 0o644); err != nil {
				t.Fatal(err)
			}
			res, err := Run(context.Background(), cfg)
			if err != nil || res.Reused != first.Briefs-1 {
				t.Errorf("after tampering: reused %d of %d, %v; want all but the tampered one", res.Reused, first.Briefs, err)
			}
			if got, _ := os.ReadFile(tampered); string(got) == "%PDF-1.4 tampered" {
				t.Error("the tampered brief was left in the output")
			}
		}},
	}
	for _, step := range steps {
		if !t.Run(step.name, step.run) {
			return // the later steps start from this one's output
		}
	}
}

// editOneMeeting edits the last meeting's title and rebuilds: exactly the
// outputs that show it change, and only its briefs are laid out again.
func editOneMeeting(t *testing.T, cfg Config, first Result) {
	path := filepath.Join(cfg.Content, "meetings", "rakor-tkpk-banten-2024-q3.yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(data), "\ntitle: ", "\ntitle: Suntingan ", 1)
	if edited == string(data) {
		t.Fatal("could not find the meeting's title to edit")
	}
	if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Changed {
		if !showsMeeting(p) {
			t.Errorf("editing one meeting rewrote %s, which does not show it", p)
		}
	}
	for _, must := range []string{"site/rapat/rakor-tkpk-banten-2024-q3/index.html", "pdf/rapat/rakor-tkpk-banten-2024-q3.pdf"} {
		if !slices.Contains(res.Changed, must) {
			t.Errorf("editing the meeting did not rewrite %s; changed: %v", must, res.Changed)
		}
	}
	total := first.SiteFile + first.Briefs
	if res.Written >= total/2 {
		t.Errorf("editing one meeting rewrote %d of %d files", res.Written, total)
	}
	if res.Reused >= first.Briefs || res.Reused < first.Briefs-4 {
		t.Errorf("after editing one meeting %d of %d briefs were reused; want all but that meeting's", res.Reused, first.Briefs)
	}
	t.Logf("editing one meeting rewrote %d files: %v", res.Written, res.Changed)
}

// showsMeeting lists the outputs allowed to change when a meeting's title
// changes: the meeting itself, lists of meetings, the pages linking to it
// (home, regions and agencies owning its decisions, sources it cites), the
// decisions data, and the briefs that name it.
func showsMeeting(p string) bool {
	p = strings.TrimPrefix(strings.TrimPrefix(p, "site/en/"), "site/")
	for _, prefix := range []string{"index.html", "rapat/", "wilayah/", "opd/", "sumber/", "strategi/", "data/keputusan.", "pdf/rapat/", "pdf/wilayah/", "sitemap.xml"} {
		if strings.HasPrefix(p, prefix) {
			return true
		}
	}
	return false
}

// failedBuildsLeaveOutput checks each failure kind leaves the output of
// cfg, whose files hashed to before, byte for byte.
func failedBuildsLeaveOutput(t *testing.T, cfg Config, before map[string]string) {
	check := func(name string, c Config, want string) {
		t.Helper()
		_, err := Run(context.Background(), c)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: err = %v, want %q", name, err, want)
		}
		if d := diffTrees(before, hashTree(t, cfg.Out)); len(d) > 0 {
			t.Errorf("%s: output changed in %v", name, d)
		}
	}
	// A content error.
	broken := filepath.Join(t.TempDir(), "content")
	copyDir(t, cfg.Content, broken)
	os.WriteFile(filepath.Join(broken, "regions.yaml"), []byte("regions:\n  - {code: 36.01}\n"), 0o644)
	c := cfg
	c.Content = broken
	var problems diag.List
	if _, err := Run(context.Background(), c); !errors.As(err, &problems) {
		t.Errorf("content error: got %v, want a diag.List", err)
	}
	check("content error", c, "regions.yaml:2:")
	// A template error, named with its file and line.
	tmpl := t.TempDir()
	os.MkdirAll(filepath.Join(tmpl, "briefs"), 0o755)
	os.WriteFile(filepath.Join(tmpl, "briefs", "meeting.md"), []byte("---\nper: meeting\ntitle: x\nfile: rapat/{{.ID}}\n---\n{{ .NoSuchField }\n"), 0o644)
	c = cfg
	c.Templates = tmpl
	check("template error", c, "meeting.md:6")
	// A full disk.
	c = cfg
	var n atomic.Int32 // files are written from several goroutines
	c.Create = func(name string, data []byte) error {
		if n.Add(1) > 20 {
			return errors.New("no space left on device")
		}
		return os.WriteFile(name, data, 0o644)
	}
	// Edit the content so the build has files to write.
	edited := filepath.Join(t.TempDir(), "content")
	copyDir(t, cfg.Content, edited)
	site, _ := os.ReadFile(filepath.Join(edited, "site.yaml"))
	os.WriteFile(filepath.Join(edited, "site.yaml"), []byte(strings.Replace(string(site), "title: ", "title: Baru ", 1)), 0o644)
	c.Content = edited
	check("disk full", c, "no space left on device")
	// An interrupt (SIGINT cancels the context in cmd/tkpkd).
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	c.Create = nil
	if _, err := Run(ctx, c); err == nil || !strings.Contains(err.Error(), "interrupted") {
		t.Errorf("interrupt: err = %v", err)
	}
	if d := diffTrees(before, hashTree(t, cfg.Out)); len(d) > 0 {
		t.Errorf("interrupt: output changed in %v", d)
	}
}

func TestSafelyTurnsPanicIntoError(t *testing.T) {
	t.Parallel()
	err := safely("site", func() error { panic("boom") })
	if err == nil || !strings.Contains(err.Error(), "[BUG] site renderer panicked: boom") {
		t.Errorf("err = %v", err)
	}
}

// TestInterruptStopsRendering runs a first build with its context already
// cancelled (Ctrl-C during rendering): it returns an "interrupted" error
// without waiting for the renderers, and writes nothing.
func TestInterruptStopsRendering(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	copyDir(t, "../../content", filepath.Join(dir, "content"))
	cfg := Config{Content: filepath.Join(dir, "content"), Out: filepath.Join(dir, "out"), Defaults: templates.Defaults}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Run(ctx, cfg)
	// "while rendering" comes only from the early return; a build that
	// waited for its renderers would fail later, at the swap.
	if err == nil || !strings.Contains(err.Error(), "interrupted while rendering") {
		t.Fatalf("err = %v, want a build interrupted while rendering", err)
	}
	if _, err := os.Stat(filepath.Join(cfg.Out, "site")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("an interrupted first build left output: %v", err)
	}
}
