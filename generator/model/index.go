package model

// index holds lookups by id. Maps are used only to find things, never to
// produce output, so their order cannot leak into a page or a PDF.
type index struct {
	sources    map[string]*Source
	regions    map[string]*Region
	agencies   map[string]*Agency
	frameworks map[string]*Framework
	items      map[string]*Item
	indicators map[string]*Indicator
	meetings   map[string]*Meeting
	decisions  map[string]*Decision
}

// Index builds the lookups. validate calls it once the slices are final;
// a test that builds a Site by hand calls it too.
func (s *Site) Index() {
	x := index{
		sources:    map[string]*Source{},
		regions:    map[string]*Region{},
		agencies:   map[string]*Agency{},
		frameworks: map[string]*Framework{},
		items:      map[string]*Item{},
		indicators: map[string]*Indicator{},
		meetings:   map[string]*Meeting{},
		decisions:  map[string]*Decision{},
	}
	for _, v := range s.Sources {
		x.sources[v.ID] = v
	}
	for _, v := range s.Regions {
		x.regions[v.Code] = v
	}
	for _, v := range s.Agencies {
		x.agencies[v.ID] = v
	}
	for _, f := range s.Frameworks {
		x.frameworks[f.ID] = f
		for _, it := range f.Items {
			x.items[it.Ref()] = it
		}
	}
	for _, v := range s.Indicators {
		x.indicators[v.ID] = v
	}
	for _, m := range s.Meetings {
		x.meetings[m.ID] = m
		for _, d := range m.Decisions {
			x.decisions[d.ID] = d
		}
	}
	s.index = x
}

// Source returns the source with the given id, or nil.
func (s *Site) Source(id string) *Source { return s.index.sources[id] }

// Region returns the region with the given code, or nil.
func (s *Site) Region(code string) *Region { return s.index.regions[code] }

// Agency returns the agency with the given id, or nil.
func (s *Site) Agency(id string) *Agency { return s.index.agencies[id] }

// Framework returns the framework with the given id, or nil.
func (s *Site) Framework(id string) *Framework { return s.index.frameworks[id] }

// Item returns the strategy item for a "framework/item" reference, or nil.
func (s *Site) Item(ref string) *Item { return s.index.items[ref] }

// Indicator returns the indicator definition with the given id, or nil.
func (s *Site) Indicator(id string) *Indicator { return s.index.indicators[id] }

// Meeting returns the meeting with the given id, or nil.
func (s *Site) Meeting(id string) *Meeting { return s.index.meetings[id] }

// Decision returns the decision with the given id, or nil.
func (s *Site) Decision(id string) *Decision { return s.index.decisions[id] }

// Year returns the budget year, or nil.
func (s *Site) Year(y int) *BudgetYear {
	for _, b := range s.Years {
		if b.Year == y {
			return b
		}
	}
	return nil
}

// OwnerName returns the display name of a decision owner: an agency's
// short name or a region's name; the raw value if it is neither.
func (s *Site) OwnerName(owner string) string {
	if a := s.Agency(owner); a != nil {
		return a.Label()
	}
	if r := s.Region(owner); r != nil {
		return r.Name
	}
	return owner
}
