package i18n_test

import (
	"errors"
	"github.com/tkpkd/tkpkd/generator/i18n"
	"github.com/tkpkd/tkpkd/generator/load"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tkpkd/tkpkd/generator/diag"
)

func mapFS(files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	return fsys
}

func TestLoad(t *testing.T) {
	t.Parallel()
	fsys := mapFS(map[string]string{
		"id.yaml": "site:\n  title: Laporan TKPKD\nstatus:\n  terlambat: Terlambat\n  baru: Baru\n" +
			"count: \"%d keputusan\"\n",
		"en.yaml": "site:\n  title: TKPKD report\nstatus.terlambat: Overdue\nstatus:\n  baru: New\n" +
			"count: \"%d decisions\"\n",
		"briefs.id.yaml": "brief:\n  page: \"Halaman %d dari %d\"\n",
		"briefs.en.yaml": "brief:\n  page: \"Page %d of %d\"\n",
		"README.md":      "not a catalog file",
		"sub/xx.yaml":    "ignored: only the root is read",
	})
	c, err := i18n.Load(fsys, load.Strings)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if got, want := c.Languages(), []string{"en", "id"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Languages() = %q; want %q", got, want)
	}
	wantKeys := []string{"brief.page", "count", "site.title", "status.baru", "status.terlambat"}
	if got := c.Keys(); !reflect.DeepEqual(got, wantKeys) {
		t.Errorf("Keys() = %q; want %q", got, wantKeys)
	}
	tests := []struct{ lang, key, want string }{
		{"id", "status.terlambat", "Terlambat"},
		{"en", "status.terlambat", "Overdue"},
		{"en", "status.baru", "New"},
		{"id", "site.title", "Laporan TKPKD"},
		{"id", "nope", "[[nope]]"},
		{"fr", "site.title", "[[site.title]]"},
		{"id", "status", "[[status]]"}, // a map is not a string
	}
	for _, tc := range tests {
		if got := c.T(tc.lang, tc.key); got != tc.want {
			t.Errorf("T(%s, %s) = %q; want %q", tc.lang, tc.key, got, tc.want)
		}
	}
	if got, want := c.Tf("id", "brief.page", 2, 5), "Halaman 2 dari 5"; got != want {
		t.Errorf("Tf = %q; want %q", got, want)
	}
	if got, want := c.Tf("en", "count", 3), "3 decisions"; got != want {
		t.Errorf("Tf = %q; want %q", got, want)
	}
	if !c.Has("count") || c.Has("nope") {
		t.Errorf("Has(count), Has(nope) = %v, %v; want true, false", c.Has("count"), c.Has("nope"))
	}
}

func TestLoadErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		files map[string]string
		want  []string // each problem, in order
	}{
		{"missing translation",
			map[string]string{"id.yaml": "a: A\nb:\n  c: C\n", "en.yaml": "a: A\n"},
			[]string{`id.yaml:3:3: b.c: missing in language "en": add it to a en.yaml file`}},
		{"missing both ways",
			map[string]string{"id.yaml": "a: A\n", "en.yaml": "b: B\n"},
			[]string{
				`en.yaml:1:1: b: missing in language "id": add it to a id.yaml file`,
				`id.yaml:1:1: a: missing in language "en": add it to a en.yaml file`,
			}},
		{"duplicate across files",
			map[string]string{"id.yaml": "a: A\n", "briefs.id.yaml": "x: X\na: again\n"},
			[]string{`id.yaml:1:1: a: defined twice: also at briefs.id.yaml:2:1`}},
		{"duplicate in one file, nested and dotted",
			map[string]string{"id.yaml": "s:\n  t: T\ns.t: again\n"},
			[]string{`id.yaml:3:1: s.t: defined twice: also at id.yaml:2:3`}},
		{"duplicate plain key",
			map[string]string{"id.yaml": "a: A\na: B\n"},
			[]string{`id.yaml:2:1: a: defined twice: also at id.yaml:1:1`}},
		{"list value",
			map[string]string{"id.yaml": "a:\n  - x\n"},
			[]string{`id.yaml:2:3: a: want a string (quote it), got a list`}},
		{"null value",
			map[string]string{"id.yaml": "a:\nb: B\n"},
			[]string{`id.yaml:1:3: a: want a string (quote it), got nothing (null)`}},
		{"alias refused",
			map[string]string{"id.yaml": "a: &x A\nb: *x\n"},
			[]string{`id.yaml:2:4: b: want a string (quote it), got an alias (*x)`}},
		{"root not a map",
			map[string]string{"id.yaml": "- a\n"},
			[]string{`id.yaml:1:1: want a map of keys to strings, got a list`}},
		{"empty file",
			map[string]string{"id.yaml": "# nothing yet\n", "en.yaml": "a: A\n"},
			[]string{`id.yaml: is empty; write the file's fields or delete the file`}},
		{"bad language",
			map[string]string{"labels.yaml": "a: A\n", "id.yaml": "a: A\n"},
			[]string{`labels.yaml: cannot tell the language from the file name: name it <lang>.yaml or <group>.<lang>.yaml (e.g. id.yaml, briefs.en.yaml)`}},
		{"syntax error",
			map[string]string{"id.yaml": "a: [x\n"},
			[]string{`id.yaml:1:1: this line cannot be read: a quote or bracket opened on this line is never closed`}},
		{"no files",
			map[string]string{"notes.txt": "x"},
			[]string{`.: no interface strings: want files named <lang>.yaml or <group>.<lang>.yaml`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			c, err := i18n.Load(mapFS(tc.files), load.Strings)
			if err == nil {
				t.Fatalf("Load = %v, nil; want errors %q", c, tc.want)
			}
			var list diag.List
			if !errors.As(err, &list) {
				t.Fatalf("error %T is not a diag.List: %v", err, err)
			}
			got := strings.Split(list.Format(diag.EN), "\n")
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func TestLoadScalarsKeepText(t *testing.T) {
	t.Parallel()
	// Values that YAML would read as other types keep their text.
	fsys := mapFS(map[string]string{
		"id.yaml": "yes: ya\nno: \"tidak\"\nn: 10\nok: true\n",
		"en.yaml": "yes: yes\nno: no\nn: 10\nok: true\n",
	})
	c, err := i18n.Load(fsys, load.Strings)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	for _, tc := range []struct{ lang, key, want string }{
		{"id", "yes", "ya"}, {"en", "no", "no"}, {"id", "n", "10"}, {"en", "ok", "true"},
	} {
		if got := c.T(tc.lang, tc.key); got != tc.want {
			t.Errorf("T(%s, %s) = %q; want %q", tc.lang, tc.key, got, tc.want)
		}
	}
}

func BenchmarkT(b *testing.B) {
	c, err := i18n.Load(mapFS(map[string]string{"id.yaml": "status:\n  baru: Baru\n", "en.yaml": "status:\n  baru: New\n"}), load.Strings)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		c.T("id", "status.baru")
	}
}
