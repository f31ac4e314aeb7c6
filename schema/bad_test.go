package schema_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// A bad fixture is testdata/bad/<kind>-<what>.yaml (.md for pages), content
// as it would appear in a file of that kind, with a header:
//
//	# want: what the loader should complain about
//	# at: /json/pointer/of/the/wrong/value   (empty: the document itself)
//
// A page's header sits inside its front matter, after the first "---".
// The schema must reject the fixture, and only at `at`: so a fixture that
// is wrong by accident somewhere else fails the test.
func TestBad(t *testing.T) {
	schemas := compile(t)
	dir := filepath.Join("testdata", "bad")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	covered := map[string]bool{}
	for _, e := range entries {
		name := e.Name()
		kind, _, _ := strings.Cut(name, "-")
		covered[kind] = true
		t.Run(name, func(t *testing.T) {
			sch := schemas[kind]
			if sch == nil {
				t.Fatalf("%s: name must start with a kind (%s)", name, strings.Join(kinds, ", "))
			}
			data, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			want, at, ok := header(string(data))
			if !ok {
				t.Fatalf("%s: no \"# want:\" and \"# at:\" header", name)
			}
			v, err := decode(name, data)
			if err != nil {
				t.Fatalf("%s is not YAML (%v); a bad fixture must be wrong for the schema only", name, err)
			}
			err = sch.Validate(v)
			if reason, blind := schemaBlind[name]; blind {
				if err != nil {
					t.Errorf("%s is listed as beyond JSON Schema (%s), yet %s.json rejects it: %v", name, reason, kind, err)
				}
				return
			}
			var ve *jsonschema.ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("%s.json accepts %s; want an error: %s (err = %v)", kind, name, want, err)
			}
			for _, leaf := range leaves(ve) {
				if loc := pointer(leaf.InstanceLocation); loc != at && !strings.HasPrefix(loc, at+"/") {
					t.Errorf("%s.json rejects %s at %q, want only at %q:\n%v", kind, name, loc, at, err)
				}
			}
		})
	}
	for _, k := range kinds {
		if !covered[k] {
			t.Errorf("%s: no bad fixture for %s.json", dir, k)
		}
	}
	for name := range schemaBlind {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("schemaBlind lists %s: %v", name, err)
		}
	}
}

// header reads the "# want:" and "# at:" comment lines at the top of a
// fixture (after a page's opening "---").
func header(s string) (want, at string, ok bool) {
	lines := strings.SplitN(s, "\n", 5)
	if len(lines) > 0 && strings.TrimSpace(lines[0]) == "---" {
		lines = lines[1:]
	}
	if len(lines) < 2 {
		return "", "", false
	}
	want, okWant := strings.CutPrefix(lines[0], "# want: ")
	at, okAt := strings.CutPrefix(lines[1], "# at:")
	return strings.TrimSpace(want), strings.TrimSpace(at), okWant && okAt && want != ""
}

// leaves returns the innermost errors: the ones that say what is wrong.
func leaves(e *jsonschema.ValidationError) []*jsonschema.ValidationError {
	if len(e.Causes) == 0 {
		return []*jsonschema.ValidationError{e}
	}
	var out []*jsonschema.ValidationError
	for _, c := range e.Causes {
		out = append(out, leaves(c)...)
	}
	return out
}

// pointer returns a JSON pointer ("" for the root), as in the headers.
func pointer(loc []string) string {
	var b strings.Builder
	for _, tok := range loc {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~", "~0"), "/", "~1")
		b.WriteString("/" + tok)
	}
	return b.String()
}
