package validate

import (
	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/generator/model"
)

// futureYears warns about budget figures dated after the site's as_of: a
// typo in the year, or an as_of that was not moved forward. The plans for
// next year (rkpd, kua_ppas, rka, apbd) are drafted and enacted during the
// current year, so those are expected one year ahead; a revised budget
// (apbd_p) or spending (realisasi) only exists once its year has begun.
// One warning per file and stage, at its first figure, so a year of a
// thousand lines does not print a thousand warnings.
// (A meeting dated after as_of is warned about in meetings.)
func (c *checker) futureYears() {
	asOf := c.site.Config.AsOf
	if asOf.IsZero() {
		return
	}
	type fileStage struct {
		file  string
		stage model.Stage
	}
	warned := map[fileStage]bool{}
	check := func(rec any, year int, stage model.Stage, pos model.Pos) {
		ahead := year - asOf.Year
		if ahead <= 0 || (ahead == 1 && stage != model.APBDP && stage != model.Realisasi) {
			return
		}
		k := fileStage{pos.File, stage}
		if warned[k] {
			return
		}
		warned[k] = true
		field, at := c.set.Where(rec, "stage")
		c.warnAt(at, field, diag.T("tahun anggaran %d tahap %s sesudah tanggal laporan as_of %s di site.yaml: periksa tahunnya, atau majukan as_of",
			"budget year %d at stage %s is after the site's as_of %s in site.yaml: check the year, or move as_of forward", year, stage, asOf))
	}
	for _, y := range c.site.Years {
		for _, s := range y.Summaries {
			check(s, s.Year, s.Stage, s.Pos)
		}
		for _, l := range y.Lines {
			check(l, l.Year, l.Stage, l.Pos)
		}
	}
}
