package pdf

import (
	"fmt"
	"html"
	"net/url"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"
)

// span is a piece of inline text in one style.
type span struct {
	text  string
	style string
	link  string
	color RGB
	br    bool // a hard line break; text is empty
}

var (
	black    = RGB{0, 0, 0}
	linkBlue = RGB{0, 70, 160}
	grey     = RGB{100, 100, 100}
	accent   = RGB{160, 30, 40}
)

// inlines collects the spans of a block's inline children.
func (l *layout) inlines(n ast.Node, style string) []span {
	var out []span
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		out = l.inline(c, span{style: style, color: black}, out)
	}
	return out
}

func (l *layout) inline(n ast.Node, st span, out []span) []span {
	switch n := n.(type) {
	case *ast.Text:
		st.text = unescape(n.Segment.Value(l.src))
		out = append(out, st)
		if n.HardLineBreak() {
			out = append(out, span{br: true})
		} else if n.SoftLineBreak() {
			st.text = " "
			out = append(out, st)
		}
		return out
	case *ast.String:
		st.text = string(n.Value)
		return append(out, st)
	case *ast.CodeSpan:
		var b strings.Builder
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if t, ok := c.(*ast.Text); ok {
				b.Write(t.Segment.Value(l.src))
			}
		}
		st.text = b.String()
		return append(out, st)
	case *ast.Emphasis:
		if n.Level >= 2 {
			st.style = bold
		} else if st.style != bold {
			st.style = italic
		}
	case *ast.Link:
		if st.link = safeLink(string(n.Destination)); st.link != "" {
			st.color = linkBlue
		}
	case *ast.AutoLink:
		if st.link = safeLink(string(n.URL(l.src))); st.link != "" {
			st.color = linkBlue
		}
		st.text = string(n.Label(l.src))
		return append(out, st)
	case *east.FootnoteLink:
		st.text = fmt.Sprintf("[%d]", n.Index)
		return append(out, st)
	case *east.FootnoteBacklink, *ast.RawHTML:
		return out
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		out = l.inline(c, st, out)
	}
	return out
}

// epsilon absorbs float rounding when a column is exactly as wide as its
// longest word.
const epsilon = 0.01

// unescape resolves backslash escapes and entities, as goldmark's HTML
// writer does: a decision text escaped for a table cell ("\\|") prints "|".
func unescape(b []byte) string {
	b = util.UnescapePunctuations(b)
	b = util.ResolveNumericReferences(b)
	return string(util.ResolveEntityNames(b))
}

// word is an unbreakable piece of a line.
type word struct {
	span
	space bool // a space comes before it
	w     float64
}

// run is text placed on a line, at x from the line's start.
type run struct {
	span
	x, w float64
}

// line is one laid-out line of a paragraph or table cell.
type line struct {
	runs []run
	w    float64
}

// words splits spans at spaces, measuring each piece in its style.
func (l *layout) words(spans []span, size float64) []word {
	var out []word
	space := false
	for _, s := range spans {
		if s.br {
			out = append(out, word{span: s})
			space = false
			continue
		}
		parts := strings.Split(s.text, " ")
		for i, p := range parts {
			if i > 0 {
				space = true
			}
			if p == "" {
				continue
			}
			ws := s
			ws.text = p
			out = append(out, word{span: ws, space: space && len(out) > 0, w: l.width(p, s.style, size)})
			space = false
		}
	}
	return out
}

// breakLines fills lines of at most width greedily. A word wider than the
// line (a long URL) is cut between characters rather than overflowing.
func (l *layout) breakLines(spans []span, width, size float64) []line {
	var lines []line
	var cur line
	flush := func() {
		lines = append(lines, cur)
		cur = line{}
	}
	for _, w := range l.words(spans, size) {
		if w.br {
			flush()
			continue
		}
		sp := 0.0
		if w.space && len(cur.runs) > 0 {
			sp = l.width(" ", w.style, size)
		}
		if len(cur.runs) > 0 && cur.w+sp+w.w > width+epsilon {
			flush()
			sp = 0
		}
		for w.text != "" && w.w > width+epsilon && len(cur.runs) == 0 {
			head, tail := l.cut(w.text, w.style, size, width)
			cur.runs = append(cur.runs, run{span: withText(w.span, head), w: l.width(head, w.style, size)})
			flush()
			w.text, w.w = tail, l.width(tail, w.style, size)
		}
		cur.add(w.span, sp, w.w)
	}
	if len(cur.runs) > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}

// add appends a word, merging it into the last run when the style matches
// so a line of plain text is one text item.
func (ln *line) add(s span, sp, w float64) {
	if n := len(ln.runs); n > 0 {
		last := &ln.runs[n-1]
		if last.style == s.style && last.link == s.link && last.color == s.color {
			if sp > 0 {
				last.text += " "
			}
			last.text += s.text
			last.w += sp + w
			ln.w += sp + w
			return
		}
	}
	ln.runs = append(ln.runs, run{span: s, x: ln.w + sp, w: w})
	ln.w += sp + w
}

func withText(s span, t string) span { s.text = t; return s }

// cut splits text so the head fits width (at least one character).
func (l *layout) cut(text, style string, size, width float64) (string, string) {
	rs := []rune(text)
	if len(rs) <= 1 {
		return text, ""
	}
	n := 1
	for n < len(rs) && l.width(string(rs[:n+1]), style, size) <= width {
		n++
	}
	return string(rs[:n]), string(rs[n:])
}

// width measures text in the document's font.
func (l *layout) width(text, style string, size float64) float64 {
	l.pdf.SetFont(family, style, size)
	return l.pdf.GetStringWidth(text)
}

// safeLink returns dest if a PDF reader may open it: a web or mail address.
// Anything else (javascript:, data:, file:, a relative path that means
// nothing in a PDF) keeps its text and loses its link.
func safeLink(dest string) string {
	d := strings.TrimSpace(html.UnescapeString(dest))
	u, err := url.Parse(d)
	if err != nil || strings.ContainsAny(d, "\x00\r\n\t") {
		return ""
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host != "" {
			return d
		}
	case "mailto":
		return d
	}
	return ""
}
