package chart

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

// Value is one bar: a category label and its value.
type Value struct {
	Label string
	Value float64
}

// Series is one line: a name for the legend and its points. X and Y must
// have the same length; a NaN in Y is a missing observation (a gap).
type Series struct {
	Name string
	X    []float64
	Y    []float64
}

// Tick is a labelled position on the x axis of a line chart.
type Tick struct {
	Value float64
	Label string
}

// Break marks a change of method between two observations, drawn as a
// dashed vertical line with a short label.
type Break struct {
	X     float64
	Label string
}

// Bar is a horizontal bar chart, one bar per Value, in the given order.
type Bar struct {
	ID     string // unique in the page; SVG ids are ID+"-t" and ID+"-d"
	Title  string // the accessible name; the caller shows it as a caption
	Desc   string // a one-sentence summary of what the chart shows
	Bars   []Value
	Format func(float64) string // value and tick labels; nil means FormatNumber
	Width  int                  // pixels; 0 means 800
	Height int                  // pixels; 0 means sized to the number of bars
}

// Paired is a horizontal grouped bar chart comparing two sets of values, for
// example one year against another, for each group.
type Paired struct {
	ID, Title, Desc string
	Groups          []string     // group labels, one per Values row
	Names           [2]string    // legend names of the two sets, e.g. "2023", "2024"
	Values          [][2]float64 // NaN means no value for that set
	Format          func(float64) string
	Width, Height   int
}

// Line is a line chart of one or more series over a numeric x axis (years).
type Line struct {
	ID, Title, Desc string
	Series          []Series
	XTicks          []Tick // nil means whole-number ticks chosen automatically
	Format          func(float64) string
	Breaks          []Break
	Width, Height   int
}

// FormatNumber is the default label format: the shortest decimal form.
func FormatNumber(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func formatter(f func(float64) string) func(float64) string {
	if f == nil {
		return FormatNumber
	}
	return f
}

// checkID accepts ids that are safe both as XML ids and in aria-labelledby.
func checkID(id string) error {
	if id == "" {
		return errors.New("missing ID")
	}
	for i, r := range id {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' ||
			i > 0 && (r >= '0' && r <= '9' || r == '-' || r == '_')
		if !ok {
			return fmt.Errorf("ID %q: use a letter then letters, digits, '-' or '_'", id)
		}
	}
	return nil
}

func checkFinite(what string, v float64) error {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return fmt.Errorf("%s: value is %v", what, v)
	}
	return nil
}

func (c Bar) check() error {
	if err := checkID(c.ID); err != nil {
		return err
	}
	if len(c.Bars) == 0 {
		return errors.New("no bars")
	}
	for i, b := range c.Bars {
		if err := checkFinite(fmt.Sprintf("bar %d (%q)", i, b.Label), b.Value); err != nil {
			return err
		}
	}
	return nil
}

func (c Paired) check() error {
	if err := checkID(c.ID); err != nil {
		return err
	}
	if len(c.Groups) == 0 {
		return errors.New("no groups")
	}
	if len(c.Groups) != len(c.Values) {
		return fmt.Errorf("%d groups but %d value pairs", len(c.Groups), len(c.Values))
	}
	for i, p := range c.Values {
		for j, v := range p {
			if math.IsInf(v, 0) {
				return fmt.Errorf("group %d (%q) set %d: value is %v", i, c.Groups[i], j, v)
			}
		}
	}
	return nil
}

func (c Line) check() error {
	if err := checkID(c.ID); err != nil {
		return err
	}
	if len(c.Series) == 0 {
		return errors.New("no series")
	}
	points := 0
	for i, s := range c.Series {
		if len(s.X) != len(s.Y) {
			return fmt.Errorf("series %d (%q): %d x values but %d y values", i, s.Name, len(s.X), len(s.Y))
		}
		for j := range s.X {
			if err := checkFinite(fmt.Sprintf("series %d (%q) x[%d]", i, s.Name, j), s.X[j]); err != nil {
				return err
			}
			if math.IsInf(s.Y[j], 0) {
				return fmt.Errorf("series %d (%q) y[%d]: value is %v", i, s.Name, j, s.Y[j])
			}
			if !math.IsNaN(s.Y[j]) {
				points++
			}
		}
	}
	if points == 0 {
		return errors.New("no data points")
	}
	for i, b := range c.Breaks {
		if err := checkFinite(fmt.Sprintf("break %d", i), b.X); err != nil {
			return err
		}
	}
	return nil
}
