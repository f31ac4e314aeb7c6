package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// brokenAmount copies the reference content with one summary amount
// written the way SIPD prints it.
func brokenAmount(t *testing.T) string {
	t.Helper()
	dir := copyContent(t)
	path := filepath.Join(dir, "allocations", "2024.yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	data = []byte(strings.Replace(string(data), "amount: 1700000000000 ", "amount: Rp 1.700.000.000.000 ", 1))
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestCheckLanguage(t *testing.T) {
	t.Parallel()
	dir := brokenAmount(t)
	_, _, id := runTool(t, "check", "--content", dir)
	_, _, en := runTool(t, "check", "--content", dir, "--lang", "en")
	wantID := "allocations/2024.yaml:21:13: amount (ringkasan rka-2024-kemiskinan-ekstrem): berupa teks, bukan angka (tertulis \"Rp 1.700.000.000.000\"); tulis 1700000000000"
	wantEN := "allocations/2024.yaml:21:13: amount (summary rka-2024-kemiskinan-ekstrem): is text, not a number (got \"Rp 1.700.000.000.000\"); write 1700000000000"
	if !strings.HasPrefix(id, wantID) || !strings.Contains(id, ": 1 kesalahan, 0 peringatan\n") {
		t.Errorf("default language:\n%s\nwant it to start %s", id, wantID)
	}
	if !strings.HasPrefix(en, wantEN) || !strings.Contains(en, ": 1 error, 0 warnings\n") {
		t.Errorf("--lang en:\n%s\nwant it to start %s", en, wantEN)
	}
	if code, _, _ := runTool(t, "check", "--content", dir, "--lang", "fr"); code != 2 {
		t.Errorf("--lang fr: exit %d, want 2", code)
	}
}

// The language comes from LANG before the site, and from the site's first
// language when LANG names neither.
func TestProblemLang(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "site.yaml"), []byte("languages: [en, id]\n"), 0o644)
	for _, tc := range []struct{ flag, env, content, want string }{
		{"", "", "", "id"},
		{"", "", dir, "en"},
		{"", "C.UTF-8", dir, "en"},
		{"", "id_ID.UTF-8", dir, "id"},
		{"", "en_GB.UTF-8", "", "en"},
		{"id", "en_GB.UTF-8", dir, "id"},
	} {
		t.Setenv("LANG", tc.env)
		content := tc.content
		if content == "" {
			content = filepath.Join(dir, "none")
		}
		if got, ok := problemLang(tc.flag, content); !ok || got != tc.want {
			t.Errorf("problemLang(%q) with LANG=%q, site %q = %q; want %q", tc.flag, tc.env, tc.content, got, tc.want)
		}
	}
}

func TestCheckGitLabFormat(t *testing.T) {
	t.Parallel()
	dir := brokenAmount(t)
	code, out, _ := runTool(t, "check", "--content", dir, "--format", "gitlab")
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	var issues []map[string]any
	if err := json.Unmarshal([]byte(out), &issues); err != nil || len(issues) != 1 {
		t.Fatalf("stdout is not a report of one issue (%v):\n%s", err, out)
	}
	is := issues[0]
	loc, _ := is["location"].(map[string]any)
	lines, _ := loc["lines"].(map[string]any)
	if !strings.HasPrefix(is["description"].(string), "amount (ringkasan rka-2024-kemiskinan-ekstrem): berupa teks") ||
		is["check_name"] != "tkpkd/amount" || is["severity"] != "major" || len(is["fingerprint"].(string)) != 32 ||
		loc["path"] != dir+"/allocations/2024.yaml" || lines["begin"] != 21.0 {
		t.Errorf("issue = %v", is)
	}
	// The fingerprint survives lines added above the problem.
	path := filepath.Join(dir, "allocations", "2024.yaml")
	data, _ := os.ReadFile(path)
	os.WriteFile(path, append([]byte("# catatan baru\n"), data...), 0o644)
	_, out2, _ := runTool(t, "check", "--content", dir, "--format", "gitlab")
	var again []map[string]any
	if json.Unmarshal([]byte(out2), &again) != nil || len(again) != 1 || again[0]["fingerprint"] != is["fingerprint"] {
		t.Errorf("fingerprint changed when a line was added above:\n%s\n%s", out, out2)
	}
	// Clean content is an empty report, still valid JSON.
	if code, out, _ := runTool(t, "check", "--content", repoContent, "--format", "gitlab"); code != 0 || strings.TrimSpace(out) != "[]" {
		t.Errorf("clean content: exit %d, report %q; want 0 and []", code, out)
	}
}

func TestCheckJSONFormat(t *testing.T) {
	t.Parallel()
	dir := brokenAmount(t)
	code, out, _ := runTool(t, "check", "--content", dir, "--format", "json", "--lang", "en")
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	var problems []jsonProblem
	if err := json.Unmarshal([]byte(out), &problems); err != nil || len(problems) != 1 {
		t.Fatalf("stdout is not one problem (%v):\n%s", err, out)
	}
	p := problems[0]
	if p.File != "allocations/2024.yaml" || p.Line != 21 || p.Column != 13 || p.Field != "summaries[rka-2024-kemiskinan-ekstrem].amount" ||
		p.Severity != "error" || !strings.HasPrefix(p.Message, "amount (summary rka-2024-kemiskinan-ekstrem): is text") ||
		!strings.Contains(p.Messages["id"], "berupa teks") || p.Follows != 1 {
		t.Errorf("problem = %+v", p)
	}
}
