package view

import "github.com/tkpkd/tkpkd/generator/model"

// MainStage is the stage a year's breakdowns (by agency, by strategy, year
// on year) show, on the year page and in the year brief alike: the latest
// stage of the cycle that has lines. ok is false when the year has none.
func MainStage(y *model.BudgetYear) (st model.Stage, ok bool) {
	for _, s := range y.Stages() {
		if len(y.LinesAt(s)) > 0 {
			st = s
		}
	}
	return st, st != ""
}

// Frameworks returns the strategy frameworks a year is broken down by, in
// site order: those in force during the year (a framework whose valid
// period ended before the year began, or starts after it ended, is not
// used for it) that at least one of the year's lines at the stage is
// tagged with.
func Frameworks(s *model.Site, y *model.BudgetYear, st model.Stage) []*model.Framework {
	var out []*model.Framework
	for _, f := range s.Frameworks {
		if v := f.Valid; v != nil && ((!v.To.IsZero() && v.To.Year < y.Year) || (!v.From.IsZero() && v.From.Year > y.Year)) {
			continue
		}
		for _, l := range y.LinesAt(st) {
			if l.StrategyIn(f.ID) != "" {
				out = append(out, f)
				break
			}
		}
	}
	return out
}

// FirstOverdue is how many overdue decisions a list shows (the home page,
// a meeting brief) before it says how many more the open data holds: a
// national site has thousands.
const FirstOverdue = 30

// First splits a list of decisions into those shown and how many are left.
func First(ds []*model.Decision) (shown []*model.Decision, more int) {
	if len(ds) <= FirstOverdue {
		return ds, 0
	}
	return ds[:FirstOverdue:FirstOverdue], len(ds) - FirstOverdue
}

// OwnSummaries are the stated totals of a year that speak for the site as
// a whole: those of the site's own region. A province's year also holds
// every regency's totals, which belong on the year page, not in the key
// figures; a national site (no region) has no single stated total.
func OwnSummaries(s *model.Site, y *model.BudgetYear) []*model.Summary {
	if s.Config.Region == "" {
		return nil
	}
	var out []*model.Summary
	for _, sm := range y.Summaries {
		if sm.Region == s.Config.Region {
			out = append(out, sm)
		}
	}
	return out
}
