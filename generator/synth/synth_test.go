package synth

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tkpkd/tkpkd/generator/validate"
)

func gen(t *testing.T, seed uint64) (string, Stats) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "content")
	size, err := ParseSize("province")
	if err != nil {
		t.Fatal(err)
	}
	st, err := Generate(dir, Options{Size: size, Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	return dir, st
}

// The generated content must pass every rule of check: references,
// reconciled totals, valid follow-ups, cited sources (no warnings either).
func TestProvinceChecks(t *testing.T) {
	t.Parallel()
	dir, st := gen(t, 1)
	checked := validate.Dir(dir)
	site := checked.Site
	for _, p := range checked.Problems {
		t.Errorf("check: %v", p)
	}
	if t.Failed() {
		return
	}
	if got, want := len(site.Regions), 9; got != want {
		t.Errorf("regions = %d, want %d (Banten and its 8 regencies/cities)", got, want)
	}
	if st.Agencies != 9*10 || st.Meetings != 9*2 || st.Lines != 9*10*2 {
		t.Errorf("stats = %+v, want 90 agencies, 18 meetings, 180 lines", st)
	}
	if st.Decisions < 18*5 || st.Decisions > 18*10 {
		t.Errorf("decisions = %d, want 5 to 10 per meeting", st.Decisions)
	}
	for _, y := range site.Years {
		for _, s := range y.Summaries {
			if !s.Check.Itemised || !s.AmountOK() || !s.CountsOK() {
				t.Errorf("summary %s does not reconcile: %+v", s.ID, s.Check)
			}
		}
	}
}

func TestSameSeedSameBytes(t *testing.T) {
	t.Parallel()
	a, _ := gen(t, 7)
	b, _ := gen(t, 7)
	c, _ := gen(t, 8)
	ta, tb, tc := tree(t, a), tree(t, b), tree(t, c)
	if len(ta) != len(tb) {
		t.Fatalf("same seed: %d files and %d files", len(ta), len(tb))
	}
	for name, data := range ta {
		if !bytes.Equal(data, tb[name]) {
			t.Errorf("same seed: %s differs", name)
		}
	}
	const minutes = "meetings/rakor-kab-lebak-2023-02.md"
	if ta[minutes] == nil || bytes.Equal(ta[minutes], tc[minutes]) {
		t.Errorf("seeds 7 and 8 wrote the same minutes; the seed is not used")
	}
}

func tree(t *testing.T, root string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		data, err := os.ReadFile(path)
		out[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestOutputFolderSafety(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Generate(dir, Options{Size: Sizes[0], Seed: 1})
	if err == nil || !strings.Contains(err.Error(), "refusing") {
		t.Fatalf("gen into a folder it did not make: err = %v, want a refusal", err)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "notes.txt")); string(data) != "mine" {
		t.Errorf("the user's file was changed")
	}

	// A previous gen's folder is replaced, stale files included.
	out, _ := gen(t, 1)
	stale := filepath.Join(out, "meetings", "rakor-old.yaml")
	if err := os.WriteFile(stale, []byte("id: rakor-old\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Generate(out, Options{Size: Sizes[0], Seed: 1}); err != nil {
		t.Fatalf("regenerate into a gen folder: %v", err)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("a stale file from before survived a new gen: %v", err)
	}
}

func TestParseSize(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"province", "national", "x10"} {
		if s, err := ParseSize(name); err != nil || s.Name != name {
			t.Errorf("ParseSize(%q) = %v, %v", name, s, err)
		}
	}
	if _, err := ParseSize("planet"); err == nil {
		t.Errorf("ParseSize(planet) did not fail")
	}
}

// The province table must add up to Indonesia's 38 provinces and 514
// regencies and cities (416 kabupaten, 98 kota).
func TestProvinceTable(t *testing.T) {
	t.Parallel()
	kab, kota := 0, 0
	for _, p := range provinces {
		kab += p.kab
		kota += p.kota
	}
	if len(provinces) != 38 || kab != 416 || kota != 98 {
		t.Errorf("provinces = %d, kabupaten = %d, kota = %d; want 38, 416, 98", len(provinces), kab, kota)
	}
	w := newWorld(Sizes[1], 1)
	seen := map[string]bool{}
	for _, r := range w.regions {
		if seen[r.slug] {
			t.Errorf("two regions share the slug %q", r.slug)
		}
		seen[r.slug] = true
	}
	if len(w.regions) != 38+514 {
		t.Errorf("national regions = %d, want 552", len(w.regions))
	}
}
