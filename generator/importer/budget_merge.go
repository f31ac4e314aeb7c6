package importer

import (
	"slices"
	"strconv"
	"strings"

	"github.com/tkpkd/tkpkd/generator/format"
	"github.com/tkpkd/tkpkd/generator/load"
	"github.com/tkpkd/tkpkd/generator/model"
)

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
		return rec.Values["stage"] == o.Stage && r == region
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
		{Key: "stage", Value: o.Stage},
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
