package model

// Money is a whole, non-negative number of rupiah. It is an integer so that
// totals of line items are exact: a float would round Rp2,2 triliun budgets.
type Money int64

// Sum adds amounts. It is exact for any realistic budget: int64 holds
// 9,2 × 10^18 rupiah, about four million times Indonesia's state budget.
func Sum(amounts ...Money) Money {
	var t Money
	for _, a := range amounts {
		t += a
	}
	return t
}

// Abs returns the magnitude of m, for differences between two totals.
func (m Money) Abs() Money {
	if m < 0 {
		return -m
	}
	return m
}
