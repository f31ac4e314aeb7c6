package pdf

import east "github.com/yuin/goldmark/extension/ast"

const (
	tableSize = 8.5
	cellPadX  = 1.5
	cellPadY  = 1.0
)

// cell is a table cell's text, measured.
type cell struct {
	spans []span
	lines []line
}

// table lays out a GFM table: column widths from the content, cells
// wrapped, the header repeated at the top of every page the table reaches,
// and no row split across pages.
func (l *layout) table(t *east.Table) {
	var head []cell
	var rows [][]cell
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		var cells []cell
		style := regular
		if _, ok := r.(*east.TableHeader); ok {
			style = bold
		}
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			spans := l.inlines(c, style)
			l.checkSpans(spans)
			cells = append(cells, cell{spans: spans})
		}
		if style == bold {
			head = cells
		} else {
			rows = append(rows, cells)
		}
	}
	cols := len(t.Alignments)
	widths := l.columnWidths(cols, append([][]cell{head}, rows...))
	align := make([]string, cols)
	for i, a := range t.Alignments {
		switch a {
		case east.AlignRight:
			align[i] = "R"
		case east.AlignCenter:
			align[i] = "C"
		}
	}
	l.wrapRow(head, widths)
	headH := rowHeight(head)
	for i := range rows {
		l.wrapRow(rows[i], widths)
	}
	l.ensure(headH + rowHeightOr(rows, headH))
	l.tableRow(head, widths, align, true)
	for _, r := range rows {
		h := rowHeight(r)
		if l.y+h > bottom && l.y > marginTop {
			l.newPage()
			l.tableRow(head, widths, align, true)
		}
		l.tableRow(r, widths, align, false)
	}
	l.y += paraGap + 1
}

func rowHeightOr(rows [][]cell, h float64) float64 {
	if len(rows) == 0 {
		return 0
	}
	return rowHeight(rows[0])
}

// columnWidths gives each column at least its longest word and shares the
// rest of the line in proportion to how much more the column would need to
// show its cells on one line. Narrow tables keep their natural widths.
func (l *layout) columnWidths(cols int, rows [][]cell) []float64 {
	minW := make([]float64, cols)
	natW := make([]float64, cols)
	for _, r := range rows {
		for i, c := range r {
			if i >= cols {
				break
			}
			for _, ln := range l.breakLines(c.spans, 1e6, tableSize) {
				natW[i] = max(natW[i], ln.w+2*cellPadX)
			}
			for _, w := range l.words(c.spans, tableSize) {
				minW[i] = max(minW[i], w.w+2*cellPadX)
			}
		}
	}
	total := func(ws []float64) float64 {
		t := 0.0
		for _, w := range ws {
			t += w
		}
		return t
	}
	avail := l.w
	if total(natW) <= avail {
		return natW
	}
	if total(minW) >= avail {
		out := make([]float64, cols)
		for i := range out {
			out[i] = minW[i] * avail / total(minW)
		}
		return out
	}
	return shareWidths(natW, minW, avail)
}

// shareWidths gives every column that needs no more than an even share of
// what is left its natural width (dates and amounts stay on one line), then
// shares the rest among the wide columns in proportion to their natural
// widths, never below a column's longest word.
func shareWidths(natW, minW []float64, avail float64) []float64 {
	out := make([]float64, len(natW))
	fixed := make([]bool, len(natW))
	left, flex := avail, len(natW)
	for changed := true; changed && flex > 0; {
		changed = false
		for i, w := range natW {
			if !fixed[i] && w <= left/float64(flex) {
				out[i], fixed[i] = w, true
				left -= w
				flex--
				changed = true
			}
		}
	}
	want := 0.0
	for i, w := range natW {
		if !fixed[i] {
			want += w
		}
	}
	for i, w := range natW {
		if !fixed[i] {
			out[i] = max(minW[i], left*w/want)
		}
	}
	// Raising a column to its longest word may overshoot; take the excess
	// back from the columns above their minimum.
	over := -avail
	for _, w := range out {
		over += w
	}
	for over > 0.01 {
		slack := 0.0
		for i := range out {
			slack += out[i] - minW[i]
		}
		if slack <= 0 {
			break
		}
		for i := range out {
			out[i] -= over * (out[i] - minW[i]) / slack
		}
		over = -avail
		for _, w := range out {
			over += w
		}
	}
	return out
}

func (l *layout) wrapRow(r []cell, widths []float64) {
	for i := range r {
		if i < len(widths) {
			r[i].lines = l.breakLines(r[i].spans, widths[i]-2*cellPadX, tableSize)
		}
	}
}

func rowHeight(r []cell) float64 {
	n := 1
	for _, c := range r {
		n = max(n, len(c.lines))
	}
	return float64(n)*lineH(tableSize) + 2*cellPadY
}

func (l *layout) tableRow(r []cell, widths []float64, align []string, header bool) {
	h := rowHeight(r)
	width := 0.0
	for _, w := range widths {
		width += w
	}
	if header {
		l.add(Item{Kind: KindBox, X: l.x0, Y: l.y, W: width, H: h, Color: RGB{232, 236, 242}})
	}
	x := l.x0
	lh := lineH(tableSize)
	for i, c := range r {
		if i >= len(widths) {
			break
		}
		for j, ln := range c.lines {
			l.placeLine(ln, x+cellPadX, l.y+cellPadY+float64(j)*lh, widths[i]-2*cellPadX, lh, tableSize, align[i])
		}
		x += widths[i]
	}
	lw := 0.15
	if header {
		lw = 0.3
	}
	l.add(Item{Kind: KindRule, X: l.x0, Y: l.y + h, W: width, LineWidth: lw, Color: grey})
	l.y += h
}
