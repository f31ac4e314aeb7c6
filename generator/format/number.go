package format

import (
	"math"
	"strconv"
	"strings"
)

// Int writes n with digit groups: 1.234.567 (id), 1,234,567 (en).
func Int(n int64, lang string) string {
	l := loc(lang)
	neg, mag := magnitude(n)
	s := group(strconv.FormatUint(mag, 10), l.thousands)
	if neg {
		return "-" + s
	}
	return s
}

// Decimal writes v with exactly decimals digits after the separator,
// rounded half away from zero, and digit groups on the integer part:
// 826.130,5 (id), 826,130.5 (en). A negative number takes a plain "-" (not
// U+2212) so the text survives a CSV export; a value that rounds to zero is
// written without a sign. NaN and infinities are written as "NaN", "∞", "-∞".
func Decimal(v float64, decimals int, lang string) string {
	l := loc(lang)
	switch {
	case math.IsNaN(v):
		return "NaN"
	case math.IsInf(v, 1):
		return "∞"
	case math.IsInf(v, -1):
		return "-∞"
	}
	decimals = max(decimals, 0)
	neg := v < 0
	intPart, frac := roundDigits(strconv.FormatFloat(math.Abs(v), 'f', -1, 64), decimals)
	var b strings.Builder
	if neg && strings.Trim(intPart+frac, "0") != "" {
		b.WriteByte('-')
	}
	b.WriteString(group(intPart, l.thousands))
	if decimals > 0 {
		b.WriteByte(l.decimal)
		b.WriteString(frac)
	}
	return b.String()
}

// Percent writes v as a percentage with decimals digits: 6,17% (id),
// 6.17% (en). v is already in percent (6.17, not 0.0617).
func Percent(v float64, decimals int, lang string) string {
	return Decimal(v, decimals, lang) + "%"
}

// PercentPoints describes a difference of two percentages, the BPS way:
// "turun 0,33 poin persen" / "down 0.33 percentage points", "naik ...",
// and "tetap" / "unchanged" when it rounds to zero.
func PercentPoints(diff float64, decimals int, lang string) string {
	l := loc(lang)
	mag := Decimal(math.Abs(diff), decimals, lang)
	if math.IsNaN(diff) {
		return mag
	}
	if strings.Trim(mag, "0.,") == "" {
		return l.same
	}
	unit := l.points
	if mag == "1" {
		unit = l.point
	}
	dir := l.up
	if diff < 0 {
		dir = l.down
	}
	return dir + " " + mag + " " + unit
}

// roundDigits rounds the plain decimal number s (digits, an optional ".",
// no sign, no exponent) to decimals places, half away from zero, and
// returns the integer digits and exactly decimals fraction digits.
func roundDigits(s string, decimals int) (intPart, frac string) {
	intPart, frac, _ = strings.Cut(s, ".")
	if len(frac) <= decimals {
		return intPart, frac + strings.Repeat("0", decimals-len(frac))
	}
	roundUp := frac[decimals] >= '5'
	digits := []byte(intPart + frac[:decimals])
	if roundUp {
		digits = increment(digits)
	}
	n := len(digits) - decimals
	return string(digits[:n]), string(digits[n:])
}

// increment adds one to a decimal digit string, growing it on a carry out.
func increment(d []byte) []byte {
	for i := len(d) - 1; i >= 0; i-- {
		if d[i] < '9' {
			d[i]++
			return d
		}
		d[i] = '0'
	}
	return append([]byte{'1'}, d...)
}

// group puts sep between groups of three digits of the digit string s.
func group(s string, sep byte) string {
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/3)
	first := len(s) % 3
	if first == 0 {
		first = 3
	}
	b.WriteString(s[:first])
	for i := first; i < len(s); i += 3 {
		b.WriteByte(sep)
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// magnitude splits n into a sign and an absolute value that is exact even
// for math.MinInt64, whose negation does not fit an int64.
func magnitude(n int64) (neg bool, mag uint64) {
	if n < 0 {
		return true, uint64(-(n + 1)) + 1
	}
	return false, uint64(n)
}

func itoa(n int) string { return strconv.Itoa(n) }
