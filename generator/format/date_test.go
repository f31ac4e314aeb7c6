package format

import (
	"testing"
	"time"

	"github.com/tkpkd/tkpkd/generator/model"
)

func TestDates(t *testing.T) {
	t.Parallel()
	tests := []struct {
		d                  model.Date
		lang               string
		long, medium, abbr string
	}{
		{model.Date{Year: 2023, Month: time.December, Day: 7}, "id",
			"Kamis, 7 Desember 2023", "7 Desember 2023", "7 Des 2023"},
		{model.Date{Year: 2023, Month: time.December, Day: 7}, "en",
			"Thursday, 7 December 2023", "7 December 2023", "7 Dec 2023"},
		{model.Date{Year: 2023, Month: time.November, Day: 9}, "id",
			"Kamis, 9 November 2023", "9 November 2023", "9 Nov 2023"},
		{model.Date{Year: 2024, Month: time.February, Day: 29}, "id",
			"Kamis, 29 Februari 2024", "29 Februari 2024", "29 Feb 2024"},
		{model.Date{Year: 2022, Month: time.June, Day: 8}, "id",
			"Rabu, 8 Juni 2022", "8 Juni 2022", "8 Jun 2022"},
		{model.Date{Year: 2024, Month: time.August, Day: 17}, "id",
			"Sabtu, 17 Agustus 2024", "17 Agustus 2024", "17 Agu 2024"},
		{model.Date{Year: 2024, Month: time.August, Day: 18}, "en",
			"Sunday, 18 August 2024", "18 August 2024", "18 Aug 2024"},
		{model.Date{Year: 2024, Month: time.January, Day: 1}, "xx",
			"Senin, 1 Januari 2024", "1 Januari 2024", "1 Jan 2024"},
		{model.Date{Year: 2025, Month: time.October, Day: 31}, "id",
			"Jumat, 31 Oktober 2025", "31 Oktober 2025", "31 Okt 2025"},
		{model.Date{}, "id", "", "", ""},
	}
	for _, tc := range tests {
		if got := Date(tc.d, tc.lang); got != tc.long {
			t.Errorf("Date(%v, %s) = %q; want %q", tc.d, tc.lang, got, tc.long)
		}
		if got := DateMedium(tc.d, tc.lang); got != tc.medium {
			t.Errorf("DateMedium(%v, %s) = %q; want %q", tc.d, tc.lang, got, tc.medium)
		}
		if got := DateShort(tc.d, tc.lang); got != tc.abbr {
			t.Errorf("DateShort(%v, %s) = %q; want %q", tc.d, tc.lang, got, tc.abbr)
		}
	}
}

func TestPeriod(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in     string
		id, en string
	}{
		{"2023", "2023", "2023"},
		{"2023-Q1", "Triwulan I-2023", "Q1 2023"},
		{"2023-Q3", "Triwulan III-2023", "Q3 2023"},
		{"2024-Q4", "Triwulan IV-2024", "Q4 2024"},
		{"2023-03", "Maret 2023", "March 2023"},
		{"2024-09", "September 2024", "September 2024"},
	}
	for _, tc := range tests {
		p, err := model.ParsePeriod(tc.in)
		if err != nil {
			t.Fatalf("ParsePeriod(%q): %v", tc.in, err)
		}
		if got := Period(p, "id"); got != tc.id {
			t.Errorf("Period(%s, id) = %q; want %q", tc.in, got, tc.id)
		}
		if got := Period(p, "en"); got != tc.en {
			t.Errorf("Period(%s, en) = %q; want %q", tc.in, got, tc.en)
		}
	}
	// Invalid values built by hand show their numbers instead of panicking.
	bad := model.Period{Kind: model.QuarterPeriod, Year: 2023, Quarter: 7}
	if got, want := Period(bad, "id"), "Triwulan 7-2023"; got != want {
		t.Errorf("Period(quarter 7) = %q; want %q", got, want)
	}
	bad = model.Period{Kind: model.MonthPeriod, Year: 2023, Month: 13}
	if got, want := Period(bad, "en"), "13 2023"; got != want {
		t.Errorf("Period(month 13) = %q; want %q", got, want)
	}
}
