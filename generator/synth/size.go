package synth

import "fmt"

// Size says how much content to make.
type Size struct {
	Name      string
	Provinces []string // province codes to include; nil for all 38
	Core      bool     // only the 10 core agencies per region, not all 30
	Lines     int      // budget lines per region and year
	Meetings  int      // meetings per region over the two years
}

// Sizes are the named sizes, smallest first. national has the issue's
// figures; x10 has ten times its lines and meetings per region (agencies
// and indicators stay: each lives in one file, and ten times as many would
// pass the loader's 10 MiB limit per file). province is kept small so its
// full build stays quick under the race detector, for tests.
var Sizes = []Size{
	{Name: "province", Provinces: []string{"36"}, Core: true, Lines: 10, Meetings: 2},
	{Name: "national", Lines: 30, Meetings: 8},
	{Name: "x10", Lines: 300, Meetings: 80},
}

// ParseSize finds a named size.
func ParseSize(name string) (Size, error) {
	for _, s := range Sizes {
		if s.Name == name {
			return s, nil
		}
	}
	return Size{}, fmt.Errorf("unknown size %q (want province, national or x10)", name)
}

// National reports whether the size spans several provinces: such a site
// has no region of its own in site.yaml.
func (s Size) National() bool { return len(s.Provinces) != 1 }

const (
	indicatorYears = 5    // annual observations per region and indicator
	firstYear      = 2023 // budget years firstYear and firstYear+1
)
