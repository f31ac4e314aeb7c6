// Package pdf lays out Markdown as A4 PDF briefs with the embedded Go fonts
// and draws charts into them as vectors. It is the only package that
// imports gofpdf.
//
// Rendering has two steps. Layout walks goldmark's AST and produces a Plan:
// every text run, rule, box, bookmark and chart with its page and position.
// Draw puts the plan on gofpdf pages. Tests read the plan (a golden text
// dump, the header on every page of a long table) and the PDF drawn from
// it is the same plan, so what is tested is what is printed.
package pdf

import (
	"bytes"
	"fmt"
	"sort"
	"time"

	"github.com/jung-kurt/gofpdf"
	"github.com/tkpkd/tkpkd/generator/markdown"
	"github.com/yuin/goldmark/text"
)

// Document is one brief to lay out.
type Document struct {
	Title     string
	Subtitle  string // under the title on page 1
	Publisher string // the author in the metadata and the running header
	Subject   string
	Keywords  string
	DateLine  string    // under the title and in the footer, e.g. "Data per 7 Desember 2023"
	AsOf      time.Time // the PDF's creation and modification dates
	// PageLabel is the footer's page number as a fmt format with two %d,
	// the page and the page count: "Halaman %d dari %d". A format rather
	// than a function, so the brief cache's key holds all of it.
	PageLabel string
	Markdown  []byte
	Charts    map[string]Chart // resolved from <!-- chart:ID --> comments
	Origin    string           // where the Markdown came from, for errors
}

// Layout places doc on pages without drawing it.
func Layout(doc *Document) (*Plan, error) {
	p := newFpdf(doc)
	return layoutWith(p, doc)
}

// Render lays out doc and returns the PDF bytes. The same document gives
// the same bytes: dates come from AsOf and the catalog is sorted.
func Render(doc *Document) ([]byte, error) {
	p := newFpdf(doc)
	plan, err := layoutWith(p, doc)
	if err != nil {
		return nil, err
	}
	draw(p, plan)
	var buf bytes.Buffer
	if err := p.Output(&buf); err != nil {
		return nil, fmt.Errorf("%s: writing PDF: %w", doc.Origin, err)
	}
	return buf.Bytes(), nil
}

func newFpdf(doc *Document) *gofpdf.Fpdf {
	p := gofpdf.New("P", "mm", "A4", "")
	p.SetCreationDate(doc.AsOf)
	p.SetModificationDate(doc.AsOf)
	p.SetCatalogSort(true)
	p.SetTitle(doc.Title, true)
	p.SetAuthor(doc.Publisher, true)
	p.SetSubject(doc.Subject, true)
	p.SetKeywords(doc.Keywords, true)
	p.SetCreator("tkpkd", true)
	p.SetProducer("tkpkd", true)
	p.SetMargins(marginL, marginTop, marginR)
	p.SetAutoPageBreak(false, 0)
	p.SetCellMargin(0)
	addFonts(p)
	return p
}

func layoutWith(p *gofpdf.Fpdf, doc *Document) (*Plan, error) {
	for _, s := range []string{doc.Title, doc.Subtitle, doc.Publisher, doc.DateLine, doc.Subject, doc.Keywords} {
		if err := CheckText(s, doc.Origin); err != nil {
			return nil, err
		}
	}
	if err := p.Error(); err != nil {
		return nil, err
	}
	l := &layout{pdf: p, doc: doc, src: doc.Markdown, page: 1, y: marginTop, x0: marginL, w: contentW}
	tree := markdown.New(markdown.Options{}).Parser().Parse(text.NewReader(doc.Markdown))
	l.titleBlock()
	l.blocks(tree)
	if l.err != nil {
		return nil, l.err
	}
	l.plan.Pages = l.page
	l.frame()
	sort.SliceStable(l.plan.Items, func(i, j int) bool { return l.plan.Items[i].Page < l.plan.Items[j].Page })
	return &l.plan, nil
}

// titleBlock opens page 1: publisher, title, subtitle, date and a rule.
func (l *layout) titleBlock() {
	d := l.doc
	l.paragraph([]span{{text: d.Publisher, style: bold, color: accent}}, 9.5, "", 1)
	l.add(Item{Kind: KindBookmark, X: l.x0, Y: l.y, Text: d.Title, Level: 0})
	l.outline = 0
	l.paragraph([]span{{text: d.Title, style: bold, color: black}}, 18, "", 1)
	if d.Subtitle != "" {
		l.paragraph([]span{{text: d.Subtitle, color: grey}}, 11.5, "", 0.5)
	}
	if d.DateLine != "" {
		l.paragraph([]span{{text: d.DateLine, style: italic, color: grey}}, 9, "", 0)
	}
	l.y += 1.5
	l.add(Item{Kind: KindRule, X: l.x0, Y: l.y, W: l.w, LineWidth: 0.8, Color: accent})
	l.y += 5
}

// frame adds the running header (from page 2) and the footer of every
// page. The page count is known once the layout is done, so "Halaman N
// dari M" is plain text rather than a gofpdf alias.
func (l *layout) frame() {
	const size = 7.5
	lh := lineH(size)
	for pg := 1; pg <= l.plan.Pages; pg++ {
		l.page = pg
		if pg > 1 {
			l.add(Item{Kind: KindText, X: marginL, Y: 10, W: l.width(l.doc.Publisher, bold, size), H: lh, Text: l.doc.Publisher, Font: Font{bold, size}, Color: grey})
			title := l.fit(l.doc.Title, size, contentW*0.6)
			tw := l.width(title, regular, size)
			l.add(Item{Kind: KindText, X: pageW - marginR - tw, Y: 10, W: tw, H: lh, Text: title, Font: Font{regular, size}, Color: grey})
			l.add(Item{Kind: KindRule, X: marginL, Y: 10 + lh + 0.5, W: contentW, LineWidth: 0.2, Color: grey})
		}
		fy := pageH - 14
		l.add(Item{Kind: KindRule, X: marginL, Y: fy - 1, W: contentW, LineWidth: 0.2, Color: grey})
		if l.doc.DateLine != "" {
			l.add(Item{Kind: KindText, X: marginL, Y: fy, W: l.width(l.doc.DateLine, regular, size), H: lh, Text: l.doc.DateLine, Font: Font{regular, size}, Color: grey})
		}
		format := l.doc.PageLabel
		if format == "" {
			format = "%d / %d"
		}
		label := fmt.Sprintf(format, pg, l.plan.Pages)
		lw := l.width(label, regular, size)
		l.add(Item{Kind: KindText, X: pageW - marginR - lw, Y: fy, W: lw, H: lh, Text: label, Font: Font{regular, size}, Color: grey})
	}
}

// fit shortens text with an ellipsis until it fits width.
func (l *layout) fit(s string, size, width float64) string {
	if l.width(s, regular, size) <= width {
		return s
	}
	rs := []rune(s)
	for len(rs) > 1 && l.width(string(rs)+"…", regular, size) > width {
		rs = rs[:len(rs)-1]
	}
	return string(rs) + "…"
}
