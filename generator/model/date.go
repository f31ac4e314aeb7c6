package model

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a calendar day with no time of day and no zone, as written in the
// content (ISO YYYY-MM-DD). The zero Date means "not given".
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// ParseDate reads an ISO date and rejects days that do not exist
// (2023-02-30) and forms other than exactly YYYY-MM-DD (2024-1-5).
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, fmt.Errorf("not a date in the form YYYY-MM-DD")
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return Date{}, fmt.Errorf("no such day")
	}
	return Date{t.Year(), t.Month(), t.Day()}, nil
}

// IsZero reports whether d was not given.
func (d Date) IsZero() bool { return d == Date{} }

// Time returns d at midnight UTC; renderers use it for weekdays and PDF dates.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// String returns d as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(int(d.Month), int(e.Month))
	default:
		return cmpInt(d.Day, e.Day)
	}
}

// Before reports whether d is strictly before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is strictly after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// PeriodKind is the length of an observation period.
type PeriodKind int

// The period lengths BPS publishes: a year, a quarter (triwulan), a month
// (Maret and September for Susenas poverty figures).
const (
	YearPeriod PeriodKind = iota
	QuarterPeriod
	MonthPeriod
)

// Period is an observation period: "2023", "2023-Q3" or "2023-03".
type Period struct {
	Kind    PeriodKind
	Year    int
	Quarter int // 1-4 when Kind is QuarterPeriod
	Month   int // 1-12 when Kind is MonthPeriod
}

// ParsePeriod reads "YYYY", "YYYY-Qn" or "YYYY-MM".
func ParsePeriod(s string) (Period, error) {
	bad := fmt.Errorf("not a period like \"2023\", \"2023-Q3\" or \"2023-03\"")
	if len(s) < 4 {
		return Period{}, bad
	}
	y, err := strconv.Atoi(s[:4])
	if err != nil || y < 1900 || y > 2200 || strings.HasPrefix(s, "+") {
		return Period{}, bad
	}
	rest := s[4:]
	switch {
	case rest == "":
		return Period{Kind: YearPeriod, Year: y}, nil
	case len(rest) == 3 && rest[:2] == "-Q" && rest[2] >= '1' && rest[2] <= '4':
		return Period{Kind: QuarterPeriod, Year: y, Quarter: int(rest[2] - '0')}, nil
	case len(rest) == 3 && rest[0] == '-':
		m, err := strconv.Atoi(rest[1:])
		if err != nil || m < 1 || m > 12 || rest[1] == '+' {
			return Period{}, bad
		}
		return Period{Kind: MonthPeriod, Year: y, Month: m}, nil
	}
	return Period{}, bad
}

// String returns the period as it is written in content.
func (p Period) String() string {
	switch p.Kind {
	case QuarterPeriod:
		return fmt.Sprintf("%04d-Q%d", p.Year, p.Quarter)
	case MonthPeriod:
		return fmt.Sprintf("%04d-%02d", p.Year, p.Month)
	}
	return fmt.Sprintf("%04d", p.Year)
}

// End returns the last month the period covers, so periods of different
// kinds sort on one time line: 2023-03 < 2023-Q3 (ends 09) < 2023 (ends 12).
func (p Period) End() (year, month int) {
	switch p.Kind {
	case QuarterPeriod:
		return p.Year, p.Quarter * 3
	case MonthPeriod:
		return p.Year, p.Month
	}
	return p.Year, 12
}

// Less orders periods by their end, then shorter periods first.
func (p Period) Less(q Period) bool {
	py, pm := p.End()
	qy, qm := q.End()
	if py != qy {
		return py < qy
	}
	if pm != qm {
		return pm < qm
	}
	return p.Kind > q.Kind
}
