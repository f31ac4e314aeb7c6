package synth

import (
	"bytes"
	"fmt"
)

type budgetLine struct {
	id, code, name string
	ag             *agency
	sub            sub
	amount         int64
	target         int
	funding        string
	locations      []string
}

var fundingSources = []string{"PAD", "DAU", "DAU yang Ditentukan Penggunaannya", "DAK Fisik", "DAK Nonfisik", "Dana Bagi Hasil"}

// stageOf is the stage of each synthetic budget year: the APBD of the
// first year and the RKA of the next, as in the Banten reference.
func stageOf(year int) string {
	if year == firstYear {
		return "apbd"
	}
	return "rka"
}

// budgetLines draws a region's lines for one year.
func (w *world) budgetLines(reg *region, year int) []budgetLine {
	lo, hi := int64(100e6), int64(20e9)
	if reg.kind == "provinsi" {
		lo, hi = 500e6, 100e9
	}
	n := w.size.Lines
	out := make([]budgetLine, n)
	for i := range out {
		a := pick(w.r, reg.agencies)
		s := pick(w.r, a.tmpl.subs)
		l := budgetLine{
			id:   fmt.Sprintf("%s-%02d-%03d", reg.slug, year%100, i+1),
			code: fmt.Sprintf("%s.%02d.2.%02d.%04d", a.tmpl.urusan, 2+w.r.IntN(8), 1+w.r.IntN(12), 1+w.r.IntN(60)),
			name: s.name, ag: a, sub: s,
			amount:  (lo + w.r.Int64N(hi-lo)) / 1000 * 1000,
			target:  s.lo + w.r.IntN(s.hi-s.lo+1),
			funding: pick(w.r, fundingSources),
		}
		l.locations = []string{reg.code}
		if len(reg.children) > 0 && w.r.IntN(2) == 0 {
			l.locations = []string{pick(w.r, reg.children).code}
		}
		out[i] = l
	}
	return out
}

// allocationYAML writes allocations/<year>/<code>.yaml: two summaries that
// reconcile with the lines (an exact one and one rounded to a billion, as
// officials state them) and the lines.
func (w *world) allocationYAML(reg *region, year int, b *bytes.Buffer) {
	lines := w.budgetLines(reg, year)
	stage := stageOf(year)
	var sum int64
	opd, uptd := map[string]bool{}, map[string]bool{}
	for _, l := range lines {
		sum += l.amount
		if l.ag.kind == "uptd" {
			uptd[l.ag.id] = true
		} else {
			opd[l.ag.id] = true
		}
	}
	line(b, "# Anggaran SINTETIS %s %d (tahap %s): contoh, bukan data SIPD.", reg.name, year, stage)
	line(b, "year: %d", year)
	line(b, "region: %s", q(reg.code))
	line(b, "summaries:")
	const billion = int64(1e9)
	for _, s := range []struct {
		suffix    string
		amount    int64
		precision int64
	}{{"", sum, 1}, {"-bulat", (sum + billion/2) / billion * billion, billion}} {
		line(b, "  - id: %s-%s-%d%s", reg.slug, stage, year, s.suffix)
		line(b, "    stage: %s", stage)
		line(b, "    scope: \"Anggaran penanggulangan kemiskinan ekstrem (tagging SIPD)\"")
		line(b, "    amount: %d", s.amount)
		if s.precision > 1 {
			line(b, "    approximate: true")
		}
		line(b, "    precision: %d", s.precision)
		line(b, "    agencies_count: {opd: %d, uptd: %d}", len(opd), len(uptd))
		line(b, "    basis: %s", q("Penandaan anggaran di SIPD, "+reg.name))
		line(b, "    source: %s", srcSIPD)
		line(b, "    verification: illustrative")
	}
	line(b, "lines:")
	for _, l := range lines {
		line(b, "  - id: %s", l.id)
		line(b, "    stage: %s", stage)
		line(b, "    agency: %s", l.ag.id)
		line(b, "    code: %s", q(l.code))
		line(b, "    name: %s", q(l.name))
		line(b, "    level: sub_kegiatan")
		line(b, "    amount: %d", l.amount)
		line(b, "    funding_source: %s", q(l.funding))
		line(b, "    strategy: %s", l.ag.tmpl.strategy)
		if l.ag.tmpl.programme != l.ag.tmpl.strategy {
			line(b, "    programme: %s", l.ag.tmpl.programme)
		}
		line(b, "    locations: %s", qs(l.locations))
		line(b, "    output: {indicator: %s, target: %d, unit: %s}", q(l.sub.output), l.target, q(l.sub.unit))
		line(b, "    source: %s", srcSIPD)
		line(b, "    verification: illustrative")
	}
}
