package view

import (
	"sort"

	"github.com/tkpkd/tkpkd/generator/model"
)

// Index holds the lookups every page and brief of one build shares, built
// once so that a page or brief per agency or region costs the same on a
// national site (16,000 agencies) as on Banten's: the model's own helpers
// scan the whole site on every call.
type Index struct {
	LinesOf    map[string][]*model.Line     // by agency, in site order (year, stage, ...)
	LinesIn    map[string][]*model.Line     // by location region code, in site order
	OwnedBy    map[string][]*model.Decision // by owner or co-owner, in meeting order
	UnitsOf    map[string][]*model.Agency   // UPTDs by parent agency
	AgenciesIn map[string][]*model.Agency   // by region
	ChildrenOf map[string][]*model.Region   // by parent region
	Obs        map[[2]string][]*model.Observation
	// MeetingRegions is model.Site.MeetingRegions of each meeting (nil: all).
	MeetingRegions map[*model.Meeting]map[string]bool
	// DecisionsIn lists decisions by the region of their owner or a
	// co-owner, in meeting order.
	DecisionsIn map[string][]*model.Decision
	MeetingAt   map[string]int // meeting id -> its place in site order
}

// NewIndex builds the lookups of a checked site.
func NewIndex(s *model.Site) *Index {
	x := &Index{
		LinesOf: map[string][]*model.Line{}, LinesIn: map[string][]*model.Line{},
		OwnedBy: map[string][]*model.Decision{}, UnitsOf: map[string][]*model.Agency{},
		AgenciesIn: map[string][]*model.Agency{}, ChildrenOf: map[string][]*model.Region{},
		Obs:            map[[2]string][]*model.Observation{},
		MeetingRegions: map[*model.Meeting]map[string]bool{},
		DecisionsIn:    map[string][]*model.Decision{},
		MeetingAt:      map[string]int{},
	}
	for _, y := range s.Years {
		for _, l := range y.Lines {
			x.LinesOf[l.Agency] = append(x.LinesOf[l.Agency], l)
			seen := map[string]bool{}
			for _, loc := range l.Locations {
				if !seen[loc] {
					seen[loc] = true
					x.LinesIn[loc] = append(x.LinesIn[loc], l)
				}
			}
		}
	}
	for i, m := range s.Meetings {
		x.MeetingAt[m.ID] = i
		x.MeetingRegions[m] = s.MeetingRegions(m)
		for _, d := range m.Decisions {
			inRegion := map[string]bool{}
			for _, o := range append([]string{d.Owner}, d.CoOwners...) {
				if r := s.OwnerRegion(o); r != "" && !inRegion[r] {
					inRegion[r] = true
					x.DecisionsIn[r] = append(x.DecisionsIn[r], d)
				}
			}
			seen := map[string]bool{}
			for _, o := range append([]string{d.Owner}, d.CoOwners...) {
				if !seen[o] {
					seen[o] = true
					x.OwnedBy[o] = append(x.OwnedBy[o], d)
				}
			}
		}
	}
	for _, a := range s.Agencies {
		x.AgenciesIn[a.Region] = append(x.AgenciesIn[a.Region], a)
		if a.Parent != "" {
			x.UnitsOf[a.Parent] = append(x.UnitsOf[a.Parent], a)
		}
	}
	for _, r := range s.Regions {
		if r.Parent != "" {
			x.ChildrenOf[r.Parent] = append(x.ChildrenOf[r.Parent], r)
		}
	}
	for _, o := range s.Observations {
		k := [2]string{o.Indicator, o.Region}
		x.Obs[k] = append(x.Obs[k], o)
	}
	return x
}

// Overlap reports whether two meetings' region sets share a region; nil
// stands for every region.
func Overlap(a, b map[string]bool) bool {
	if a == nil || b == nil {
		return true
	}
	for r := range a {
		if b[r] {
			return true
		}
	}
	return false
}

// OverdueIn returns the overdue decisions owned or shared by the regions
// given (by the region itself or one of its agencies; nil: every region),
// each once, in the one order overdue decisions are listed everywhere:
// earliest due first, then by id (model.SortOverdue).
func (x *Index) OverdueIn(s *model.Site, regions map[string]bool) []*model.Decision {
	if regions == nil {
		return s.Overdue()
	}
	codes := make([]string, 0, len(regions))
	for r := range regions {
		codes = append(codes, r)
	}
	sort.Strings(codes)
	seen := map[*model.Decision]bool{}
	var out []*model.Decision
	for _, r := range codes {
		for _, d := range x.DecisionsIn[r] {
			if d.Overdue && !seen[d] {
				seen[d] = true
				out = append(out, d)
			}
		}
	}
	model.SortOverdue(out)
	return out
}

// IndicatorsIn returns the indicators observed in a region, in file order.
func (x *Index) IndicatorsIn(s *model.Site, region string) []*model.Indicator {
	var out []*model.Indicator
	for _, d := range s.Indicators {
		if len(x.Obs[[2]string{d.ID, region}]) > 0 {
			out = append(out, d)
		}
	}
	return out
}
