package pdf

import (
	"fmt"
	"strings"

	"github.com/jung-kurt/gofpdf"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// Page geometry, in millimetres (A4 portrait).
const (
	pageW, pageH = 210.0, 297.0
	marginL      = 20.0
	marginR      = 20.0
	marginTop    = 22.0
	marginBottom = 22.0
	contentW     = pageW - marginL - marginR
	bottom       = pageH - marginBottom
	ptMM         = 25.4 / 72 // one point in millimetres
	bodySize     = 10.0
	leading      = 1.4 // line height as a multiple of the font size
	paraGap      = 2.5
	indentStep   = 6.0
)

// layout walks goldmark's AST and places every block on pages.
type layout struct {
	pdf     *gofpdf.Fpdf // for measuring text in the embedded fonts
	doc     *Document
	src     []byte
	plan    Plan
	page    int
	y       float64
	x0      float64 // left edge of the current block (indented in lists)
	w       float64 // width of the current block
	marker  string  // a list marker waiting for the next line
	outline int     // level of the last bookmark, to keep levels contiguous
	quotes  []quoteMark
	err     error
}

type quoteMark struct {
	page int
	x, y float64
}

func lineH(size float64) float64 { return size * ptMM * leading }

func (l *layout) add(it Item) {
	it.Page = l.page
	l.plan.Items = append(l.plan.Items, it)
}

func (l *layout) newPage() {
	l.closeQuoteSegments()
	l.page++
	l.y = marginTop
	for i := range l.quotes {
		l.quotes[i].page, l.quotes[i].y = l.page, l.y
	}
}

// ensure starts a new page unless h more millimetres fit on this one.
func (l *layout) ensure(h float64) {
	if l.y+h > bottom && l.y > marginTop {
		l.newPage()
	}
}

func (l *layout) fail(err error) {
	if l.err == nil && err != nil {
		l.err = err
	}
}

// checkSpans stops the layout at the first character the fonts lack.
func (l *layout) checkSpans(spans []span) {
	for _, s := range spans {
		l.fail(CheckText(s.text, l.doc.Origin))
	}
}

// blocks lays out the children of a container node.
func (l *layout) blocks(n ast.Node) {
	for c := n.FirstChild(); c != nil && l.err == nil; c = c.NextSibling() {
		l.block(c)
	}
}

func (l *layout) block(n ast.Node) {
	switch n := n.(type) {
	case *ast.Heading:
		l.heading(n)
	case *ast.Paragraph, *ast.TextBlock:
		l.paragraph(l.inlines(n, regular), bodySize, "", paraGap)
	case *ast.List:
		l.list(n)
	case *ast.Blockquote:
		l.blockquote(n)
	case *ast.ThematicBreak:
		l.ensure(6)
		l.add(Item{Kind: KindRule, X: l.x0, Y: l.y + 2.5, W: l.w, LineWidth: 0.3, Color: grey})
		l.y += 6
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		l.code(n)
	case *ast.HTMLBlock:
		l.directive(n)
	case *east.Table:
		l.table(n)
	case *east.FootnoteList:
		l.footnotes(n)
	default:
		l.blocks(n)
	}
}

// paragraph places wrapped lines; align is "", "C" or "R".
func (l *layout) paragraph(spans []span, size float64, align string, gap float64) {
	l.checkSpans(spans)
	lh := lineH(size)
	for _, ln := range l.breakLines(spans, l.w, size) {
		l.ensure(lh)
		l.placeLine(ln, l.x0, l.y, l.w, lh, size, align)
		l.y += lh
	}
	l.y += gap
}

// placeLine adds a line's runs at (x, y) within width w.
func (l *layout) placeLine(ln line, x, y, w, lh, size float64, align string) {
	switch align {
	case "R":
		x += w - ln.w
	case "C":
		x += (w - ln.w) / 2
	}
	if l.marker != "" {
		mw := l.width(l.marker, regular, size)
		l.add(Item{Kind: KindText, X: l.x0 - 1.5 - mw, Y: y, W: mw, H: lh, Text: l.marker, Font: Font{regular, size}, Color: black})
		l.marker = ""
	}
	for _, r := range ln.runs {
		l.add(Item{Kind: KindText, X: x + r.x, Y: y, W: r.w, H: lh, Text: r.text, Font: Font{r.style, size}, Color: r.color, Link: r.link})
	}
}

var headingSizes = map[int]float64{1: 15, 2: 12.5, 3: 11, 4: 10.5, 5: 10, 6: 10}

func (l *layout) heading(n *ast.Heading) {
	size := headingSizes[n.Level]
	spans := l.inlines(n, bold)
	for i := range spans {
		if spans[i].link == "" {
			spans[i].color = accent
		}
	}
	lh := lineH(size)
	lines := l.breakLines(spans, l.w, size)
	gap := 3.0
	if l.y == marginTop {
		gap = 0
	}
	// Keep a heading with the first two lines of what follows it.
	l.ensure(gap + float64(len(lines))*lh + 2*lineH(bodySize))
	if l.y > marginTop {
		l.y += gap
	}
	level := n.Level - 1
	if level > l.outline+1 {
		level = l.outline + 1
	}
	l.outline = level
	var title []string
	for _, s := range spans {
		title = append(title, s.text)
	}
	l.add(Item{Kind: KindBookmark, X: l.x0, Y: l.y, Text: strings.Join(title, ""), Level: level})
	l.paragraph(spans, size, "", 1.5)
}

func (l *layout) list(n *ast.List) {
	x0, w := l.x0, l.w
	l.indent(indentStep)
	num := n.Start
	for it := n.FirstChild(); it != nil && l.err == nil; it = it.NextSibling() {
		if n.IsOrdered() {
			l.marker = fmt.Sprintf("%d.", num)
			num++
		} else {
			l.marker = "•"
		}
		l.blocks(it)
		if !n.IsTight {
			continue
		}
		l.y -= paraGap - 1 // tight lists keep items close
	}
	l.marker = ""
	l.x0, l.w = x0, w
	if n.IsTight {
		l.y += paraGap - 1
	}
}

func (l *layout) code(n ast.Node) {
	size := 8.5
	lh := lineH(size)
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		text := strings.TrimRight(string(seg.Value(l.src)), "\n")
		text = strings.ReplaceAll(text, "\t", "    ")
		l.fail(CheckText(text, l.doc.Origin))
		l.ensure(lh)
		l.add(Item{Kind: KindBox, X: l.x0, Y: l.y, W: l.w, H: lh, Color: RGB{240, 240, 240}})
		for _, ln := range l.breakLines([]span{{text: text, color: black}}, l.w-4, size) {
			l.placeLine(ln, l.x0+2, l.y, l.w-4, lh, size, "")
			break // code lines are clipped, not wrapped
		}
		l.y += lh
	}
	l.y += paraGap
}

// directive handles the HTML comments templates use to steer the layout:
// <!-- pagebreak --> and <!-- chart:ID -->. Other raw HTML is dropped, as
// the site drops it unless raw_html is set.
func (l *layout) directive(n *ast.HTMLBlock) {
	var b strings.Builder
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		b.Write(seg.Value(l.src))
	}
	for _, d := range strings.Split(b.String(), "-->") {
		d = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(d), "<!--"))
		switch {
		case d == "pagebreak" || d == "halaman-baru":
			if l.y > marginTop {
				l.newPage()
			}
		case strings.HasPrefix(d, "chart:"):
			l.chart(strings.TrimSpace(strings.TrimPrefix(d, "chart:")))
		}
	}
}

func (l *layout) chart(id string) {
	c, ok := l.doc.Charts[id]
	if !ok {
		l.fail(fmt.Errorf("%s: chart %q is not defined", l.doc.Origin, id))
		return
	}
	rec, err := record(c, func(s string, size float64) float64 { return l.width(s, regular, size) }, l.doc.Origin)
	if err != nil {
		l.fail(err)
		return
	}
	w := l.w
	h := float64(rec.height) * w / float64(rec.width)
	if h > 110 { // a tall chart is narrowed to keep it on one page with its text
		w, h = w*110/h, 110
	}
	l.ensure(h + 2)
	l.add(Item{Kind: KindChart, X: l.x0 + (l.w-w)/2, Y: l.y, W: w, H: h, Text: id, chart: rec})
	l.y += h + paraGap
}

func (l *layout) blockquote(n *ast.Blockquote) {
	x0, w := l.x0, l.w
	l.indent(4)
	l.quotes = append(l.quotes, quoteMark{l.page, x0 + 1, l.y})
	l.blocks(n)
	l.closeQuoteSegments()
	l.quotes = l.quotes[:len(l.quotes)-1]
	l.x0, l.w = x0, w
}

// closeQuoteSegments draws the bar of each open quote from where it
// started on this page to the current position.
func (l *layout) closeQuoteSegments() {
	for _, q := range l.quotes {
		if q.page == l.page && l.y > q.y {
			l.add(Item{Kind: KindRule, X: q.x, Y: q.y, H: l.y - paraGap - q.y, LineWidth: 0.8, Color: RGB{190, 190, 190}})
		}
	}
}

func (l *layout) footnotes(n *east.FootnoteList) {
	l.ensure(8)
	l.y += 2
	l.add(Item{Kind: KindRule, X: l.x0, Y: l.y, W: 50, LineWidth: 0.3, Color: grey})
	l.y += 2
	for f := n.FirstChild(); f != nil && l.err == nil; f = f.NextSibling() {
		fn, ok := f.(*east.Footnote)
		if !ok {
			continue
		}
		var spans []span
		for c := fn.FirstChild(); c != nil; c = c.NextSibling() {
			if len(spans) > 0 {
				spans = append(spans, span{br: true})
			}
			spans = append(spans, l.inlines(c, regular)...)
		}
		x0, w := l.x0, l.w
		l.indent(indentStep)
		l.marker = fmt.Sprintf("[%d]", fn.Index)
		l.paragraph(spans, 8.5, "", 1)
		l.x0, l.w = x0, w
	}
}

// minTextWidth is the narrowest column text is set in. Nesting deeper than
// the page allows (a list in a quote in a list ...) stops indenting there
// instead of squeezing the text to nothing.
const minTextWidth = 40.0

// indent moves the left edge in by mm, unless that leaves too narrow a column.
func (l *layout) indent(mm float64) {
	if l.w-mm >= minTextWidth {
		l.x0 += mm
		l.w -= mm
	}
}
