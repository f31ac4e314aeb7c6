package serve

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEditReloads is the acceptance test and the one serve test
// over real builds of the reference content (two successful builds, the
// most expensive part of this package's tests): serve, fetch a page and a
// brief, check the reload script is only in what is served; break a file
// in a new folder and see the error page naming file:line:col; edit a
// meeting while broken; fix the file and see the site again, edit included.
// TestWatchNewFolder runs the same story over the stand-in build, with an
// edit on good content.
func TestEditReloads(t *testing.T) {
	t.Parallel()
	content := copyContent(t)
	log := &syncWriter{}
	s := start(t, Options{Content: content, Log: log})

	code, body := get(t, s, "/")
	if code != 200 || !strings.Contains(body, `<html lang="id"`) {
		t.Fatalf("GET / = %d, want 200 and the Indonesian home page; body starts %.200q", code, body)
	}
	if !strings.Contains(body, reloadScript+"</body>") {
		t.Error("GET /: the reload script is not just before </body>")
	}
	code, pdf := get(t, s, "/pdf/rapat/rakor-tkpk-banten-2024-q3.pdf")
	if code != 200 || !strings.HasPrefix(pdf, "%PDF-") {
		t.Errorf("GET the meeting's brief = %d, want 200 and a PDF; starts %.20q", code, pdf)
	}
	noScriptOnDisk(t, s.state.Load().site)
	ev := subscribe(t, s)

	// A broken file arrives in a new folder (moved in whole, as a file
	// manager does): the folder is watched from then on, and every page
	// becomes the error page.
	const meeting = "/rapat/rakor-tkpk-banten-2024-q3/"
	year := filepath.Join(content, "allocations", "2031")
	broken := filepath.Join(year, "36.01.yaml")
	moveIn(t, year, "36.01.yaml", "year: 2031\nlines: [\n  {a: 1}\n")
	ev.next(t, false)
	code, body = get(t, s, meeting)
	if code != 500 || !strings.Contains(body, "Konten bermasalah") || !strings.Contains(body, "The content has problems") {
		t.Fatalf("GET %s with a broken file = %d, want 500 and the error page; body starts %.300q", meeting, code, body)
	}
	if !strings.Contains(body, "<code>allocations/2031/36.01.yaml:2:") || !strings.Contains(body, reloadScript) {
		t.Errorf("the error page does not name allocations/2031/36.01.yaml:2:col or lacks the reload script:\n%s", body)
	}
	if code, _ := get(t, s, "/aset/style.css"); code != 200 {
		t.Errorf("GET /aset/style.css while broken = %d, want 200 from the last good build", code)
	}
	if !strings.Contains(log.String(), "content has 1 problem, still serving the last good build:\n  allocations/2031/36.01.yaml:2:") {
		t.Errorf("the log does not report the problem:\n%s", log)
	}

	// Edit a meeting's title while the content is broken: that build
	// fails at the check, before rendering, so it costs little.
	file := filepath.Join(content, "meetings", "rakor-tkpk-banten-2024-q3.yaml")
	orig, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	const oldTitle = "Rapat Koordinasi TKPKD Provinsi Banten Triwulan III 2024"
	const newTitle = "Rapat Pratinjau Serve Uji Coba"
	if !strings.Contains(string(orig), `title: "`+oldTitle+`"`) {
		t.Fatalf("%s has no title %q; update the test", file, oldTitle)
	}
	write(t, file, strings.Replace(string(orig), oldTitle, newTitle, 1))
	ev.next(t, false)

	// Fix it inside the new folder, by renaming the file to a name tkpkd
	// does not read: only a watch on the new folder sees that. The site
	// comes back, with the edit in it.
	if err := os.Rename(broken, broken+".bak"); err != nil {
		t.Fatal(err)
	}
	ev.next(t, true)
	if code, body := get(t, s, meeting); code != 200 || !strings.Contains(body, newTitle) || strings.Contains(body, oldTitle) {
		t.Fatalf("GET %s after the fix = %d, want 200 with the new title only", meeting, code)
	}
	if !strings.Contains(log.String(), "rebuilt in ") {
		t.Errorf("no rebuild status line in the log:\n%s", log)
	}
}

// TestWatchNewFolder is TestEditReloads's story over the stand-in build:
// an edit shows after its reload event; a broken file in a new folder
// gives the error page while the last good build's files are still
// served; renaming it inside that folder (seen only by a watch on it)
// brings the site back.
func TestWatchNewFolder(t *testing.T) {
	t.Parallel()
	content := fakeContent(t, "Judul lama")
	if err := os.Mkdir(filepath.Join(content, "allocations"), 0o755); err != nil {
		t.Fatal(err)
	}
	log := &syncWriter{}
	s := start(t, Options{Content: content, Log: log, Build: fakeBuild})
	ev := subscribe(t, s)

	write(t, filepath.Join(content, "title.txt"), "Judul baru\n")
	ev.next(t, true)
	if code, body := get(t, s, "/"); code != 200 || !strings.Contains(body, "<h1>Judul baru</h1>") {
		t.Fatalf("GET / after the edit = %d, want 200 with the new title; body starts %.300q", code, body)
	}

	year := filepath.Join(content, "allocations", "2031")
	broken := filepath.Join(year, "36.01.yaml")
	moveIn(t, year, "36.01.yaml", "!broken\n")
	ev.next(t, false)
	code, body := get(t, s, "/")
	if code != 500 || !strings.Contains(body, "<code>allocations/2031/36.01.yaml:1:1</code>") || !strings.Contains(body, reloadScript) {
		t.Fatalf("GET / with a broken file = %d, want 500 and the error page naming it, with the script; body starts %.300q", code, body)
	}
	if code, css := get(t, s, "/aset/style.css"); code != 200 || css != "body{color:#000}\n" {
		t.Errorf("GET /aset/style.css while broken = %d %q, want 200 from the last good build", code, css)
	}
	if !strings.Contains(log.String(), "content has 1 problem, still serving the last good build:\n  allocations/2031/36.01.yaml:1:1:") {
		t.Errorf("the log does not report the problem:\n%s", log)
	}

	if err := os.Rename(broken, broken+".bak"); err != nil {
		t.Fatal(err)
	}
	ev.next(t, true)
	if code, body := get(t, s, "/"); code != 200 || !strings.Contains(body, "<h1>Judul baru</h1>") {
		t.Fatalf("GET / after the fix = %d, want 200 with the title", code)
	}
	if got := log.String(); !strings.Contains(got, "built in ") || !strings.Contains(got, "rebuilt in ") {
		t.Errorf("no build and rebuild status lines in the log:\n%s", got)
	}
}

// moveIn makes folder dst holding one file, name with data, by making it
// aside and renaming it into place, so a watcher sees the folder appear
// with its file already in it.
func moveIn(t *testing.T, dst, name, data string) {
	t.Helper()
	staged := filepath.Join(t.TempDir(), filepath.Base(dst))
	if err := os.Mkdir(staged, 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(staged, name), data)
	if err := os.Rename(staged, dst); err != nil {
		t.Fatal(err)
	}
}

// noScriptOnDisk checks the script is added to what is served, never to
// the built files, over the whole build (site and briefs).
func noScriptOnDisk(t *testing.T, site string) {
	t.Helper()
	pages := 0
	err := filepath.WalkDir(filepath.Dir(site), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if strings.HasSuffix(path, ".html") {
			pages++
		}
		if bytes.Contains(data, []byte(EventsPath)) || bytes.Contains(data, []byte("EventSource")) {
			t.Errorf("%s on disk contains the reload script", path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if pages < 50 {
		t.Errorf("found %d HTML files under %s, want the whole site", pages, site)
	}
}

func write(t *testing.T, name, data string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
