package html

import (
	"math"

	"github.com/tkpkd/tkpkd/generator/format"
	"github.com/tkpkd/tkpkd/generator/i18n"
	"github.com/tkpkd/tkpkd/generator/model"
)

// Locale gives templates the UI strings and number formats of one language.
type Locale struct {
	Lang string
	cat  *i18n.Catalog
}

// T returns the UI string for key, under "site." in templates/i18n/<lang>.yaml.
func (l *Locale) T(key string) string { return l.cat.T(l.Lang, "site."+key) }

// Tf returns the UI string for key with its %-verbs filled in.
func (l *Locale) Tf(key string, args ...any) string { return l.cat.Tf(l.Lang, "site."+key, args...) }

// Money writes a full amount: "Rp1.700.000.000.000".
func (l *Locale) Money(m model.Money) string { return format.Money(m, l.Lang) }

// MoneyShort writes a rounded amount: "Rp1,7 triliun", "IDR 1.7 trillion".
func (l *Locale) MoneyShort(m model.Money) string { return format.MoneyShort(m, l.Lang) }

// Change describes the change between two amounts: "naik 5,0%".
func (l *Locale) Change(was, now model.Money) string { return format.Change(was, now, l.Lang) }

// Int writes a whole number with thousands separators.
func (l *Locale) Int(n int) string { return format.Int(int64(n), l.Lang) }

// Date writes the long date: "Kamis, 7 Desember 2023".
func (l *Locale) Date(d model.Date) string { return format.Date(d, l.Lang) }

// DateShort writes a date for tables: "7 Des 2023".
func (l *Locale) DateShort(d model.Date) string { return format.DateShort(d, l.Lang) }

// Period writes an observation period: "Maret 2023".
func (l *Locale) Period(p model.Period) string { return format.Period(p, l.Lang) }

// Value writes an indicator value with the definition's decimals, as money
// for rupiah-valued indicators and with "%" for percentages.
func (l *Locale) Value(d *model.Indicator, v float64) string {
	switch {
	case d == nil:
		return format.Decimal(v, 2, l.Lang)
	case d.IsMoney():
		return format.Money(model.Money(math.Round(v)), l.Lang)
	case d.IsPercent():
		return format.Percent(v, d.Decimals, l.Lang)
	}
	return format.Decimal(v, d.Decimals, l.Lang)
}

// Stage names a budget stage: "APBD", "APBD Perubahan".
func (l *Locale) Stage(s model.Stage) string { return l.T("stage." + string(s)) }

// Status names a decision status: "Berjalan", "Terlambat".
func (l *Locale) Status(s model.Status) string { return l.T("status." + string(s)) }

// Kind names an agency, region or source kind, with its group: "agency_kind".
func (l *Locale) Kind(group, kind string) string { return l.T(group + "." + kind) }
