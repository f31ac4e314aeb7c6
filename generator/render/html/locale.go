package html

import (
	"github.com/tkpkd/tkpkd/generator/format"
	"github.com/tkpkd/tkpkd/generator/i18n"
	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/view"
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

// Value writes an indicator value as the glossary does (view.Terms.Value).
func (l *Locale) Value(d *model.Indicator, v float64) string { return l.terms().Value(d, v) }

// Stage names a budget stage: "APBD", "APBD Perubahan".
func (l *Locale) Stage(s model.Stage) string { return l.terms().Stage(s) }

// Status names a decision status: "Berjalan", "Terlambat".
func (l *Locale) Status(s model.Status) string { return l.terms().Status(s) }

// Term returns a glossary string shared with the briefs (terms.<key>).
func (l *Locale) Term(key string) string { return l.terms().T(key) }

// TermF fills a glossary string's %-verbs.
func (l *Locale) TermF(key string, args ...any) string {
	return l.cat.Tf(l.Lang, "terms."+key, args...)
}

func (l *Locale) terms() view.Terms { return view.NewTerms(l.cat, l.Lang) }

// Kind names an agency, region or source kind, with its group: "agency_kind".
func (l *Locale) Kind(group, kind string) string { return l.T(group + "." + kind) }
