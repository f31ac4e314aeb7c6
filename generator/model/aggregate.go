package model

import "sort"

// Amount is a labelled total: an agency's, a strategy item's, a region's.
type Amount struct {
	Key    string // agency id, item reference, region code, or "" for unassigned
	Amount Money
	Lines  int
}

// Stages returns the stages that have lines or summaries in the year, in cycle order.
func (y *BudgetYear) Stages() []Stage {
	seen := map[Stage]bool{}
	for _, l := range y.Lines {
		seen[l.Stage] = true
	}
	for _, s := range y.Summaries {
		seen[s.Stage] = true
	}
	var out []Stage
	for _, s := range Stages {
		if seen[s] {
			out = append(out, s)
		}
	}
	return out
}

// LinesAt returns the year's lines of one stage, in the year's order.
func (y *BudgetYear) LinesAt(stage Stage) []*Line {
	var out []*Line
	for _, l := range y.Lines {
		if l.Stage == stage {
			out = append(out, l)
		}
	}
	return out
}

// Total returns the sum of the year's lines at one stage. Stages are never
// mixed: each stage is a different moment of the same money.
func (y *BudgetYear) Total(stage Stage) Money {
	var t Money
	for _, l := range y.Lines {
		if l.Stage == stage {
			t += l.Amount
		}
	}
	return t
}

// SummariesAt returns the year's stated totals at one stage.
func (y *BudgetYear) SummariesAt(stage Stage) []*Summary {
	var out []*Summary
	for _, s := range y.Summaries {
		if s.Stage == stage {
			out = append(out, s)
		}
	}
	return out
}

// ByAgency totals one stage's lines per agency, largest first (ties by id).
func (y *BudgetYear) ByAgency(stage Stage) []Amount {
	return group(y.LinesAt(stage), func(l *Line) []string { return []string{l.Agency} })
}

// ByStrategy totals one stage's lines per strategy item of a framework,
// following a line's Strategy or Programme, whichever is in the framework.
// Lines with neither are totalled under the empty key.
func (y *BudgetYear) ByStrategy(stage Stage, framework string) []Amount {
	return group(y.LinesAt(stage), func(l *Line) []string { return []string{l.StrategyIn(framework)} })
}

// StrategyIn returns the item of a framework a line is grouped under: its
// Strategy or its Programme, whichever is in the framework, or "" for
// neither.
func (l *Line) StrategyIn(framework string) string {
	for _, ref := range []string{l.Strategy, l.Programme} {
		if f, _, ok := SplitRef(ref); ok && f == framework {
			return ref
		}
	}
	return ""
}

func group(lines []*Line, keys func(*Line) []string) []Amount {
	idx := map[string]int{}
	var out []Amount
	for _, l := range lines {
		for _, k := range keys(l) {
			i, ok := idx[k]
			if !ok {
				i = len(out)
				idx[k] = i
				out = append(out, Amount{Key: k})
			}
			out[i].Amount += l.Amount
			out[i].Lines++
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Amount != out[j].Amount {
			return out[i].Amount > out[j].Amount
		}
		return out[i].Key < out[j].Key
	})
	return out
}

// LinesIn returns every line of the site located in a region, oldest year first.
func (s *Site) LinesIn(region string) []*Line {
	var out []*Line
	for _, y := range s.Years {
		for _, l := range y.Lines {
			for _, loc := range l.Locations {
				if loc == region {
					out = append(out, l)
					break
				}
			}
		}
	}
	return out
}

// Overdue returns every overdue decision, earliest due date first.
func (s *Site) Overdue() []*Decision {
	var out []*Decision
	for _, m := range s.Meetings {
		for _, d := range m.Decisions {
			if d.Overdue {
				out = append(out, d)
			}
		}
	}
	SortOverdue(out)
	return out
}

// SortOverdue orders overdue decisions as every list of them reads: the
// earliest due first, then by id.
func SortOverdue(ds []*Decision) {
	sort.SliceStable(ds, func(i, j int) bool {
		if c := ds[i].Due.Compare(ds[j].Due); c != 0 {
			return c < 0
		}
		return ds[i].ID < ds[j].ID
	})
}

// ObservationsOf returns the observations of one indicator in one region,
// in period order.
func (s *Site) ObservationsOf(indicator, region string) []*Observation {
	var out []*Observation
	for _, o := range s.Observations {
		if o.Indicator == indicator && o.Region == region {
			out = append(out, o)
		}
	}
	return out
}

// OwnerRegion returns the region an owner belongs to: the owner itself when
// it is a region code, an agency's region, or "" when it is neither.
func (s *Site) OwnerRegion(owner string) string {
	if a := s.Agency(owner); a != nil {
		return a.Region
	}
	if s.Region(owner) != nil {
		return owner
	}
	return ""
}

// MeetingRegions returns the regions a meeting concerns: its participating
// regions, the regions of its participating agencies and of the owners of
// its decisions. A meeting that names none concerns every region (nil).
// Reports use it to show a meeting only the figures and decisions of its
// own world, which also keeps a national site's meeting briefs small.
func (s *Site) MeetingRegions(m *Meeting) map[string]bool {
	out := map[string]bool{}
	for _, r := range m.Participants.Regions {
		out[r] = true
	}
	for _, a := range m.Participants.Agencies {
		if r := s.OwnerRegion(a); r != "" {
			out[r] = true
		}
	}
	for _, d := range m.Decisions {
		for _, o := range append([]string{d.Owner}, d.CoOwners...) {
			if r := s.OwnerRegion(o); r != "" {
				out[r] = true
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
