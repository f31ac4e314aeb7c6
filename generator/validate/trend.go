package validate

import (
	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/generator/model"
)

// farFactor is how many times larger or smaller than last year a figure
// must be to draw a warning: a misplaced digit (×10) is the usual cause,
// while real budget swings rarely reach ×3.
const farFactor = 3

// trends warns about a stated total far from the previous year's total of
// the same stage and region. Stages are only compared with themselves: an
// RKA is never compared with last year's APBD.
func (c *checker) trends() {
	prev := map[triple]*model.Summary{}
	for _, y := range c.site.Years {
		for _, s := range y.Summaries {
			prev[triple{s.Year, s.Stage, s.Region}] = s
		}
	}
	for _, y := range c.site.Years {
		for _, s := range y.Summaries {
			p := prev[triple{s.Year - 1, s.Stage, s.Region}]
			if p == nil || p.Amount == 0 || s.Amount == 0 {
				continue
			}
			if s.Amount > p.Amount*farFactor || s.Amount*farFactor < p.Amount {
				field, pos := c.set.Where(s, "amount")
				c.warnAt(pos, field, diag.T("jauh dari angka tahun lalu (tertulis %s; %d %s adalah %s); periksa apakah ada digit yang salah tempat", "is far from last year's (got %s, %d %s was %s); check for a misplaced digit", rupiah(s.Amount), p.Year, p.Stage, rupiah(p.Amount)))
			}
		}
	}
}
