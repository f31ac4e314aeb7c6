package validate

import (
	"fmt"

	"github.com/tkpkd/tkpkd/generator/diag"
	"sort"
	"strings"

	"github.com/tkpkd/tkpkd/generator/load"
	"github.com/tkpkd/tkpkd/generator/model"
)

type defKey struct {
	kind    load.Kind
	context string
	value   string
}

// duplicates reports an id defined twice, within a file or across files,
// at the second definition, naming the first.
func (c *checker) duplicates() {
	first := map[defKey]load.Def{}
	similar := map[defKey]load.Def{}
	for _, d := range c.set.Defs {
		k := defKey{d.Kind, d.Context, d.Value}
		// Ids become file names and web addresses, where '.', '_' and '-'
		// turn into the same character.
		sk := defKey{d.Kind, d.Context, strings.NewReplacer(".", "-", "_", "-").Replace(d.Value)}
		if prev, ok := similar[sk]; ok && prev.Value != d.Value && d.Kind != load.KindRegion {
			c.errorAt(d.Pos, d.Field, diag.T("terlalu mirip dengan id %s %q di %s: di alamat web '.', '_' dan '-' menjadi karakter yang sama; ganti salah satunya",
				"is too like the %s id %q defined at %s: in web addresses '.', '_' and '-' are the same character; rename one", kindName(d.Kind), prev.Value, prev.Pos))
			continue
		}
		similar[sk] = d
		if prev, ok := first[k]; ok {
			what := kindName(d.Kind)
			if d.Kind == load.KindPage {
				what = diag.T("halaman (nama dan bahasa)", "page (name and language)")
			}
			c.errorAt(d.Pos, d.Field, diag.T("id %s %q sudah dipakai di %s; id harus unik", "duplicates the %s id %q already defined at %s; ids must be unique", what, d.Value, prev.Pos))
			continue
		}
		first[k] = d
	}
}

// candidates lists the defined values of a kind (within a context), with
// their names, sorted.
func (c *checker) candidates(kind load.Kind, context string) []load.Candidate {
	var out []load.Candidate
	for _, d := range c.set.Defs {
		if d.Kind == kind && (context == "" || d.Context == context) {
			out = append(out, load.Candidate{Value: d.Value, Name: d.Name})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Value < out[j].Value })
	return out
}

type refKey struct {
	kind           load.Kind
	context, value string
}

// references reports every reference to an id that does not exist. A
// reference into a file that could not be read, or to a value that was
// itself written wrong, only follows from that problem; the second and
// later references to one missing id follow from the first, which says
// how many places use it.
func (c *checker) references() {
	defined := map[defKey]bool{}
	for _, d := range c.set.Defs {
		defined[defKey{d.Kind, d.Context, d.Value}] = true
	}
	has := func(kind load.Kind, context, v string) bool { return defined[defKey{kind, context, v}] }
	var missing []load.Ref
	uses := map[refKey]int{}
	for _, r := range c.set.Refs {
		ok := true
		switch r.Kind {
		case load.KindOwner:
			agency, region := has(load.KindAgency, "", r.Value), has(load.KindRegion, "", r.Value)
			if agency && region {
				c.errorAt(r.Pos, r.Field, diag.T("%q adalah id perangkat daerah sekaligus kode wilayah; ganti id perangkat daerahnya", "%q is both an agency id and a region code; rename the agency", r.Value))
			}
			ok = agency || region
		case load.KindItem:
			if _, _, split := model.SplitRef(r.Value); !split {
				c.problems = append(c.problems, diag.Problem{File: r.Pos.File, Line: r.Pos.Line, Col: r.Pos.Col, Field: r.Field, Cause: r.Cause,
					Msg: diag.T("bukan rujukan butir strategi (tertulis %q); tulis kerangka/butir, mis. \"inpres-4-2022/beban-pengeluaran\"",
						"is not a strategy item reference (got %q, want framework/item, e.g. \"inpres-4-2022/beban-pengeluaran\")", r.Value)})
				continue
			}
			ok = has(r.Kind, "", r.Value)
		case load.KindMethod:
			ok = !has(load.KindIndicator, "", r.Context) || has(r.Kind, r.Context, r.Value)
		case load.KindPart:
			ok = has(r.Kind, r.Context, r.Value)
		default:
			ok = has(r.Kind, "", r.Value)
		}
		if !ok {
			missing = append(missing, r)
			uses[keyOf(r)]++
		}
	}
	// An id written wrongly ("Banten-Dinkes") leaves every reference to
	// its intended spelling dangling; those follow from its problem.
	misspelt := map[refKey]string{}
	for _, d := range c.set.Defs {
		if d.Cause != "" {
			misspelt[refKey{d.Kind, d.Context, strings.ToLower(d.Value)}] = d.Cause
		}
	}
	firstAt := map[refKey]load.Ref{}
	msgs := map[refKey]diag.Text{}
	for _, r := range missing {
		k := keyOf(r)
		p := diag.Problem{File: r.Pos.File, Line: r.Pos.Line, Col: r.Pos.Col, Field: r.Field, Cause: r.Cause}
		if f := c.unreadable(r.Kind); f != "" {
			p.Cause = diag.Key(f, "") // its file could not be read: fixing that fixes this
		}
		if cause := misspelt[k]; p.Cause == "" && cause != "" {
			p.Cause = cause
		}
		if first, seen := firstAt[k]; seen && p.Cause == "" {
			p.Cause = diag.Key(first.Pos.File, first.Field)
		} else if !seen {
			firstAt[k] = r
		}
		msg, ok := msgs[k]
		if !ok {
			msg = c.dangling(r, uses[k]) // once per id: suggesting compares with every candidate
			msgs[k] = msg
		}
		p.Msg = msg
		c.problems = append(c.problems, p)
	}
}

// keyOf groups the references to one id: an owner that names no region
// is a reference to an agency, so a renamed agency is reported once for
// the lines that fund it and the decisions it owns.
func keyOf(r load.Ref) refKey {
	if r.Kind == load.KindOwner {
		return refKey{load.KindAgency, r.Context, r.Value}
	}
	return refKey{r.Kind, r.Context, r.Value}
}

// dangling says a reference names nothing, with a suggestion only when it
// can be trusted; an id used in many places is more likely renamed than
// misspelt, and is reported once for all its uses.
func (c *checker) dangling(r load.Ref, uses int) diag.Text {
	what, where := kindName(r.Kind), fileOf(r.Kind)
	cands := c.candidates(r.Kind, r.Context)
	switch r.Kind {
	case load.KindOwner:
		what = diag.T("perangkat daerah atau wilayah", "agency or region")
		where = diag.T("agencies.yaml atau regions.yaml", "agencies.yaml or regions.yaml")
		cands = append(c.candidates(load.KindAgency, ""), c.candidates(load.KindRegion, "")...)
	case load.KindMethod:
		where = diag.T("metode indikator %s", "the methods of indicator %s", r.Context)
	case load.KindPart:
		where = diag.T("bagian kerangka %s", "the parts of framework %s", r.Context)
	}
	msg := diag.T("tidak ada %s dengan id %q di %s", "names no %s with the id %q in %s", what, r.Value, where)
	if uses > 1 {
		return diag.T("%s; apakah sudah diganti namanya? id ini dipakai di %d tempat, pertama di sini; kembalikan id lamanya atau ganti semua pemakaiannya%s",
			"%s; was it renamed? it is used in %d places, first here; restore the old id or change every use%s", msg, uses, load.Suggest(r.Value, cands))
	}
	return diag.T("%s%s", "%s%s", msg, load.Suggest(r.Value, cands))
}

// kindName names a kind of record in both languages.
func kindName(k load.Kind) diag.Text {
	switch k {
	case load.KindSource:
		return diag.T("sumber", "source")
	case load.KindRegion:
		return diag.T("wilayah", "region")
	case load.KindAgency:
		return diag.T("perangkat daerah", "agency")
	case load.KindFramework:
		return diag.T("kerangka strategi", "strategy framework")
	case load.KindItem:
		return diag.T("butir strategi", "strategy item")
	case load.KindPart:
		return diag.T("bagian", "part")
	case load.KindIndicator:
		return diag.T("indikator", "indicator")
	case load.KindMethod:
		return diag.T("metode", "method")
	case load.KindMeeting:
		return diag.T("rapat", "meeting")
	case load.KindDecision:
		return diag.T("keputusan", "decision")
	case load.KindSummary:
		return diag.T("ringkasan", "summary")
	case load.KindLine:
		return diag.T("baris anggaran", "budget line")
	case load.KindPage:
		return diag.T("halaman", "page")
	}
	return diag.T("%s", "%s", string(k))
}

func fileOf(k load.Kind) diag.Text {
	switch k {
	case load.KindSource:
		return diag.T("sources.yaml", "sources.yaml")
	case load.KindRegion:
		return diag.T("regions.yaml", "regions.yaml")
	case load.KindAgency:
		return diag.T("agencies.yaml", "agencies.yaml")
	case load.KindIndicator:
		return diag.T("indicators.yaml", "indicators.yaml")
	case load.KindItem, load.KindFramework:
		return diag.T("strategies.yaml", "strategies.yaml")
	case load.KindDecision:
		return diag.T("keputusan rapat mana pun", "any meeting's decisions")
	case load.KindMeeting:
		return diag.T("meetings/", "meetings/")
	}
	return diag.T("konten", "the content")
}

// rupiah writes an amount with Indonesian thousands dots, as staff see it
// in SIPD; the full formatting package serves the renderers.
func rupiah(m model.Money) string {
	neg := m < 0
	if neg {
		m = -m
	}
	s := fmt.Sprint(int64(m))
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-Rp" + b.String()
	}
	return "Rp" + b.String()
}

// unreadable returns the file that could not be parsed and that ids of
// a kind come from, so references to them cannot be judged; "" if none.
func (c *checker) unreadable(k load.Kind) string {
	for _, f := range c.set.Broken {
		switch {
		case f == fileOf(k).EN,
			f == "agencies.yaml" && k == load.KindOwner,
			f == "regions.yaml" && k == load.KindOwner,
			f == "strategies.yaml" && (k == load.KindItem || k == load.KindPart || k == load.KindFramework),
			f == "indicators.yaml" && k == load.KindMethod,
			strings.HasPrefix(f, "meetings/") && (k == load.KindDecision || k == load.KindMeeting):
			return f
		}
	}
	return ""
}
