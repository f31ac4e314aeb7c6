package importer

import (
	"bytes"
	"fmt"
	"path"
	"regexp"
	"slices"
	"strings"

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
	if !slices.Contains(model.Stages, model.Stage(o.Stage)) {
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
