package validate_test

import (
	"strings"
	"testing"

	"github.com/tkpkd/tkpkd/generator/diag"
)

// A summary whose lines are still being collected (lines: partial) is not
// reconciled: it warns how much is itemised, so --strict refuses it, and a
// sum over the stated amount is still an error.
func TestPartialBreakdown(t *testing.T) {
	t.Parallel()
	// l2 (Rp650 miliar) is not in yet: the lines add up to Rp1,08 triliun.
	partial := with("allocations/2024.yaml", "    approximate: true\n", "    approximate: true\n    lines: partial\n")
	partial["allocations/2024.yaml"] = strings.Replace(partial["allocations/2024.yaml"], "    amount: 650000000000\n", "    amount: 0\n", 1)
	site, problems := check(partial)
	if problems.HasErrors() {
		t.Fatalf("a partial breakdown below the stated total is not an error, got:\n%v", problems)
	}
	if problems.Warnings() != 1 || !strings.Contains(problems[0].String(), "allocations/2024.yaml:8:12:") || problems[0].Severity != diag.Warning {
		t.Errorf("want one warning at the lines key (line 8), got:\n%v", problems)
	}
	s := site.Years[0].Summaries[0]
	if !s.Partial || !s.AmountOK() || !s.CountsOK() {
		t.Errorf("summary: partial %v, amount ok %v, counts ok %v; want all true", s.Partial, s.AmountOK(), s.CountsOK())
	}

	over := with("allocations/2024.yaml", "    approximate: true\n", "    approximate: true\n    lines: partial\n")
	over["allocations/2024.yaml"] = strings.Replace(over["allocations/2024.yaml"], "    amount: 650000000000\n", "    amount: 900000000000\n", 1)
	if _, problems := check(over); problems.Errors() != 1 {
		t.Errorf("lines over the stated total are an error even when partial, got:\n%v", problems)
	}

	bad := with("allocations/2024.yaml", "    approximate: true\n", "    approximate: true\n    lines: sebagian\n")
	if _, problems := check(bad); problems.Errors() != 1 || !strings.Contains(problems[0].String(), "allocations/2024.yaml:8:12:") {
		t.Errorf("an unknown lines value is one error at its line, got:\n%v", problems)
	}
}
