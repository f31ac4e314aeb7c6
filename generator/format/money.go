package format

import (
	"math"
	"math/big"
	"strconv"

	"github.com/tkpkd/tkpkd/generator/model"
)

// Money writes the full amount: Rp1.700.000.000.000 (id, PUEBI: no space
// after Rp) or IDR 1,700,000,000,000 (en). A negative amount (a difference
// of two totals) is written -Rp5.000.
func Money(m model.Money, lang string) string {
	l := loc(lang)
	neg, mag := magnitude(int64(m))
	return sign(neg) + l.currency + group(strconv.FormatUint(mag, 10), l.thousands)
}

// MoneyShort writes an amount with the largest scale word that keeps the
// number at least 1 and one decimal rounded half up, dropping a trailing
// zero decimal: Rp1,7 triliun, Rp75 juta, Rp790,3 miliar; IDR 1.7 trillion.
// A rounding that reaches 1000 of one scale moves to the next (999,96
// miliar is Rp1 triliun, not Rp1.000 miliar). Below a thousand the amount is
// exact: Rp500.
func MoneyShort(m model.Money, lang string) string {
	l := loc(lang)
	neg, mag := magnitude(int64(m))
	scale := -1
	for i := len(l.scales) - 1; i >= 0; i-- {
		if mag >= pow1000(i) {
			scale = i
			break
		}
	}
	if scale < 0 {
		return sign(neg) + l.currency + strconv.FormatUint(mag, 10)
	}
	tenths := roundTenths(mag, pow1000(scale))
	if tenths >= 10000 && scale < len(l.scales)-1 {
		scale++
		tenths = roundTenths(mag, pow1000(scale))
	}
	num := group(strconv.FormatUint(tenths/10, 10), l.thousands)
	if d := tenths % 10; d != 0 {
		num += string(l.decimal) + strconv.FormatUint(d, 10)
	}
	return sign(neg) + l.currency + num + " " + l.scales[scale]
}

// MoneyAxis writes a chart tick value (go-chart passes float64) in the
// short form of MoneyShort, rounded to whole rupiah; 0 is Rp0.
func MoneyAxis(v float64, lang string) string {
	if math.IsNaN(v) {
		return ""
	}
	v = math.Round(v)
	// Clamp instead of overflowing: float64(MaxInt64) rounds up past it.
	switch {
	case v >= math.MaxInt64:
		return MoneyShort(model.Money(math.MaxInt64), lang)
	case v <= math.MinInt64:
		return MoneyShort(model.Money(math.MinInt64), lang)
	}
	return MoneyShort(model.Money(int64(v)), lang)
}

// Change describes the change from was to now as a percentage of was with
// one decimal, rounded half up: "turun 22,7%" / "down 22.7%", "naik 5,0%",
// "tetap" / "unchanged" for equal amounts, "naik kurang dari 0,1%" for a
// change too small to show. A percentage of nothing does not exist, so a
// change from 0 reads "naik dari Rp0" / "up from IDR 0".
func Change(was, now model.Money, lang string) string {
	l := loc(lang)
	switch {
	case was == now:
		return l.same
	case was == 0:
		return direction(l, now > 0) + " " + l.from + " " + Money(0, lang)
	}
	num := new(big.Int).Sub(big.NewInt(int64(now)), big.NewInt(int64(was)))
	up := num.Sign() > 0
	num.Abs(num)
	den := new(big.Int).Abs(big.NewInt(int64(was)))
	// Tenths of a percent, half up: (2000*|now-was| + |was|) / (2*|was|).
	// big.Int because 2000*|now-was| overflows int64 once the difference
	// passes Rp4.611 triliun, and Money allows far more.
	num.Mul(num, big.NewInt(2000))
	num.Add(num, den)
	tenths := num.Quo(num, den.Mul(den, big.NewInt(2)))
	if tenths.Sign() == 0 {
		return direction(l, up) + " " + l.lessThan + " " + Percent(0.1, 1, lang)
	}
	return direction(l, up) + " " + tenthsText(tenths, l) + "%"
}

func direction(l *locale, up bool) string {
	if up {
		return l.up
	}
	return l.down
}

// tenthsText writes a count of tenths as a grouped number with one decimal.
func tenthsText(tenths *big.Int, l *locale) string {
	s := tenths.String()
	if len(s) < 2 {
		s = "0" + s
	}
	return group(s[:len(s)-1], l.thousands) + string(l.decimal) + s[len(s)-1:]
}

// roundTenths returns mag/unit in tenths, rounded half up, without
// overflowing: mag*10 could exceed uint64, the remainder times 10 cannot.
func roundTenths(mag, unit uint64) uint64 {
	q, r := mag/unit, mag%unit
	return q*10 + (r*10+unit/2)/unit
}

// pow1000 returns 1000^(i+1): the value of scale word i.
func pow1000(i int) uint64 {
	p := uint64(1000)
	for range i {
		p *= 1000
	}
	return p
}

func sign(neg bool) string {
	if neg {
		return "-"
	}
	return ""
}
