package view

import (
	"sort"

	"github.com/tkpkd/tkpkd/generator/model"
)

// Near returns the closest meeting before (step -1) or after (+1) the
// meeting at index i of the site's meetings that concerns a region meeting i
// concerns, or nil: on a national site the meeting held just before is
// usually another province's.
func (x *Index) Near(s *model.Site, i, step int) *model.Meeting {
	ms := s.Meetings
	for j := i + step; j >= 0 && j < len(ms); j += step {
		if Overlap(x.MeetingRegions[ms[i]], x.MeetingRegions[ms[j]]) {
			return ms[j]
		}
	}
	return nil
}

// Concerning returns the decisions owned or shared in m's regions (every
// decision when m names none), in meeting order, then by id, each once.
func (x *Index) Concerning(s *model.Site, m *model.Meeting) []*model.Decision {
	regions := x.MeetingRegions[m]
	if regions == nil {
		var all []*model.Decision
		for _, mm := range s.Meetings {
			all = append(all, mm.Decisions...)
		}
		return all
	}
	seen := map[*model.Decision]bool{}
	var out []*model.Decision
	for r := range regions {
		for _, d := range x.DecisionsIn[r] {
			if !seen[d] {
				seen[d] = true
				out = append(out, d)
			}
		}
	}
	// Map order above: restore the site's meeting order, then the id.
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if x.MeetingAt[a.Meeting] != x.MeetingAt[b.Meeting] {
			return x.MeetingAt[a.Meeting] < x.MeetingAt[b.Meeting]
		}
		return a.ID < b.ID
	})
	return out
}

// OverdueBefore returns the decisions of meetings held before m that
// concern m's regions and are overdue now, in the overdue order.
func (x *Index) OverdueBefore(s *model.Site, m *model.Meeting) []*model.Decision {
	var out []*model.Decision
	for _, d := range x.OverdueIn(s, x.MeetingRegions[m]) {
		if om := s.Meeting(d.Meeting); om != nil && om.Date.Before(m.Date) {
			out = append(out, d)
		}
	}
	return out
}

// Report is a status change a meeting recorded on an earlier decision.
type Report struct {
	Decision *model.Decision
	Was, Now model.Status
	Note     string
}

// Changes is what moved between two meetings of the same regions.
type Changes struct {
	Reports []Report          // the follow-ups the later meeting recorded, with the status before
	NowLate []*model.Decision // decisions that fell due in between and were not closed by then
}

// Between lists what moved from prev to m: the follow-ups m recorded, and
// the earlier decisions concerning m's regions that fell due between the
// two meetings without being closed by m's date.
func (x *Index) Between(s *model.Site, prev, m *model.Meeting) Changes {
	var c Changes
	for _, f := range m.FollowUps {
		d := s.Decision(f.Decision)
		if d == nil {
			continue
		}
		was := d.Status
		for _, g := range d.FollowUps {
			if g == f {
				break
			}
			was = g.Status
		}
		c.Reports = append(c.Reports, Report{Decision: d, Was: was, Now: f.Status, Note: f.Note})
	}
	for _, d := range x.Concerning(s, m) {
		earlier := s.Meeting(d.Meeting)
		if earlier == nil || !earlier.Date.Before(m.Date) {
			continue
		}
		if d.Due.IsZero() || d.Due.Before(prev.Date) || !d.Due.Before(m.Date) || StatusAt(d, m.Date).Closed() {
			continue
		}
		c.NowLate = append(c.NowLate, d)
	}
	return c
}

// StatusAt is a decision's status as known on a date: its latest follow-up
// dated on or before it, or its own status.
func StatusAt(d *model.Decision, on model.Date) model.Status {
	s := d.Status
	for _, f := range d.FollowUps {
		if !f.AsOf.After(on) {
			s = f.Status
		}
	}
	return s
}

// YearsAround returns the budget years of the meeting's year and the next,
// the figures a rakor discusses, with only the stated totals of the
// meeting's regions.
func (x *Index) YearsAround(s *model.Site, m *model.Meeting) []*model.BudgetYear {
	regions := x.MeetingRegions[m]
	var out []*model.BudgetYear
	for _, y := range s.Years {
		if y.Year != m.Date.Year && y.Year != m.Date.Year+1 {
			continue
		}
		shown := &model.BudgetYear{Year: y.Year, Files: y.Files}
		for _, s := range y.Summaries {
			if regions == nil || regions[s.Region] {
				shown.Summaries = append(shown.Summaries, s)
			}
		}
		out = append(out, shown)
	}
	return out
}
