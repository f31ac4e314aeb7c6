package diag

import "testing"

func TestListSortAndFormat(t *testing.T) {
	t.Parallel()
	var l List
	l.Add("b.yaml", 2, 1, "x", T("berkas kedua", "second file"))
	l.Warn("a.yaml", 10, 3, "", T("tidak dipakai", "unused"))
	l.Add("a.yaml", 2, 5, "lines[0].amount", T("harus bilangan bulat (tertulis 2.5)", "must be a whole number (got 2.5)"))
	l.Add("a.yaml", 2, 5, "lines[0].amount", T("harus bilangan bulat (tertulis 2.5)", "must be a whole number (got 2.5)"))
	l.Add("a.yaml", 0, 0, "", T("kosong", "is empty"))
	l = l.Sort()
	want := []string{
		"a.yaml: kosong",
		"a.yaml:2:5: amount (baris anggaran ke-1): harus bilangan bulat (tertulis 2.5)",
		"a.yaml:10:3: peringatan: tidak dipakai",
		"b.yaml:2:1: x: berkas kedua",
	}
	if len(l) != len(want) {
		t.Fatalf("got %d problems, want %d (duplicates dropped):\n%s", len(l), len(want), l.Error())
	}
	for i, w := range want {
		if got := l[i].String(); got != w {
			t.Errorf("problem %d = %q; want %q", i, got, w)
		}
	}
	if got, want := l[1].Format(EN), "a.yaml:2:5: amount (budget line 1): must be a whole number (got 2.5)"; got != want {
		t.Errorf("English = %q; want %q", got, want)
	}
	if l.Errors() != 3 || l.Warnings() != 1 || !l.HasErrors() {
		t.Errorf("errors %d, warnings %d", l.Errors(), l.Warnings())
	}
	if got := l.Count().In(EN); got != "3 errors, 1 warning" {
		t.Errorf("count = %q", got)
	}
	if got := l.Count().In(ID); got != "3 kesalahan, 1 peringatan" {
		t.Errorf("count = %q", got)
	}
}

// A problem whose cause is in the list is folded into it, through a chain
// of causes, and the root says how many follow; a cause not in the list
// leaves the problem printed.
func TestSortFolds(t *testing.T) {
	t.Parallel()
	l := List{
		{File: "agencies.yaml", Line: 3, Field: "agencies[0].region", Msg: T("a", "a"), Cause: Key("regions.yaml", "regions[1].code")},
		{File: "agencies.yaml", Line: 4, Field: "agencies[1].region", Msg: T("b", "b"), Cause: Key("agencies.yaml", "agencies[0].region")},
		{File: "regions.yaml", Line: 9, Field: "regions[1].code", Msg: T("kode tanpa kutip", "unquoted code")},
		{File: "x.yaml", Line: 1, Field: "y", Msg: T("c", "c"), Cause: Key("gone.yaml", "")},
	}.Sort()
	if len(l) != 2 {
		t.Fatalf("got %d problems, want 2:\n%s", len(l), l.Error())
	}
	if got, want := l[0].String(), "regions.yaml:9: code (wilayah ke-2): kode tanpa kutip (2 masalah lain mengikuti dari ini)"; got != want {
		t.Errorf("root = %q; want %q", got, want)
	}
	if got, want := l[0].Format(EN), "regions.yaml:9: code (region 2): unquoted code (2 more problems follow from this)"; got != want {
		t.Errorf("root = %q; want %q", got, want)
	}
	if l[1].File != "x.yaml" {
		t.Errorf("a problem whose cause is absent was dropped: %v", l)
	}
	if again := append(List(nil), l...).Sort(); len(again) != 2 || again[0].Follow != 2 {
		t.Errorf("sorting again changed the list: %v", again)
	}
}

func TestFieldName(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ path, id, en string }{
		{"", "", ""},
		{"title", "title", "title"},
		{"decisions[rakor-2023-12/K01].owner", "owner (keputusan rakor-2023-12/K01)", "owner (decision rakor-2023-12/K01)"},
		{"lines[3].output.target", "target (output, baris anggaran ke-4)", "target (output, budget line 4)"},
		{"regions[36.01].parent", "parent (wilayah 36.01)", "parent (region 36.01)"},
		{"lines[0].locations[1]", "locations ke-2 (baris anggaran ke-1)", "locations 2 (budget line 1)"},
	} {
		if got := FieldName(tc.path, ID); got != tc.id {
			t.Errorf("FieldName(%q, id) = %q; want %q", tc.path, got, tc.id)
		}
		if got := FieldName(tc.path, EN); got != tc.en {
			t.Errorf("FieldName(%q, en) = %q; want %q", tc.path, got, tc.en)
		}
	}
}

func TestTextArgs(t *testing.T) {
	t.Parallel()
	got := T("%d %s tertulis %q", "%d %s written %q", 1, Plural(1, "kesalahan", "error", "errors"), "x")
	if got.ID != `1 kesalahan tertulis "x"` || got.EN != `1 error written "x"` {
		t.Errorf("T = %+v", got)
	}
}
