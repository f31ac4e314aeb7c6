package glyphs

import "testing"

func TestMissing(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		s      string
		r      rune
		offset int
		ok     bool
	}{
		{"Rp2,2 triliun – “Kemiskinan” • 6,17% ≥ é", 0, 0, true},
		{"tab\tand\nnewline", 0, 0, true},
		{"Selesai 😀", '😀', 8, false},
		{"beres ✓", '✓', 6, false},
		{"bell \a", '\a', 5, false},
		{"bad \uFFFD byte", '\uFFFD', 4, false},
	} {
		r, offset, ok := Missing(tc.s)
		if r != tc.r || offset != tc.offset || ok != tc.ok {
			t.Errorf("Missing(%q) = %q, %d, %v; want %q, %d, %v", tc.s, r, offset, ok, tc.r, tc.offset, tc.ok)
		}
	}
}
