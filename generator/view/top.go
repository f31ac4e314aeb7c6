package view

// TopN is how many rows a table or chart of totals shows before it sums
// the rest into one row: a national year has thousands of agencies, and a
// page or a brief is read, not searched; every row is in the open data.
const TopN = 25

// Top splits rows (largest first) into those shown and those summed.
func Top[T any](rows []T) (shown, rest []T) {
	if len(rows) <= TopN {
		return rows, nil
	}
	return rows[:TopN:TopN], rows[TopN:]
}
