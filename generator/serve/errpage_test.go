package serve

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tkpkd/tkpkd/generator/diag"
)

func TestErrorPage(t *testing.T) {
	problems := diag.List{
		{File: "meetings/a.yaml", Line: 3, Col: 7, Field: "title", Msg: diag.T(`kosong (tertulis %q)`, `is empty (got %q)`, "<script>alert(1)</script>")},
		{File: "site.yaml", Line: 2, Field: "as_of", Msg: diag.T("sudah lama", "is old"), Severity: diag.Warning},
		{File: "pages/x.md", Msg: diag.T("berkas tidak bisa dibaca", "cannot read the file")},
	}
	page := string(errorPage(fmt.Errorf("build: %w", problems), true))
	for _, want := range []string{
		`<html lang="id">`, "<h1>Konten bermasalah</h1>", `<p class="en" lang="en">The content has problems</p>`,
		`<li><code>meetings/a.yaml:3:7</code>: title: kosong (tertulis &#34;&lt;script&gt;alert(1)&lt;/script&gt;&#34;)<br><span class="en" lang="en">title: is empty (got &#34;&lt;script&gt;alert(1)&lt;/script&gt;&#34;)</span></li>`,
		"<li><code>pages/x.md</code>: berkas tidak bisa dibaca<br><span class=\"en\" lang=\"en\">cannot read the file</span></li>\n</ol>\n<h2>Peringatan",
		`<li class="warn"><code>site.yaml:2</code>: as_of: peringatan: sudah lama<br><span class="en" lang="en">as_of: warning: is old</span></li>`,
		"2 masalah", "masih dari build terakhir yang berhasil", reloadScript + "\n</body>",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("error page lacks %q:\n%s", want, page)
		}
	}
	if strings.Contains(page, "<script>alert") {
		t.Error("a problem's text is not escaped")
	}

	other := string(errorPage(errors.New(`templates/site/layout.html:4: unexpected "}" in <operand>`), false))
	for _, want := range []string{"<h1>Build gagal</h1>", "The build failed", "<pre>templates/site/layout.html:4: unexpected &#34;}&#34; in &lt;operand&gt;</pre>", "Belum ada build yang berhasil"} {
		if !strings.Contains(other, want) {
			t.Errorf("error page of a non-content error lacks %q:\n%s", want, other)
		}
	}
}

func TestInject(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"<p>a</p></body></html>", "<p>a</p>" + reloadScript + "</body></html>"},
		{"<body>x</body>y</body>", "<body>x</body>y" + reloadScript + "</body>"},
		{"<p>no end", "<p>no end" + reloadScript},
		{"", reloadScript},
	} {
		if got := string(inject([]byte(c.in))); got != c.want {
			t.Errorf("inject(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestIgnored(t *testing.T) {
	for name, want := range map[string]bool{
		"site.yaml": false, "rakor.md": false, "2024": false,
		".git": true, ".site.yaml.swp": true, "site.yaml~": true, "4913": true, "#site.yaml#": true, ".#site.yaml": true,
	} {
		if got := ignored(name); got != want {
			t.Errorf("ignored(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestFirstBuildFails starts on broken content: with no good build yet
// every request gets the error page, until the content is fixed.
func TestFirstBuildFails(t *testing.T) {
	t.Parallel()
	content := fakeContent(t, "Beranda")
	site := filepath.Join(content, "site.yaml")
	write(t, site, "!broken\n")
	log := &syncWriter{}
	s := start(t, Options{Content: content, Log: log, Build: fakeBuild})
	for _, p := range []string{"/", "/aset/style.css", "/pdf/"} {
		if code, body := get(t, s, p); code != 500 || !strings.Contains(body, "<code>site.yaml:1:1</code>") || !strings.Contains(body, "Belum ada build yang berhasil") {
			t.Errorf("GET %s = %d, want 500 and the error page naming site.yaml:1:1; body starts %.300q", p, code, body)
		}
	}
	ev := subscribe(t, s)
	write(t, site, "fixed\n")
	ev.next(t, true)
	if code, body := get(t, s, "/"); code != 200 || !strings.Contains(body, `<html lang="id"`) || !strings.Contains(body, "<h1>Beranda</h1>") {
		t.Errorf("GET / after the fix = %d, want 200 and the home page; body starts %.300q", code, body)
	}
	if got := log.String(); !strings.HasPrefix(got, "content has 1 problem, nothing to serve until it is fixed:\n  site.yaml:1:1: rusak") {
		t.Errorf("log starts %.200q, want the problem first", got)
	}
}

func TestNewErrors(t *testing.T) {
	if _, err := New(Options{Content: "."}); err == nil {
		t.Error("New without Defaults: no error")
	}
	if _, err := New(Options{Content: "no-such-folder", Defaults: os.DirFS(".")}); err == nil || !strings.Contains(err.Error(), "no-such-folder is not there") {
		t.Errorf("New on a missing content folder: %v, want it is not there", err)
	}
	if _, err := New(Options{Content: ".", Templates: "no-such-folder", Defaults: os.DirFS(".")}); err == nil || !strings.Contains(err.Error(), "templates folder no-such-folder is not there") {
		t.Errorf("New on a missing templates folder: %v, want it is not there", err)
	}
	s, err := New(Options{Content: ".", Defaults: os.DirFS("."), Addr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.ln.Close()
	_, err = New(Options{Content: ".", Defaults: os.DirFS("."), Addr: s.ln.Addr().String()})
	if err == nil || !strings.Contains(err.Error(), "cannot listen on "+s.ln.Addr().String()) {
		t.Errorf("New on a port in use: %v, want cannot listen on it", err)
	}
}

func TestLogFailure(t *testing.T) {
	var log strings.Builder
	s := &Server{opts: Options{Log: &log}}
	s.logFailure(diag.List{
		{File: "a.yaml", Line: 1, Col: 2, Msg: diag.T("tidak dipakai", "unused"), Severity: diag.Warning},
		{File: "b.yaml", Line: 3, Col: 4, Field: "x", Msg: diag.T("salah", "is wrong")},
	}, true)
	s.logFailure(errors.New("templates/site/x.html: bad"), false)
	want := "content has 1 problem (and 1 warnings), still serving the last good build:\n" +
		"  b.yaml:3:4: x: salah\n" +
		"  a.yaml:1:2: peringatan: tidak dipakai\n" +
		"build failed, nothing to serve until it is fixed: templates/site/x.html: bad\n"
	if log.String() != want {
		t.Errorf("log =\n%s\nwant\n%s", log.String(), want)
	}
}
