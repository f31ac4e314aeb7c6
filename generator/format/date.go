package format

import "github.com/tkpkd/tkpkd/generator/model"

// Date writes the long form with the weekday and no zero padding:
// "Kamis, 7 Desember 2023" / "Thursday, 7 December 2023". The zero Date
// (not given) is "".
func Date(d model.Date, lang string) string {
	if d.IsZero() {
		return ""
	}
	l := loc(lang)
	return l.weekdays[d.Time().Weekday()] + ", " + DateMedium(d, lang)
}

// DateMedium writes "7 Desember 2023" / "7 December 2023".
func DateMedium(d model.Date, lang string) string {
	if d.IsZero() {
		return ""
	}
	return itoa(d.Day) + " " + monthName(loc(lang).months, int(d.Month)) + " " + itoa(d.Year)
}

// DateShort writes "7 Des 2023" / "7 Dec 2023", for tables.
func DateShort(d model.Date, lang string) string {
	if d.IsZero() {
		return ""
	}
	return itoa(d.Day) + " " + monthName(loc(lang).monthsAbb, int(d.Month)) + " " + itoa(d.Year)
}

// Period writes an observation period the way BPS names it: "2023",
// "Triwulan III-2023" / "Q3 2023", "Maret 2023" / "March 2023".
func Period(p model.Period, lang string) string {
	l := loc(lang)
	switch p.Kind {
	case model.QuarterPeriod:
		return l.quarter(p.Quarter, p.Year)
	case model.MonthPeriod:
		return monthName(l.months, p.Month) + " " + itoa(p.Year)
	}
	return itoa(p.Year)
}

// monthName returns the name of month m (1-12), or the number itself for an
// invalid month so that bad data shows instead of panicking.
func monthName(names [12]string, m int) string {
	if m >= 1 && m <= 12 {
		return names[m-1]
	}
	return itoa(m)
}
