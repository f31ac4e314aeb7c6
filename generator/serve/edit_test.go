package serve

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEditReloads is the acceptance test: serve, fetch a page,
// edit a meeting and see the change after a reload event; break a file
// in a new folder, see the error page naming file:line:col, then fix it
// and see the site again.
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
	ev := subscribe(t, s)

	// Edit a meeting's title: the page shows the new one after the reload.
	const meeting = "/rapat/rakor-tkpk-banten-2024-q3/"
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
	ev.next(t, true)
	if code, body := get(t, s, meeting); code != 200 || !strings.Contains(body, newTitle) || strings.Contains(body, oldTitle) {
		t.Fatalf("GET %s after the edit = %d, want 200 with the new title only", meeting, code)
	}

	// A broken file arrives in a new folder (moved in whole, as a file
	// manager does): the folder is watched from then on, and every page
	// becomes the error page.
	year := filepath.Join(content, "allocations", "2031")
	staged := filepath.Join(t.TempDir(), "2031")
	if err := os.Mkdir(staged, 0o755); err != nil {
		t.Fatal(err)
	}
	broken := filepath.Join(year, "36.01.yaml")
	write(t, filepath.Join(staged, "36.01.yaml"), "year: 2031\nlines: [\n  {a: 1}\n")
	if err := os.Rename(staged, year); err != nil {
		t.Fatal(err)
	}
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

	// Fix it inside the new folder, by renaming the file to a name tkpkd
	// does not read: only a watch on the new folder sees that. The site
	// comes back, with the edit still in it.
	if err := os.Rename(broken, broken+".bak"); err != nil {
		t.Fatal(err)
	}
	ev.next(t, true)
	if code, body := get(t, s, meeting); code != 200 || !strings.Contains(body, newTitle) {
		t.Fatalf("GET %s after the fix = %d, want 200 with the new title", meeting, code)
	}
	if !strings.Contains(log.String(), "rebuilt in ") {
		t.Errorf("no rebuild status line in the log:\n%s", log)
	}
}

func write(t *testing.T, name, data string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
