package validate

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/tkpkd/tkpkd/generator/diag"
)

// placeholders refuses every value written empty ("") and every free page
// with no text: the blanks a skeleton from "tkpkd new" leaves are filled,
// or the line is deleted, before anything is published. A half-filled
// meeting would otherwise pass and show an empty decision on the site.
func (c *checker) placeholders() {
	for _, b := range c.set.Blanks {
		id, en := blankLabel(b.Field, b.Key)
		required := b.Required || (b.Key == "status" && strings.Contains(b.Field, "follow_ups["))
		// A number loses its quotes; any other value may keep them.
		whereID, whereEN := "di antara tanda kutip", "between the quotes"
		if numericKeys[b.Key] {
			whereID, whereEN = "menggantikan \"\"", "in place of \"\""
		}
		if required {
			c.errorAt(b.Pos, b.Field, diag.T("belum diisi: tulis %s %s", "not filled in: write %s %s", diag.Text{ID: id, EN: en}, diag.Text{ID: whereID, EN: whereEN}))
			continue
		}
		c.errorAt(b.Pos, b.Field, diag.T("belum diisi: tulis %s %s, atau hapus baris ini bila tidak dipakai", "not filled in: write %s %s, or delete the line", diag.Text{ID: id, EN: en}, diag.Text{ID: whereID, EN: whereEN}))
	}
	for _, p := range c.site.Pages {
		if strings.TrimSpace(p.Body) == "" {
			c.errorAt(p.Pos, "", diag.T("belum diisi: tulis isi halaman di bawah baris --- kedua", "not filled in: write the page's text below the second --- line"))
		}
	}
}

// blankWords names a field for the person filling it in: what to write,
// with the accepted values where there is a fixed set. Indonesian, then English.
var blankWords = map[string][2]string{
	"id":             {"kode pengenal (huruf kecil, angka dan '-')", "the id (lower-case letters, digits and '-')"},
	"title":          {"judul", "the title"},
	"text":           {"isi", "the text"},
	"owner":          {"penanggung jawab (id OPD dari agencies.yaml atau kode wilayah)", "the owner (an agency id from agencies.yaml or a region code)"},
	"co_owners":      {"penanggung jawab pendamping (id OPD atau kode wilayah)", "a co-owner (an agency id or a region code)"},
	"due":            {"batas waktu (YYYY-MM-DD)", "the due date (YYYY-MM-DD)"},
	"date":           {"tanggal (YYYY-MM-DD)", "the date (YYYY-MM-DD)"},
	"as_of":          {"tanggal laporan (YYYY-MM-DD)", "the date of the report (YYYY-MM-DD)"},
	"kind":           {"jenis rapat (mis. rakor, rakor-teknis, fgd)", "the kind of meeting (e.g. rakor, rakor-teknis, fgd)"},
	"name":           {"nama", "the name"},
	"role":           {"jabatan", "the position"},
	"city":           {"kota", "the city"},
	"venue":          {"tempat", "the venue"},
	"presenter":      {"penyaji (id OPD dari agencies.yaml)", "the presenter (an agency id from agencies.yaml)"},
	"objectives":     {"tujuan rapat", "the meeting's objective"},
	"status":         {"status (baru, berjalan, selesai atau dibatalkan)", "the status (baru, berjalan, selesai or dibatalkan)"},
	"strategy":       {"rujukan strategi (kerangka/butir dari strategies.yaml)", "a strategy item (framework/item from strategies.yaml)"},
	"programme":      {"rujukan program (kerangka/butir dari strategies.yaml)", "a programme item (framework/item from strategies.yaml)"},
	"verification":   {"verifikasi (verified, reported, derived atau illustrative)", "the verification (verified, reported, derived or illustrative)"},
	"source":         {"sumber (id dari sources.yaml)", "the source (an id from sources.yaml)"},
	"sources":        {"sumber (id dari sources.yaml)", "a source (an id from sources.yaml)"},
	"note":           {"catatan", "the note"},
	"decision":       {"keputusan yang ditindaklanjuti (<id rapat>/K<nn>)", "the decision followed up (<meeting-id>/K<nn>)"},
	"stage":          {"tahap anggaran (rkpd, kua_ppas, rka, apbd, apbd_p atau realisasi)", "the budget stage (rkpd, kua_ppas, rka, apbd, apbd_p or realisasi)"},
	"amount":         {"jumlah rupiah (angka saja, tanpa titik dan tanpa tanda kutip)", "the amount in rupiah (digits only, without dots or quotes)"},
	"agency":         {"perangkat daerah (id OPD dari agencies.yaml)", "the agency (an id from agencies.yaml)"},
	"code":           {"kode", "the code"},
	"region":         {"kode wilayah (mis. \"36.01\")", "the region code (e.g. \"36.01\")"},
	"regions":        {"kode wilayah (mis. \"36.01\")", "a region code (e.g. \"36.01\")"},
	"agencies":       {"id OPD dari agencies.yaml", "an agency id from agencies.yaml"},
	"scope":          {"cakupan angka ini", "what the total covers"},
	"basis":          {"dasar angka ini", "the basis of the figure"},
	"funding_source": {"sumber dana", "the funding source"},
}

// numericKeys are the fields whose value is a number, written without quotes.
var numericKeys = map[string]bool{"amount": true, "precision": true, "value": true, "target": true, "no": true, "weight": true, "year": true, "opd": true, "uptd": true}

// blankWhose names the record a field belongs to: "keputusan ke-1".
var blankWhose = map[string][2]string{
	"decisions":  {"keputusan", "decision"},
	"agenda":     {"agenda", "agenda item"},
	"objectives": {"tujuan", "objective"},
	"follow_ups": {"tindak lanjut", "follow-up"},
	"summaries":  {"ringkasan", "summary"},
	"lines":      {"rincian", "line"},
	"sources":    {"sumber", "source"},
	"chair":      {"pimpinan rapat", "the chair"},
	"place":      {"rapat", "the meeting"},
}

var lastItem = regexp.MustCompile(`([a-z_]+)(?:\[([0-9]+)\])?$`)

// blankLabel says what to write for field, e.g. "penanggung jawab
// keputusan ke-1 (id OPD ...)", in Indonesian and in English.
func blankLabel(field, key string) (id, en string) {
	w, ok := blankWords[key]
	if !ok {
		w = [2]string{key, key}
	}
	// The hint in brackets goes last: "<what> <whose record> (<hint>)".
	idNoun, idHint := splitHint(w[0])
	enNoun, enHint := splitHint(w[1])
	m := lastItem.FindStringSubmatch(field)
	if m != nil && m[1] == key && m[2] != "" {
		// An item of a list of values, such as objectives[0].
		n, _ := strconv.Atoi(m[2])
		return fmt.Sprintf("%s ke-%d%s", idNoun, n+1, idHint), fmt.Sprintf("%s (number %d)%s", enNoun, n+1, enHint)
	}
	parent := strings.TrimSuffix(strings.TrimSuffix(field, key), ".")
	if m := lastItem.FindStringSubmatch(parent); m != nil {
		if whose, ok := blankWhose[m[1]]; ok {
			if n, err := strconv.Atoi(m[2]); err == nil {
				return fmt.Sprintf("%s %s ke-%d%s", idNoun, whose[0], n+1, idHint), fmt.Sprintf("%s of %s %d%s", enNoun, whose[1], n+1, enHint)
			}
			return fmt.Sprintf("%s %s%s", idNoun, whose[0], idHint), fmt.Sprintf("%s of %s%s", enNoun, whose[1], enHint)
		}
	}
	return idNoun + idHint, enNoun + enHint
}

// splitHint splits "owner (an agency id)" into "owner" and " (an agency id)".
func splitHint(s string) (noun, hint string) {
	if i := strings.Index(s, " ("); i >= 0 {
		return s[:i], s[i:]
	}
	return s, ""
}
