package pdf

import (
	"fmt"
	"strings"
)

// Kind is what a placed item draws.
type Kind string

// The kinds of placed items.
const (
	KindText     Kind = "text"     // a run of text in one font; Y is the top of its line box
	KindRule     Kind = "rule"     // a line from (X,Y) to (X+W,Y+H)
	KindBox      Kind = "box"      // a filled rectangle
	KindBookmark Kind = "bookmark" // an outline entry at Y; Level 0 is a top entry
	KindChart    Kind = "chart"    // a vector chart scaled into the box
)

// Font is a text item's style ("", "B" or "I") and size in points.
type Font struct {
	Style string
	Size  float64
}

// RGB is a colour.
type RGB struct{ R, G, B int }

// Item is one thing placed on a page, in millimetres from the top left.
type Item struct {
	Page       int // 1-based
	X, Y, W, H float64
	Kind       Kind
	Text       string // text, bookmark title, or chart id
	Font       Font
	Color      RGB
	Link       string // a URL the text links to
	Level      int    // bookmark level
	LineWidth  float64
	chart      *recording
}

// Plan is a laid-out document: every item on every page. It is what the
// golden test prints and what is drawn, so the two cannot differ.
type Plan struct {
	Pages int
	Items []Item
}

// Dump prints the plan one item per line, rounded to 0.1 mm, so a layout
// change shows as a readable diff.
func (p *Plan) Dump() string {
	var b strings.Builder
	fmt.Fprintf(&b, "pages %d\n", p.Pages)
	for _, it := range p.Items {
		fmt.Fprintf(&b, "p%d %-8s %6.1f %6.1f %6.1f %5.1f", it.Page, it.Kind, it.X, it.Y, it.W, it.H)
		switch it.Kind {
		case KindText:
			fmt.Fprintf(&b, " %s%g %q", styleName(it.Font.Style), it.Font.Size, it.Text)
			if it.Link != "" {
				fmt.Fprintf(&b, " -> %s", it.Link)
			}
		case KindBookmark:
			fmt.Fprintf(&b, " L%d %q", it.Level, it.Text)
		case KindChart:
			fmt.Fprintf(&b, " %q", it.Text)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func styleName(s string) string {
	switch s {
	case bold:
		return "B"
	case italic:
		return "I"
	}
	return "R"
}

// PageText returns the text items of one page joined line by line, in
// placing order, for tests that check what a page says.
func (p *Plan) PageText(page int) string {
	var b strings.Builder
	lastY := -1.0
	for _, it := range p.Items {
		if it.Page != page || it.Kind != KindText {
			continue
		}
		if lastY >= 0 && it.Y != lastY {
			b.WriteByte('\n')
		} else if lastY >= 0 {
			b.WriteByte(' ')
		}
		b.WriteString(it.Text)
		lastY = it.Y
	}
	return b.String()
}
