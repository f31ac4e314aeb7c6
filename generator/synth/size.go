package synth

import "fmt"

// Size says how much content to make.
type Size struct {
	Name      string
	Provinces []string // province codes to include; nil for all 38
	Detail    int      // multiplies budget lines and meetings per region
}

// Sizes are the named sizes, smallest first.
var Sizes = []Size{
	{Name: "province", Provinces: []string{"36"}, Detail: 1},
	{Name: "national", Detail: 1},
	{Name: "x10", Detail: 10},
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

// Per-region counts at Detail 1; the figures.
const (
	linesPerYear      = 30
	meetingsPerRegion = 8
	indicatorYears    = 5
	firstYear         = 2023 // budget years firstYear and firstYear+1
)
