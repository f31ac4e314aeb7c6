package view

import (
	"testing"

	"github.com/tkpkd/tkpkd/generator/model"
)

func TestYearChoices(t *testing.T) {
	t.Parallel()
	d := func(s string) model.Date {
		v, err := model.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	y := &model.BudgetYear{Year: 2024, Lines: []*model.Line{
		{Stage: model.RKA, Strategy: "old/a"},
		{Stage: model.APBD, Strategy: "now/a", Programme: "ended/b"},
		{Stage: model.APBD},
	}, Summaries: []*model.Summary{{Stage: model.APBDP}}}
	if st, ok := MainStage(y); !ok || st != model.APBD {
		t.Errorf("MainStage = %q, %v; want apbd (the latest stage with lines; a stated total alone does not count)", st, ok)
	}
	if _, ok := MainStage(&model.BudgetYear{Year: 2025}); ok {
		t.Error("MainStage of a year without lines is ok")
	}
	s := &model.Site{Frameworks: []*model.Framework{
		{ID: "old"}, // only RKA lines are tagged with it
		{ID: "now", Valid: &model.Validity{From: d("2023-01-01"), To: d("2026-12-31")}},
		{ID: "ended", Valid: &model.Validity{From: d("2020-01-01"), To: d("2023-12-31")}},
		{ID: "none"}, // no line at all
	}}
	var got []string
	for _, f := range Frameworks(s, y, model.APBD) {
		got = append(got, f.ID)
	}
	if len(got) != 1 || got[0] != "now" {
		t.Errorf("Frameworks = %v, want [now]: in force in 2024 and tagged at APBD", got)
	}
	ds := make([]*model.Decision, FirstOverdue+2)
	if shown, more := First(ds); len(shown) != FirstOverdue || more != 2 {
		t.Errorf("First = %d shown, %d more", len(shown), more)
	}
	if shown, more := First(ds[:2]); len(shown) != 2 || more != 0 {
		t.Errorf("First of a short list = %d shown, %d more", len(shown), more)
	}
}

func TestOwnSummaries(t *testing.T) {
	t.Parallel()
	own := &model.Summary{ID: "prov", Region: "53"}
	y := &model.BudgetYear{Year: 2024, Summaries: []*model.Summary{own, {ID: "kab", Region: "53.01"}}}
	if got := OwnSummaries(&model.Site{Config: model.Config{Region: "53"}}, y); len(got) != 1 || got[0] != own {
		t.Errorf("OwnSummaries of a province site = %v, want only the province's", got)
	}
	if got := OwnSummaries(&model.Site{}, y); got != nil {
		t.Errorf("OwnSummaries of a national site = %v, want none", got)
	}
}
