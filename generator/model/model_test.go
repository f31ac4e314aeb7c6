package model

import "testing"

func TestParseDate(t *testing.T) {
	t.Parallel()
	good := map[string]Date{"2023-12-07": {2023, 12, 7}, "2024-02-29": {2024, 2, 29}}
	for in, want := range good {
		got, err := ParseDate(in)
		if err != nil || got != want || got.String() != in {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"2023-02-29", "2023-02-30", "2024-1-5", "15-01-2024", "2024-13-01", "", "2024-01-01T00:00:00Z"} {
		if _, err := ParseDate(in); err == nil {
			t.Errorf("ParseDate(%q) accepted; want an error", in)
		}
	}
	if got := (Date{2023, 12, 7}).Time().Weekday().String(); got != "Thursday" {
		t.Errorf("2023-12-07 is a %s; want Thursday (the seed article's Kamis)", got)
	}
}

func TestPeriodOrder(t *testing.T) {
	t.Parallel()
	in := []string{"2022", "2023-03", "2023-Q3", "2023", "2024-03"}
	var ps []Period
	for _, s := range in {
		p, err := ParsePeriod(s)
		if err != nil || p.String() != s {
			t.Fatalf("ParsePeriod(%q) = %v, %v", s, p, err)
		}
		ps = append(ps, p)
	}
	for i := 1; i < len(ps); i++ {
		if !ps[i-1].Less(ps[i]) || ps[i].Less(ps[i-1]) {
			t.Errorf("%s should sort before %s", ps[i-1], ps[i])
		}
	}
	for _, bad := range []string{"23", "2023-Q5", "2023-00", "2023-1", "+2023", "2023-Q", "abcd"} {
		if _, err := ParsePeriod(bad); err == nil {
			t.Errorf("ParsePeriod(%q) accepted", bad)
		}
	}
}

func TestAggregates(t *testing.T) {
	t.Parallel()
	y := &BudgetYear{Year: 2024, Lines: []*Line{
		{ID: "a", Stage: RKA, Agency: "dinsos", Amount: 100, Strategy: "inpres/beban"},
		{ID: "b", Stage: RKA, Agency: "dprkp", Amount: 300, Programme: "banten/pokok"},
		{ID: "c", Stage: RKA, Agency: "dinsos", Amount: 50, Strategy: "inpres/beban"},
		{ID: "d", Stage: APBD, Agency: "dinsos", Amount: 7},
	}}
	if got := y.Total(RKA); got != 450 {
		t.Errorf("Total(rka) = %d, want 450 (stages never mixed)", got)
	}
	by := y.ByAgency(RKA)
	if len(by) != 2 || by[0] != (Amount{"dprkp", 300, 1}) || by[1] != (Amount{"dinsos", 150, 2}) {
		t.Errorf("ByAgency = %v", by)
	}
	st := y.ByStrategy(RKA, "inpres")
	if len(st) != 2 || st[0] != (Amount{"", 300, 1}) || st[1] != (Amount{"inpres/beban", 150, 2}) {
		t.Errorf("ByStrategy = %v", st)
	}
	if got := y.Stages(); len(got) != 2 || got[0] != RKA || got[1] != APBD {
		t.Errorf("Stages = %v, want cycle order rka, apbd", got)
	}
}

func TestSummaryChecks(t *testing.T) {
	t.Parallel()
	s := &Summary{Amount: 1_700_000_000_000, Precision: 100_000_000_000, AgenciesCount: &AgenciesCount{OPD: 9, UPTD: 9}}
	s.Check = Reconciliation{Itemised: true, Sum: 1_750_000_000_000, Diff: 50_000_000_000, OPD: 9, UPTD: 9}
	if !s.AmountOK() || !s.CountsOK() {
		t.Error("a difference of exactly half the precision must reconcile")
	}
	s.Check.Diff = 50_000_000_001
	if s.AmountOK() {
		t.Error("a difference over half the precision must not reconcile")
	}
	s.Check.UPTD = 8
	if s.CountsOK() {
		t.Error("8 UPTD against a stated 9 must not match")
	}
	s.Check = Reconciliation{}
	if !s.AmountOK() || !s.CountsOK() {
		t.Error("a summary that is not itemised is not reconciled")
	}
}

func TestDecisionStatus(t *testing.T) {
	t.Parallel()
	d := &Decision{ID: "rakor-1/K02", Current: Berjalan, Overdue: true}
	if d.Shown() != Terlambat || d.Number() != "K02" {
		t.Errorf("Shown %s, Number %s", d.Shown(), d.Number())
	}
	if !Selesai.Closed() || !Dibatalkan.Closed() || Berjalan.Closed() {
		t.Error("Closed is wrong")
	}
}
