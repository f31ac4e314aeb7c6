package pdf

import (
	"os/exec"
	"strings"
	"testing"
)

// Tests named TestTool* drive poppler and qpdf. They check what those
// programs read in the files, not Go concurrency, so make test runs them
// once without -race (and the race run skips them); see the Makefile.

// checkPDF runs the poppler tools and qpdf on a built PDF: text that must
// be found, every font embedded, the title and page count in the info
// dictionary, a first page poppler can draw, and a structurally valid file.
func checkPDF(t *testing.T, path, title string, pages int, want ...string) {
	t.Helper()
	for _, name := range []string{"pdftotext", "pdffonts", "pdfinfo", "pdftoppm", "qpdf"} {
		if !tool(t, name) {
			return
		}
	}
	run := func(name string, args ...string) string {
		out, err := exec.Command(name, args...).CombinedOutput()
		if err != nil {
			t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	txt := pdfText(t, path)
	for _, w := range want {
		if !strings.Contains(txt, w) {
			t.Errorf("%s: pdftotext does not find %q", path, w)
		}
	}
	fonts := strings.Split(strings.TrimSpace(run("pdffonts", path)), "\n")
	if len(fonts) < 3 {
		t.Errorf("%s: pdffonts lists no font", path)
	}
	for _, f := range fonts[2:] {
		if fs := strings.Fields(f); len(fs) < 7 || fs[len(fs)-5] != "yes" {
			t.Errorf("%s: font not embedded: %s", path, f)
		}
	}
	info := map[string]string{}
	for _, ln := range strings.Split(run("pdfinfo", path), "\n") {
		if k, v, ok := strings.Cut(ln, ":"); ok {
			info[k] = strings.TrimSpace(v)
		}
	}
	if info["Title"] != title {
		t.Errorf("%s: pdfinfo title %q, want %q", path, info["Title"], title)
	}
	if pages > 0 && info["Pages"] != itoa(pages) {
		t.Errorf("%s: pdfinfo shows %s pages, want %d", path, info["Pages"], pages)
	}
	for _, k := range []string{"Author", "Creator", "Subject", "Keywords"} {
		if info[k] == "" {
			t.Errorf("%s: pdfinfo has no %s", path, k)
		}
	}
	// The PNG is kept beside the PDF (see keepEnv) for a person to look at.
	run("pdftoppm", "-r", "60", "-f", "1", "-l", "1", "-png", "-singlefile", path, strings.TrimSuffix(path, ".pdf"))
	run("qpdf", "--check", path)
}

// pdfText is what pdftotext reads in a PDF, with runs of white space
// (line ends, layout gaps) made single spaces.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", path, "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext %s: %v\n%s", path, err, out)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

func itoa(n int) string {
	var b []byte
	for {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
		if n == 0 {
			return string(b)
		}
	}
}

func TestToolFixturePDF(t *testing.T) {
	doc := fixture(t)
	data, err := Render(doc)
	if err != nil {
		t.Fatal(err)
	}
	plan, _ := Layout(doc)
	path := writeOutput(t, "fixture.pdf", data)
	checkPDF(t, path, doc.Title, plan.Pages, "Rp2,2 triliun", "Rp1.700.000.000.000", "Halaman 1 dari 2", "Dinsos")
}
