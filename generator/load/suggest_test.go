package load

import "testing"

// A suggestion is made only when the part of the ids that differs is
// close; a sibling record with a similar id is never offered, since
// accepting it would move money or a decision to another agency.
func TestSuggest(t *testing.T) {
	t.Parallel()
	agencies := []Candidate{
		{"banten-dinkes", "Dinas Kesehatan"},
		{"banten-dinsos", "Dinas Sosial"},
		{"banten-dpmd", "DPMD"},
		{"banten-bappeda", ""},
	}
	for _, tc := range []struct{ got, want string }{
		{"banten-dinso", `; apakah maksudnya "banten-dinsos" (Dinas Sosial)?`},
		{"banten-dinkess", `; apakah maksudnya "banten-dinkes" (Dinas Kesehatan)?`},
		{"banten-dinkse", `; apakah maksudnya "banten-dinkes" (Dinas Kesehatan)?`}, // two letters swapped
		{"banten-bapeda", `; apakah maksudnya "banten-bappeda"?`},
		{"banten-dinsosial", ""}, // renamed, not misspelt
		{"banten-bpbd", ""},      // another agency, not banten-dpmd
		{"banten-diskes", `; apakah maksudnya "banten-dinkes" (Dinas Kesehatan)?`}, // Diskes is a common short form
		{"banten-dinses", ""}, // as near dinkes as dinsos: no guess
		{"x", ""},
	} {
		if got := Suggest(tc.got, agencies).ID; got != tc.want {
			t.Errorf("Suggest(%q) = %q; want %q", tc.got, got, tc.want)
		}
	}
	regions := []Candidate{{"36.01", "Kabupaten Pandeglang"}, {"36.02", "Kabupaten Lebak"}}
	if got := Suggest("36.03", regions); got.ID != "" {
		t.Errorf("a region code differing in digits got a suggestion: %q", got.ID)
	}
	if got := Suggest("rakor-1/K03", []Candidate{{"rakor-1/K01", ""}, {"rakor-1/K02", ""}}); got.ID != "" {
		t.Errorf("a decision number got a suggestion: %q", got.ID)
	}
}

func TestHints(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in, fix string
		rounded bool
	}{
		{"Rp 1.700.000.000", "1700000000", false},
		{"Rp1.700.000.000,00", "1700000000", false},
		{"1,7 triliun", "1700000000000", true},
		{"75 juta", "75000000", true},
		{"Rp 790,3 miliar", "790300000000", true},
		{"2,200,000", "2200000", false},
	} {
		fix, rounded, ok := moneyHint(tc.in)
		if !ok || fix != tc.fix || rounded != tc.rounded {
			t.Errorf("moneyHint(%q) = %q, %v, %v; want %q, %v", tc.in, fix, rounded, ok, tc.fix, tc.rounded)
		}
	}
	if _, _, ok := moneyHint("sekitar satu triliun"); ok {
		t.Error("moneyHint read words as an amount")
	}
	for in, want := range map[string]string{
		"30/06/2024": "2024-06-30", "20 Maret 2024": "2024-03-20", "Kamis, 7 Desember 2023": "2023-12-07",
		"2024-6-5": "2024-06-05", "7 Agt 2024": "2024-08-07", "31/02/2024": "", "Maret 2024": "",
	} {
		got, ok := dateHint(in)
		if got != want || ok != (want != "") {
			t.Errorf("dateHint(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}
