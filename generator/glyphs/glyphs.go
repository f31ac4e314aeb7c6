// Package glyphs knows which characters the PDF briefs can print: the fonts
// the briefs embed, and whether each of their styles has a glyph for a rune.
// Package validate asks it before a build, and render/pdf embeds the same
// fonts, so the rule and the fonts cannot drift apart. It does not import
// gofpdf.
package glyphs

import (
	"sync"

	"github.com/golang/freetype/truetype"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
)

// Face is one style of the brief font.
type Face struct {
	Style string // gofpdf's style letter: "" regular, "B" bold, "I" italic
	TTF   []byte // shared: copy it before handing it to code that appends
}

// Faces are the styles a brief draws with, in this order. Bold italic is
// drawn as bold, so only these three are embedded.
var Faces = []Face{
	{Style: "", TTF: goregular.TTF},
	{Style: "B", TTF: gobold.TTF},
	{Style: "I", TTF: goitalic.TTF},
}

var (
	tableOnce sync.Once
	drawable  []uint64 // bit r: every face has a glyph for rune r (r <= U+FFFF)
	tableErr  error
)

// table parses the faces once and notes every rune of the Basic
// Multilingual Plane all of them can draw: looking a rune up in three font
// tables for every character of every text took a tenth of a national check.
func table() ([]uint64, error) {
	tableOnce.Do(func() {
		var fonts []*truetype.Font
		for _, f := range Faces {
			ft, err := truetype.Parse(f.TTF)
			if err != nil {
				tableErr = err
				return
			}
			fonts = append(fonts, ft)
		}
		drawable = make([]uint64, 0x10000/64)
	runes:
		for r := rune(' '); r <= 0xFFFF; r++ {
			if r == 0xFFFD {
				continue
			}
			for _, f := range fonts {
				if f.Index(r) == 0 {
					continue runes
				}
			}
			drawable[r/64] |= 1 << (r % 64)
		}
	})
	return drawable, tableErr
}

// Missing returns the first rune of s that some style of the brief font
// cannot draw, and its byte offset in s; ok is false when there is one.
// A rune above U+FFFF is missing because gofpdf fails the whole document on
// it; control characters other than tab and newline are missing because
// they have no glyph and no place in a brief; U+FFFD marks text that was
// not valid UTF-8. A glyph missing from any style counts, since the same
// text may be printed bold in a heading and plain in a table.
func Missing(s string) (r rune, offset int, ok bool) {
	t, err := table()
	if err != nil {
		return 0, 0, false // the embedded fonts are broken: nothing can be printed
	}
	for i, r := range s {
		if r == '\n' || r == '\t' {
			continue
		}
		if r > 0xFFFF || r < 0 || t[r/64]&(1<<(r%64)) == 0 {
			return r, i, false
		}
	}
	return 0, 0, true
}
