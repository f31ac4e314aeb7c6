package validate

import (
	"sort"

	"github.com/tkpkd/tkpkd/generator/model"
)

// sortSite puts every slice in the order documented on model.Site. Every
// order ends in a key that cannot tie (an id, a code, a file position), so
// the output never depends on the order files were read.
func sortSite(s *model.Site) {
	sort.SliceStable(s.Sources, func(i, j int) bool { return s.Sources[i].ID < s.Sources[j].ID })
	sort.SliceStable(s.Regions, func(i, j int) bool { return s.Regions[i].Code < s.Regions[j].Code })
	sort.SliceStable(s.Agencies, func(i, j int) bool { return s.Agencies[i].ID < s.Agencies[j].ID })
	sort.SliceStable(s.Mappings, func(i, j int) bool {
		a, b := s.Mappings[i], s.Mappings[j]
		if a.From != b.From {
			return a.From < b.From
		}
		return a.To < b.To
	})
	sort.SliceStable(s.Years, func(i, j int) bool { return s.Years[i].Year < s.Years[j].Year })
	for _, y := range s.Years {
		sort.Strings(y.Files)
		sortSummaries(y.Summaries)
		sortLines(y.Lines)
	}
	sort.SliceStable(s.Observations, func(i, j int) bool {
		a, b := s.Observations[i], s.Observations[j]
		switch {
		case a.Indicator != b.Indicator:
			return a.Indicator < b.Indicator
		case a.Region != b.Region:
			return a.Region < b.Region
		case a.Period != b.Period:
			return a.Period.Less(b.Period)
		}
		return a.Method < b.Method
	})
	sort.SliceStable(s.Targets, func(i, j int) bool {
		a, b := s.Targets[i], s.Targets[j]
		switch {
		case a.Indicator != b.Indicator:
			return a.Indicator < b.Indicator
		case a.Region != b.Region:
			return a.Region < b.Region
		}
		return a.Year < b.Year
	})
	sort.SliceStable(s.Meetings, func(i, j int) bool {
		a, b := s.Meetings[i], s.Meetings[j]
		if c := a.Date.Compare(b.Date); c != 0 {
			return c < 0
		}
		return a.ID < b.ID
	})
	sort.SliceStable(s.Pages, func(i, j int) bool {
		a, b := s.Pages[i], s.Pages[j]
		switch {
		case a.Weight != b.Weight:
			return a.Weight < b.Weight
		case a.Name != b.Name:
			return a.Name < b.Name
		}
		return a.Lang < b.Lang
	})
}

func sortSummaries(list []*model.Summary) {
	sort.SliceStable(list, func(i, j int) bool {
		a, b := list[i], list[j]
		switch {
		case a.Stage != b.Stage:
			return model.StageOrder(a.Stage) < model.StageOrder(b.Stage)
		case a.Region != b.Region:
			return a.Region < b.Region
		}
		return a.ID < b.ID
	})
}

func sortLines(list []*model.Line) {
	sort.SliceStable(list, func(i, j int) bool {
		a, b := list[i], list[j]
		switch {
		case a.Stage != b.Stage:
			return model.StageOrder(a.Stage) < model.StageOrder(b.Stage)
		case a.Region != b.Region:
			return a.Region < b.Region
		case a.Agency != b.Agency:
			return a.Agency < b.Agency
		case a.Code != b.Code:
			return a.Code < b.Code
		}
		return a.ID < b.ID
	})
}
