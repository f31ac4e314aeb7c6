package markdown

import (
	"bytes"
	"testing"

	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

func TestSlug(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"Ékonomi & Keuangan", "ekonomi-keuangan"},
		{"Anggaran (Rp triliun) – 2024", "anggaran-rp-triliun-2024"},
		{"  Tindak   lanjut  ", "tindak-lanjut"},
		{"Désa Mandiri", "desa-mandiri"},
		{"✓ 😀", ""},
		{"Pasal_17 ayat-2", "pasal-17-ayat-2"},
	}
	for _, tc := range tests {
		if got := Slug(tc.in); got != tc.want {
			t.Errorf("Slug(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestIDsUniqueAcrossFragments(t *testing.T) {
	t.Parallel()
	md := New(Options{})
	ids := NewIDs("ringkasan-halaman")
	var out bytes.Buffer
	for _, src := range []string{"## Ringkasan\n\n## Ringkasan\n", "## Ringkasan\n\n## Ékonomi\n\n## Ringkasan halaman\n\n## 😀\n"} {
		ctx := parser.NewContext(parser.WithIDs(ids))
		doc := md.Parser().Parse(text.NewReader([]byte(src)), parser.WithContext(ctx))
		if err := md.Renderer().Render(&out, []byte(src), doc); err != nil {
			t.Fatal(err)
		}
	}
	want := `<h2 id="ringkasan">Ringkasan</h2>
<h2 id="ringkasan-1">Ringkasan</h2>
<h2 id="ringkasan-2">Ringkasan</h2>
<h2 id="ekonomi">Ékonomi</h2>
<h2 id="ringkasan-halaman-1">Ringkasan halaman</h2>
<h2 id="bagian">😀</h2>
`
	if got := out.String(); got != want {
		t.Errorf("headings:\n%s\nwant:\n%s", got, want)
	}
}
