package view

import (
	"math"

	"github.com/tkpkd/tkpkd/generator/format"
	"github.com/tkpkd/tkpkd/generator/i18n"
	"github.com/tkpkd/tkpkd/generator/model"
)

// Terms names things in one language, from the glossary (terms.* in
// templates/i18n/terms.<lang>.yaml) that the site and the briefs share.
type Terms struct {
	Lang string
	cat  *i18n.Catalog
}

// NewTerms returns the glossary of one language.
func NewTerms(cat *i18n.Catalog, lang string) Terms { return Terms{Lang: lang, cat: cat} }

// T returns a glossary string: terms.<key>.
func (t Terms) T(key string) string { return t.cat.T(t.Lang, "terms."+key) }

// Stage names a budget stage: "APBD", "APBD Perubahan".
func (t Terms) Stage(s model.Stage) string { return t.T("stage." + string(s)) }

// Status names a decision status: "Berjalan", "Terlambat".
func (t Terms) Status(s model.Status) string { return t.T("status." + string(s)) }

// Verification names how a figure is known: "dilaporkan", "ilustrasi".
func (t Terms) Verification(v model.Verification) string { return t.T("verification." + string(v)) }

// Illustrative is the badge of an example figure: "Ilustrasi".
func (t Terms) Illustrative() string { return t.T("illustrative") }

// Others labels the row that sums what a table or chart leaves out.
func (t Terms) Others(n int) string { return t.cat.Tf(t.Lang, "terms.others", n) }

// Check is how a stated total compares with its lines.
type Check struct {
	Key   string // ok, mismatch or not_itemised: a CSS class, a test's handle
	Label string // "Cocok", "Tidak cocok", "Tidak dirinci"
}

// Check says whether a summary's lines reconcile with it.
func (t Terms) Check(s *model.Summary) Check {
	key := "ok"
	switch {
	case s.Partial && s.AmountOK():
		return Check{Key: "partial", Label: t.cat.Tf(t.Lang, "terms.check.partial",
			format.Money(s.Check.Sum, t.Lang), format.Money(s.Amount, t.Lang))}
	case !s.Check.Itemised:
		key = "not_itemised"
	case !s.AmountOK() || !s.CountsOK():
		key = "mismatch"
	}
	return Check{Key: key, Label: t.T("check." + key)}
}

// Diff writes a signed amount in full, with a true minus sign (U+2212):
// "−Rp200.000.000.000".
func (t Terms) Diff(m model.Money) string {
	s := format.Money(m.Abs(), t.Lang)
	if m < 0 {
		return "\u2212" + s
	}
	return s
}

// Value writes an indicator value with its definition's decimals: money for
// a rupiah-valued indicator (rounded to the rupiah, half away from zero),
// "6,17%" for a percentage, and the unit after any other number.
func (t Terms) Value(d *model.Indicator, v float64) string {
	switch {
	case d == nil:
		return format.Decimal(v, 2, t.Lang)
	case d.IsMoney():
		return format.Money(model.Money(math.Round(v)), t.Lang)
	case d.IsPercent():
		return format.Percent(v, d.Decimals, t.Lang)
	case d.Unit == "":
		return format.Decimal(v, d.Decimals, t.Lang)
	}
	return format.Decimal(v, d.Decimals, t.Lang) + " " + d.Unit
}

// Scope labels what a stated total covers: its scope as written, or the
// name of its region, with "(pembulatan)" when the amount is rounded, so the
// exact and the rounded figure of one year and stage can be told apart. A
// total of another region than the site's own is prefixed with the region's
// name: a province's year lists each regency's totals, all with one scope.
func (t Terms) Scope(s *model.Site, sm *model.Summary) string {
	label := sm.Scope
	switch {
	case label == "":
		label = s.OwnerName(sm.Region)
	case sm.Region != "" && sm.Region != s.Config.Region:
		label = s.OwnerName(sm.Region) + ": " + label
	}
	if sm.Approximate {
		label += " (" + t.T("approximate") + ")"
	}
	return label
}
