package scaffold_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tkpkd/tkpkd/generator/scaffold"
)

// content is the shipped reference content; scaffold only reads it.
const content = "../../content"

func read(t *testing.T) *scaffold.Content {
	t.Helper()
	c, err := scaffold.Read(content)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestNotes checks the as_of note: given for a date after the site's as_of
// (2024-09-30), not on it, and never for undated skeletons.
func TestNotes(t *testing.T) {
	t.Parallel()
	c := read(t)
	for _, tc := range []struct {
		day  string
		note bool
	}{{"2024-09-30", false}, {"2024-10-01", true}} {
		d, _ := time.Parse(time.DateOnly, tc.day)
		f := c.Meeting("rapat-x", d)
		if f.Path != filepath.Join(content, "meetings", "rapat-x.yaml") || f.Replace {
			t.Errorf("%s: path %q, replace %v", tc.day, f.Path, f.Replace)
		}
		if !strings.Contains(string(f.Data), "date: "+tc.day) {
			t.Errorf("%s: the skeleton is not dated that day:\n%s", tc.day, f.Data)
		}
		if got := len(f.Notes) == 1 && strings.Contains(f.Notes[0], "as_of 2024-09-30"); got != tc.note {
			t.Errorf("%s: notes %q, want a note: %v", tc.day, f.Notes, tc.note)
		}
	}
	if f := c.Page("panduan"); len(f.Notes) != 0 || f.Path != filepath.Join(content, "pages", "panduan.md") {
		t.Errorf("page: %q %q", f.Path, f.Notes)
	}
}

// TestRefusals: a folder without site.yaml, an unknown decision (with the
// meeting's decisions as a hint), a bad --meeting, a year that is a folder.
func TestRefusals(t *testing.T) {
	t.Parallel()
	if _, err := scaffold.Read(t.TempDir()); err == nil || !strings.Contains(err.Error(), "site.yaml") {
		t.Errorf("empty folder: %v", err)
	}
	c := read(t)
	day := time.Date(2024, 9, 1, 0, 0, 0, 0, time.UTC)
	if _, err := c.FollowUp("rakor-tkpk-banten-2023-q4/K99", "", day); err == nil || !strings.Contains(err.Error(), "rakor-tkpk-banten-2023-q4/K01") {
		t.Errorf("unknown decision: %v", err)
	}
	if _, err := c.FollowUp("rakor-tkpk-banten-2023-q4/K01", "Bad Id", day); err == nil || !strings.Contains(err.Error(), "--meeting") {
		t.Errorf("bad meeting: %v", err)
	}
	f, err := c.FollowUp("rakor-tkpk-banten-2023-q4/K01", "", day)
	if err != nil || !f.Replace || !strings.Contains(string(f.Data), "- decision: rakor-tkpk-banten-2023-q4/K01\n") {
		t.Errorf("follow-up: %v %v", err, f.Replace)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "site.yaml"), []byte("region: \"36\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "allocations", "2025"), 0o755); err != nil {
		t.Fatal(err)
	}
	c, err = scaffold.Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Year(2025); err == nil || !strings.Contains(err.Error(), "sudah ada") {
		t.Errorf("year folder: %v", err)
	}
	if f, err := c.Year(2026); err != nil || !strings.Contains(string(f.Data), "year: 2026") {
		t.Errorf("year 2026: %v\n%s", err, f.Data)
	}
}
