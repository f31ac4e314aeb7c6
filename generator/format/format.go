// Package format writes numbers, money, percentages, dates and periods the
// way readers of each language expect them (SPEC §4, domain notes §5).
//
// Bahasa Indonesia ("id") follows PUEBI: `Rp` with no space, "." between
// thousands and "," before decimals (Rp1.700.000.000.000, 6,17%), scale words
// ribu/juta/miliar/triliun, and dates like "Kamis, 7 Desember 2023". English
// ("en") writes IDR 1,700,000,000,000, 6.17% and "Thursday, 7 December 2023".
// Any other language code falls back to "id", the default language.
//
// Every function is pure. Money is formatted with integer maths only, so a
// Rp2,2 triliun budget never shows a float rounding error; decimals are
// rounded on their shortest decimal spelling, so 2.675 rounds to 2,68 as a
// reader expects and not to 2,67 as its binary value would.
package format

// locale holds everything that differs between the languages.
type locale struct {
	thousands byte // digit group separator
	decimal   byte // decimal separator
	currency  string
	scales    [4]string // 10^3, 10^6, 10^9, 10^12
	months    [12]string
	monthsAbb [12]string
	weekdays  [7]string // from Sunday, as time.Weekday counts
	quarter   func(q, year int) string
	up, down  string // direction words for changes
	same      string // no change
	points    string // the unit of a difference of two percentages
	point     string // its singular, for exactly 1
	lessThan  string // "less than", for a change that rounds to zero
	from      string // "from", for a change from nothing
}

var romans = [5]string{"", "I", "II", "III", "IV"}

var id = &locale{
	thousands: '.',
	decimal:   ',',
	currency:  "Rp",
	scales:    [4]string{"ribu", "juta", "miliar", "triliun"},
	months: [12]string{"Januari", "Februari", "Maret", "April", "Mei", "Juni",
		"Juli", "Agustus", "September", "Oktober", "November", "Desember"},
	monthsAbb: [12]string{"Jan", "Feb", "Mar", "Apr", "Mei", "Jun",
		"Jul", "Agu", "Sep", "Okt", "Nov", "Des"},
	weekdays: [7]string{"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"},
	quarter: func(q, year int) string {
		return "Triwulan " + romanQuarter(q) + "-" + itoa(year)
	},
	up:       "naik",
	down:     "turun",
	same:     "tetap",
	points:   "poin persen",
	point:    "poin persen",
	lessThan: "kurang dari",
	from:     "dari",
}

var en = &locale{
	thousands: ',',
	decimal:   '.',
	currency:  "IDR ",
	scales:    [4]string{"thousand", "million", "billion", "trillion"},
	months: [12]string{"January", "February", "March", "April", "May", "June",
		"July", "August", "September", "October", "November", "December"},
	monthsAbb: [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
		"Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
	weekdays: [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
	quarter: func(q, year int) string {
		return "Q" + itoa(q) + " " + itoa(year)
	},
	up:       "up",
	down:     "down",
	same:     "unchanged",
	points:   "percentage points",
	point:    "percentage point",
	lessThan: "less than",
	from:     "from",
}

// loc returns the locale for lang; unknown languages get "id".
func loc(lang string) *locale {
	if lang == "en" {
		return en
	}
	return id
}

// romanQuarter returns I-IV, or the number itself for an invalid quarter
// so that bad data stays visible instead of panicking.
func romanQuarter(q int) string {
	if q >= 1 && q <= 4 {
		return romans[q]
	}
	return itoa(q)
}
