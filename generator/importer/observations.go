package importer

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/tkpkd/tkpkd/generator/load"
	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/sheet"
)

// regionColumns are the headings of a BPS table's region column: a code
// column is preferred, a name column is read when there is none.
var regionColumns = []string{"kode wilayah", "kode", "kode bps", "kode kabupaten kota", "kode kab kota", "region",
	"wilayah", "kabupaten kota", "provinsi kabupaten kota", "kab kota", "nama wilayah", "provinsi", "nama kabupaten kota"}

// observation is one value read from a table.
type observation struct {
	row, col int
	region   string
	period   string
	value    string
}

// Observations imports the values of one indicator from a table with a
// region column and one column per period.
func Observations(o Options) Result {
	rep := &reporter{lang: o.Lang, file: o.File}
	res := Result{lang: o.Lang, Path: "indicators.yaml"}
	s := o.Site
	def := s.Indicator(o.Indicator)
	switch {
	case o.Indicator == "":
		rep.whole("--indicator wajib: id indikator dari indicators.yaml, mis. --indicator kemiskinan-persen", "--indicator is required: an indicator id from indicators.yaml, e.g. --indicator kemiskinan-persen")
	case def == nil:
		rep.whole("--indicator %q tidak ada di indicators.yaml; tambahkan definisinya dulu", "--indicator %q is not in indicators.yaml; define it first", o.Indicator)
	case len(def.Methods) > 0 && o.Method == "":
		rep.whole("indikator %q memakai metode (%s); beri --method", "indicator %q has methods (%s); give --method", o.Indicator, methodList(def))
	case o.Method != "" && def.Method(o.Method) == nil:
		rep.whole("--method %q bukan metode indikator %q (ada: %s)", "--method %q is not a method of indicator %q (it has: %s)", o.Method, o.Indicator, methodList(def))
	}
	checkSource(rep, s, o.Source)
	custom, err := parseColumns(o.Columns, []column{{key: "wilayah"}})
	if err != nil {
		rep.whole("--columns: %v", "--columns: %v", err)
	}
	if len(rep.problems) > 0 {
		res.Problems = rep.problems
		return res
	}
	t, regionCol, periods, headRow := findPeriodTable(rep, o.Tables, custom)
	if t == nil {
		res.Problems = rep.problems
		return res
	}
	obs := readObservations(rep, t, regionCol, periods, headRow, regionIndex(s))
	old, ok := file(o.Files, res.Path)
	if !ok {
		rep.whole("indicators.yaml tidak ada; buat dulu dengan definisi indikatornya", "indicators.yaml does not exist; create it with the indicator's definition first")
	}
	if len(rep.problems) > 0 {
		res.Problems = rep.problems
		return res
	}
	doc, err := load.OpenDoc(old)
	var recs []load.Record
	if err == nil {
		recs, err = doc.Records("observations")
	}
	if err != nil {
		rep.whole("indicators.yaml: %v; jalankan tkpkd check dan perbaiki dulu", "indicators.yaml: %v; run tkpkd check and fix it first", err)
		res.Problems = rep.problems
		return res
	}
	existing := map[string]int{}
	for i, r := range recs {
		if r.Values["indicator"] == o.Indicator && r.Values["method"] == o.Method {
			existing[r.Values["region"]+"\x00"+r.Values["period"]] = i
		}
	}
	for _, ob := range obs {
		label := ob.region + " " + ob.period
		i, found := existing[ob.region+"\x00"+ob.period]
		if !found {
			fields := []load.Field{
				{Key: "indicator", Value: o.Indicator},
				{Key: "region", Value: ob.region, Quote: true},
				{Key: "period", Value: ob.period, Quote: true},
				{Key: "value", Value: ob.value, Tag: numberTag(ob.value)},
				{Key: "method", Value: o.Method},
				{Key: "source", Value: o.Source},
			}
			if err := doc.Append("observations", fields, true); err != nil {
				rep.whole("%v", "%v", err)
			}
			res.Changes = append(res.Changes, Change{Op: '+', ID: label, Label: regionName(s, ob.region), New: ob.value})
			continue
		}
		was := recs[i].Values["value"]
		if sameNumber(was, ob.value) {
			continue // the same figure keeps its citation and its bytes
		}
		if _, err := doc.Update("observations", i, []load.Field{
			{Key: "value", Value: ob.value, Tag: numberTag(ob.value)},
			{Key: "source", Value: o.Source},
		}); err != nil {
			rep.whole("%v", "%v", err)
		}
		res.Changes = append(res.Changes, Change{Op: '~', ID: label, Label: regionName(s, ob.region), Old: was, New: ob.value})
	}
	if len(rep.problems) > 0 {
		res.Problems = rep.problems
		return res
	}
	if res.Data, err = doc.Bytes(); err != nil {
		rep.whole("%v", "%v", err)
		res.Problems = rep.problems
		return res
	}
	res.Changed = !bytes.Equal(res.Data, old)
	return res
}

func numberTag(v string) string {
	if strings.Contains(v, ".") {
		return "!!float"
	}
	return "!!int"
}

func regionName(s *model.Site, code string) string {
	if r := s.Region(code); r != nil {
		return r.Name
	}
	return ""
}

func methodList(d *model.Indicator) string {
	var out []string
	for _, m := range d.Methods {
		out = append(out, m.ID)
	}
	return strings.Join(out, ", ")
}

// findPeriodTable finds the heading row: a region column and at least one
// column whose heading is a period.
func findPeriodTable(rep *reporter, tables []sheet.Table, custom map[string]string) (*sheet.Table, int, map[int]string, int) {
	names := regionColumns
	if v, ok := custom["wilayah"]; ok {
		names = []string{v}
	}
	for ti := range tables {
		t := &tables[ti]
		for r := 0; r < min(len(t.Rows), 30); r++ {
			folded := make([]string, len(t.Rows[r]))
			for c, cell := range t.Rows[r] {
				folded[c] = fold(cell.Text)
			}
			regionCol := firstMatch(folded, names, nil)
			if regionCol < 0 {
				continue
			}
			periods := map[int]string{}
			for c, cell := range t.Rows[r] {
				if p, ok := periodOf(cell); ok && c != regionCol {
					periods[c] = p
				}
			}
			if len(periods) > 0 {
				if len(tables) > 1 {
					rep.sheet = t.Sheet
				}
				return t, regionCol, periods, r
			}
		}
	}
	found := ""
	if len(tables) > 0 {
		found = firstRowTexts(&tables[0])
	}
	rep.whole("tidak ada baris judul dengan kolom wilayah (mis. \"Kode Wilayah\" atau \"Kabupaten/Kota\") dan kolom periode (mis. \"2023\", \"Maret 2023\", \"2023-03\"); baris pertama berisi: %s",
		"no heading row with a region column (e.g. \"Kode Wilayah\" or \"Kabupaten/Kota\") and period columns (e.g. \"2023\", \"Maret 2023\", \"2023-03\"); the first row holds: %s", found)
	return nil, 0, nil, 0
}

var months = map[string]int{
	"januari": 1, "jan": 1, "january": 1, "februari": 2, "feb": 2, "february": 2, "maret": 3, "mar": 3, "march": 3,
	"april": 4, "apr": 4, "mei": 5, "may": 5, "juni": 6, "jun": 6, "june": 6, "juli": 7, "jul": 7, "july": 7,
	"agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "august": 8, "september": 9, "sep": 9, "sept": 9,
	"oktober": 10, "okt": 10, "oct": 10, "october": 10, "november": 11, "nov": 11, "nopember": 11,
	"desember": 12, "des": 12, "dec": 12, "december": 12,
}

var (
	yearRe    = regexp.MustCompile(`^(19|20|21)[0-9]{2}$`)
	monthRe   = regexp.MustCompile(`^((?:19|20|21)[0-9]{2})-(0[1-9]|1[0-2])$`)
	quarterRe = regexp.MustCompile(`^((?:19|20|21)[0-9]{2})-[qQ]([1-4])$`)
	namedRe   = regexp.MustCompile(`^([a-z]+) ((?:19|20|21)[0-9]{2})$`)
)

// periodOf reads a period heading: 2023, 2023-03, 2023-Q3, Maret 2023,
// Sep 2023; an XLSX date cell (a serial number) is its month.
func periodOf(c sheet.Cell) (string, bool) {
	s := strings.TrimSpace(c.Text)
	if c.Number {
		if n, err := strconv.ParseFloat(s, 64); err == nil && n > 10000 && n < 100000 {
			if t, err := excelDate(n); err == nil {
				return t, true
			}
		}
	}
	switch {
	case yearRe.MatchString(s):
		return s, true
	case monthRe.MatchString(s):
		return s, true
	case quarterRe.MatchString(s):
		m := quarterRe.FindStringSubmatch(s)
		return m[1] + "-Q" + m[2], true
	}
	if m := namedRe.FindStringSubmatch(fold(s)); m != nil {
		if mo, ok := months[m[1]]; ok {
			return fmt.Sprintf("%s-%02d", m[2], mo), true
		}
	}
	return "", false
}

// excelDate turns an Excel date serial into a month period "2023-03".
func excelDate(serial float64) (string, error) {
	t, err := sheet.DateOf(serial)
	if err != nil {
		return "", err
	}
	return t.Format("2006-01"), nil
}

func readObservations(rep *reporter, t *sheet.Table, regionCol int, periods map[int]string, headRow int, regions index) []observation {
	var out []observation
	heading := cellText(t.Cell(headRow, regionCol))
	seen := map[string]int{}
	for r := headRow + 1; r < len(t.Rows); r++ {
		if emptyRow(t.Rows[r]) {
			continue
		}
		name := cellText(t.Cell(r, regionCol))
		var values []observation
		for c := range len(t.Rows[r]) {
			p, isPeriod := periods[c]
			if !isPeriod {
				continue
			}
			v, ok, err := decimal(t.Cell(r, c))
			if err != nil {
				rep.number(r, c, cellText(t.Cell(headRow, c)), err)
				continue
			}
			if ok {
				values = append(values, observation{row: r, col: c, period: p, value: v})
			}
		}
		if len(values) == 0 {
			continue // a note or a heading row of the table
		}
		codes := regions.find(name)
		switch {
		case name == "":
			rep.at(r, regionCol, heading, "kosong; tulis kode atau nama wilayah", "is empty; write the region's code or name")
			continue
		case len(codes) == 0:
			rep.at(r, regionCol, heading, "wilayah %q tidak ada di regions.yaml; tulis kode wilayah (36.01 atau kode BPS 3601) atau nama seperti di regions.yaml, atau hapus baris ini (mis. baris Indonesia)", "region %q is not in regions.yaml; write its code (36.01 or BPS 3601) or its name as in regions.yaml, or delete the row (e.g. a national row)", name)
			continue
		case len(codes) > 1:
			rep.at(r, regionCol, heading, "%q cocok dengan beberapa wilayah (%s); tulis kodenya", "%q matches several regions (%s); write its code", name, strings.Join(codes, ", "))
			continue
		}
		for _, v := range values {
			v.region = codes[0]
			key := v.region + "\x00" + v.period
			if prev, dup := seen[key]; dup {
				rep.row(r, "wilayah %s periode %s sudah ada di baris %d", "region %s, period %s is already in row %d", v.region, v.period, prev+1)
				continue
			}
			seen[key] = r
			out = append(out, v)
		}
	}
	return out
}
