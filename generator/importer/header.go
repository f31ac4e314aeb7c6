package importer

import (
	"fmt"
	"sort"
	"strings"

	"github.com/tkpkd/tkpkd/generator/sheet"
)

// column is a column the importer looks for: its key (as in --columns)
// and the headings it is known by, best first, already folded. A SIPD
// export and the open data (tkpkd.xlsx, alokasi.csv) both match.
type column struct {
	key      string
	required bool
	names    []string
}

// aliases are the other words --columns accepts for a key.
var aliases = map[string]string{
	"code": "kode", "kode_sub_kegiatan": "kode",
	"name": "nama", "nama_sub_kegiatan": "nama",
	"agency": "skpd", "opd": "skpd", "perangkat_daerah": "skpd",
	"amount": "pagu", "anggaran": "pagu",
	"funding_source": "sumber_dana", "sumber": "sumber_dana",
	"locations": "lokasi",
	"year":      "tahun", "stage": "tahap",
	"region": "wilayah", "kode_wilayah": "wilayah",
}

// parseColumns reads --columns "pagu=Nilai,skpd=OPD": which heading in
// the file holds which column.
func parseColumns(spec string, known []column) (map[string]string, error) {
	out := map[string]string{}
	if strings.TrimSpace(spec) == "" {
		return out, nil
	}
	for _, part := range strings.Split(spec, ",") {
		k, v, ok := strings.Cut(part, "=")
		k = strings.ToLower(strings.TrimSpace(k))
		if a, ok := aliases[k]; ok {
			k = a
		}
		if !ok || strings.TrimSpace(v) == "" || !hasKey(known, k) {
			var keys []string
			for _, c := range known {
				keys = append(keys, c.key)
			}
			return nil, fmt.Errorf("%q: want KEY=Heading with KEY one of %s", part, strings.Join(keys, ", "))
		}
		out[k] = fold(v)
	}
	return out, nil
}

func hasKey(cols []column, key string) bool {
	for _, c := range cols {
		if c.key == key {
			return true
		}
	}
	return false
}

// header is where a table's columns are.
type header struct {
	row   int            // 0-based row of the headings
	cols  map[string]int // key -> 0-based column
	texts []string       // the headings as written
}

// findHeader looks in the first 30 rows of a table for the row that
// names every required column (titles above it, as in SIPD exports, are
// skipped). A --columns entry overrides the known names for its key.
func findHeader(t *sheet.Table, cols []column, custom map[string]string) (header, bool) {
	for r := 0; r < min(len(t.Rows), 30); r++ {
		h := header{row: r, cols: map[string]int{}}
		folded := make([]string, len(t.Rows[r]))
		for c, cell := range t.Rows[r] {
			h.texts = append(h.texts, cellText(cell))
			folded[c] = fold(cell.Text)
		}
		ok := true
		for _, col := range cols {
			names := col.names
			if v, set := custom[col.key]; set {
				names = []string{v}
			}
			if c := firstMatch(folded, names, h.cols); c >= 0 {
				h.cols[col.key] = c
			} else if col.required {
				ok = false
			}
		}
		if ok {
			return h, true
		}
	}
	return header{}, false
}

// firstMatch returns the column whose heading is the best-ranked name,
// skipping columns already taken by another key.
func firstMatch(folded, names []string, taken map[string]int) int {
	used := map[int]bool{}
	for _, c := range taken {
		used[c] = true
	}
	for _, n := range names {
		for c, f := range folded {
			if f == n && !used[c] {
				return c
			}
		}
	}
	return -1
}

// firstRowTexts describes a table's first non-empty row, for the message
// that says which headings were expected and which were found.
func firstRowTexts(t *sheet.Table) string {
	for _, row := range t.Rows {
		var out []string
		for _, c := range row {
			if s := cellText(c); s != "" {
				out = append(out, fmt.Sprintf("%q", s))
			}
		}
		if len(out) > 0 {
			return strings.Join(out, ", ")
		}
	}
	return ""
}

// requiredNames lists the first known name of each required column.
func requiredNames(cols []column) string {
	var out []string
	for _, c := range cols {
		if c.required {
			out = append(out, fmt.Sprintf("%q (%s)", c.names[0], c.key))
		}
	}
	sort.Strings(out)
	return strings.Join(out, ", ")
}

// text returns the heading of a column key, or "".
func (h header) text(key string) string {
	c, ok := h.cols[key]
	if !ok || c >= len(h.texts) {
		return ""
	}
	return h.texts[c]
}

// cell returns the cell of a column key in row r, and whether the table
// has that column.
func (h header) cell(t *sheet.Table, r int, key string) (sheet.Cell, int, bool) {
	c, ok := h.cols[key]
	if !ok {
		return sheet.Cell{}, -1, false
	}
	return t.Cell(r, c), c, true
}
