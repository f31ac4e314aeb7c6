package diag

import (
	"fmt"
	"strconv"
	"strings"
)

// The languages problems are written in.
const (
	ID = "id" // Bahasa Indonesia, the default
	EN = "en"
)

// Text is a reader-facing text in both languages a site may be written in.
type Text struct {
	ID string // Bahasa Indonesia
	EN string // English
}

// T formats a text in both languages from one list of arguments. An
// argument that is itself a Text is placed in the matching language, so a
// word such as a record's kind or a plural is translated with the rest.
func T(id, en string, args ...any) Text {
	ia, ea := make([]any, len(args)), make([]any, len(args))
	for i, a := range args {
		ia[i], ea[i] = a, a
		if t, ok := a.(Text); ok {
			ia[i], ea[i] = t.ID, t.EN
		}
	}
	return Text{ID: fmt.Sprintf(id, ia...), EN: fmt.Sprintf(en, ea...)}
}

// In returns the text in lang; any language but English is Indonesian.
func (t Text) In(lang string) string {
	if lang == EN {
		return t.EN
	}
	return t.ID
}

// Plural is a counted noun: Indonesian does not inflect it ("1 masalah",
// "3 masalah"); English does ("1 error", "3 errors").
func Plural(n int, id, one, many string) Text {
	if n == 1 {
		return Text{ID: id, EN: one}
	}
	return Text{ID: id, EN: many}
}

// Join joins texts with sep in each language.
func Join(ts []Text, sep string) Text {
	var id, en []string
	for _, t := range ts {
		id, en = append(id, t.ID), append(en, t.EN)
	}
	return Text{ID: strings.Join(id, sep), EN: strings.Join(en, sep)}
}

// nouns name the records of a list field, for field paths a person reads.
var nouns = map[string]Text{
	"summaries":    {"ringkasan", "summary"},
	"lines":        {"baris anggaran", "budget line"},
	"sources":      {"sumber", "source"},
	"regions":      {"wilayah", "region"},
	"agencies":     {"perangkat daerah", "agency"},
	"frameworks":   {"kerangka", "framework"},
	"items":        {"butir", "item"},
	"parts":        {"bagian", "part"},
	"mappings":     {"pemetaan", "mapping"},
	"definitions":  {"indikator", "indicator"},
	"observations": {"observasi", "observation"},
	"targets":      {"target", "target"},
	"methods":      {"metode", "method"},
	"decisions":    {"keputusan", "decision"},
	"follow_ups":   {"tindak lanjut", "follow-up"},
	"agenda":       {"agenda", "agenda item"},
	"objectives":   {"tujuan", "objective"},
	"co_owners":    {"co_owners", "co_owners"},
	"locations":    {"locations", "locations"},
	"urusan":       {"urusan", "urusan"},
	"languages":    {"languages", "languages"},
}

// FieldName turns a field path into words a person reads: the key as it is
// written in the file, then the record it belongs to, e.g.
// "decisions[rakor-1/K01].owner" -> "owner (keputusan rakor-1/K01)" and
// "summaries[0].amount" -> "amount (ringkasan ke-1)".
func FieldName(path, lang string) string {
	if path == "" || strings.ContainsAny(path, " \"") {
		return path // not a field path (a spreadsheet's "kolom B"): as written
	}
	segs := splitPath(path)
	last := segs[len(segs)-1]
	out := last.name
	if last.index != "" {
		out = item(last, lang)
	}
	var ctx []string
	for i := len(segs) - 2; i >= 0; i-- {
		s := segs[i]
		if s.index == "" {
			ctx = append(ctx, s.name)
		} else {
			ctx = append(ctx, item(s, lang))
		}
	}
	if len(ctx) > 0 {
		out += " (" + strings.Join(ctx, ", ") + ")"
	}
	return out
}

type segment struct{ name, index string }

// splitPath splits "a[0].b[x.y].c" at dots outside brackets: an id in
// brackets may itself hold dots.
func splitPath(path string) []segment {
	var segs []segment
	depth, start := 0, 0
	add := func(s string) {
		name, idx, _ := strings.Cut(s, "[")
		segs = append(segs, segment{name, strings.TrimSuffix(idx, "]")})
	}
	for i := 0; i < len(path); i++ {
		switch path[i] {
		case '[':
			depth++
		case ']':
			depth--
		case '.':
			if depth == 0 {
				add(path[start:i])
				start = i + 1
			}
		}
	}
	add(path[start:])
	return segs
}

// item names one record of a list: "keputusan ke-2" for an index, or
// "keputusan rakor-1/K02" for an id.
func item(s segment, lang string) string {
	noun, ok := nouns[s.name]
	if !ok {
		noun = Text{s.name, s.name}
	}
	n, err := strconv.Atoi(s.index)
	if err != nil {
		return noun.In(lang) + " " + s.index
	}
	if lang == EN {
		return fmt.Sprintf("%s %d", noun.EN, n+1)
	}
	return fmt.Sprintf("%s ke-%d", noun.ID, n+1)
}
