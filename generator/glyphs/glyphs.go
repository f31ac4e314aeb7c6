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
	parseOnce sync.Once
	parsed    []*truetype.Font // in the order of Faces
	parseErr  error
)

func fonts() ([]*truetype.Font, error) {
	parseOnce.Do(func() {
		for _, f := range Faces {
			ft, err := truetype.Parse(f.TTF)
			if err != nil {
				parseErr = err
				return
			}
			parsed = append(parsed, ft)
		}
	})
	return parsed, parseErr
}

// Missing returns the first rune of s that some style of the brief font
// cannot draw, and its byte offset in s; ok is false when there is one.
// A rune above U+FFFF is missing because gofpdf fails the whole document on
// it; control characters other than tab and newline are missing because
// they have no glyph and no place in a brief; U+FFFD marks text that was
// not valid UTF-8. A glyph missing from any style counts, since the same
// text may be printed bold in a heading and plain in a table.
func Missing(s string) (r rune, offset int, ok bool) {
	fs, err := fonts()
	if err != nil {
		return 0, 0, false // the embedded fonts are broken: nothing can be printed
	}
	for i, r := range s {
		if r == '\n' || r == '\t' || r == ' ' {
			continue
		}
		if r > 0xFFFF || r < ' ' || r == 0xFFFD {
			return r, i, false
		}
		for _, f := range fs {
			if f.Index(r) == 0 {
				return r, i, false
			}
		}
	}
	return 0, 0, true
}
