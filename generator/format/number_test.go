package format

import (
	"math"
	"testing"
)

func TestInt(t *testing.T) {
	t.Parallel()
	tests := []struct {
		n      int64
		id, en string
	}{
		{0, "0", "0"},
		{1, "1", "1"},
		{999, "999", "999"},
		{1000, "1.000", "1,000"},
		{1234567, "1.234.567", "1,234,567"},
		{-1234, "-1.234", "-1,234"},
		{math.MaxInt64, "9.223.372.036.854.775.807", "9,223,372,036,854,775,807"},
		{math.MinInt64, "-9.223.372.036.854.775.808", "-9,223,372,036,854,775,808"},
	}
	for _, tc := range tests {
		if got := Int(tc.n, "id"); got != tc.id {
			t.Errorf("Int(%d, id) = %q; want %q", tc.n, got, tc.id)
		}
		if got := Int(tc.n, "en"); got != tc.en {
			t.Errorf("Int(%d, en) = %q; want %q", tc.n, got, tc.en)
		}
	}
}

func TestDecimal(t *testing.T) {
	t.Parallel()
	tests := []struct {
		v      float64
		dec    int
		id, en string
	}{
		{6.17, 2, "6,17", "6.17"},
		{28, 2, "28,00", "28.00"},
		{0.06, 2, "0,06", "0.06"},
		{826130.5, 1, "826.130,5", "826,130.5"},
		{351957.4, 1, "351.957,4", "351,957.4"},
		{2.675, 2, "2,68", "2.68"}, // rounds its decimal spelling, not 2.67499999...
		{1.005, 2, "1,01", "1.01"},
		{0.125, 2, "0,13", "0.13"},
		{-0.125, 2, "-0,13", "-0.13"}, // half away from zero
		{9.995, 2, "10,00", "10.00"},  // carry into the integer part
		{999.95, 1, "1.000,0", "1,000.0"},
		{6.17, 0, "6", "6"},
		{6.5, 0, "7", "7"},
		{-6.5, 0, "-7", "-7"},
		{-0.001, 2, "0,00", "0.00"}, // no "-0,00"
		{math.Copysign(0, -1), 1, "0,0", "0.0"},
		{1234567.891, -1, "1.234.568", "1,234,568"}, // negative decimals mean 0
		{1e21, 0, "1.000.000.000.000.000.000.000", "1,000,000,000,000,000,000,000"},
		{1e-7, 2, "0,00", "0.00"},
		{5e-7, 6, "0,000001", "0.000001"},
		{math.NaN(), 2, "NaN", "NaN"},
		{math.Inf(1), 2, "∞", "∞"},
		{math.Inf(-1), 2, "-∞", "-∞"},
	}
	for _, tc := range tests {
		if got := Decimal(tc.v, tc.dec, "id"); got != tc.id {
			t.Errorf("Decimal(%v, %d, id) = %q; want %q", tc.v, tc.dec, got, tc.id)
		}
		if got := Decimal(tc.v, tc.dec, "en"); got != tc.en {
			t.Errorf("Decimal(%v, %d, en) = %q; want %q", tc.v, tc.dec, got, tc.en)
		}
	}
}

func TestPercent(t *testing.T) {
	t.Parallel()
	tests := []struct {
		v      float64
		dec    int
		id, en string
	}{
		{6.17, 2, "6,17%", "6.17%"},
		{0.06, 2, "0,06%", "0.06%"},
		{28, 2, "28,00%", "28.00%"},
		{1.12, 1, "1,1%", "1.1%"},
		{0, 0, "0%", "0%"},
	}
	for _, tc := range tests {
		if got := Percent(tc.v, tc.dec, "id"); got != tc.id {
			t.Errorf("Percent(%v, %d, id) = %q; want %q", tc.v, tc.dec, got, tc.id)
		}
		if got := Percent(tc.v, tc.dec, "en"); got != tc.en {
			t.Errorf("Percent(%v, %d, en) = %q; want %q", tc.v, tc.dec, got, tc.en)
		}
	}
}

func TestPercentPoints(t *testing.T) {
	t.Parallel()
	tests := []struct {
		diff   float64
		dec    int
		id, en string
	}{
		{-0.33, 2, "turun 0,33 poin persen", "down 0.33 percentage points"},
		{0.07, 2, "naik 0,07 poin persen", "up 0.07 percentage points"},
		{6.17 - 6.50, 2, "turun 0,33 poin persen", "down 0.33 percentage points"},
		{0, 2, "tetap", "unchanged"},
		{0.004, 2, "tetap", "unchanged"},
		{-0.004, 2, "tetap", "unchanged"},
		{1, 0, "naik 1 poin persen", "up 1 percentage point"},
		{1, 2, "naik 1,00 poin persen", "up 1.00 percentage points"},
		{-1234.5, 1, "turun 1.234,5 poin persen", "down 1,234.5 percentage points"},
	}
	for _, tc := range tests {
		if got := PercentPoints(tc.diff, tc.dec, "id"); got != tc.id {
			t.Errorf("PercentPoints(%v, %d, id) = %q; want %q", tc.diff, tc.dec, got, tc.id)
		}
		if got := PercentPoints(tc.diff, tc.dec, "en"); got != tc.en {
			t.Errorf("PercentPoints(%v, %d, en) = %q; want %q", tc.diff, tc.dec, got, tc.en)
		}
	}
}

func BenchmarkDecimal(b *testing.B) {
	for b.Loop() {
		Decimal(826130.55, 2, "id")
	}
}
