package diag

import "testing"

func TestListSortAndFormat(t *testing.T) {
	t.Parallel()
	var l List
	l.Add("b.yaml", 2, 1, "x", "second file")
	l.Warn("a.yaml", 10, 3, "", "unused")
	l.Add("a.yaml", 2, 5, "lines[0].amount", "must be a whole number (got 2.5, want digits only)")
	l.Add("a.yaml", 2, 5, "lines[0].amount", "must be a whole number (got 2.5, want digits only)")
	l.Add("a.yaml", 0, 0, "", "is empty")
	l = l.Sort()
	want := []string{
		"a.yaml: is empty",
		"a.yaml:2:5: lines[0].amount: must be a whole number (got 2.5, want digits only)",
		"a.yaml:10:3: warning: unused",
		"b.yaml:2:1: x: second file",
	}
	if len(l) != len(want) {
		t.Fatalf("got %d problems, want %d (duplicates dropped):\n%s", len(l), len(want), l.Error())
	}
	for i, w := range want {
		if got := l[i].String(); got != w {
			t.Errorf("problem %d = %q; want %q", i, got, w)
		}
	}
	if l.Errors() != 3 || l.Warnings() != 1 || !l.HasErrors() {
		t.Errorf("errors %d, warnings %d", l.Errors(), l.Warnings())
	}
}
