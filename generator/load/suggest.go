package load

import "fmt"

// Suggest returns `; did you mean "x"?` when one of the candidates is close
// to got, so a misspelt key, id or enum value points at its fix.
func Suggest(got string, candidates []string) string { return suggest(got, candidates) }

func suggest(got string, candidates []string) string {
	best, bestD := "", 1<<30
	for _, c := range candidates {
		if d := distance(got, c); d < bestD {
			best, bestD = c, d
		}
	}
	limit := 1
	switch {
	case len(got) > 8:
		limit = 3
	case len(got) > 4:
		limit = 2
	}
	if best == "" || bestD > limit || bestD >= len(got) {
		return ""
	}
	return fmt.Sprintf(`; did you mean %q?`, best)
}

// distance is the Levenshtein edit distance, on runes, capped at 64 runes
// per side so an enormous key cannot make the checker slow.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 {
		ra = ra[:64]
	}
	if len(rb) > 64 {
		rb = rb[:64]
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
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
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
