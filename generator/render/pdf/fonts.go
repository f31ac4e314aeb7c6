package pdf

import (
	"bytes"
	"fmt"

	"github.com/jung-kurt/gofpdf"

	"github.com/tkpkd/tkpkd/generator/glyphs"
)

// family is the gofpdf name of the embedded Go fonts.
const family = "Go"

// The three styles a brief uses; bold italic falls back to bold so that only
// what is drawn is embedded.
const (
	regular = ""
	bold    = "B"
	italic  = "I"
)

// addFonts registers the Go fonts with a new document. Each document gets
// its own copy of the TTF bytes: gofpdf appends into the slice it is given,
// which would race between briefs built at the same time.
func addFonts(p *gofpdf.Fpdf) {
	for _, f := range glyphs.Faces {
		p.AddUTF8FontFromBytes(family, f.Style, bytes.Clone(f.TTF))
	}
}

// GlyphError is a character the PDF fonts cannot draw. gofpdf would fail the
// whole document on a rune above U+FFFF and silently draw an empty box for a
// missing glyph, so both are caught before drawing.
type GlyphError struct {
	Rune   rune
	Origin string // where the text was written: "file:line:col: field"
}

func (e *GlyphError) Error() string {
	o := e.Origin
	if o == "" {
		o = "brief"
	}
	return fmt.Sprintf("%s: character %q (U+%04X) cannot be printed in the PDF font", o, string(e.Rune), e.Rune)
}

// CheckText returns a *GlyphError for the first character of s that the Go
// fonts cannot draw, naming origin; nil when every character can be drawn.
func CheckText(s, origin string) error {
	r, ok := firstMissing(s)
	if ok {
		return nil
	}
	return &GlyphError{Rune: r, Origin: origin}
}

// firstMissing returns the first rune the brief font cannot draw; ok is
// true when there is none (see glyphs.Missing).
func firstMissing(s string) (rune, bool) {
	r, _, ok := glyphs.Missing(s)
	return r, ok
}
