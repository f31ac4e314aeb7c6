package serve

import (
	"bufio"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestServeFiles checks, on one server over a stand-in build: a missing
// page gets the site's own 404 page in its language; files other than
// pages pass untouched; no request reaches outside the site folder; and
// the templates folder is watched. (TestEditReloads checks, on a real
// build, that the script never reaches the built files.)
func TestServeFiles(t *testing.T) {
	t.Parallel()
	tmpl := t.TempDir()
	s := start(t, Options{Content: fakeContent(t, "Beranda"), Templates: tmpl, Build: fakeBuild})
	code, home := get(t, s, "/")
	if code != 200 || !strings.Contains(home, reloadScript+"</body>") {
		t.Fatalf("GET / = %d, want 200 with the reload script just before </body>", code)
	}

	t.Run("not found", func(t *testing.T) {
		for _, c := range []struct{ path, lang, base string }{
			{"/tidak-ada", `<html lang="id"`, `<base href="/">`},
			{"/rapat/tidak-ada/", `<html lang="id"`, `<base href="/">`},
			{"/en/missing/page.html", `<html lang="en"`, `<base href="/en/">`},
		} {
			code, body := get(t, s, c.path)
			if code != 404 || !strings.Contains(body, c.lang) || !strings.Contains(body, c.base) || !strings.Contains(body, reloadScript) {
				t.Errorf("GET %s = %d, want 404 with the site's 404 page (%s, %s) and the script; body starts %.200q", c.path, code, c.lang, c.base, body)
			}
		}
	})

	t.Run("assets untouched", func(t *testing.T) {
		code, css := get(t, s, "/aset/style.css")
		disk, err := os.ReadFile(filepath.Join(s.state.Load().site, "aset", "style.css"))
		if err != nil || code != 200 || css != string(disk) {
			t.Errorf("GET /aset/style.css = %d, want 200 and the file as on disk (read: %v)", code, err)
		}
	})

	t.Run("briefs", func(t *testing.T) {
		code, pdf := get(t, s, "/pdf/rapat/rakor-1.pdf")
		if code != 200 || pdf != "%PDF-1.4 fake brief\n" {
			t.Errorf("GET a brief = %d, want 200 and the file untouched; starts %.20q", code, pdf)
		}
	})

	t.Run("path safety", func(t *testing.T) {
		// The marker file sits in the output folder, one level above the
		// site: reaching it would mean escaping the site folder.
		for _, p := range []string{
			"/../.tkpkd-output", "/%2e%2e/.tkpkd-output", "/%2E%2E%2F.tkpkd-output", "/..%2f.tkpkd-output",
			"/pdf/../../.tkpkd-output", "/pdf/%2e%2e/%2e%2e/.tkpkd-output", "/aset/..%5c..%5c.tkpkd-output",
			"/../../../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
		} {
			// A redirect to the cleaned path is fine: it stays in the site.
			code, body := rawGet(t, s, p)
			if code == 200 || strings.Contains(body, "root:") {
				t.Errorf("GET %s = %d; it must not serve a file outside the site folder; body starts %.100q", p, code, body)
			}
		}
	})

	// Last, as it changes the site: the templates folder is watched, a
	// file in a folder made since is seen, and a template error is shown
	// as it is.
	t.Run("templates watched", func(t *testing.T) {
		ev := subscribe(t, s)
		// Made aside and moved in whole, so one build sees the file.
		staged := filepath.Join(t.TempDir(), "site")
		if err := os.Mkdir(staged, 0o755); err != nil {
			t.Fatal(err)
		}
		const css = "/* tkpkd serve test */ body{color:#123}\n"
		write(t, filepath.Join(staged, "style.css"), css)
		if err := os.Rename(staged, filepath.Join(tmpl, "site")); err != nil {
			t.Fatal(err)
		}
		ev.next(t, true)
		if code, got := get(t, s, "/aset/style.css"); code != 200 || got != css {
			t.Errorf("GET /aset/style.css after overriding it = %d %.60q, want 200 %q", code, got, css)
		}
		write(t, filepath.Join(tmpl, "site", "home.html"), "{{define \"content\"}}{{.Nope\n")
		ev.next(t, false)
		code, body := get(t, s, "/")
		if code != 500 || !strings.Contains(body, "<h1>Build gagal</h1>") || !strings.Contains(body, "home.html") {
			t.Errorf("GET / with a broken template = %d, want 500 and the error page naming home.html; body starts %.600q", code, body)
		}
	})
}

// rawGet sends the path exactly as written: an HTTP client would clean it.
func rawGet(t *testing.T, s *Server, path string) (int, string) {
	t.Helper()
	c, err := net.Dial("tcp", s.ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.Write([]byte("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")); err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest("GET", path, nil)
	resp, err := http.ReadResponse(bufio.NewReader(c), req)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	var b strings.Builder
	_, err = bufio.NewReader(resp.Body).WriteTo(&b)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, b.String()
}
