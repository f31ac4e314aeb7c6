package importer

import (
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/tkpkd/tkpkd/generator/sheet"
)

// norm folds a header or a name for matching: lower case, accents
// removed, every run of other characters one space ("Kode Sub-Kegiatan"
// and "kode sub kegiatan" match; "Pérangkat Daerah" is "perangkat daerah").
func fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

// cellText is a text cell's value with the spreadsheet's guard removed:
// the open data puts a quote before text that starts like a formula
// (see sheet.Neutralise), which is not part of the value.
func cellText(c sheet.Cell) string {
	s := strings.TrimSpace(strings.ReplaceAll(c.Text, "\u00a0", " "))
	if len(s) > 1 && s[0] == '\'' && strings.ContainsRune("=+-@\t\r", rune(s[1])) {
		return s[1:]
	}
	return s
}

var (
	idGroups  = regexp.MustCompile(`^[0-9]{1,3}(\.[0-9]{3})*(,[0-9]+)?$`)
	idPlain   = regexp.MustCompile(`^[0-9]+(,[0-9]+)?$`)
	enGroups  = regexp.MustCompile(`^[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$`)
	rpPrefix  = regexp.MustCompile(`(?i)^(rp\.?|idr)\s*`)
	wordScale = regexp.MustCompile(`(?i)(ribu|rb|juta|jt|miliar|milyar|triliun|thousand|million|billion|trillion)`)
)

// numberError says why a cell is not a number in a way staff can act on.
type numberError struct{ id, en string }

// rupiah reads an amount: a numeric XLSX cell exactly as stored, or
// Indonesian text such as 1.700.000.000, Rp 1.700.000.000,00 or
// Rp1.700.000.000,- (dots group thousands, a comma starts the fraction).
// A fraction of a rupiah, a negative or a scale word is an error, never
// rounded.
func rupiah(c sheet.Cell) (int64, *numberError) {
	if c.Number {
		r, ok := new(big.Rat).SetString(strings.TrimSpace(c.Text))
		if !ok {
			return 0, &numberError{"bukan angka", "is not a number"}
		}
		return wholeRupiah(r)
	}
	s := strings.ReplaceAll(cellText(c), " ", "")
	s = rpPrefix.ReplaceAllString(s, "")
	s = strings.TrimSuffix(s, ",-")
	switch {
	case s == "":
		return 0, &numberError{"kosong; tulis pagunya dalam rupiah, mis. 1.700.000.000", "is empty; write the amount in rupiah, e.g. 1.700.000.000"}
	case strings.HasPrefix(s, "-") || strings.HasPrefix(s, "("):
		return 0, &numberError{"negatif; pagu tidak boleh kurang dari nol", "is negative; an amount cannot be below zero"}
	case wordScale.MatchString(s):
		return 0, &numberError{"memakai kata satuan (juta, miliar, triliun); tulis angka lengkap, mis. 1.700.000.000.000", "uses a scale word (juta, miliar, triliun); write the full number, e.g. 1.700.000.000.000"}
	case enGroups.MatchString(s):
		return 0, &numberError{"memakai koma sebagai pemisah ribuan; tulis dengan titik (1.700.000.000) atau tanpa pemisah", "groups thousands with commas; write them with dots (1.700.000.000) or without separators"}
	case !idGroups.MatchString(s) && !idPlain.MatchString(s):
		return 0, &numberError{"bukan angka rupiah; tulis mis. 1.700.000.000 atau Rp 1.700.000.000,00", "is not an amount in rupiah; write e.g. 1.700.000.000 or Rp 1.700.000.000,00"}
	}
	s = strings.ReplaceAll(s, ".", "")
	s = strings.Replace(s, ",", ".", 1)
	r, _ := new(big.Rat).SetString(s)
	return wholeRupiah(r)
}

func wholeRupiah(r *big.Rat) (int64, *numberError) {
	switch {
	case r.Sign() < 0:
		return 0, &numberError{"negatif; pagu tidak boleh kurang dari nol", "is negative; an amount cannot be below zero"}
	case !r.IsInt():
		return 0, &numberError{"memuat pecahan rupiah (" + r.FloatString(2) + "); pagu harus bilangan bulat rupiah", "has a fraction of a rupiah (" + r.FloatString(2) + "); amounts are whole rupiah"}
	case !r.Num().IsInt64():
		return 0, &numberError{"terlalu besar", "is too large"}
	}
	return r.Num().Int64(), nil
}

var (
	decIndonesian = regexp.MustCompile(`^-?([0-9]{1,3}(\.[0-9]{3})+|[0-9]+)(,[0-9]+)?$`)
	decPoint      = regexp.MustCompile(`^-?[0-9]+\.[0-9]+$`)
)

// decimal reads an indicator value: a numeric XLSX cell as stored, or
// text with a decimal comma (6,17; 1.234,5; -0,3), and returns it in YAML
// form (6.17). ok is false for a cell that says "no data" ("", "-", "…").
func decimal(c sheet.Cell) (value string, ok bool, err *numberError) {
	if c.Number {
		f, e := strconv.ParseFloat(strings.TrimSpace(c.Text), 64)
		if e != nil {
			return "", false, &numberError{"bukan angka", "is not a number"}
		}
		return strconv.FormatFloat(f, 'f', -1, 64), true, nil
	}
	s := strings.TrimSuffix(strings.ReplaceAll(cellText(c), " ", ""), "%")
	switch s {
	case "", "-", "–", "—", "…", "...", "na", "NA", "n.a.", "NaN":
		return "", false, nil
	}
	if !decIndonesian.MatchString(s) {
		if decPoint.MatchString(s) {
			return "", false, &numberError{"memakai titik desimal; tulis dengan koma desimal, mis. " + strings.Replace(s, ".", ",", 1), "uses a decimal point; write it with a decimal comma, e.g. " + strings.Replace(s, ".", ",", 1)}
		}
		return "", false, &numberError{"bukan angka; tulis dengan koma desimal, mis. 6,17", "is not a number; write it with a decimal comma, e.g. 6,17"}
	}
	s = strings.ReplaceAll(s, ".", "")
	return strings.Replace(s, ",", ".", 1), true, nil
}

// sameNumber compares two decimal texts exactly (6.2 and 6.20 are equal).
func sameNumber(a, b string) bool {
	x, ok1 := new(big.Rat).SetString(a)
	y, ok2 := new(big.Rat).SetString(b)
	return ok1 && ok2 && x.Cmp(y) == 0
}
