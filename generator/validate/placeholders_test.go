package validate_test

import (
	"strings"
	"testing"
)

// TestPlaceholders writes a value empty where a skeleton would leave it
// and expects the plain "belum diisi" refusal at the value, naming what to
// write, and no other problem about that value.
func TestPlaceholders(t *testing.T) {
	t.Parallel()
	const m1 = "meetings/rakor-1.yaml"
	const alloc = "allocations/2024.yaml"
	cases := []struct {
		name  string
		files map[string]string
		want  string // the whole problem, as printed
	}{
		{"required title", with(m1, "title: Rakor TKPKD", `title: ""`),
			m1 + `:2:8: title: belum diisi: tulis judul di antara tanda kutip`},
		{"decision owner", with(m1, "owner: dprkp", `owner: "  "`),
			m1 + `:10:12: owner (keputusan rakor-1/K01): belum diisi: tulis penanggung jawab (id OPD dari agencies.yaml atau kode wilayah) di antara tanda kutip`},
		{"optional due", with(m1, "due: 2024-01-31", `due: ''`),
			m1 + `:12:10: due (keputusan rakor-1/K01): belum diisi: tulis batas waktu (YYYY-MM-DD) di antara tanda kutip, atau hapus baris ini bila tidak dipakai`},
		{"amount", with(alloc, "amount: 80000000000", `amount: ""`),
			alloc + `:32:13: amount (baris anggaran l3): belum diisi: tulis jumlah rupiah (angka saja, tanpa titik dan tanpa tanda kutip) menggantikan ""`},
		{"list item", with(m1, "title: Rakor TKPKD\n", "title: Rakor TKPKD\nobjectives:\n  - \"\"\n"),
			m1 + `:4:5: tujuan ke-1: belum diisi: tulis tujuan rapat ke-1 di antara tanda kutip, atau hapus baris ini bila tidak dipakai`},
		{"empty page", with("pages/tentang.md", "", "---\ntitle: Tentang\n---\n\n"),
			`pages/tentang.md:4:1: belum diisi: tulis isi halaman di bawah baris --- kedua`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, problems := check(tc.files)
			got := problems.Error()
			if !strings.Contains(got+"\n", tc.want+"\n") {
				t.Fatalf("want the problem\n%s\ngot:\n%s", tc.want, got)
			}
			// The placeholder is the only problem on its line: no "is
			// required", "not a valid date" or "is text" beside it.
			file, rest, _ := strings.Cut(tc.want, ":")
			line, _, _ := strings.Cut(rest, ":")
			for _, p := range problems {
				if s := p.String(); strings.HasPrefix(s, file+":"+line+":") && s != tc.want {
					t.Errorf("another problem on the placeholder's line: %s", s)
				}
			}
		})
	}
	// Filled in, the same value passes.
	if _, problems := check(with(m1, "title: Rakor TKPKD", `title: "Rakor TKPKD"`)); len(problems) != 0 {
		t.Errorf("a filled title: %s", problems.Error())
	}
}

// TestFutureBudgetYear warns about figures dated after as_of (2024-06-30
// in the base content), but not next year's plans, which are drafted now.
func TestFutureBudgetYear(t *testing.T) {
	t.Parallel()
	year := func(y, stage string) map[string]string {
		return with("allocations/"+y+".yaml", "", "year: "+y+"\nregion: \"36\"\nsummaries:\n  - {id: s-"+y+", stage: "+stage+", amount: 1000, source: antara}\n  - {id: t-"+y+", stage: "+stage+", amount: 2000, source: antara}\n")
	}
	for _, tc := range []struct {
		y, stage string
		warn     bool
	}{
		{"2025", "apbd", false}, {"2025", "rkpd", false}, {"2025", "realisasi", true}, {"2025", "apbd_p", true}, {"2026", "rkpd", true}, {"2024", "realisasi", false},
	} {
		_, problems := check(year(tc.y, tc.stage))
		got := problems.Error()
		want := "allocations/" + tc.y + ".yaml:4:" // the first figure only
		n := strings.Count(got, "sesudah tanggal laporan as_of 2024-06-30")
		switch {
		case problems.HasErrors():
			t.Errorf("%s %s: errors: %s", tc.y, tc.stage, got)
		case tc.warn && (n != 1 || !strings.Contains(got, want)):
			t.Errorf("%s %s: want one warning at %s, got:\n%s", tc.y, tc.stage, want, got)
		case !tc.warn && n != 0:
			t.Errorf("%s %s: want no warning, got:\n%s", tc.y, tc.stage, got)
		}
	}
}
