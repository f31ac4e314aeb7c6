package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// repoContent is the shipped reference content.
const repoContent = "../../content"

func runTool(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestCheckReferenceContent(t *testing.T) {
	t.Parallel()
	code, out, errs := runTool(t, "check", "--content", repoContent)
	if code != 0 {
		t.Fatalf("check exit %d, want 0; stderr:\n%s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 1 || !strings.Contains(lines[0], ": ok: ") || !strings.Contains(lines[0], "budget years") {
		t.Errorf("stdout = %q, want a one-line summary", out)
	}
}

// copyContent copies the reference content into a temporary folder.
func copyContent(t *testing.T) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "content")
	if err := os.CopyFS(dst, os.DirFS(repoContent)); err != nil {
		t.Fatal(err)
	}
	return dst
}

// TestCheckFailsOnChangedLineAmount changes one line amount of the
// reference content by 100 billion rupiah, more than half the precision of
// a rounded total, and expects check to fail printing both totals.
func TestCheckFailsOnChangedLineAmount(t *testing.T) {
	t.Parallel()
	dir := copyContent(t)
	path := filepath.Join(dir, "allocations", "2024.yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`(?m)^(\s+amount: )([1-9][0-9]*)$`)
	locs := re.FindAllSubmatchIndex(data, -1)
	if len(locs) < 2 {
		t.Fatalf("no line amounts found in %s", path)
	}
	last := locs[len(locs)-1] // a line's amount, never the summary's (summaries come first)
	old := string(data[last[4]:last[5]])
	changed := append([]byte{}, data[:last[4]]...)
	changed = append(changed, []byte(old+"00")...) // a hundredfold: well past any rounding
	changed = append(changed, data[last[5]:]...)
	if err := os.WriteFile(path, changed, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runTool(t, "check", "--content", dir)
	if code != 1 {
		t.Fatalf("check exit %d, want 1; stderr:\n%s", code, errs)
	}
	m := regexp.MustCompile(`allocations/2024\.yaml:\d+:\d+: amount \(ringkasan [^)]+\): tidak cocok dengan rinciannya: .* berjumlah (Rp[0-9.]+), sedangkan ringkasan menyebut (Rp[0-9.]+)`).FindStringSubmatch(errs)
	if m == nil {
		t.Fatalf("stderr does not show both totals:\n%s", errs)
	}
	if m[1] == m[2] {
		t.Errorf("both totals are %s; want them to differ", m[1])
	}
}

func TestUsage(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{nil, {"frobnicate"}, {"check", "--nope"}, {"check", "extra"}, {"new"}} {
		if code, _, _ := runTool(t, args...); code != 2 {
			t.Errorf("tkpkd %v: exit %d, want 2", args, code)
		}
	}
	code, out, _ := runTool(t, "version")
	if code != 0 || !strings.HasPrefix(out, "tkpkd ") {
		t.Errorf("version: exit %d, output %q", code, out)
	}
}

func TestCheckGitHubFormat(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "site.yaml"), []byte("title: x\npublisher: y\nas_of: 2024-13-01\n"), 0o644)
	code, _, errs := runTool(t, "check", "--content", dir, "--format", "github")
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	want := "::error file=" + dir + "/site.yaml,line=3,col=8::as_of: tanggal ini tidak ada di kalender (tertulis \"2024-13-01\")"
	if !strings.Contains(errs, want) {
		t.Errorf("stderr = %q, want it to contain %q", errs, want)
	}
}

// A broken template is a template problem, named by the template file's own
// path and line, never counted as content problems.
func TestBuildTemplateProblem(t *testing.T) {
	t.Parallel()
	tmpl := filepath.Join(t.TempDir(), "templates")
	if err := os.MkdirAll(filepath.Join(tmpl, "i18n"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(tmpl, "i18n", "id.yaml"), []byte("site:\n  title: [Laporan\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out")
	code, _, errs := runTool(t, "build", "--content", repoContent, "--templates", tmpl, "--out", out)
	if code != 1 || !strings.Contains(errs, "i18n/id.yaml:2:") || strings.Contains(errs, "tidak ada yang ditulis") || strings.Contains(errs, "nothing was written") {
		t.Errorf("exit %d, stderr:\n%s\nwant exit 1 and a problem at i18n/id.yaml:2, not counted as content", code, errs)
	}
}
