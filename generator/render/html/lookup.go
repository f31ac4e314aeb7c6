package html

import "github.com/tkpkd/tkpkd/generator/model"

// lookups are built once per Render so that a page per agency or region
// costs the same on a national site (16,000 agencies) as on Banten's: the
// model's own helpers scan the whole site on every call.
type lookups struct {
	linesOf    map[string][]*model.Line     // by agency, in site order (year, stage, ...)
	linesIn    map[string][]*model.Line     // by location region code, in site order
	ownedBy    map[string][]*model.Decision // by owner or co-owner, in meeting order
	unitsOf    map[string][]*model.Agency   // UPTDs by parent agency
	agenciesIn map[string][]*model.Agency   // by region
	childrenOf map[string][]*model.Region   // by parent region
	obs        map[[2]string][]*model.Observation
	// meetingRegions is model.Site.MeetingRegions of each meeting (nil: all).
	meetingRegions map[*model.Meeting]map[string]bool
	// decisionsIn lists decisions by the region of their owner or a
	// co-owner, in meeting order.
	decisionsIn map[string][]*model.Decision
	meetingAt   map[string]int // meeting id -> its place in site order
}

func newLookups(s *model.Site) *lookups {
	x := &lookups{
		linesOf: map[string][]*model.Line{}, linesIn: map[string][]*model.Line{},
		ownedBy: map[string][]*model.Decision{}, unitsOf: map[string][]*model.Agency{},
		agenciesIn: map[string][]*model.Agency{}, childrenOf: map[string][]*model.Region{},
		obs:            map[[2]string][]*model.Observation{},
		meetingRegions: map[*model.Meeting]map[string]bool{},
		decisionsIn:    map[string][]*model.Decision{},
		meetingAt:      map[string]int{},
	}
	for _, y := range s.Years {
		for _, l := range y.Lines {
			x.linesOf[l.Agency] = append(x.linesOf[l.Agency], l)
			seen := map[string]bool{}
			for _, loc := range l.Locations {
				if !seen[loc] {
					seen[loc] = true
					x.linesIn[loc] = append(x.linesIn[loc], l)
				}
			}
		}
	}
	for i, m := range s.Meetings {
		x.meetingAt[m.ID] = i
		x.meetingRegions[m] = s.MeetingRegions(m)
		for _, d := range m.Decisions {
			inRegion := map[string]bool{}
			for _, o := range append([]string{d.Owner}, d.CoOwners...) {
				if r := s.OwnerRegion(o); r != "" && !inRegion[r] {
					inRegion[r] = true
					x.decisionsIn[r] = append(x.decisionsIn[r], d)
				}
			}
			seen := map[string]bool{}
			for _, o := range append([]string{d.Owner}, d.CoOwners...) {
				if !seen[o] {
					seen[o] = true
					x.ownedBy[o] = append(x.ownedBy[o], d)
				}
			}
		}
	}
	for _, a := range s.Agencies {
		x.agenciesIn[a.Region] = append(x.agenciesIn[a.Region], a)
		if a.Parent != "" {
			x.unitsOf[a.Parent] = append(x.unitsOf[a.Parent], a)
		}
	}
	for _, r := range s.Regions {
		if r.Parent != "" {
			x.childrenOf[r.Parent] = append(x.childrenOf[r.Parent], r)
		}
	}
	for _, o := range s.Observations {
		k := [2]string{o.Indicator, o.Region}
		x.obs[k] = append(x.obs[k], o)
	}
	return x
}

// overlap reports whether two meetings' region sets share a region; nil
// stands for every region.
func overlap(a, b map[string]bool) bool {
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
