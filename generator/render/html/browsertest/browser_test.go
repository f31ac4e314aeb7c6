package browsertest

import (
	"archive/tar"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"github.com/tkpkd/tkpkd/generator/load"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/tkpkd/tkpkd/generator/i18n"
	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/render/html"
	"github.com/tkpkd/tkpkd/generator/validate"
	"github.com/tkpkd/tkpkd/templates"
)

// axeVersion is the axe-core release the accessibility check runs.
const axeVersion = "4.10.2"

var repoRoot = filepath.Join("..", "..", "..", "..")

// need skips the test when a tool is missing, except in CI, where every
// tool the tests use is installed by .ci/run and a missing one is a failure.
func need(t *testing.T, names ...string) string {
	t.Helper()
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	msg := fmt.Sprintf("%s not found; install it (apt-get install chromium / npm) to run the browser test", strings.Join(names, " or "))
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// buildSite renders the reference content into dir and returns the site.
func buildSite(t *testing.T, dir string) *model.Site {
	t.Helper()
	checked := validate.Dir(filepath.Join(repoRoot, "content"))
	if checked.Problems.HasErrors() {
		t.Fatalf("checking content/:\n%v", checked.Problems)
	}
	site := checked.Site
	tmpl, _ := fs.Sub(templates.Site, "site")
	strs, _ := fs.Sub(templates.I18n, "i18n")
	cat, err := i18n.Load(strs, load.Strings)
	if err != nil {
		t.Fatal(err)
	}
	r, err := html.New(html.Options{Templates: tmpl, I18n: cat})
	if err != nil {
		t.Fatal(err)
	}
	files, err := r.Render(site)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return site
}

// axeSource returns axe.min.js, fetched once with npm into the user cache.
func axeSource(t *testing.T) string {
	t.Helper()
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir()
	}
	dir := filepath.Join(cache, "tkpkd", "axe-core-"+axeVersion)
	js := filepath.Join(dir, "axe.min.js")
	if b, err := os.ReadFile(js); err == nil {
		return string(b)
	}
	npm := need(t, "npm")
	tmp := t.TempDir()
	cmd := exec.Command(npm, "pack", "axe-core@"+axeVersion, "--silent", "--pack-destination", tmp)
	cmd.Dir = tmp
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("npm pack axe-core@%s: %v\n%s", axeVersion, err, out)
	}
	b, err := untarFile(filepath.Join(tmp, "axe-core-"+axeVersion+".tgz"), "package/axe.min.js")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err == nil {
		_ = os.WriteFile(js, b, 0o644) // a cache: failing to keep it only costs a download
	}
	return string(b)
}

func untarFile(tgz, name string) ([]byte, error) {
	f, err := os.Open(tgz)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err != nil {
			return nil, fmt.Errorf("%s: no %s: %w", tgz, name, err)
		}
		if h.Name == name {
			return io.ReadAll(io.LimitReader(tr, 16<<20))
		}
	}
}

// visibleChart finds a chart on the page that the reader can see: an SVG in
// a figure, laid out with a real size, not hidden.
const visibleChart = `(() => [...document.querySelectorAll('figure.chart svg')].some(s => {
	const r = s.getBoundingClientRect(), st = getComputedStyle(s);
	return r.width > 200 && r.height > 40 && st.visibility !== 'hidden' && st.display !== 'none';
}))()`

// overflow is how far the page is wider than the viewport: wide tables
// must scroll inside their own box, not drag the whole page sideways.
const overflow = `document.documentElement.scrollWidth - window.innerWidth`

// runAxe reports the serious and critical axe-core violations.
const runAxe = `axe.run(document, {resultTypes: ['violations'], preload: false}).then(r => r.violations
	.filter(v => v.impact === 'serious' || v.impact === 'critical')
	.map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')))`

// browserPatience bounds the whole browser session, only so that a hung
// Chromium fails the test with a clear message before go test's -timeout
// does. Pages take well under a second each; this is minutes so that a
// busy machine never reaches it.
const browserPatience = 5 * time.Minute

// TestToolBrowser loads the home, a budget year and a meeting page of the
// reference site from file:// at phone and desktop widths, in Chromium.
// It checks what a browser shows, not Go concurrency: make test runs the
// TestTool* tests once without -race (see the Makefile).
func TestToolBrowser(t *testing.T) {
	chromium := need(t, "chromium", "chromium-browser", "google-chrome")
	axe := axeSource(t)
	dir := t.TempDir()
	site := buildSite(t, dir)
	if len(site.Years) == 0 || len(site.Meetings) == 0 {
		t.Fatal("the reference content has no budget year or no meeting")
	}
	y := site.Years[len(site.Years)-1].Year
	m := ""
	for _, mt := range site.Meetings {
		if len(mt.Decisions) > 0 {
			m = mt.ID // the latest meeting that decided something, so it has a chart
		}
	}
	pages := []string{"index.html", "anggaran/" + strconv.Itoa(y) + "/index.html",
		"rapat/" + m + "/index.html", "en/rapat/" + m + "/index.html"}
	shots := screenshotDir(t)
	ctx, cancel := context.WithTimeout(context.Background(), browserPatience)
	defer cancel()
	context.AfterFunc(ctx, func() {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			t.Errorf("the browser session took over %s: Chromium hangs (the errors below follow from it)", browserPatience)
		}
	})
	b, err := Start(ctx, chromium, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	for _, width := range []int{390, 1280} {
		tab, err := b.NewPage(ctx, width, 900)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range pages {
			checkPage(ctx, t, tab, dir, p, width, axe, shots)
		}
		_ = tab.Close(ctx)
	}
}

// keepEnv names a folder where the screenshots are kept for a person to
// look at, e.g. TKPKD_TEST_OUTPUT=output/test (output/ is git-ignored; a
// relative path is taken from the module root). Unset, they go to a
// temporary folder: tests never write into the repository on their own.
const keepEnv = "TKPKD_TEST_OUTPUT"

func screenshotDir(t *testing.T) string {
	keep := os.Getenv(keepEnv)
	if keep == "" {
		return t.TempDir()
	}
	if !filepath.IsAbs(keep) {
		keep = filepath.Join(repoRoot, keep)
	}
	dir := filepath.Join(keep, "screenshots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

func checkPage(ctx context.Context, t *testing.T, tab *Page, dir, page string, width int, axe, shots string) {
	t.Helper()
	abs, err := filepath.Abs(filepath.Join(dir, page))
	if err != nil {
		t.Fatal(err)
	}
	where := fmt.Sprintf("%s at %d px", page, width)
	if err := tab.Navigate(ctx, "file://"+filepath.ToSlash(abs)); err != nil {
		t.Fatalf("%s: %v", where, err)
	}
	if err := tab.Eval(ctx, `document.fonts.ready.then(() => true)`, nil); err != nil {
		t.Errorf("%s: %v", where, err)
	}
	var visible bool
	if err := tab.Eval(ctx, visibleChart, &visible); err != nil || !visible {
		t.Errorf("%s: no visible chart (%v)", where, err)
	}
	var over float64
	if err := tab.Eval(ctx, overflow, &over); err != nil || over > 0 {
		t.Errorf("%s: the page is %v px wider than the screen (%v)", where, over, err)
	}
	png, err := tab.Screenshot(ctx)
	if err != nil {
		t.Errorf("%s: screenshot: %v", where, err)
	} else {
		name := strings.ReplaceAll(strings.TrimSuffix(page, "/index.html"), "/", "-")
		if err := os.WriteFile(filepath.Join(shots, fmt.Sprintf("%s-%d.png", name, width)), png, 0o644); err != nil {
			t.Error(err)
		}
	}
	for _, e := range tab.Errors() {
		t.Errorf("%s: %s", where, e)
	}
	// axe-core is injected after the page's own errors are counted: its
	// errors are the test's, not the site's.
	if err := tab.Eval(ctx, axe, nil); err != nil {
		t.Fatalf("%s: loading axe-core: %v", where, err)
	}
	var violations []string
	if err := tab.Eval(ctx, runAxe, &violations); err != nil {
		t.Errorf("%s: axe: %v", where, err)
	}
	for _, v := range violations {
		t.Errorf("%s: axe: %s", where, v)
	}
	_ = tab.Errors()
}
