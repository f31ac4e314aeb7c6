package sitepath

import "testing"

func TestSegment(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ id, want string }{
		{"36.01", "36-01"}, {"dins_os", "dins-os"}, {"Rakor 1", "rakor-1"}, {"../etc", ""}, {"", ""}, {"a/b", ""},
	} {
		got, err := Segment(tc.id)
		if got != tc.want || (err == nil) != (tc.want != "") {
			t.Errorf("Segment(%q) = %q, %v; want %q", tc.id, got, err, tc.want)
		}
	}
}

func TestReserved(t *testing.T) {
	t.Parallel()
	for name, want := range map[string]bool{"anggaran": true, "data": true, "aset": true, "sitemap.xml": true, "tentang": false, "en": false} {
		if got := Reserved(name); got != want {
			t.Errorf("Reserved(%q) = %v, want %v", name, got, want)
		}
	}
}
