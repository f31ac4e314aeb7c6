package build_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/generator/internal/agree"
)

// outputRefusals are content only the brief font or the site's paths cannot
// take: check refuses them as build would (validate/glyphs.go, paths.go).
func outputRefusals() []hostileRefusal {
	return []hostileRefusal{
		{name: "emoji-in-decision-text", file: "meetings/rakor-2024-03.yaml", old: `text: '=HYPERLINK(`, new: `text: '😀=HYPERLINK(`, mark: "😀", want: "cannot be printed in the PDF font"},
		{name: "page-named-after-a-folder", file: "pages/anggaran.md", new: "---\ntitle: Anggaran\n---\nx\n", want: `page name "anggaran" is used by the site itself`},
		{name: "page-named-after-a-language", file: "pages/en.md", new: "---\ntitle: English\n---\nx\n", want: `page name "en" is the folder of the site's language`},
	}
}

// TestCheckAndBuildAgree runs check and build over every hostile refusal on
// the hostile corpus: the same exit status and the same problems, each
// refusal at the place that is wrong. (The corpus itself, which check
// accepts, is built by TestHostileContentIsEscaped.)
func TestCheckAndBuildAgree(t *testing.T) {
	t.Parallel()
	for _, c := range append(hostileRefusals(), outputRefusals()...) {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			content := filepath.Join(t.TempDir(), "content")
			hostileCopy(t, hostileCorpus, content)
			line, col := c.apply(t, content)
			problems := agree.Dir(t, content)
			for _, p := range problems {
				at := p.File == c.file && (line == 0 || p.Line == line && p.Col == col) && (!c.anyLine || p.Line > 0 && p.Col > 0)
				if at && p.Severity == diag.Error && strings.Contains(p.Msg.EN, c.want) {
					return
				}
			}
			t.Errorf("want an error at %s:%d:%d saying %q, got:\n%v", c.file, line, col, c.want, problems)
		})
	}
}
