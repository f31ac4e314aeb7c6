package chart

import "math"

// axis maps data values onto pixels along one direction.
type axis struct {
	lo, hi float64 // data range, lo < hi
	p0, p1 int     // pixels of lo and hi
	ticks  []float64
}

func (a axis) pos(v float64) int {
	return a.p0 + int(math.Round((v-a.lo)/(a.hi-a.lo)*float64(a.p1-a.p0)))
}

// niceStep returns the step of the form 1, 2 or 5 × 10^n nearest to raw on
// a log scale (so the tick count stays close to the one asked for), as a
// mantissa and exponent so ticks can be computed exactly.
func niceStep(raw float64) (m int64, e int) {
	e = int(math.Floor(math.Log10(raw)))
	f := raw / math.Pow10(e)
	switch {
	case f < math.Sqrt2:
		m = 1
	case f < math.Sqrt(10):
		m = 2
	case f < math.Sqrt(50):
		m = 5
	default:
		m, e = 1, e+1
	}
	return m, e
}

// tickValue returns k × m × 10^e, dividing for negative e so that 3 × 0.1
// comes out as 0.3 rather than 0.30000000000000004.
func tickValue(k, m int64, e int) float64 {
	if e < 0 {
		return float64(k*m) / math.Pow10(-e)
	}
	return float64(k*m) * math.Pow10(e)
}

// niceTicks returns ticks covering [min(lo,0), max(hi,0)] in about n equal
// steps of 1, 2 or 5 × 10^n. The range always includes zero, so bars start
// at zero. All-zero data gets the range [0, 1]; integer data never gets a
// step below 1 (no "Rp0,5" ticks for rupiah).
func niceTicks(lo, hi float64, n int, integer bool) []float64 {
	lo, hi = math.Min(lo, 0), math.Max(hi, 0)
	if lo == hi {
		return []float64{0, 1}
	}
	return steps(lo, hi, n, integer, true)
}

// steps returns multiples of a nice step: the first at or below lo and the
// last at or above hi when outer, else the first and last inside [lo, hi].
func steps(lo, hi float64, n int, integer, outer bool) []float64 {
	m, e := niceStep((hi - lo) / float64(max(n, 1)))
	if integer && e < 0 {
		m, e = 1, 0
	}
	step := tickValue(1, m, e)
	first := int64(math.Ceil(lo/step - 1e-9))
	last := int64(math.Floor(hi/step + 1e-9))
	if outer {
		first = int64(math.Floor(lo/step + 1e-9))
		last = int64(math.Ceil(hi/step - 1e-9))
	}
	ticks := make([]float64, 0, max(last-first+1, 0))
	for k := first; k <= last; k++ {
		ticks = append(ticks, tickValue(k, m, e))
	}
	return ticks
}

// fitTicks picks the largest tick count, up to want, whose labels fit side
// by side along length pixels. width measures a label.
func fitTicks(lo, hi float64, length, want int, integer bool, label func(float64) string, width func(string) int) []float64 {
	var ticks []float64
	for n := want; n >= 1; n-- {
		ticks = niceTicks(lo, hi, n, integer)
		if len(ticks) < 2 {
			return ticks
		}
		space := length / (len(ticks) - 1)
		widest := 0
		for _, t := range ticks {
			widest = max(widest, width(label(t)))
		}
		if widest+8 <= space {
			return ticks
		}
	}
	return ticks
}

func isInteger(vs ...float64) bool {
	for _, v := range vs {
		if !math.IsNaN(v) && v != math.Trunc(v) {
			return false
		}
	}
	return true
}
