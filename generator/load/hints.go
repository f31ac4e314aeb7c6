package load

import (
	"fmt"
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/tkpkd/tkpkd/generator/diag"
)

// The mistakes below are those a data officer makes copying figures from
// SIPD exports, Excel and letters: each is recognised so the message can
// say the exact fix rather than only what YAML wants.

var (
	idDecimal  = regexp.MustCompile(`^-?[0-9]+,[0-9]+$`)
	thousands  = regexp.MustCompile(`^[0-9]{1,3}(\.[0-9]{3})+(,[0-9]+)?$`)
	enThousand = regexp.MustCompile(`^[0-9]{1,3}(,[0-9]{3})+$`)
	scaled     = regexp.MustCompile(`^([0-9]+(?:[.,][0-9]+)?)\s*(ribu|rb|juta|jt|miliar|milyar|m|triliun|t)\.?$`)
)

var scales = map[string]int64{"ribu": 1e3, "rb": 1e3, "juta": 1e6, "jt": 1e6, "miliar": 1e9, "milyar": 1e9, "m": 1e9, "triliun": 1e12, "t": 1e12}

// moneyHint reads an amount written the way people write rupiah ("Rp
// 1.700.000.000", "1,7 triliun", "2,200,000") and returns the digits to
// write instead, with a note when the figure was rounded by whoever stated
// it. ok is false when the text is not recognisably an amount.
func moneyHint(s string) (fix string, rounded bool, ok bool) {
	t := strings.ToLower(strings.TrimSpace(s))
	t = strings.TrimPrefix(t, "rp.")
	t = strings.TrimPrefix(t, "rp")
	t = strings.TrimSpace(strings.TrimSuffix(t, ",-"))
	t = strings.TrimSuffix(t, ",00")
	switch {
	case thousands.MatchString(t) && !strings.Contains(t, ","):
		return strings.ReplaceAll(t, ".", ""), false, true
	case enThousand.MatchString(t):
		return strings.ReplaceAll(t, ",", ""), false, true
	case digits.MatchString(t):
		return t, false, true
	}
	if m := scaled.FindStringSubmatch(t); m != nil {
		r, okR := new(big.Rat).SetString(strings.ReplaceAll(m[1], ",", "."))
		if !okR {
			return "", false, false
		}
		r.Mul(r, new(big.Rat).SetInt64(scales[m[2]]))
		if !r.IsInt() {
			return "", false, false
		}
		return r.Num().String(), true, true
	}
	return "", false, false
}

// moneyFix is the advice for an amount written as text.
func moneyFix(got string) diag.Text {
	fix, rounded, ok := moneyHint(got)
	switch {
	case !ok:
		return diag.T("tulis angka saja tanpa Rp, titik, koma atau tanda kutip, mis. 1700000000000", "write the digits only, without Rp, dots, commas or quotes, e.g. 1700000000000")
	case rounded:
		return diag.T("tulis %s (tanpa Rp, titik atau koma); karena angka ini dibulatkan, tambahkan juga approximate: true dan precision", "write %s (without Rp, dots or commas); as the figure is rounded, also add approximate: true and a precision", fix)
	}
	return diag.T("tulis %s (angka saja, tanpa Rp, titik, koma atau tanda kutip)", "write %s (digits only, without Rp, dots, commas or quotes)", fix)
}

var months = map[string]time.Month{
	"januari": 1, "jan": 1, "january": 1,
	"februari": 2, "feb": 2, "pebruari": 2, "february": 2,
	"maret": 3, "mar": 3, "march": 3,
	"april": 4, "apr": 4,
	"mei": 5, "may": 5,
	"juni": 6, "jun": 6, "june": 6,
	"juli": 7, "jul": 7, "july": 7,
	"agustus": 8, "agu": 8, "agt": 8, "aug": 8, "august": 8,
	"september": 9, "sep": 9, "sept": 9,
	"oktober": 10, "okt": 10, "oct": 10, "october": 10,
	"november": 11, "nov": 11, "nopember": 11,
	"desember": 12, "des": 12, "dec": 12, "december": 12,
}

var (
	dmy     = regexp.MustCompile(`^([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})$`)
	ymd     = regexp.MustCompile(`^([0-9]{4})[/.-]([0-9]{1,2})[/.-]([0-9]{1,2})$`)
	dayName = regexp.MustCompile(`^([0-9]{1,2})\s+([A-Za-z]+)\.?,?\s+([0-9]{4})$`)
)

// dateHint turns a date written the Indonesian way ("30/06/2024", "20
// Maret 2024", "2024-6-5") into the ISO date to write, if it is one.
func dateHint(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, ", "); i > 0 && i < 10 {
		s = s[i+2:] // "Kamis, 7 Desember 2023"
	}
	var y, m, d string
	if g := dmy.FindStringSubmatch(s); g != nil {
		d, m, y = g[1], g[2], g[3]
	} else if g := ymd.FindStringSubmatch(s); g != nil {
		y, m, d = g[1], g[2], g[3]
	} else if g := dayName.FindStringSubmatch(s); g != nil {
		mo, ok := months[strings.ToLower(g[2])]
		if !ok {
			return "", false
		}
		d, m, y = g[1], strconv.Itoa(int(mo)), g[3]
	} else {
		return "", false
	}
	yi, _ := strconv.Atoi(y)
	mi, _ := strconv.Atoi(m)
	di, _ := strconv.Atoi(d)
	t := time.Date(yi, time.Month(mi), di, 0, 0, 0, 0, time.UTC)
	if mi < 1 || mi > 12 || t.Day() != di {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", yi, mi, di), true
}
