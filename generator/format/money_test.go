package format

import (
	"math"
	"testing"

	"github.com/tkpkd/tkpkd/generator/model"
)

func TestMoney(t *testing.T) {
	t.Parallel()
	tests := []struct {
		m      model.Money
		id, en string
	}{
		{0, "Rp0", "IDR 0"},
		{1, "Rp1", "IDR 1"},
		{999, "Rp999", "IDR 999"},
		{1000, "Rp1.000", "IDR 1,000"},
		{100000, "Rp100.000", "IDR 100,000"},
		{1234567, "Rp1.234.567", "IDR 1,234,567"},
		{1700000000000, "Rp1.700.000.000.000", "IDR 1,700,000,000,000"},
		{-5000, "-Rp5.000", "-IDR 5,000"},
		{math.MaxInt64, "Rp9.223.372.036.854.775.807", "IDR 9,223,372,036,854,775,807"},
		{math.MinInt64, "-Rp9.223.372.036.854.775.808", "-IDR 9,223,372,036,854,775,808"},
	}
	for _, tc := range tests {
		if got := Money(tc.m, "id"); got != tc.id {
			t.Errorf("Money(%d, id) = %q; want %q", tc.m, got, tc.id)
		}
		if got := Money(tc.m, "en"); got != tc.en {
			t.Errorf("Money(%d, en) = %q; want %q", tc.m, got, tc.en)
		}
	}
}

func TestMoneyShort(t *testing.T) {
	t.Parallel()
	tests := []struct {
		m      model.Money
		id, en string
	}{
		{0, "Rp0", "IDR 0"},
		{1, "Rp1", "IDR 1"},
		{500, "Rp500", "IDR 500"},
		{999, "Rp999", "IDR 999"},
		{1000, "Rp1 ribu", "IDR 1 thousand"},
		{1500, "Rp1,5 ribu", "IDR 1.5 thousand"},
		{1549, "Rp1,5 ribu", "IDR 1.5 thousand"},
		{1550, "Rp1,6 ribu", "IDR 1.6 thousand"}, // half up
		{999949, "Rp999,9 ribu", "IDR 999.9 thousand"},
		{999950, "Rp1 juta", "IDR 1 million"}, // carry to the next scale
		{75000000, "Rp75 juta", "IDR 75 million"},
		{75040000, "Rp75 juta", "IDR 75 million"}, // ",0" dropped
		{75050000, "Rp75,1 juta", "IDR 75.1 million"},
		{790000000000, "Rp790 miliar", "IDR 790 billion"},
		{790300000000, "Rp790,3 miliar", "IDR 790.3 billion"},
		{790349999999, "Rp790,3 miliar", "IDR 790.3 billion"},
		{790350000000, "Rp790,4 miliar", "IDR 790.4 billion"},
		{999949999999, "Rp999,9 miliar", "IDR 999.9 billion"},
		{999950000000, "Rp1 triliun", "IDR 1 trillion"},
		{999960000000, "Rp1 triliun", "IDR 1 trillion"},
		{1700000000000, "Rp1,7 triliun", "IDR 1.7 trillion"},
		{2200000000000, "Rp2,2 triliun", "IDR 2.2 trillion"},
		{2249999999999, "Rp2,2 triliun", "IDR 2.2 trillion"},
		{2250000000000, "Rp2,3 triliun", "IDR 2.3 trillion"},
		{1234567000000000, "Rp1.234,6 triliun", "IDR 1,234.6 trillion"}, // no scale above triliun
		{-5000, "-Rp5 ribu", "-IDR 5 thousand"},
		{-500, "-Rp500", "-IDR 500"},
		{math.MaxInt64, "Rp9.223.372 triliun", "IDR 9,223,372 trillion"},
		{math.MinInt64, "-Rp9.223.372 triliun", "-IDR 9,223,372 trillion"},
	}
	for _, tc := range tests {
		if got := MoneyShort(tc.m, "id"); got != tc.id {
			t.Errorf("MoneyShort(%d, id) = %q; want %q", tc.m, got, tc.id)
		}
		if got := MoneyShort(tc.m, "en"); got != tc.en {
			t.Errorf("MoneyShort(%d, en) = %q; want %q", tc.m, got, tc.en)
		}
	}
}

func TestMoneyAxis(t *testing.T) {
	t.Parallel()
	tests := []struct {
		v    float64
		lang string
		want string
	}{
		{0, "id", "Rp0"},
		{0, "en", "IDR 0"},
		{5e11, "id", "Rp500 miliar"},
		{1.5e12, "id", "Rp1,5 triliun"},
		{1.5e12, "en", "IDR 1.5 trillion"},
		{2.5e8, "id", "Rp250 juta"},
		{499.6, "id", "Rp500"},
		{-2e9, "id", "-Rp2 miliar"},
		{1e30, "id", "Rp9.223.372 triliun"},
		{math.NaN(), "id", ""},
	}
	for _, tc := range tests {
		if got := MoneyAxis(tc.v, tc.lang); got != tc.want {
			t.Errorf("MoneyAxis(%g, %s) = %q; want %q", tc.v, tc.lang, got, tc.want)
		}
	}
}

func TestChange(t *testing.T) {
	t.Parallel()
	tests := []struct {
		was, now model.Money
		id, en   string
	}{
		{2200000000000, 1700000000000, "turun 22,7%", "down 22.7%"},
		{1000, 1050, "naik 5,0%", "up 5.0%"},
		{1000, 1000, "tetap", "unchanged"},
		{0, 0, "tetap", "unchanged"},
		{0, 500, "naik dari Rp0", "up from IDR 0"},
		{2000, 2001, "naik 0,1%", "up 0.1%"}, // 0,05% rounds half up
		{3000, 3001, "naik kurang dari 0,1%", "up less than 0.1%"},
		{1000, 0, "turun 100,0%", "down 100.0%"},
		{1, 1000, "naik 99.900,0%", "up 99,900.0%"},
		{1, math.MaxInt64, "naik 922.337.203.685.477.580.600,0%", "up 922,337,203,685,477,580,600.0%"},
	}
	for _, tc := range tests {
		if got := Change(tc.was, tc.now, "id"); got != tc.id {
			t.Errorf("Change(%d, %d, id) = %q; want %q", tc.was, tc.now, got, tc.id)
		}
		if got := Change(tc.was, tc.now, "en"); got != tc.en {
			t.Errorf("Change(%d, %d, en) = %q; want %q", tc.was, tc.now, got, tc.en)
		}
	}
}

func TestUnknownLanguageFallsBackToID(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"", "fr", "ID", "en-US"} {
		if got, want := MoneyShort(1700000000000, lang), "Rp1,7 triliun"; got != want {
			t.Errorf("MoneyShort(1,7T, %q) = %q; want %q", lang, got, want)
		}
	}
}

func BenchmarkMoneyShort(b *testing.B) {
	for b.Loop() {
		MoneyShort(1700000000000, "id")
	}
}

func BenchmarkMoney(b *testing.B) {
	for b.Loop() {
		Money(1700000000000, "id")
	}
}
