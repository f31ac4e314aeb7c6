package load

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func problemsText(t *testing.T, root string) string {
	t.Helper()
	_, problems := Dir(root)
	return problems.Error()
}

func TestSymlinkOutOfFolder(t *testing.T) {
	t.Parallel()
	outside := t.TempDir()
	writeFile(t, filepath.Join(outside, "secret.yaml"), "regions: []\n")
	root := t.TempDir()
	writeFile(t, filepath.Join(root, "site.yaml"), "title: x\npublisher: y\nas_of: 2024-01-01\n")
	if err := os.Symlink(filepath.Join(outside, "secret.yaml"), filepath.Join(root, "regions.yaml")); err != nil {
		t.Skip("symlinks not supported here:", err)
	}
	got := problemsText(t, root)
	if !strings.Contains(got, "regions.yaml: adalah symlink yang menunjuk ke luar folder konten") {
		t.Errorf("got %q, want a symlink error for regions.yaml", got)
	}
}

func TestSymlinkInsideFolderIsRead(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	writeFile(t, filepath.Join(root, "site.yaml"), "title: x\npublisher: y\nas_of: 2024-01-01\n")
	writeFile(t, filepath.Join(root, "shared", "regions.yaml"), "regions:\n  - {code: \"36\", name: Banten, kind: provinsi}\n")
	if err := os.Symlink(filepath.Join(root, "shared", "regions.yaml"), filepath.Join(root, "regions.yaml")); err != nil {
		t.Skip("symlinks not supported here:", err)
	}
	set, problems := Dir(root)
	if problems.HasErrors() || len(set.Site.Regions) != 1 {
		t.Errorf("problems %v, regions %d; want the linked file read", problems, len(set.Site.Regions))
	}
}

func TestOversizeFile(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	writeFile(t, filepath.Join(root, "site.yaml"), "title: x\npublisher: y\nas_of: 2024-01-01\n")
	big := "regions:\n" + strings.Repeat("  - {code: \"36\", name: Banten, kind: provinsi}\n", MaxFileSize/40)
	writeFile(t, filepath.Join(root, "regions.yaml"), big)
	got := problemsText(t, root)
	if !strings.Contains(got, "regions.yaml: terlalu besar") {
		t.Errorf("got %q, want a size error", got)
	}
}

func TestUnreadableFile(t *testing.T) {
	t.Parallel()
	if runtime.GOOS == "windows" || os.Getuid() == 0 {
		t.Skip("root can read any file; permission test skipped")
	}
	root := t.TempDir()
	writeFile(t, filepath.Join(root, "site.yaml"), "title: x\npublisher: y\nas_of: 2024-01-01\n")
	writeFile(t, filepath.Join(root, "regions.yaml"), "regions: []\n")
	if err := os.Chmod(filepath.Join(root, "regions.yaml"), 0); err != nil {
		t.Fatal(err)
	}
	got := problemsText(t, root)
	if !strings.Contains(got, "regions.yaml: berkas tidak bisa dibaca") {
		t.Errorf("got %q, want a read error", got)
	}
}

// hangBound turns a hang into a clear failure. Each case takes
// milliseconds; the bound is minutes so a busy machine never reaches it.
const hangBound = 2 * time.Minute

func TestSpecialFile(t *testing.T) {
	t.Parallel()
	// A named pipe must be refused, not waited on.
	root := t.TempDir()
	writeFile(t, filepath.Join(root, "site.yaml"), "title: x\npublisher: y\nas_of: 2024-01-01\n")
	fifo := filepath.Join(root, "regions.yaml")
	if err := mkfifo(fifo); err != nil {
		t.Skip("no named pipes here:", err)
	}
	done := make(chan string, 1)
	go func() { done <- problemsText(t, root) }()
	select {
	case got := <-done:
		if !strings.Contains(got, "regions.yaml: bukan berkas biasa") {
			t.Errorf("got %q, want a not-a-regular-file error", got)
		}
	case <-time.After(hangBound):
		t.Fatalf("reading a named pipe did not return within %s: it hangs", hangBound)
	}
}

func TestBOMAndCRLF(t *testing.T) {
	t.Parallel()
	text := "\xef\xbb\xbftitle: Laporan\r\npublisher: TKPKD\r\nas_of: 2024-01-01\r\nbogus: 1\r\n"
	set, problems := Files([]File{{Name: "site.yaml", Data: []byte(text)}})
	if set.Site.Config.Title != "Laporan" || set.Site.Config.AsOf.String() != "2024-01-01" {
		t.Errorf("config = %+v, want the BOM and CRLF file read", set.Site.Config)
	}
	// The line and column are those the editor shows.
	if got := problems.Error(); !strings.Contains(got, "site.yaml:4:1: bogus:") {
		t.Errorf("problems %q, want bogus reported at 4:1", got)
	}
}

func TestDeepNesting(t *testing.T) {
	t.Parallel()
	text := "regions: " + strings.Repeat("[", 10000) + strings.Repeat("]", 10000) + "\n"
	done := make(chan bool, 1)
	go func() {
		_, problems := Files([]File{{Name: "regions.yaml", Data: []byte(text)}})
		done <- problems.HasErrors()
	}()
	select {
	case errs := <-done:
		if !errs {
			t.Error("10,000-deep nesting accepted; want an error")
		}
	case <-time.After(hangBound):
		t.Fatalf("10,000-deep nesting did not return within %s: it hangs the loader", hangBound)
	}
}
