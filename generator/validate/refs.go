package validate

import (
	"fmt"
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
			c.errorAt(d.Pos, d.Field, "is too like the %s id %q defined at %s: in web addresses '.', '_' and '-' are the same character; rename one", d.Kind, prev.Value, prev.Pos)
			continue
		}
		similar[sk] = d
		if prev, ok := first[k]; ok {
			what := string(d.Kind)
			if d.Kind == load.KindPage {
				what = "page (name and language)"
			}
			c.errorAt(d.Pos, d.Field, "duplicates the %s id %q already defined at %s; ids must be unique", what, d.Value, prev.Pos)
			continue
		}
		first[k] = d
	}
}

// candidates lists the defined values of a kind (within a context), sorted.
func (c *checker) candidates(kind load.Kind, context string) []string {
	var out []string
	for _, d := range c.set.Defs {
		if d.Kind == kind && (context == "" || d.Context == context) {
			out = append(out, d.Value)
		}
	}
	sort.Strings(out)
	return out
}

// references reports every reference to an id that does not exist.
func (c *checker) references() {
	defined := map[defKey]bool{}
	for _, d := range c.set.Defs {
		defined[defKey{d.Kind, d.Context, d.Value}] = true
	}
	has := func(kind load.Kind, context, v string) bool { return defined[defKey{kind, context, v}] }
	for _, r := range c.set.Refs {
		if c.unreadable(r.Kind) {
			continue // its file could not be read: every reference would cascade
		}
		switch r.Kind {
		case load.KindOwner:
			agency, region := has(load.KindAgency, "", r.Value), has(load.KindRegion, "", r.Value)
			if agency && region {
				c.errorAt(r.Pos, r.Field, "%q is both an agency id and a region code; rename the agency", r.Value)
			}
			if !agency && !region {
				all := append(c.candidates(load.KindAgency, ""), c.candidates(load.KindRegion, "")...)
				c.errorAt(r.Pos, r.Field, "names no agency or region (got %q, want an id from agencies.yaml or a code from regions.yaml)%s", r.Value, suggest(r.Value, all))
			}
		case load.KindItem:
			if _, _, ok := model.SplitRef(r.Value); !ok {
				c.errorAt(r.Pos, r.Field, "is not a strategy item reference (got %q, want framework/item, e.g. \"inpres-4-2022/beban-pengeluaran\")", r.Value)
				continue
			}
			if !has(r.Kind, "", r.Value) {
				c.dangling(r, "strategies.yaml")
			}
		case load.KindMethod:
			if has(load.KindIndicator, "", r.Context) && !has(r.Kind, r.Context, r.Value) {
				c.dangling(r, "the methods of indicator "+r.Context)
			}
		case load.KindPart:
			if !has(r.Kind, r.Context, r.Value) {
				c.dangling(r, "the parts of framework "+r.Context)
			}
		default:
			if !has(r.Kind, "", r.Value) {
				c.dangling(r, fileOf(r.Kind))
			}
		}
	}
}

func (c *checker) dangling(r load.Ref, where string) {
	c.errorAt(r.Pos, r.Field, "names no %s with this id (got %q, want one defined in %s)%s", r.Kind, r.Value, where, suggest(r.Value, c.candidates(r.Kind, r.Context)))
}

func fileOf(k load.Kind) string {
	switch k {
	case load.KindSource:
		return "sources.yaml"
	case load.KindRegion:
		return "regions.yaml"
	case load.KindAgency:
		return "agencies.yaml"
	case load.KindIndicator:
		return "indicators.yaml"
	case load.KindDecision:
		return "a meeting's decisions"
	case load.KindMeeting:
		return "meetings/"
	}
	return "the content"
}

// suggest returns "; did you mean ...?" for the closest candidate.
func suggest(got string, candidates []string) string {
	return load.Suggest(got, candidates)
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

// unreadable reports whether ids of a kind come from a file that could not
// be parsed, so references to them cannot be judged.
func (c *checker) unreadable(k load.Kind) bool {
	for _, f := range c.set.Broken {
		switch {
		case f == fileOf(k),
			f == "agencies.yaml" && k == load.KindOwner,
			f == "regions.yaml" && k == load.KindOwner,
			f == "strategies.yaml" && (k == load.KindItem || k == load.KindPart || k == load.KindFramework),
			f == "indicators.yaml" && k == load.KindMethod,
			strings.HasPrefix(f, "meetings/") && k == load.KindDecision:
			return true
		}
	}
	return false
}
