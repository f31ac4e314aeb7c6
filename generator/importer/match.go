package importer

import (
	"regexp"
	"slices"
	"strings"

	"github.com/tkpkd/tkpkd/generator/model"
)

// index finds records by any of the names staff write for them.
type index map[string][]string // folded name -> ids, sorted

func (x index) add(id string, names ...string) {
	for _, n := range names {
		f := fold(n)
		if f == "" || slices.Contains(x[f], id) {
			continue
		}
		x[f] = append(x[f], id)
		slices.Sort(x[f])
	}
}

// find returns the ids a name matches: none, one, or several (ambiguous).
func (x index) find(name string) []string { return x[fold(name)] }

// leadingCode is a SIPD unit code written before a unit's name
// ("1.02.0.00.0.00.01.0000 Dinas Kesehatan").
var leadingCode = regexp.MustCompile(`^[0-9][0-9.]*\s+`)

// agencyIndex matches an agency by id, short name, full name, or the
// full name without its region ("Dinas Kesehatan" for "Dinas Kesehatan
// Provinsi Banten", as SIPD writes it). Only agencies of the region are
// candidates when region is set.
func agencyIndex(s *model.Site, region string) index {
	x := index{}
	for _, a := range s.Agencies {
		if region != "" && a.Region != region {
			continue
		}
		names := []string{a.ID, a.Short, a.Name}
		if r := s.Region(a.Region); r != nil {
			full := fold(a.Name)
			for _, suffix := range regionNames(r) {
				if cut, ok := strings.CutSuffix(full, " "+fold(suffix)); ok {
					names = append(names, cut)
				}
			}
		}
		x.add(a.ID, names...)
	}
	return x
}

func findAgency(x index, name string) []string {
	if ids := x.find(name); len(ids) > 0 {
		return ids
	}
	return x.find(leadingCode.ReplaceAllString(strings.TrimSpace(name), ""))
}

// regionNames are the names a region goes by in SIPD and BPS tables:
// "Provinsi Banten" and "Banten"; "Kabupaten Lebak", "Kab. Lebak" and
// "Lebak" (BPS writes a regency by its bare name and a city as "Kota
// Serang", so a bare "Serang" is the regency, never the city).
func regionNames(r *model.Region) []string {
	names := []string{r.Name}
	f := fold(r.Name)
	switch r.Kind {
	case model.Provinsi:
		if rest, ok := strings.CutPrefix(f, "provinsi "); ok {
			names = append(names, rest, "prov "+rest)
		}
	case model.Kabupaten:
		if rest, ok := strings.CutPrefix(f, "kabupaten "); ok {
			names = append(names, rest, "kab "+rest)
		}
	}
	return names
}

// regionIndex matches a region by Kemendagri code, BPS code (3601 or
// 36.01) or name.
func regionIndex(s *model.Site) index {
	x := index{}
	for _, r := range s.Regions {
		names := append([]string{r.Code, strings.ReplaceAll(r.Code, ".", "")}, regionNames(r)...)
		if r.BPSCode != "" {
			names = append(names, r.BPSCode)
		}
		x.add(r.Code, names...)
	}
	return x
}

// splitList splits a list cell (lokasi) at semicolons, commas or line breaks.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == ',' || r == '\n' }) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
