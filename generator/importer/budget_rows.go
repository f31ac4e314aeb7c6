package importer

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/sheet"
)

// readBudgetRows reads every line of the table below its headings.
func readBudgetRows(rep *reporter, t *sheet.Table, h header, o Options, region string, res *Result) []budgetRow {
	agencies := agencyIndex(o.Site, region)
	if len(agencies) == 0 {
		agencies = agencyIndex(o.Site, "")
	}
	regions := regionIndex(o.Site)
	var rows []budgetRow
	seen := map[string]int{} // agency+code or id -> row
	skipped := 0
	for r := h.row + 1; r < len(t.Rows); r++ {
		if emptyRow(t.Rows[r]) {
			continue
		}
		if !sameScope(t, h, r, o, region, regions) {
			skipped++
			continue
		}
		codeCell, codeCol, _ := h.cell(t, r, "kode")
		amountCell, amountCol, _ := h.cell(t, r, "pagu")
		code := cellText(codeCell)
		if code == "" {
			if isTotalRow(t.Rows[r]) || cellText(amountCell) == "" {
				res.Notes = append(res.Notes, fmt.Sprintf(rep.tr("%s: baris %d dilewati (baris jumlah atau judul kelompok, tanpa kode)", "%s: row %d left out (a total or a group heading, with no code)"), o.File, r+1))
				continue
			}
			rep.at(r, codeCol, h.text("kode"), "kosong; setiap baris anggaran perlu kode sub kegiatan, mis. 1.02.02.1.02.0027", "is empty; every budget line needs its code, e.g. 1.02.02.1.02.0027")
			continue
		}
		b := budgetRow{row: r, code: code}
		codeOK := false
		switch {
		case codeCell.Number:
			rep.at(r, codeCol, h.text("kode"), "tersimpan sebagai angka (%s), sehingga nol di belakang titik bisa hilang; format kolom kode sebagai Teks di Excel lalu ketik ulang kodenya", "is stored as a number (%s), which drops trailing zeros; format the code column as Text in Excel and type the code again", code)
		case !codePattern.MatchString(code):
			rep.at(r, codeCol, h.text("kode"), "%q bukan kode nomenklatur (angka/huruf dipisah titik, mis. 1.02.02.1.02.0027)", "%q is not a nomenclature code (digits or letters separated by dots, e.g. 1.02.02.1.02.0027)", code)
		default:
			codeOK = true
		}
		nameCell, nameCol, _ := h.cell(t, r, "nama")
		if b.name = cellText(nameCell); b.name == "" {
			rep.at(r, nameCol, h.text("nama"), "kosong; tulis nama sub kegiatan", "is empty; write the name of the line")
		}
		agencyCell, agencyCol, _ := h.cell(t, r, "skpd")
		switch ids := findAgency(agencies, cellText(agencyCell)); {
		case cellText(agencyCell) == "":
			rep.at(r, agencyCol, h.text("skpd"), "kosong; tulis nama perangkat daerah", "is empty; write the agency")
		case len(ids) == 0:
			rep.at(r, agencyCol, h.text("skpd"), "perangkat daerah %q tidak ada di agencies.yaml; tambahkan dulu ke agencies.yaml (id, name, short) atau tulis nama/id yang ada", "agency %q is not in agencies.yaml; add it there first (id, name, short) or write an existing name or id", cellText(agencyCell))
		case len(ids) > 1:
			rep.at(r, agencyCol, h.text("skpd"), "%q cocok dengan beberapa perangkat daerah (%s); tulis id-nya", "%q matches several agencies (%s); write its id", cellText(agencyCell), strings.Join(ids, ", "))
		default:
			b.agency = ids[0]
		}
		if v, err := rupiah(amountCell); err != nil {
			rep.number(r, amountCol, h.text("pagu"), err)
		} else {
			b.amount = v
		}
		if c, _, ok := h.cell(t, r, "sumber_dana"); ok {
			b.hasFunding, b.funding = true, cellText(c)
		}
		if c, col, ok := h.cell(t, r, "lokasi"); ok {
			b.hasLocs = true
			b.locations = readLocations(rep, regions, c, r, col, h.text("lokasi"))
		}
		b.level = readLevel(rep, t, h, r, code)
		if c, col, ok := h.cell(t, r, "id"); ok && cellText(c) != "" {
			b.id = cellText(c)
			if !idPattern.MatchString(b.id) || len(b.id) > 100 {
				rep.at(r, col, h.text("id"), "%q bukan id yang sah (huruf kecil, angka, titik, garis bawah atau tanda hubung)", "%q is not a valid id (lower-case letters, digits, '.', '_' or '-')", b.id)
			}
		}
		if b.agency != "" && codeOK && b.id == "" {
			b.id = lineID(model.Stage(o.Stage), o.Year, b.agency, code)
			if !idPattern.MatchString(b.id) || len(b.id) > 100 {
				rep.row(r, "id turunan %q terlalu panjang atau tidak sah; tambahkan kolom id", "the derived id %q is too long or not valid; add an id column", b.id)
			}
		}
		key := b.agency + "\x00" + code
		if b.id != "" {
			key = b.id
		}
		if prev, dup := seen[key]; dup && b.agency != "" {
			rep.row(r, "sama dengan baris %d (perangkat daerah dan kode sama); gabungkan kedua baris atau beri kolom id", "repeats row %d (same agency and code); merge the two rows or add an id column", prev+1)
		}
		seen[key] = r
		rows = append(rows, b)
	}
	if skipped > 0 {
		res.Notes = append(res.Notes, fmt.Sprintf(rep.tr("%s: %d baris tahun, tahap atau wilayah lain dilewati", "%s: %d rows of another year, stage or region left out"), o.File, skipped))
	}
	return rows
}

// lineID derives a line's id from what identifies it, not its row: the
// same line keeps its id when rows are sorted or inserted.
func lineID(stage model.Stage, year int, agency, code string) string {
	return strings.ToLower(fmt.Sprintf("%s-%d-%s-%s", strings.ReplaceAll(string(stage), "_", "-"), year, agency, code))
}

func emptyRow(row []sheet.Cell) bool {
	for _, c := range row {
		if cellText(c) != "" {
			return false
		}
	}
	return true
}

func isTotalRow(row []sheet.Cell) bool {
	for _, c := range row {
		f := fold(c.Text)
		if strings.HasPrefix(f, "jumlah") || strings.HasPrefix(f, "total") || strings.HasPrefix(f, "grand total") {
			return true
		}
	}
	return false
}

// sameScope reports whether a row of a table with year, stage or region
// columns (the open data holds every year) is for this import.
func sameScope(t *sheet.Table, h header, r int, o Options, region string, regions index) bool {
	if c, _, ok := h.cell(t, r, "tahun"); ok && cellText(c) != "" && cellText(c) != strconv.Itoa(o.Year) {
		return false
	}
	if c, _, ok := h.cell(t, r, "tahap"); ok && cellText(c) != "" && fold(c.Text) != fold(o.Stage) {
		return false
	}
	if c, _, ok := h.cell(t, r, "wilayah"); ok && cellText(c) != "" && !slices.Contains(regions.find(cellText(c)), region) {
		return false
	}
	return true
}

func readLocations(rep *reporter, regions index, c sheet.Cell, r, col int, heading string) []string {
	var out []string
	for _, name := range splitList(cellText(c)) {
		switch codes := regions.find(name); len(codes) {
		case 0:
			rep.at(r, col, heading, "lokasi %q tidak ada di regions.yaml; tulis kode wilayah (mis. 36.01) atau nama kabupaten/kota, dipisah titik koma", "location %q is not in regions.yaml; write region codes (e.g. 36.01) or names, separated by semicolons", name)
		case 1:
			if !slices.Contains(out, codes[0]) {
				out = append(out, codes[0])
			}
		default:
			rep.at(r, col, heading, "lokasi %q cocok dengan beberapa wilayah (%s); tulis kodenya", "location %q matches several regions (%s); write its code", name, strings.Join(codes, ", "))
		}
	}
	return out
}

// readLevel is the level column's value, or the level the code's shape
// says (SIPD: program 1.02.02, kegiatan 1.02.02.1.02, sub kegiatan
// 1.02.02.1.02.0027).
func readLevel(rep *reporter, t *sheet.Table, h header, r int, code string) string {
	if c, col, ok := h.cell(t, r, "level"); ok {
		v := strings.ReplaceAll(fold(c.Text), " ", "_")
		if v == "" || slices.Contains(model.Levels, model.Level(v)) {
			return v
		}
		rep.at(r, col, h.text("level"), "%q bukan tingkat yang dikenal (program, kegiatan, sub_kegiatan)", "%q is not a known level (program, kegiatan, sub_kegiatan)", cellText(c))
		return ""
	}
	switch strings.Count(code, ".") {
	case 2:
		return string(model.Program)
	case 4:
		return string(model.Kegiatan)
	case 5:
		return string(model.SubKegiatan)
	}
	return ""
}
