package html

import (
	"bytes"
	"fmt"
	"html/template"

	"github.com/tkpkd/tkpkd/generator/markdown"
	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// mdPage renders the Markdown fragments of one page with one id set, so
// heading ids stay unique across fragments, and with headings moved below
// the page's own: the page has the only h1 and its sections are h2.
type mdPage struct {
	md  goldmark.Markdown
	ids *markdown.IDs
	top int // the level a Markdown "#" becomes
}

// reservedIDs are fragment ids the templates use; Markdown headings avoid them.
var reservedIDs = []string{"main", "konten", "data", "keputusan", "notulen", "tindak-lanjut"}

// markdown starts the fragments of one page; top is the heading level a
// Markdown "#" becomes there.
func (b *builder) markdown(top int) *mdPage {
	return &mdPage{md: b.md, ids: markdown.NewIDs(reservedIDs...), top: top}
}

func (m *mdPage) render(src string, pos model.Pos) (template.HTML, error) {
	if src == "" {
		return "", nil
	}
	ctx := parser.NewContext(parser.WithIDs(m.ids))
	doc := m.md.Parser().Parse(text.NewReader([]byte(src)), parser.WithContext(ctx))
	markdown.ShiftHeadings(doc, m.top)
	var buf bytes.Buffer
	if err := m.md.Renderer().Render(&buf, []byte(src), doc); err != nil {
		return "", fmt.Errorf("%s: markdown: %w", pos, err)
	}
	// goldmark runs in safe mode unless site.yaml sets raw_html: true.
	return template.HTML(buf.String()), nil //nolint:gosec
}
