package pdf

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/validate"
)

// referenceSite loads and checks the Banten reference content in content/.
func referenceSite(t testing.TB) *model.Site {
	dir := filepath.Join(repoRoot(t), "content")
	if _, err := os.Stat(filepath.Join(dir, "site.yaml")); err != nil {
		t.Skip("no reference content in content/")
	}
	checked := validate.Dir(dir)
	if checked.Problems.HasErrors() {
		t.Fatalf("checking content/:\n%v", checked.Problems)
	}
	return checked.Site
}

// TestToolReferenceBriefs builds every default brief of the reference
// content: every kind is built; poppler reads every brief's text with no
// missing i18n string; together the briefs show the seed article's figures
// the Indonesian way and the rakor chair's name; and the first brief of
// each kind passes every check of checkPDF (one per kind: the templates,
// not the subjects, decide what those checks see).
func TestToolReferenceBriefs(t *testing.T) {
	site := referenceSite(t)
	files, err := defaultBriefs(t).Render(site)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, f := range files {
		kinds[strings.SplitN(f.Path, "/", 2)[0]]++
	}
	for _, k := range []string{"rapat", "anggaran", "wilayah"} {
		if kinds[k] == 0 {
			t.Errorf("no %s brief built (got %v)", k, kinds)
		}
	}
	if !tool(t, "pdftotext") {
		return
	}
	var all strings.Builder
	checked := map[string]bool{}
	for _, f := range files {
		path := writeOutput(t, "ref-"+strings.ReplaceAll(f.Path, "/", "-"), f.Data)
		txt := pdfText(t, path)
		if strings.Contains(txt, "[[briefs.") {
			t.Errorf("%s: a missing i18n string in the text", f.Path)
		}
		all.WriteString(txt + " ")
		if kind := strings.SplitN(f.Path, "/", 2)[0]; !checked[kind] {
			checked[kind] = true
			checkPDF(t, path, pdfTitle(t, path), 0)
		}
	}
	text := strings.Join(strings.Fields(all.String()), " ")
	for _, w := range []string{"Rp2,2 triliun", "Rp1,7 triliun", "Virgojanti"} {
		if !strings.Contains(text, w) {
			t.Errorf("no brief of the reference content shows %q", w)
		}
	}
}

// pdfTitle reads the title pdfinfo sees; checkPDF then requires it non-empty.
func pdfTitle(t *testing.T, path string) string {
	if !tool(t, "pdfinfo") {
		return ""
	}
	out, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatalf("pdfinfo %s: %v", path, err)
	}
	for _, ln := range strings.Split(string(out), "\n") {
		if v, ok := strings.CutPrefix(ln, "Title:"); ok && strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v)
		}
	}
	t.Errorf("%s: pdfinfo shows no title", path)
	return ""
}
