package pdf

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/validate"
	"github.com/tkpkd/tkpkd/generator/view"
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

// TestToolReferenceBriefs lays out every default brief of the reference
// content: every kind is built; no brief shows a missing i18n string;
// together the briefs show the seed article's figures the Indonesian way
// and the rakor chair's name. Those checks read the layout plans, so they
// run where poppler is missing. Then the first brief of each kind is drawn
// and passes every check of checkPDF: the templates, not the subjects,
// decide what poppler and qpdf see, so one per kind is enough.
func TestToolReferenceBriefs(t *testing.T) {
	site := referenceSite(t)
	b := defaultBriefs(t)
	x := view.NewIndex(site)
	first := map[string]*Document{} // kind -> its first brief, for poppler
	var paths []string
	var all strings.Builder
	for _, br := range b.templates {
		for _, d := range subjects(site, br.per) {
			for _, lang := range site.Config.Languages {
				path, err := b.path(site, x, br, d, lang)
				if err != nil {
					t.Fatal(err)
				}
				doc, err := b.document(site, x, br, d, lang)
				if err != nil {
					t.Fatalf("%s: %v", path, err)
				}
				plan, err := Layout(doc)
				if err != nil {
					t.Fatalf("%s: %v", path, err)
				}
				text := planText(plan)
				if strings.Contains(text, "[[") {
					t.Errorf("%s: a missing i18n string (shown as [[key]]):\n%s", path, text)
				}
				all.WriteString(text + " ")
				if kind, _, _ := strings.Cut(path, "/"); first[kind] == nil {
					first[kind] = doc
					paths = append(paths, path)
				}
			}
		}
	}
	for _, k := range []string{"rapat", "anggaran", "wilayah"} {
		if first[k] == nil {
			t.Errorf("no %s brief built (got %v)", k, paths)
		}
	}
	text := strings.Join(strings.Fields(all.String()), " ")
	for _, w := range []string{"Rp2,2 triliun", "Rp1,7 triliun", "Virgojanti"} {
		if !strings.Contains(text, w) {
			t.Errorf("no brief of the reference content shows %q", w)
		}
	}
	for _, p := range paths {
		kind, _, _ := strings.Cut(p, "/")
		data, err := Render(first[kind])
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		file := writeOutput(t, "ref-"+strings.ReplaceAll(p, "/", "-"), data)
		if !tool(t, "pdftotext") {
			return
		}
		if strings.Contains(pdfText(t, file), "[[") {
			t.Errorf("%s: pdftotext reads a missing i18n string", p)
		}
		checkPDF(t, file, pdfTitle(t, file), 0)
	}
}

// planText is the text of a laid-out document, item by item.
func planText(p *Plan) string {
	var b strings.Builder
	for _, it := range p.Items {
		if it.Kind == KindText || it.Kind == KindBookmark {
			b.WriteString(it.Text)
			b.WriteByte(' ')
		}
	}
	return b.String()
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
