package validate

import (
	"strings"

	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/generator/model"
)

type triple struct {
	year   int
	stage  model.Stage
	region string
}

// reconcile compares every stated total with the lines of its (year,
// stage, region): the sum must be within half the summary's precision and
// the distinct agencies must match agencies_count. A summary with no lines
// is "not itemised" and is not reconciled.
func (c *checker) reconcile() {
	for _, f := range c.set.Broken {
		if f == "agencies.yaml" || strings.HasPrefix(f, "allocations/") {
			return // the lines or their agencies are not all known
		}
	}
	kinds := map[string]model.AgencyKind{}
	for _, a := range c.site.Agencies {
		kinds[a.ID] = a.Kind
	}
	lines := map[triple][]*model.Line{}
	for _, y := range c.site.Years {
		for _, l := range y.Lines {
			k := triple{l.Year, l.Stage, l.Region}
			lines[k] = append(lines[k], l)
		}
	}
	for _, y := range c.site.Years {
		for _, s := range y.Summaries {
			ls := lines[triple{s.Year, s.Stage, s.Region}]
			s.Check = check(ls, kinds, s.Amount)
			c.reportSummary(s, ls, kinds)
		}
	}
}

func check(lines []*model.Line, kinds map[string]model.AgencyKind, amount model.Money) model.Reconciliation {
	r := model.Reconciliation{Itemised: len(lines) > 0, Lines: len(lines)}
	opd, uptd := map[string]bool{}, map[string]bool{}
	for _, l := range lines {
		r.Sum += l.Amount
		if kinds[l.Agency] == model.UPTD {
			uptd[l.Agency] = true
		} else if l.Agency != "" {
			opd[l.Agency] = true
		}
	}
	r.Diff = r.Sum - amount
	r.OPD, r.UPTD = len(opd), len(uptd)
	return r
}

func (c *checker) reportSummary(s *model.Summary, lines []*model.Line, kinds map[string]model.AgencyKind) {
	if s.Partial {
		// Reports show how much is itemised instead of reconciling; a
		// warning keeps it visible, and --strict refuses to publish it.
		field, pos := c.set.Where(s, "lines")
		c.warnAt(pos, field, diag.T("rinciannya belum lengkap: baru %s dari %s yang dirinci; tulis lines: complete (atau hapus baris itu) setelah semua rincian masuk",
			"the breakdown is partial: %s of %s itemised so far; set lines: complete (or remove it) once every line is in",
			rupiah(s.Check.Sum), rupiah(s.Amount)))
	}
	if !s.Check.Itemised {
		return
	}
	if !s.AmountOK() {
		field, pos := c.set.Where(s, "amount")
		c.followAt(pos, field, c.amountCause(s, lines), diag.T("tidak cocok dengan rinciannya: %d baris anggaran%s %d %s wilayah %s berjumlah %s, sedangkan ringkasan menyebut %s, selisih %s (paling banyak %s, separuh precision %s); periksa angka yang salah ketik atau baris yang belum ditulis",
			"does not reconcile with its lines: the %d %s of %d %s in region %s add up to %s, the summary states %s, a difference of %s (want at most %s, half the precision %s); look for a mistyped amount or a missing line",
			s.Check.Lines, diag.Plural(s.Check.Lines, "", "line", "lines"), s.Year, s.Stage, s.Region, rupiah(s.Check.Sum), rupiah(s.Amount), rupiah(s.Check.Diff), rupiah(s.Precision/2), rupiah(s.Precision)))
	}
	if !s.CountsOK() {
		field, pos := c.set.Where(s, "agencies_count")
		cause := ""
		for _, l := range lines {
			if _, ok := kinds[l.Agency]; !ok {
				f, p := c.set.Where(l, "agency")
				cause = diag.Key(p.File, f) // an unknown agency cannot be counted
				break
			}
		}
		c.followAt(pos, field, cause, diag.T("tidak cocok dengan rinciannya: baris-barisnya menyebut %d OPD dan %d UPTD, ringkasan menyebut %d OPD dan %d UPTD (semua jenis selain uptd dihitung sebagai OPD)",
			"does not match the lines: they name %d OPD and %d UPTD, the summary states %d OPD and %d UPTD (every agency kind but uptd counts as OPD)",
			s.Check.OPD, s.Check.UPTD, s.AgenciesCount.OPD, s.AgenciesCount.UPTD))
	}
}

// amountCause is the problem an unreconciled total follows from: its own
// amount or precision, or a line's amount, written wrong.
func (c *checker) amountCause(s *model.Summary, lines []*model.Line) string {
	for _, key := range []string{"amount", "precision"} {
		if k := c.set.Cause(s, key); k != "" {
			return k
		}
	}
	for _, l := range lines {
		if k := c.set.Cause(l, "amount"); k != "" {
			return k
		}
	}
	return ""
}
