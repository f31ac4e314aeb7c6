package load

import (
	"regexp"
	"strconv"

	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/generator/model"
)

var regionCode = regexp.MustCompile(`^[0-9]{2}(\.[0-9]{2}(\.[0-9]{2}(\.[0-9]{4})?)?)?$`)

// readAllocations reads allocations/<year>.yaml or allocations/<year>/<x>.yaml.
// pathYear is the year the file's path names.
func (s *Set) readAllocations(r *obj, pathYear int) {
	year := r.year("year", true)
	if year != 0 && year != pathYear {
		r.d.errorf(r.value("year", false), "year", diag.T("tidak sesuai dengan letak berkasnya (tertulis %d, seharusnya %d: berkas ini ada di allocations/%d)", "does not match the file's place (got %d, want %d: the file is under allocations/%d)", year, pathYear, pathYear))
	}
	year = pathYear
	region := s.ref(r, KindRegion, "region", "", false)
	b := s.budgetYear(year)
	b.Files = append(b.Files, r.d.file)
	stages := stringsOf(model.Stages)
	for _, o := range r.objects("summaries", false) {
		sm := &model.Summary{
			ID:          s.def(o, KindSummary, "id", ""),
			Year:        year,
			Stage:       model.Stage(o.enum("stage", true, stages)),
			Scope:       o.text("scope", false),
			Amount:      o.money("amount", true),
			Approximate: o.boolean("approximate"),
			Partial:     o.enum("lines", false, []string{"complete", "partial"}) == "partial",
			Precision:   1,
			Basis:       o.text("basis", false),
			Pos:         o.pos(),
		}
		sm.Region = s.ref(o, KindRegion, "region", "", false)
		if sm.Region == "" {
			sm.Region = region
		}
		if sm.Region == "" {
			o.d.errorf(o.node, o.field("region"), diag.T("wajib diisi: tulis region di ringkasan ini atau sekali di bagian atas berkas", "is required: write region in the summary or once at the top of the file"))
		}
		if o.has("precision") {
			sm.Precision = o.money("precision", false)
			if sm.Precision == 0 && o.d.problems.Errors() == 0 {
				o.d.errorf(o.value("precision", false), o.field("precision"), diag.T("paling kecil 1 (tertulis 0); tulis pembulatan amount dalam rupiah, mis. 100000000000 untuk 0,1 triliun", "must be at least 1 (got 0, want the rounding of amount in rupiah, e.g. 100000000000 for 0,1 triliun)"))
			}
		} else {
			o.value("precision", false)
		}
		if c := o.sub("agencies_count"); c != nil {
			sm.AgenciesCount = &model.AgenciesCount{OPD: c.integer("opd", false), UPTD: c.integer("uptd", false)}
			c.done()
		}
		sm.Provenance = s.provenance(o)
		requireSource(o, sm.Provenance)
		s.place(sm, o)
		b.Summaries = append(b.Summaries, sm)
		o.done()
	}
	for _, o := range r.objects("lines", false) {
		b.Lines = append(b.Lines, s.readLine(o, year, region))
	}
	r.done()
}

func (s *Set) readLine(o *obj, year int, region string) *model.Line {
	l := &model.Line{
		ID:            s.def(o, KindLine, "id", ""),
		Year:          year,
		Stage:         model.Stage(o.enum("stage", true, stringsOf(model.Stages))),
		Agency:        s.ref(o, KindAgency, "agency", "", true),
		Code:          o.code("code", false),
		Name:          o.text("name", true),
		Level:         model.Level(o.enum("level", false, stringsOf(model.Levels))),
		Amount:        o.money("amount", true),
		FundingSource: o.text("funding_source", false),
		Strategy:      s.ref(o, KindItem, "strategy", "", false),
		Programme:     s.ref(o, KindItem, "programme", "", false),
		Locations:     s.refs(o, KindRegion, "locations"),
		Pos:           o.pos(),
	}
	l.Region = s.ref(o, KindRegion, "region", "", false)
	if l.Region == "" {
		l.Region = region
	}
	if l.Region == "" {
		o.d.errorf(o.node, o.field("region"), diag.T("wajib diisi: tulis region di baris ini atau sekali di bagian atas berkas", "is required: write region in the line or once at the top of the file"))
	}
	if out := o.sub("output"); out != nil {
		l.Output = &model.Output{Indicator: out.text("indicator", true), Target: out.number("target", false), Unit: out.text("unit", false)}
		out.done()
	}
	l.Provenance = s.provenance(o)
	requireSource(o, l.Provenance)
	s.place(l, o, "output")
	o.done()
	return l
}

func (s *Set) budgetYear(y int) *model.BudgetYear {
	for _, b := range s.Site.Years {
		if b.Year == y {
			return b
		}
	}
	b := &model.BudgetYear{Year: y}
	s.Site.Years = append(s.Site.Years, b)
	return b
}

// yearOf reads the year a path under allocations/ names.
func yearOf(name string) (int, bool) {
	y, err := strconv.Atoi(name)
	return y, err == nil && len(name) == 4 && y >= 1945 && y <= 2200
}
