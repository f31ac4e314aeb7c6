package view_test

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/tkpkd/tkpkd/generator/i18n"
	"github.com/tkpkd/tkpkd/generator/load"
	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/view"
	"github.com/tkpkd/tkpkd/templates"
)

func defaultCatalog(t *testing.T) *i18n.Catalog {
	t.Helper()
	sub, err := fs.Sub(templates.Defaults, "i18n")
	if err != nil {
		t.Fatal(err)
	}
	cat, err := i18n.Load(sub, load.Strings)
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// TestOneGlossary holds the site's and the briefs' strings to one glossary:
// a stage, status, reconciliation result or provenance mark is named only
// under terms.*, so neither renderer can carry a word of its own for it, and
// every word the glossary gives appears in no other string under another
// key (the same thing named twice, once per renderer, is how "Cocok" on the
// site became "Sesuai" in a brief).
func TestOneGlossary(t *testing.T) {
	cat := defaultCatalog(t)
	groups := []string{"stage.", "status.", "check.", "recon.", "verification.", "badge.", "col."}
	terms := map[string]string{} // lang + text -> glossary key
	for _, lang := range cat.Languages() {
		for _, k := range cat.Keys() {
			// Column headings are shared words ("Tanggal"), which a page
			// title may well repeat; the names of values may not be.
			if strings.HasPrefix(k, "terms.") && !strings.HasPrefix(k, "terms.col.") {
				terms[lang+"\x00"+strings.ToLower(cat.T(lang, k))] = k
			}
		}
	}
	for _, k := range cat.Keys() {
		if strings.HasPrefix(k, "terms.") {
			continue
		}
		rest := k[strings.Index(k, ".")+1:]
		for _, g := range groups {
			if strings.HasPrefix(rest, g) {
				t.Errorf("%s: a %s name outside the glossary; use terms.%s", k, strings.TrimSuffix(g, "."), rest)
			}
		}
		for _, lang := range cat.Languages() {
			if term, ok := terms[lang+"\x00"+strings.ToLower(cat.T(lang, k))]; ok {
				t.Errorf("%s (%s) repeats the glossary's %s %q: use the glossary", k, lang, term, cat.T(lang, k))
			}
		}
	}
}

// TestTermsRead checks what the shared helpers print in both languages:
// the values both renderers put on the page.
func TestTermsRead(t *testing.T) {
	cat := defaultCatalog(t)
	id, en := view.NewTerms(cat, "id"), view.NewTerms(cat, "en")
	pct := &model.Indicator{ID: "p0", Unit: "persen", Decimals: 2}
	line := &model.Indicator{ID: "gk", Unit: "rupiah/kapita/bulan", Decimals: 0}
	people := &model.Indicator{ID: "n", Unit: "ribu jiwa", Decimals: 1}
	site := &model.Site{Config: model.Config{Region: "36"}, Regions: []*model.Region{{Code: "36", Name: "Provinsi Banten"}, {Code: "36.01", Name: "Kabupaten Pandeglang"}}}
	site.Index()
	rec := &model.Summary{Amount: 100, Precision: 1, Check: model.Reconciliation{Itemised: true, Sum: 90, Diff: -10}}
	for _, c := range []struct{ got, want string }{
		{id.Stage(model.APBD), "APBD"},
		{en.Stage(model.APBD), "APBD (adopted budget)"},
		{id.Status(model.Terlambat), "Terlambat"},
		{en.Status(model.Terlambat), "Overdue"},
		{id.Check(rec).Label, "Tidak cocok"},
		{id.Check(&model.Summary{}).Label, "Tidak dirinci"},
		{id.Diff(-10), "\u2212Rp10"},
		{en.Diff(2_500), "IDR 2,500"},
		{id.Value(pct, 6.174), "6,17%"},
		{id.Value(line, 351957.5), "Rp351.958"},
		{id.Value(people, 829.666), "829,7 ribu jiwa"},
		{id.Others(3), "Lainnya (3; rincian di data terbuka)"},
		{id.Scope(site, &model.Summary{Region: "36", Scope: "APBD murni"}), "APBD murni"},
		{id.Scope(site, &model.Summary{Region: "36.01", Scope: "APBD murni", Approximate: true}), "Kabupaten Pandeglang: APBD murni (pembulatan)"},
		{en.Scope(site, &model.Summary{Region: "36.01"}), "Kabupaten Pandeglang"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

// TestMarks: a total is derived, and illustrative as soon as one of its
// lines is; the mark is the glossary's word, a warning only for examples.
func TestMarks(t *testing.T) {
	cat := defaultCatalog(t)
	id := view.NewTerms(cat, "id")
	fact := &model.Line{Amount: 1}
	example := &model.Line{Amount: 2, Provenance: model.Provenance{Verification: model.Illustrative}}
	if m := id.Mark(view.Derived([]*model.Line{fact})); m.Label != "diolah" || m.Warning {
		t.Errorf("a total of facts is marked %+v, want the note diolah", m)
	}
	if m := id.Mark(view.Derived([]*model.Line{fact, example})); m.Label != "ilustrasi" || !m.Warning {
		t.Errorf("a total with an example is marked %+v, want the warning ilustrasi", m)
	}
	if m := id.Mark(model.Provenance{Verification: model.Reported}); m.Label != "dilaporkan" || m.Warning {
		t.Errorf("a reported figure is marked %+v", m)
	}
	if m := id.Mark(model.Provenance{}); m != (view.Mark{}) {
		t.Errorf("a verified figure is marked %+v, want nothing", m)
	}
}

// A partial breakdown reads as how much is itemised, not as a mismatch.
func TestPartialCheck(t *testing.T) {
	cat := defaultCatalog(t)
	s := &model.Summary{Amount: 1_700_000_000_000, Precision: 1, Partial: true,
		Check: model.Reconciliation{Itemised: true, Sum: 1_080_000_000_000, Diff: -620_000_000_000}}
	got := view.NewTerms(cat, "id").Check(s)
	if got.Key != "partial" || got.Label != "Rincian belum lengkap: Rp1.080.000.000.000 dari Rp1.700.000.000.000 sudah dirinci" {
		t.Errorf("partial check = %+v", got)
	}
	s.Check.Sum, s.Check.Diff = 1_800_000_000_000, 100_000_000_000
	if got := view.NewTerms(cat, "en").Check(s); got.Key != "mismatch" {
		t.Errorf("lines over the stated total read %+v, want mismatch", got)
	}
}
