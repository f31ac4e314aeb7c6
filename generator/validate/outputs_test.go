package validate_test

import (
	"strings"
	"testing"

	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/generator/internal/agree"
)

// TestOutputRules covers the rules that guard the outputs (glyphs.go,
// paths.go): each problem names the offending character or file itself,
// and check and build agree on each.
func TestOutputRules(t *testing.T) {
	t.Parallel()
	const m1 = "meetings/rakor-1.yaml"
	const font = `cannot be printed in the PDF font`
	cases := []struct {
		name  string
		files map[string]string
		want  []string // every problem, in order
	}{
		{"emoji in a decision text", with(m1, "text: Verifikasi data RTLH", "text: Verifikasi data 😀 RTLH"),
			[]string{m1 + `:9:27: text (decision rakor-1/K01): character "😀" (U+1F600) ` + font}},
		{"quoted text", with(m1, "text: Verifikasi data RTLH", `text: "Verifikasi ✓"`),
			[]string{m1 + `:9:23: text (decision rakor-1/K01): character "✓" (U+2713) ` + font}},
		{"block text", with(m1, "text: Verifikasi data RTLH", "text: |\n      baris satu\n        baris ✓ dua"),
			[]string{m1 + `:11:15: text (decision rakor-1/K01): character "✓" (U+2713) ` + font}},
		{"nested fields, every problem", with(m1, "chair: {name: Virgojanti, role: Pj Sekda}\nagenda:\n  - {no: 1, title: Paparan anggaran,",
			"chair: {name: Virgo😀, role: Pj Sekda}\nagenda:\n  - {no: 1, title: Paparan 🙂,"),
			[]string{m1 + `:4:20: name (chair): character "😀" (U+1F600) ` + font, m1 + `:6:28: title (agenda item 1): character "🙂" (U+1F642) ` + font}},
		{"control character in a source title", with("sources.yaml", "title: SIPD", `title: "SIPD\u0007"`),
			[]string{`sources.yaml:8:13: title (source sipd): character "\a" (U+0007) ` + font}},
		{"minutes", with("meetings/rakor-1.md", "", "# Notulen\n\nBaris ✓\n"),
			[]string{`meetings/rakor-1.md:3:7: character "✓" (U+2713) ` + font}},
		{"page title", with("pages/tentang.md", "title: Tentang TKPKD", "title: Tentang 😀"),
			[]string{`pages/tentang.md:2:16: title: character "😀" (U+1F600) ` + font}},
		{"page named after a folder", with("pages/anggaran.md", "", "---\ntitle: Anggaran\n---\nx\n"),
			[]string{`pages/anggaran.md:1:1: page name "anggaran" is used by the site itself`}},
		{"page named after a language", with("pages/en.md", "", "---\ntitle: English\n---\nx\n"),
			[]string{`pages/en.md:1:1: page name "en" is the folder of the site's language "en"`}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			problems := agree.Files(t, tc.files) // check and build, compared
			if len(problems) != len(tc.want) {
				t.Fatalf("got %d problems, want %d:\n%s", len(problems), len(tc.want), problems.Format(diag.EN))
			}
			for i, p := range problems {
				if got := p.Format(diag.EN); !strings.HasPrefix(got, tc.want[i]) {
					t.Errorf("problem %d:\ngot  %s\nwant %s...", i, got, tc.want[i])
				}
			}
		})
	}
}
