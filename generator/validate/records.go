package validate

import (
	"fmt"

	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/generator/model"
)

// regions checks the hierarchy: a kabupaten or kota belongs to a province.
func (c *checker) regions() {
	byCode := map[string]*model.Region{}
	for _, r := range c.site.Regions {
		byCode[r.Code] = r
	}
	for _, r := range c.site.Regions {
		field, pos := c.set.Where(r, "parent")
		switch {
		case r.Kind == model.Provinsi && r.Parent != "":
			c.errorAt(pos, field, diag.T("harus kosong untuk provinsi (tertulis %q)", "must be empty for a province (got %q)", r.Parent))
		case r.Kind != model.Provinsi && r.Kind != "" && r.Parent == "":
			c.errorAt(pos, field, diag.T("wajib diisi untuk %s: tulis kode provinsinya, mis. \"36\"", "is required for a %s: write the code of its province, e.g. \"36\"", r.Kind))
		case r.Parent != "" && byCode[r.Parent] != nil && byCode[r.Parent].Kind != model.Provinsi:
			c.errorAt(pos, field, diag.T("harus menyebut provinsi (tertulis %q, yang merupakan %s)", "must name a province (got %q, which is a %s)", r.Parent, byCode[r.Parent].Kind))
		}
	}
}

// agencies checks that a UPTD belongs to an OPD (not to another UPTD) and
// that no agency id can be mistaken for a region code.
func (c *checker) agencies() {
	byID := map[string]*model.Agency{}
	for _, a := range c.site.Agencies {
		byID[a.ID] = a
	}
	for _, a := range c.site.Agencies {
		if regionExists(c.site, a.ID) {
			field, pos := c.set.Where(a, "id")
			c.errorAt(pos, field, diag.T("%q juga kode wilayah; owner harus salah satunya (pakai id berupa nama, mis. \"banten-dinsos\")", "%q is also a region code; an owner must be one or the other (want a name-like id such as \"banten-dinsos\")", a.ID))
		}
		if a.Parent == "" {
			continue
		}
		field, pos := c.set.Where(a, "parent")
		if p := byID[a.Parent]; p != nil && p.Kind == model.UPTD {
			c.errorAt(pos, field, diag.T("harus menyebut OPD, bukan UPTD lain (tertulis %q)", "must name an OPD, not another UPTD (got %q)", a.Parent))
		}
		if a.Parent == a.ID {
			c.errorAt(pos, field, diag.T("menyebut perangkat daerah itu sendiri", "names the agency itself"))
		}
	}
}

func regionExists(s *model.Site, code string) bool {
	for _, r := range s.Regions {
		if r.Code == code {
			return true
		}
	}
	return false
}

// mappings checks that a mapping links items of two different frameworks.
func (c *checker) mappings() {
	for _, m := range c.site.Mappings {
		ff, _, ok1 := model.SplitRef(m.From)
		tf, _, ok2 := model.SplitRef(m.To)
		if ok1 && ok2 && ff == tf {
			field, pos := c.set.Where(m, "to")
			c.errorAt(pos, field, diag.T("memetakan butir ke kerangka yang sama (tertulis %q dan %q); pemetaan harus antara dua kerangka berbeda", "maps an item to the same framework (got %q and %q, want items of two different frameworks)", m.From, m.To))
		}
	}
}

type obsKey struct {
	indicator, region, period, method string
}

// observations checks methods and duplicates.
func (c *checker) observations() {
	defs := map[string]*model.Indicator{}
	for _, d := range c.site.Indicators {
		defs[d.ID] = d
	}
	seen := map[obsKey]*model.Observation{}
	for _, o := range c.site.Observations {
		d := defs[o.Indicator]
		if d != nil {
			c.observationMethod(o, d)
		}
		k := obsKey{o.Indicator, o.Region, o.Period.String(), o.Method}
		if prev, ok := seen[k]; ok {
			c.errorAt(o.Pos, "observations", diag.T("observasi %s untuk %s periode %s sudah ditulis di %s; simpan salah satu", "duplicates an observation of %s for %s in %s already written at %s; keep one", o.Indicator, o.Region, o.Period, prev.Pos))
			continue
		}
		seen[k] = o
	}
	for _, t := range c.site.Targets {
		k := obsKey{"target " + t.Indicator, t.Region, fmt.Sprint(t.Year), ""}
		if prev, ok := seen[k]; ok {
			c.errorAt(t.Pos, "targets", diag.T("target %s untuk %s tahun %d sudah ditulis di %s; simpan salah satu", "duplicates the target for %s in %s, %d, already written at %s", t.Indicator, t.Region, t.Year, prev.Pos))
			continue
		}
		seen[k] = &model.Observation{Pos: t.Pos}
	}
}

func (c *checker) observationMethod(o *model.Observation, d *model.Indicator) {
	field, pos := c.set.Where(o, "method")
	if len(d.Methods) > 0 && o.Method == "" {
		var ids []string
		for _, m := range d.Methods {
			ids = append(ids, m.ID)
		}
		c.errorAt(pos, field, diag.T("wajib diisi: indikator %s diukur dengan lebih dari satu metode (tulis salah satu dari %v)", "is required: indicator %s is measured by more than one method (want one of %v)", d.ID, ids))
		return
	}
	if len(d.Methods) == 0 && o.Method != "" {
		c.errorAt(pos, field, diag.T("menyebut metode, padahal indikator %s tidak punya metode (tertulis %q)", "names a method, but indicator %s defines none (got %q)", d.ID, o.Method))
		return
	}
	m := d.Method(o.Method)
	if m == nil || o.Period.Year == 0 {
		return // reported as a dangling reference or a bad period
	}
	if (m.From != 0 && o.Period.Year < m.From) || (m.To != 0 && o.Period.Year > m.To) {
		c.errorAt(pos, field, diag.T("metode %s berlaku untuk %s, bukan untuk %s (tertulis %q)", "method %s applies to %s, not to %s (got %q)", m.ID, span(m), o.Period, o.Method))
	}
}

func span(m *model.Method) diag.Text {
	switch {
	case m.From != 0 && m.To != 0:
		return diag.T("%d-%d", "%d-%d", m.From, m.To)
	case m.From != 0:
		return diag.T("%d dan sesudahnya", "%d onwards", m.From)
	case m.To != 0:
		return diag.T("sampai %d", "up to %d", m.To)
	}
	return diag.T("setiap tahun", "every year")
}
