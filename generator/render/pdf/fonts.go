package pdf

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/golang/freetype/truetype"
	"github.com/jung-kurt/gofpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
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

var (
	parseOnce sync.Once
	parsed    map[string]*truetype.Font // style -> font, for the glyph check
	parseErr  error
)

func fonts() (map[string]*truetype.Font, error) {
	parseOnce.Do(func() {
		parsed = map[string]*truetype.Font{}
		for style, ttf := range map[string][]byte{regular: goregular.TTF, bold: gobold.TTF, italic: goitalic.TTF} {
			f, err := truetype.Parse(ttf)
			if err != nil {
				parseErr = err
				return
			}
			parsed[style] = f
		}
	})
	return parsed, parseErr
}

// addFonts registers the Go fonts with a new document. Each document gets
// its own copy of the TTF bytes: gofpdf appends into the slice it is given,
// which would race between briefs built at the same time.
func addFonts(p *gofpdf.Fpdf) {
	p.AddUTF8FontFromBytes(family, regular, bytes.Clone(goregular.TTF))
	p.AddUTF8FontFromBytes(family, bold, bytes.Clone(gobold.TTF))
	p.AddUTF8FontFromBytes(family, italic, bytes.Clone(goitalic.TTF))
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

// firstMissing returns the first rune no style of the Go fonts has; ok is
// true when there is none. Control characters other than tab and newline
// are missing too: they have no glyph and no place in a brief.
func firstMissing(s string) (rune, bool) {
	fs, err := fonts()
	if err != nil {
		return 0, false
	}
	for _, r := range s {
		if r == '\n' || r == '\t' || r == ' ' {
			continue
		}
		if r > 0xFFFF || r < ' ' || r == 0xFFFD {
			return r, false
		}
		for _, st := range []string{regular, bold, italic} {
			if fs[st].Index(r) == 0 {
				return r, false
			}
		}
	}
	return 0, true
}
