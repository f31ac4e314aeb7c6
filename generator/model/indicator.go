package model

// Indicator is the definition of a measured quantity, such as the share of
// people in extreme poverty.
type Indicator struct {
	ID       string
	Name     string
	Unit     string // "persen", "jiwa", "rupiah/kapita/bulan", ...
	Producer string // "BPS"
	Decimals int    // digits after the decimal comma; 2 when not given
	Methods  []Method
	Provenance
	Pos Pos
}

// IsMoney reports whether values of the indicator are rupiah amounts (a
// poverty line), which are formatted as money.
func (d *Indicator) IsMoney() bool { return len(d.Unit) >= 6 && d.Unit[:6] == "rupiah" }

// IsPercent reports whether values are percentages.
func (d *Indicator) IsPercent() bool { return d.Unit == "persen" }

// Method returns the method with the given id, or nil.
func (d *Indicator) Method(id string) *Method {
	for i := range d.Methods {
		if d.Methods[i].ID == id {
			return &d.Methods[i]
		}
	}
	return nil
}

// Method is a way of measuring an indicator, valid for a span of years.
// A change of method (US$1,90 PPP 2011 to US$2,15 PPP 2017) breaks a trend line.
type Method struct {
	ID   string
	From int // first year; 0 when open
	To   int // last year; 0 when open
	Note string
}

// Observation is one published value of an indicator for a region and period.
type Observation struct {
	Indicator string
	Region    string
	Period    Period
	Value     float64
	Method    string // a Method ID of the indicator, or ""
	Provenance
	Pos Pos
}

// Target is a goal for an indicator in a region and year.
type Target struct {
	Indicator string
	Region    string
	Year      int
	Value     float64
	Provenance
	Pos Pos
}
