package markdown

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// ShiftHeadings moves a fragment's headings under the page's own: the
// shallowest level written becomes top and the others keep their distance
// from it (capped at 6), so a fragment's outline nests under the section
// that holds it. The site and the briefs both use it, so the minutes'
// headings sit under "Notulen" in the HTML and in the PDF outline alike.
func ShiftHeadings(doc ast.Node, top int) {
	shallowest := 7
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			shallowest = min(shallowest, h.Level)
		}
		return ast.WalkContinue, nil
	})
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			h.Level = min(6, h.Level-shallowest+top)
		}
		return ast.WalkContinue, nil
	})
}

// Nest returns Markdown source whose headings are shifted as ShiftHeadings
// shifts them, for text that is parsed again later as part of a larger
// document (a brief). Every heading is rewritten in ATX form ("### Title");
// the rest of the source is kept byte for byte.
func Nest(src string, top int) string {
	source := []byte(src)
	doc := New(Options{}).Parser().Parse(text.NewReader(source))
	type edit struct {
		start, end int // the source bytes the new heading line replaces
		level      int
		text       string
	}
	var edits []edit
	var written []int
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		h, ok := n.(*ast.Heading)
		if !entering || !ok || h.Lines().Len() == 0 || h.Parent() != doc {
			// A heading inside a quote or a list keeps its level: its line
			// starts with the container's marker.
			return ast.WalkContinue, nil
		}
		first, last := h.Lines().At(0), h.Lines().At(h.Lines().Len()-1)
		start := bytes.LastIndexByte(source[:first.Start], '\n') + 1
		end := lineEnd(source, last.Stop)
		if isSetext(source, start, first.Start) {
			end = lineEnd(source, end+1) // the underline
		}
		var title []string
		for i := 0; i < h.Lines().Len(); i++ {
			seg := h.Lines().At(i)
			title = append(title, strings.TrimSpace(string(seg.Value(source))))
		}
		edits = append(edits, edit{start: start, end: end, text: strings.Join(title, " ")})
		written = append(written, h.Level)
		return ast.WalkSkipChildren, nil
	})
	if len(edits) == 0 {
		return src
	}
	shallowest := 7
	for _, l := range written {
		shallowest = min(shallowest, l)
	}
	var b strings.Builder
	at := 0
	for i, e := range edits {
		b.Write(source[at:e.start])
		b.WriteString(strings.Repeat("#", min(6, written[i]-shallowest+top)))
		b.WriteByte(' ')
		b.WriteString(e.text)
		at = e.end
	}
	b.Write(source[at:])
	return b.String()
}

// lineEnd returns the index of the line break ending the line holding i,
// or len(src).
func lineEnd(src []byte, i int) int {
	if i >= len(src) {
		return len(src)
	}
	if j := bytes.IndexByte(src[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(src)
}

// isSetext reports whether a heading whose text starts at textStart on the
// line starting at lineStart is a setext heading (underlined), not ATX.
func isSetext(src []byte, lineStart, textStart int) bool {
	return !bytes.HasPrefix(bytes.TrimLeft(src[lineStart:textStart], " "), []byte("#"))
}
