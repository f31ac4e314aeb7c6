package load

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/generator/model"
)

// scalar returns key's value if it is a single value, reporting lists and
// sets of fields written where one value belongs.
func (o *obj) scalar(key string, required bool) *yaml.Node {
	v := o.value(key, required)
	if v == nil {
		return nil
	}
	if v.Kind != yaml.ScalarNode {
		o.d.errorf(v, o.field(key), diag.T("di sini seharusnya satu nilai, tertulis %s", "want a single value, got %s", describe(v)))
		return nil
	}
	return v
}

// text reads free text. Any single value is accepted as written, so a name
// such as 2024 needs no quotes.
func (o *obj) text(key string, required bool) string {
	v := o.scalar(key, required)
	if v == nil {
		return ""
	}
	s := strings.TrimSpace(v.Value)
	if s == "" && required {
		o.d.errorf(v, o.field(key), diag.T("kosong; tulis nilainya", "is empty; write a value"))
	}
	// "Rapat #2" unquoted is "Rapat" plus a comment "#2". A comment glued to
	// its # is almost always text that was cut off.
	if c := v.LineComment; v.Style == 0 && len(c) > 1 && c[0] == '#' && c[1] != ' ' && c[1] != '#' {
		o.d.warnf(v, o.field(key), diag.T("terpotong di \" %s\": YAML membaca sisanya sebagai komentar (terbaca %q); apit seluruh nilai dengan tanda kutip ganda", "is cut at \" %s\": YAML reads the rest as a comment (got %q); put the whole value in double quotes", c, s))
	}
	return s
}

// code reads a code, id or period: it must be text to YAML, because an
// unquoted 36.01 is the number 36.1 and an unquoted 010 is 8.
func (o *obj) code(key string, required bool) string {
	v := o.scalar(key, required)
	if v == nil {
		return ""
	}
	if !required && v.Tag == "!!str" && strings.TrimSpace(v.Value) == "" {
		return "" // an optional field left as "" is not given
	}
	return o.d.codeValue(v, o.field(key))
}

// codeValue returns the code as written even when it is wrongly written
// as a number: the problem is reported here, and references to the code
// then resolve instead of each reporting a knock-on problem.
func (d *decoder) codeValue(v *yaml.Node, field string) string {
	s := strings.TrimSpace(v.Value)
	if v.Tag != "!!str" {
		d.errorf(v, field, diag.T("tertulis %s tanpa tanda kutip, sehingga YAML membacanya sebagai angka atau nilai lain, bukan teks (36.10 menjadi 36.1); tulis \"%s\" dengan tanda kutip ganda",
			"%s is written without quotes, so YAML reads it as a number or other value, not text (36.10 becomes 36.1); write \"%s\" in double quotes", v.Value, s))
		return s
	}
	if s == "" {
		d.errorf(v, field, diag.T("kosong; tulis nilainya", "is empty; write a value"))
	}
	return s
}

var idPattern = regexp.MustCompile(`^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$`)

// reserved are names Windows will not create as files; an id becomes a file name.
var reserved = regexp.MustCompile(`^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$`)

// id reads an identifier. Ids become parts of file names and links, so
// they are limited to lower-case letters, digits, '-', '_' and '.'.
func (o *obj) id(key string, required bool) string {
	s := o.code(key, required)
	if s == "" {
		return ""
	}
	if !checkID(s) {
		o.d.errorf(o.value(key, false), o.field(key), diag.T("bukan id yang sah (tertulis %q; id hanya boleh huruf kecil, angka, '-', '_' atau '.', diawali dan diakhiri huruf atau angka, paling panjang 100 karakter), mis. %q",
			"is not a valid id (got %q, want lower-case letters, digits, '-', '_' or '.', starting and ending with a letter or digit, at most 100 characters, e.g. %q)", s, slugHint(s)))
		return s
	}
	return s
}

func checkID(s string) bool {
	return len(s) <= 100 && idPattern.MatchString(s) && !reserved.MatchString(s)
}

// slugHint proposes an id close to what was written.
func slugHint(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	h := strings.TrimRight(b.String(), "-")
	if h == "" || reserved.MatchString(h) {
		return "rakor-2024-01"
	}
	if len(h) > 100 {
		h = h[:100]
	}
	return h
}

var digits = regexp.MustCompile(`^(0|[1-9][0-9]*)$`)

// money reads a whole, non-negative number of rupiah, refusing everything
// yaml.v3 would silently turn into one (2.5 -> 2, 2.2e12, 010 -> 8).
func (o *obj) money(key string, required bool) model.Money {
	v := o.scalar(key, required)
	if v == nil {
		return 0
	}
	n, ok := o.d.wholeNumber(v, o.field(key), true)
	return model.Money(n) * model.Money(boolInt(ok))
}

func boolInt(ok bool) int64 {
	if ok {
		return 1
	}
	return 0
}

// wholeNumber checks that v is written as plain digits and fits an int64.
// money says the value is an amount of rupiah, for the advice given.
func (d *decoder) wholeNumber(v *yaml.Node, field string, money bool) (int64, bool) {
	s := v.Value
	want := diag.T("angka saja, mis. 2024", "digits only, e.g. 2024")
	if money {
		want = moneyFix(s)
	}
	switch {
	case v.Tag == "!!str":
		d.errorf(v, field, diag.T("berupa teks, bukan angka (tertulis %q); %s", "is text, not a number (got %q); %s", s, want))
		return 0, false
	case strings.HasPrefix(s, "-"):
		d.errorf(v, field, diag.T("tidak boleh negatif (tertulis %s); tulis bilangan bulat 0 atau lebih", "must not be negative (got %s, want a whole number >= 0)", s))
		return 0, false
	case v.Tag == "!!float" && digits.MatchString(s):
		d.errorf(v, field, diag.T("terlalu besar (tertulis %s; paling besar %d)", "is too large (got %s, want at most %d)", s, int64(math.MaxInt64)))
		return 0, false
	case v.Tag == "!!float" && isExponent(s):
		d.errorf(v, field, diag.T("ditulis dengan eksponen (tertulis %s); tulis semua digitnya", "is written with an exponent (got %s); write every digit", s))
		return 0, false
	case v.Tag == "!!float" && money && thousands.MatchString(s):
		fix := strings.ReplaceAll(s, ".", "")
		d.errorf(v, field, diag.T("memakai titik pemisah ribuan (tertulis %s), yang dibaca YAML sebagai pecahan; tulis %s tanpa titik", "uses a thousands dot (got %s), which YAML reads as a fraction; write %s without dots", s, fix))
		return 0, false
	case v.Tag == "!!float":
		d.errorf(v, field, diag.T("harus bilangan bulat (tertulis %s); %s", "must be a whole number (got %s); %s", s, want))
		return 0, false
	case v.Tag != "!!int":
		d.errorf(v, field, diag.T("bukan angka (tertulis %s); %s", "is not a number (got %s); %s", describe(v), want))
		return 0, false
	case len(s) > 1 && s[0] == '0':
		d.errorf(v, field, diag.T("diawali 0, yang bisa dibaca YAML sebagai bilangan oktal atau heksadesimal (tertulis %s); hapus 0 di depan", "starts with 0, which YAML may read as an octal or hex number (got %s); drop the leading 0", s))
		return 0, false
	case !digits.MatchString(s):
		d.errorf(v, field, diag.T("harus ditulis dengan angka saja (tertulis %s); %s", "must be written with digits only (got %s); %s", s, want))
		return 0, false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		d.errorf(v, field, diag.T("terlalu besar (tertulis %s; paling besar %d)", "is too large (got %s, want at most %d)", s, int64(math.MaxInt64)))
		return 0, false
	}
	return n, true
}

func isExponent(s string) bool { return strings.ContainsAny(s, "eE") && !strings.HasPrefix(s, ".") }

// integer reads a small whole number: a year, a count, an agenda number.
func (o *obj) integer(key string, required bool) int {
	v := o.scalar(key, required)
	if v == nil {
		return 0
	}
	n, ok := o.d.wholeNumber(v, o.field(key), false)
	if !ok {
		return 0
	}
	if n > 1<<31 {
		o.d.errorf(v, o.field(key), diag.T("terlalu besar (tertulis %d)", "is too large (got %d)", n))
		return 0
	}
	return int(n)
}

// year reads a year such as 2024.
func (o *obj) year(key string, required bool) int {
	y := o.integer(key, required)
	if y != 0 && (y < 1945 || y > 2200) {
		o.d.errorf(o.value(key, false), o.field(key), diag.T("bukan tahun yang masuk akal (tertulis %d); tulis tahun seperti 2024", "is not a plausible year (got %d, want a year such as 2024)", y))
		return 0
	}
	return y
}

// number reads a measured value such as 6.17 or 0.
func (o *obj) number(key string, required bool) float64 {
	v := o.scalar(key, required)
	if v == nil {
		return 0
	}
	field := o.field(key)
	if v.Tag == "!!str" {
		if t := strings.TrimSpace(v.Value); idDecimal.MatchString(t) {
			fix := strings.Replace(t, ",", ".", 1)
			o.d.errorf(v, field, diag.T("memakai koma desimal (tertulis %s); YAML memakai titik untuk desimal: tulis %s", "uses a decimal comma (got %s); YAML writes decimals with a point: write %s", t, fix))
			return 0
		}
		o.d.errorf(v, field, diag.T("berupa teks, bukan angka (tertulis %q); tulis angka dengan titik desimal tanpa tanda kutip, mis. 6.17", "is text, not a number (got %q, want a number with a decimal point, e.g. 6.17)", v.Value))
		return 0
	}
	if v.Tag != "!!int" && v.Tag != "!!float" {
		o.d.errorf(v, field, diag.T("bukan angka (tertulis %s); tulis mis. 6.17", "is not a number (got %s, want e.g. 6.17)", describe(v)))
		return 0
	}
	s := strings.TrimPrefix(v.Value, "-")
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0o") || (v.Tag == "!!int" && len(s) > 1 && s[0] == '0') {
		o.d.errorf(v, field, diag.T("diawali 0, yang bisa dibaca YAML sebagai bilangan oktal atau heksadesimal (tertulis %s); hapus 0 di depan", "starts with 0, which YAML may read as an octal or hex number (got %s); drop the leading 0", v.Value))
		return 0
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(v.Value, "_", ""), 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		o.d.errorf(v, field, diag.T("bukan angka terhingga (tertulis %s); tulis mis. 6.17", "is not a finite number (got %s, want e.g. 6.17)", v.Value))
		return 0
	}
	return f
}

// boolean reads true or false, and nothing else (not yes, on or "true").
func (o *obj) boolean(key string) bool {
	v := o.scalar(key, false)
	if v == nil {
		return false
	}
	switch v.Value {
	case "true":
		if v.Tag == "!!bool" {
			return true
		}
	case "false":
		if v.Tag == "!!bool" {
			return false
		}
	}
	o.d.errorf(v, o.field(key), diag.T("harus true atau false (tertulis %s)", "must be true or false (got %s)", describe(v)))
	return false
}

// date reads an ISO date that exists on the calendar.
func (o *obj) date(key string, required bool) model.Date {
	v := o.scalar(key, required)
	if v == nil {
		return model.Date{}
	}
	return o.d.dateValue(v, o.field(key))
}

func (d *decoder) dateValue(v *yaml.Node, field string) model.Date {
	if v.Tag != "!!str" && v.Tag != "!!timestamp" {
		d.errorf(v, field, diag.T("bukan tanggal (tertulis %s); tulis TTTT-BB-HH, mis. 2023-12-07", "is not a date (got %s, want YYYY-MM-DD, e.g. 2023-12-07)", describe(v)))
		return model.Date{}
	}
	s := strings.TrimSpace(v.Value)
	t, err := model.ParseDate(s)
	if err == nil {
		return t
	}
	if iso, ok := dateHint(s); ok {
		d.errorf(v, field, diag.T("tanggal harus ditulis TTTT-BB-HH (tertulis %q); tulis %s", "dates are written YYYY-MM-DD (got %q); write %s", s, iso))
		return model.Date{}
	}
	if ymd.MatchString(s) || strings.Count(s, "-") == 2 {
		d.errorf(v, field, diag.T("tanggal ini tidak ada di kalender (tertulis %q); periksa hari dan bulannya", "this date does not exist (got %q); check the day and month", s))
		return model.Date{}
	}
	d.errorf(v, field, diag.T("bukan tanggal yang sah (tertulis %q); tulis TTTT-BB-HH, mis. 2023-12-07", "is not a valid date (got %q, want YYYY-MM-DD, e.g. 2023-12-07)", s))
	return model.Date{}
}

// enum reads one of a fixed set of words.
func (o *obj) enum(key string, required bool, allowed []string) string {
	s := o.code(key, required)
	if s == "" {
		return ""
	}
	if !slices.Contains(allowed, s) {
		o.d.errorf(o.value(key, false), o.field(key), diag.T("bukan nilai yang dibolehkan (tertulis %q; yang dibolehkan: %s)%s", "is not one of the allowed values (got %q, want one of %s)%s",
			s, strings.Join(allowed, ", "), suggest(s, allowed)))
		return ""
	}
	return s
}

// period reads an observation period: "2023", "2023-Q3" or "2023-03".
func (o *obj) period(key string, required bool) (model.Period, bool) {
	v := o.scalar(key, required)
	if v == nil {
		return model.Period{}, false
	}
	if v.Tag != "!!str" {
		o.d.errorf(v, o.field(key), diag.T("tertulis %s tanpa tanda kutip, sehingga YAML membacanya sebagai angka atau tanggal, bukan teks; tulis \"%s\" dengan tanda kutip ganda",
			"%s is written without quotes, so YAML reads it as a number or date, not text; write \"%s\" in double quotes", v.Value, v.Value))
		return model.Period{}, false
	}
	p, err := model.ParsePeriod(strings.TrimSpace(v.Value))
	if err != nil {
		o.d.errorf(v, o.field(key), diag.T("bukan periode yang sah (tertulis %q); tulis tahun \"2023\", triwulan \"2023-Q3\" atau bulan \"2023-03\"",
			"is not a valid period (got %q); write a year \"2023\", a quarter \"2023-Q3\" or a month \"2023-03\"", v.Value))
		return model.Period{}, false
	}
	return p, true
}

// list returns the items of a list field; a missing field is an empty list.
func (o *obj) list(key string, required bool) []*yaml.Node {
	v := o.value(key, required)
	if v == nil {
		return nil
	}
	if v.Kind != yaml.SequenceNode {
		o.d.errorf(v, o.field(key), diag.T("di sini seharusnya daftar (baris yang diawali \"- \" atau [a, b]), tertulis %s", "want a list (lines starting with \"- \" or [a, b]), got %s", describe(v)))
		return nil
	}
	return v.Content
}

// objects reads a list of records.
func (o *obj) objects(key string, required bool) []*obj {
	var out []*obj
	for i, n := range o.list(key, required) {
		path := o.itemField(key, i)
		if id := recordID(n); id != "" {
			path = o.field(key) + "[" + id + "]"
		}
		if r := o.d.object(n, path); r != nil {
			out = append(out, r)
		}
	}
	return out
}

// recordID is the id (or code) a record is written with, used in field
// paths so a person reads "keputusan rakor-1/K02" rather than an index.
// Numbers and anything that could not be read back from a path are left
// out, and the index is used instead.
func recordID(n *yaml.Node) string {
	if n == nil || n.Kind != yaml.MappingNode {
		return ""
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if (k.Value != "id" && k.Value != "code") || v.Kind != yaml.ScalarNode || v.Tag != "!!str" {
			continue
		}
		id := strings.TrimSpace(v.Value)
		if id == "" || len(id) > 100 || digitsOnly(id) || strings.ContainsAny(id, "[]# \t\"") {
			return ""
		}
		return id
	}
	return ""
}

func (o *obj) itemField(key string, i int) string {
	return o.field(key) + "[" + strconv.Itoa(i) + "]"
}

// codes reads a list of codes or ids; a single value is accepted as a list of one.
func (o *obj) codes(key string) []string {
	v := o.value(key, false)
	if v == nil {
		return nil
	}
	if v.Kind == yaml.ScalarNode {
		if s := o.d.codeValue(v, o.field(key)); s != "" {
			return []string{s}
		}
		return nil
	}
	var out []string
	for i, n := range o.list(key, false) {
		if n = o.d.resolve(n); n == nil {
			continue
		}
		if n.Kind != yaml.ScalarNode {
			o.d.errorf(n, o.itemField(key, i), diag.T("di sini seharusnya satu nilai, tertulis %s", "want a single value, got %s", describe(n)))
			continue
		}
		if o.d.blank(n, o.itemField(key, i), key, false) {
			continue
		}
		if s := o.d.codeValue(n, o.itemField(key, i)); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// texts reads a list of free-text lines.
func (o *obj) texts(key string) []string {
	var out []string
	for i, n := range o.list(key, false) {
		if n = o.d.resolve(n); n == nil {
			continue
		}
		if n.Kind != yaml.ScalarNode {
			o.d.errorf(n, o.itemField(key, i), diag.T("di sini seharusnya satu baris teks, tertulis %s (apit teks yang memuat \": \" dengan tanda kutip ganda)", "want a line of text, got %s (put text containing \": \" in double quotes)", describe(n)))
			continue
		}
		if o.d.blank(n, o.itemField(key, i), key, false) {
			continue
		}
		out = append(out, strings.TrimSpace(n.Value))
	}
	return out
}

// sub reads an optional nested record.
func (o *obj) sub(key string) *obj {
	v := o.value(key, false)
	if v == nil {
		return nil
	}
	return o.d.object(v, o.field(key))
}

// provenance reads source, verification and note, which any record may carry.
func (o *obj) provenance() model.Provenance {
	p := model.Provenance{
		Source: o.id("source", false),
		Note:   o.text("note", false),
	}
	var allowed []string
	for _, v := range model.Verifications {
		allowed = append(allowed, string(v))
	}
	p.Verification = model.Verification(o.enum("verification", false, allowed))
	if p.Verification == "" {
		p.Verification = model.Verified
	}
	return p
}
