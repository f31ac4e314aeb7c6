package load

import (
	"strings"
	"unicode"

	"github.com/tkpkd/tkpkd/generator/diag"
)

// Candidate is a value a suggestion may offer, with the name a person knows
// it by ("" when it has none), so the officer can judge the suggestion.
type Candidate struct{ Value, Name string }

// Suggest returns `; apakah maksudnya "x" (Name)?` when exactly one
// candidate is close to got, so a misspelt id points at its fix; nothing
// when the match is doubtful, since accepting a wrong suggestion would
// silently move a record (money, a decision) to another agency.
func Suggest(got string, candidates []Candidate) diag.Text {
	vals := make([]string, len(candidates))
	for i, c := range candidates {
		vals[i] = c.Value
	}
	best := closest(got, vals)
	if best == "" {
		return diag.Text{}
	}
	for _, c := range candidates {
		if c.Value == best && c.Name != "" && c.Name != best {
			return diag.T("; apakah maksudnya %q (%s)?", "; did you mean %q (%s)?", best, c.Name)
		}
	}
	return diag.T("; apakah maksudnya %q?", "; did you mean %q?", best)
}

// suggest offers one of a short fixed list (field names, allowed values,
// folder names): any close match helps there, and none moves a record.
func suggest(got string, candidates []string) diag.Text {
	if best := nearest(got, candidates); best != "" {
		return diag.T("; apakah maksudnya %q?", "; did you mean %q?", best)
	}
	return diag.Text{}
}

// nearest returns the candidate closest to got within a few edits for its
// length, or "".
func nearest(got string, candidates []string) string {
	best, bestD := "", 1<<30
	for _, c := range candidates {
		if d := distance(got, c); d < bestD {
			best, bestD = c, d
		}
	}
	limit := 1
	switch n := len([]rune(got)); {
	case n > 8:
		limit = 3
	case n > 4:
		limit = 2
	}
	if best == "" || bestD > limit || bestD >= len([]rune(got)) {
		return ""
	}
	return best
}

// closest returns the one candidate close to got, or "" when none is or
// when two are equally close.
func closest(got string, candidates []string) string {
	best, bestD, tie := "", 1<<30, false
	for _, c := range candidates {
		if c == got || !close(got, c) {
			continue
		}
		d := distance(got, c)
		switch {
		case d < bestD:
			best, bestD, tie = c, d, false
		case d == bestD:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// close judges a match relative to the part of the ids that differs: ids
// share prefixes ("banten-"), and "banten-dinsos" is not a typo of
// "banten-dinkes" even though only two letters differ. Nor is a number a
// typo of another number ("36.01", "rakor/K02"): those name real records.
func close(a, b string) bool {
	ra, rb := distinct(a, b)
	if onlyDigitsDiffer(ra, rb) {
		return false
	}
	d := distance(ra, rb)
	l := max(len([]rune(ra)), len([]rune(rb)))
	switch {
	case d == 0 || d >= l:
		return false
	case d == 1:
		return l >= 3
	case d == 2:
		return l >= 8
	case d == 3:
		return l >= 14
	}
	return false
}

// distinct drops the segments (up to a '-', '_', '.' or '/') that a and b
// share at their start.
func distinct(a, b string) (string, string) {
	cut := 0
	for i := 0; i < len(a) && i < len(b) && a[i] == b[i]; i++ {
		if strings.IndexByte("-_./", a[i]) >= 0 {
			cut = i + 1
		}
	}
	return a[cut:], b[cut:]
}

func onlyDigitsDiffer(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	strip := func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsDigit(r) {
				return -1
			}
			return r
		}, s)
	}
	return strip(a) == strip(b)
}

// distance is the edit distance counting a swap of two neighbouring
// letters as one edit (optimal string alignment), on runes, capped at 64
// runes per side so an enormous key cannot make the checker slow.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 {
		ra = ra[:64]
	}
	if len(rb) > 64 {
		rb = rb[:64]
	}
	// Three rows of the table: the one before the previous is needed for swaps.
	pp, prev, cur := make([]int, len(rb)+1), make([]int, len(rb)+1), make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], pp[j-2]+1)
			}
		}
		pp, prev, cur = prev, cur, pp
	}
	return prev[len(rb)]
}
