package importer

import (
	"bytes"
	"fmt"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/tkpkd/tkpkd/generator/format"
	"github.com/tkpkd/tkpkd/generator/load"
	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/sheet"
)

// allocationColumns are the columns of a budget spreadsheet: SIPD's
// headings first, then the open data's (alokasi.csv, tkpkd.xlsx).
var allocationColumns = []column{
	{"kode", true, []string{"kode sub kegiatan", "kode subkegiatan", "kode kegiatan", "kode program", "kode", "code"}},
	{"nama", true, []string{"nama sub kegiatan", "nama subkegiatan", "sub kegiatan", "subkegiatan", "nama kegiatan", "nama program", "uraian", "nama", "name"}},
	{"skpd", true, []string{"perangkat daerah", "nama perangkat daerah", "skpd", "nama skpd", "opd", "nama opd", "agency"}},
	{"pagu", true, []string{"pagu", "pagu anggaran", "anggaran", "nilai", "jumlah anggaran", "pagu indikatif", "total pagu", "amount"}},
	{"sumber_dana", false, []string{"sumber dana", "funding source"}},
	{"lokasi", false, []string{"lokasi", "lokasi kegiatan", "locations"}},
	{"level", false, []string{"level", "tingkat"}},
	{"id", false, []string{"id"}},
	{"tahun", false, []string{"tahun", "tahun anggaran", "year"}},
	{"tahap", false, []string{"tahap", "stage"}},
	{"wilayah", false, []string{"kode wilayah", "region"}},
}

// budgetRow is one budget line read from a row.
type budgetRow struct {
	row                 int // 0-based
	id                  string
	code, name, agency  string
	level, funding      string
	amount              int64
	locations           []string
	hasFunding, hasLocs bool
}

var (
	codePattern = regexp.MustCompile(`^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$`)
	idPattern   = regexp.MustCompile(`^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$`)
)

// Allocations imports budget lines of one year, stage and region.
func Allocations(o Options) Result {
	rep := &reporter{lang: o.Lang, file: o.File}
	res := Result{lang: o.Lang}
	s := o.Site
	if !slices.Contains(model.Stages, o.Stage) {
		rep.whole("--stage %q tidak dikenal; pilih salah satu: %s", "--stage %q is not a stage; want one of %s", o.Stage, stageList())
	}
	if o.Year < 1945 || o.Year > 2200 {
		rep.whole("--year %d bukan tahun anggaran (mis. 2024)", "--year %d is not a budget year (e.g. 2024)", o.Year)
	}
	checkSource(rep, s, o.Source)
	custom, err := parseColumns(o.Columns, allocationColumns)
	if err != nil {
		rep.whole("--columns: %v", "--columns: %v", err)
	}
	if len(rep.problems) > 0 {
		res.Problems = rep.problems
		return res
	}
	t, h, ok := pickTable(rep, o.Tables, allocationColumns, custom)
	if !ok {
		res.Problems = rep.problems
		return res
	}

	// Where the lines go, and for which region.
	res.Path, res.Created = allocationsPath(o)
	old, _ := file(o.Files, res.Path)
	var doc *load.Doc
	if res.Created {
		doc, err = load.OpenDoc([]byte(newAllocationsFile(res.Path, o.Year, o.regionOr(s.Config.Region))))
	} else {
		doc, err = load.OpenDoc(old)
	}
	if err != nil {
		rep.whole("%s tidak dapat dibaca (%v); jalankan tkpkd check dan perbaiki dulu", "%s cannot be read (%v); run tkpkd check and fix it first", res.Path, err)
		res.Problems = rep.problems
		return res
	}
	fileRegion := doc.Scalar("region")
	region := o.regionOr(fileRegion)
	if region == "" {
		region = s.Config.Region
	}
	if region == "" {
		rep.whole("wilayah anggaran tidak diketahui: site.yaml dan berkasnya tidak menyebut region; beri --region, mis. --region 36", "the budget's region is unknown: neither site.yaml nor the file names one; give --region, e.g. --region 36")
		res.Problems = rep.problems
		return res
	}
	if s.Region(region) == nil {
		rep.whole("wilayah %q tidak ada di regions.yaml; beri --region dengan kode wilayah, mis. --region 36", "region %q is not in regions.yaml; give --region with a region code, e.g. --region 36", region)
		res.Problems = rep.problems
		return res
	}

	rows := readBudgetRows(rep, t, h, o, region, &res)
	recs, err := doc.Records("lines")
	if err != nil {
		rep.whole("%s: %v", "%s: %v", res.Path, err)
	}
	if len(rep.problems) > 0 {
		res.Problems = rep.problems
		return res
	}
	mergeLines(rep, doc, recs, rows, o, region, fileRegion, &res)
	if len(rep.problems) > 0 {
		res.Problems = rep.problems
		return res
	}
	res.Data, err = doc.Bytes()
	if err != nil {
		rep.whole("%v", "%v", err)
		res.Problems = rep.problems
		return res
	}
	res.Changed = res.Created || !bytes.Equal(res.Data, old)
	return res
}

func (o Options) regionOr(def string) string {
	if o.Region != "" {
		return o.Region
	}
	return def
}

func stageList() string {
	var out []string
	for _, st := range model.Stages {
		out = append(out, string(st))
	}
	return strings.Join(out, ", ")
}

func checkSource(rep *reporter, s *model.Site, id string) {
	switch {
	case id == "":
		rep.whole("--source wajib: setiap angka harus menyebut sumbernya (id dari sources.yaml, mis. --source sipd-kemendagri)", "--source is required: every figure cites its source (an id in sources.yaml, e.g. --source sipd-kemendagri)")
	case s.Source(id) == nil:
		rep.whole("--source %q tidak ada di sources.yaml; tambahkan sumbernya dulu atau pakai id yang ada", "--source %q is not in sources.yaml; add the source first or use an existing id", id)
	}
}

// pickTable returns the first table (sheet) whose headings name every
// required column.
func pickTable(rep *reporter, tables []sheet.Table, cols []column, custom map[string]string) (*sheet.Table, header, bool) {
	for i := range tables {
		if h, ok := findHeader(&tables[i], cols, custom); ok {
			rep.sheet = tables[i].Sheet
			if len(tables) == 1 {
				rep.sheet = ""
			}
			return &tables[i], h, true
		}
	}
	found := ""
	if len(tables) > 0 {
		found = firstRowTexts(&tables[0])
	}
	rep.whole("tidak ada baris judul kolom yang memuat %s (baris pertama berisi: %s); ubah judul kolomnya atau beri --columns, mis. --columns \"pagu=Nilai,skpd=OPD\"",
		"no heading row names %s (the first row holds: %s); rename the headings or give --columns, e.g. --columns \"pagu=Nilai,skpd=OPD\"", requiredNames(cols), found)
	return nil, header{}, false
}

// allocationsPath is the file the lines go to: allocations/<year>.yaml,
// or in a year split by region the file of the region.
func allocationsPath(o Options) (string, bool) {
	single := fmt.Sprintf("allocations/%d.yaml", o.Year)
	if _, ok := file(o.Files, single); ok {
		return single, false
	}
	dir := fmt.Sprintf("allocations/%d/", o.Year)
	region := o.regionOr(o.Site.Config.Region)
	split := false
	for _, f := range o.Files {
		if !strings.HasPrefix(f.Name, dir) || path.Ext(f.Name) != ".yaml" {
			continue
		}
		split = true
		if d, err := load.OpenDoc(f.Data); err == nil && d.Scalar("region") == region {
			return f.Name, false
		}
	}
	if split {
		return dir + region + ".yaml", true
	}
	return single, true
}

// newAllocationsFile is the start of a file the import creates: the
// schema line every content file has, so editors check it as it is typed.
func newAllocationsFile(name string, year int, region string) string {
	schema := strings.Repeat("../", strings.Count(name, "/")+1) + "schema/allocations.json"
	return fmt.Sprintf("# yaml-language-server: $schema=%s\n"+
		"# Dibuat oleh tkpkd import allocations. Baris dapat dilengkapi dengan strategy,\n"+
		"# programme dan output; impor berikutnya tidak menghapus isian itu.\n\n"+
		"year: %d\nregion: %q\n", schema, year, region)
}

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
			b.id = lineID(o.Stage, o.Year, b.agency, code)
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
	if c, _, ok := h.cell(t, r, "tahap"); ok && cellText(c) != "" && fold(c.Text) != fold(string(o.Stage)) {
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

// mergeLines updates the file's lines of this year, stage and region to
// the spreadsheet's: matched lines keep their id and every field the
// spreadsheet does not hold (strategy, output, note, verification);
// their source changes only with their amount, because an unchanged
// figure still comes from where it was cited.
func mergeLines(rep *reporter, doc *load.Doc, recs []load.Record, rows []budgetRow, o Options, region, fileRegion string, res *Result) {
	lang := o.Lang
	inScope := func(rec load.Record) bool {
		r := rec.Values["region"]
		if r == "" {
			r = fileRegion
		}
		return rec.Values["stage"] == string(o.Stage) && r == region
	}
	byID := map[string]int{}
	byKey := map[string]int{}
	for i, rec := range recs {
		byID[rec.Values["id"]] = i
		key := rec.Values["agency"] + "\x00" + rec.Values["code"]
		if _, dup := byKey[key]; !dup && inScope(rec) {
			byKey[key] = i
		}
	}
	matched := map[int]bool{}
	for _, b := range rows {
		i := -1
		if j, ok := byID[b.id]; ok && !matched[j] {
			i = j
		} else if j, ok := byKey[b.agency+"\x00"+b.code]; ok && !matched[j] {
			i = j
		}
		if i >= 0 && !inScope(recs[i]) {
			rep.row(b.row, "id %q sudah dipakai baris tahap atau wilayah lain di %s (baris %d); ubah id-nya", "id %q is already used by a line of another stage or region in %s (line %d); change the id", b.id, res.Path, recs[i].Line)
			continue
		}
		fields := lineFields(b, o, region, fileRegion)
		if i < 0 {
			if err := doc.Append("lines", append(fields, load.Field{Key: "source", Value: o.Source}), false); err != nil {
				rep.whole("%v", "%v", err)
			}
			res.Changes = append(res.Changes, Change{Op: '+', ID: b.id, Label: b.name, New: format.Money(model.Money(b.amount), lang)})
			continue
		}
		matched[i] = true
		rec := recs[i]
		oldAmount, _ := strconv.ParseInt(strings.ReplaceAll(rec.Values["amount"], "_", ""), 10, 64)
		var changed []string
		for _, f := range fields[1:] { // the id is how it matched
			if f.Key == "amount" {
				continue
			}
			if fieldChanged(rec, f) {
				changed = append(changed, f.Key)
			}
		}
		if oldAmount != b.amount {
			fields = append(fields, load.Field{Key: "source", Value: o.Source})
		}
		if _, err := doc.Update("lines", i, fields[1:]); err != nil {
			rep.whole("%v", "%v", err)
		}
		if oldAmount != b.amount || len(changed) > 0 {
			res.Changes = append(res.Changes, Change{Op: '~', ID: rec.Values["id"], Label: b.name,
				Old: format.Money(model.Money(oldAmount), lang), New: format.Money(model.Money(b.amount), lang), Fields: changed})
		}
	}
	for i, rec := range recs {
		if !inScope(rec) || matched[i] {
			continue
		}
		if err := doc.Remove("lines", i); err != nil {
			rep.whole("%v", "%v", err)
		}
		amount, _ := strconv.ParseInt(strings.ReplaceAll(rec.Values["amount"], "_", ""), 10, 64)
		res.Changes = append(res.Changes, Change{Op: '-', ID: rec.Values["id"], Label: rec.Values["name"], Old: format.Money(model.Money(amount), lang)})
	}
}

// lineFields are the fields a spreadsheet row sets, id first. A column
// the sheet lacks is left alone; an empty funding or location cell
// removes the field.
func lineFields(b budgetRow, o Options, region, fileRegion string) []load.Field {
	f := []load.Field{
		{Key: "id", Value: b.id},
		{Key: "stage", Value: string(o.Stage)},
		{Key: "agency", Value: b.agency},
		{Key: "code", Value: b.code, Quote: true},
		{Key: "name", Value: b.name, Quote: true},
	}
	if b.level != "" {
		f = append(f, load.Field{Key: "level", Value: b.level})
	}
	f = append(f, load.Field{Key: "amount", Value: strconv.FormatInt(b.amount, 10), Tag: "!!int"})
	if b.hasFunding {
		f = append(f, load.Field{Key: "funding_source", Value: b.funding, Quote: true})
	}
	if b.hasLocs {
		if len(b.locations) > 0 {
			f = append(f, load.Field{Key: "locations", List: b.locations, IsList: true})
		} else {
			f = append(f, load.Field{Key: "locations"})
		}
	}
	if region != fileRegion {
		f = append(f, load.Field{Key: "region", Value: region, Quote: true})
	}
	return f
}

// fieldChanged reports whether writing f changes a record's value.
func fieldChanged(rec load.Record, f load.Field) bool {
	if f.IsList {
		return !slices.Equal(rec.Lists[f.Key], f.List)
	}
	return rec.Values[f.Key] != f.Value || len(rec.Lists[f.Key]) > 0
}
