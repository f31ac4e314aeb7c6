package format

import (
	"math/big"
	"strings"
	"testing"

	"github.com/tkpkd/tkpkd/generator/model"
)

// parseShort reads MoneyShort's id output back into rupiah as an exact
// rational, and returns the unit of its last shown digit.
func parseShort(t *testing.T, s string) (value, unit *big.Rat) {
	t.Helper()
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(strings.TrimPrefix(s, "-"), "Rp")
	num, word, _ := strings.Cut(s, " ")
	scale := new(big.Rat).SetInt64(1)
	for i, w := range id.scales {
		if w == word {
			scale.SetInt(new(big.Int).SetUint64(pow1000(i)))
		}
	}
	num = strings.ReplaceAll(num, ".", "")
	unit = new(big.Rat).Set(scale)
	if word != "" {
		unit.Quo(scale, big.NewRat(10, 1))
	}
	v, ok := new(big.Rat).SetString(strings.Replace(num, ",", ".", 1))
	if !ok {
		t.Fatalf("cannot parse %q", s)
	}
	v.Mul(v, scale)
	if neg {
		v.Neg(v)
	}
	return v, unit
}

// FuzzMoneyShort checks that the short form, read back, is within half a
// shown unit of the amount, and that the number is in [1, 1000) except for
// the largest scale.
func FuzzMoneyShort(f *testing.F) {
	for _, m := range []int64{0, 1, 999, 1000, 999950, 75000000, 790349999999, 999960000000, 1 << 62, -1 << 63} {
		f.Add(m)
	}
	f.Fuzz(func(t *testing.T, m int64) {
		s := MoneyShort(model.Money(m), "id")
		got, unit := parseShort(t, s)
		diff := new(big.Rat).Sub(got, new(big.Rat).SetInt64(m))
		half := new(big.Rat).Quo(unit, big.NewRat(2, 1))
		if diff.Abs(diff).Cmp(half) > 0 {
			t.Errorf("MoneyShort(%d) = %q reads back as %s, more than %s away", m, s, got.FloatString(1), half.FloatString(1))
		}
		num, word, _ := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(s, "-"), "Rp"), " ")
		intPart, _, _ := strings.Cut(num, ",")
		if word != "" && word != "triliun" && (len(intPart) > 3 || intPart == "0") {
			t.Errorf("MoneyShort(%d) = %q: number outside [1, 1000)", m, s)
		}
	})
}
