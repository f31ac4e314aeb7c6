package load

import (
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestSyntaxErrorLine checks that a YAML syntax error is reported on the
// line that is wrong, including the cases where yaml.v3 itself names the
// line where the enclosing block starts.
func TestSyntaxErrorLine(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, text string
		line, col  int
		advice     string
	}{
		{"indentation", "lines:\n  - id: a\n    name: x\n   amount: 5\n", 4, 4, "baris 4 menjorok 3 spasi, 1 spasi kurang daripada baris 3"},
		{"over-indentation", "lines:\n  - id: a\n    name: x\n      amount: 5\n", 4, 7, "baris 4 menjorok 6 spasi, 2 spasi lebih dalam daripada baris 3"},
		{"unclosed flow", "a: 1\nb: 2\nc: [x, y\nd: 4\ne: 5\n", 3, 1, "tidak pernah ditutup"},
		{"unclosed quote", "a: 1\nb: \"teks\nc: 3\n", 2, 4, "tanda kutip yang dibuka di sini tidak ditutup"},
		{"unclosed quote far above", "a: 1\nb: \"teks\nc: 3\nd: 4\ne: \"x\"\n", 2, 4, "tanda kutip yang dibuka di sini tidak ditutup"},
		{"colon in value", "sources:\n  - id: a\n    note: Catatan: penting\n", 3, 18, "tanda kutip ganda"},
		{"reserved char", "a: 1\nb: @x\n", 2, 4, "dicadangkan YAML"},
		{"valid flow then error", "a: [1,\n  2]\nb: 2\nc: d: e\n", 4, 5, "tanda kutip ganda"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var n yaml.Node
			err := yaml.Unmarshal([]byte(tc.text), &n)
			if err == nil {
				t.Fatalf("yaml accepted %q", tc.text)
			}
			line, col, msg := locateSyntax([]byte(tc.text), err)
			if line != tc.line || col != tc.col || !strings.Contains(msg.ID, tc.advice) || strings.Contains(msg.ID+msg.EN, "mapping values") {
				t.Errorf("got %d:%d %q; want %d:%d with %q (yaml.v3 said %q)", line, col, msg, tc.line, tc.col, tc.advice, err)
			}
		})
	}
}

func TestMarkdownDepth(t *testing.T) {
	t.Parallel()
	deep := strings.Repeat("- ", 40) + "teks"
	files := []File{
		{Name: "site.yaml", Data: []byte("title: x\npublisher: y\nas_of: 2024-01-01\n")},
		{Name: "pages/tentang.md", Data: []byte("---\ntitle: T\n---\nParagraf.\n\n" + deep + "\n")},
		{Name: "pages/ok.md", Data: []byte("---\ntitle: T\n---\n> - 1. kutipan dalam daftar\n>   - lagi\n")},
	}
	_, problems := Files(files)
	want := "pages/tentang.md:6:1: kutipan atau daftar bersarang terlalu dalam (tertulis 40 tingkat"
	if got := problems.Error(); !strings.Contains(got, want) || strings.Contains(got, "pages/ok.md") {
		t.Errorf("got:\n%s\nwant %s and nothing about pages/ok.md", got, want)
	}
	if d := markdownDepth("> > - 12. * teks"); d != 5 {
		t.Errorf("markdownDepth = %d, want 5", d)
	}
}
