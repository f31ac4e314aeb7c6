package model

import "strings"

// Framework is a strategy framework: a regulation's or a region's list of
// strategies or programmes (Inpres 4/2022, Permendagri 53/2020 Pasal 17, ...).
type Framework struct {
	ID     string
	Name   string
	Valid  *Validity // nil when not given
	Target *FrameworkTarget
	Parts  []Part
	Items  []*Item // in file order
	Provenance
	Pos Pos
}

// Validity is the period a framework applies to.
type Validity struct {
	From, To Date
}

// FrameworkTarget is the goal a framework states, such as 0% extreme
// poverty in 2024.
type FrameworkTarget struct {
	Indicator string
	Value     float64
	Year      int
}

// Part groups items of a framework ("two big parts").
type Part struct {
	ID   string
	Name string
}

// Item is one strategy or programme within a framework.
type Item struct {
	Framework   string // the framework's ID
	ID          string
	Name        string
	Description string // Markdown
	Part        string // a Part ID, or ""
	Provenance
	Pos Pos
}

// Ref returns the item's reference as content writes it: "framework/item".
func (it *Item) Ref() string { return it.Framework + "/" + it.ID }

// SplitRef splits "framework/item" into its two ids; ok is false when the
// reference does not have exactly that shape.
func SplitRef(ref string) (framework, item string, ok bool) {
	f, i, found := strings.Cut(ref, "/")
	if !found || f == "" || i == "" || strings.Contains(i, "/") {
		return "", "", false
	}
	return f, i, true
}

// Mapping says that an item of one framework serves an item of another.
type Mapping struct {
	From string // "framework/item"
	To   string // "framework/item"
	Provenance
	Pos Pos
}
