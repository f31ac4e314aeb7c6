package schema_test

import (
	"encoding/json"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/tkpkd/tkpkd/schema"
)

// loadSchema returns one schema file as plain JSON values.
func loadSchema(t *testing.T, kind string) map[string]any {
	t.Helper()
	data, err := schema.FS.ReadFile(kind + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("%s.json: %v", kind, err)
	}
	return doc
}

// TestAuthoring checks what editors need from every schema: a bilingual
// description on every property (the hover text), unknown keys rejected
// everywhere, one description per enum value, and a $comment saying what
// the schema cannot check.
func TestAuthoring(t *testing.T) {
	for _, k := range kinds {
		doc := loadSchema(t, k)
		if c, _ := doc["$comment"].(string); !strings.Contains(c, "tkpkd check") {
			t.Errorf("%s.json: root $comment must say that `tkpkd check` does the rules across files", k)
		}
		if !bilingual(doc["description"]) {
			t.Errorf("%s.json: root description must read \"Indonesia / English\"", k)
		}
		walk(doc, k+".json#", func(at string, node map[string]any) {
			if props, ok := node["properties"].(map[string]any); ok {
				if node["additionalProperties"] != false {
					t.Errorf("%s: an object must set additionalProperties: false", at)
				}
				for _, name := range sortedKeys(props) {
					p, _ := props[name].(map[string]any)
					if !bilingual(p["description"]) {
						t.Errorf("%s/properties/%s: description must read \"Indonesia / English\", got %q", at, name, p["description"])
					}
				}
			}
			if d, ok := node["enumDescriptions"].([]any); ok {
				if e, _ := node["enum"].([]any); len(e) != len(d) {
					t.Errorf("%s: %d enum values but %d enumDescriptions", at, len(e), len(d))
				}
			}
		})
	}
}

func bilingual(v any) bool {
	s, _ := v.(string)
	id, en, ok := strings.Cut(s, " / ")
	return ok && strings.TrimSpace(id) != "" && strings.TrimSpace(en) != ""
}

// walk calls f on every object of a schema document, depth first, in key
// order. It skips if/then/else/not subschemas: they add conditions to a
// shape described elsewhere.
func walk(v any, at string, f func(at string, node map[string]any)) {
	switch v := v.(type) {
	case map[string]any:
		f(at, v)
		for _, k := range sortedKeys(v) {
			if k != "if" && k != "then" && k != "else" && k != "not" {
				walk(v[k], at+"/"+k, f)
			}
		}
	case []any:
		for i, x := range v {
			walk(x, at+"/"+strconv.Itoa(i), f)
		}
	}
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// TestSharedDefs checks that a definition shared by several schemas (date,
// id, regionCode, verification, ...) is the same in each: the files are
// self-contained for editors, so the copies must not drift apart.
func TestSharedDefs(t *testing.T) {
	first := map[string]any{}
	owner := map[string]string{}
	for _, k := range kinds {
		defs, _ := loadSchema(t, k)["$defs"].(map[string]any)
		for _, name := range sortedKeys(defs) {
			if prev, ok := first[name]; !ok {
				first[name], owner[name] = defs[name], k
			} else if !reflect.DeepEqual(prev, defs[name]) {
				t.Errorf("$defs/%s differs between %s.json and %s.json", name, owner[name], k)
			}
		}
	}
}

// TestSettings checks .vscode/settings.json: every content file maps to the
// schema of its kind and to no other, both as the YAML language server
// matches a pattern (a suffix regular expression where * crosses folders)
// and as a glob (where * stays in one folder).
func TestSettings(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", ".vscode", "settings.json"))
	if err != nil {
		t.Fatal(err)
	}
	var settings struct {
		Schemas map[string][]string `json:"yaml.schemas"`
	}
	if err := json.Unmarshal(data, &settings); err != nil {
		t.Fatalf(".vscode/settings.json: %v", err)
	}
	var mapped []string
	for s := range settings.Schemas {
		mapped = append(mapped, s)
	}
	sort.Strings(mapped)
	for _, s := range mapped {
		if _, err := schema.FS.Open(strings.TrimPrefix(s, "./schema/")); err != nil {
			t.Errorf("settings.json maps %s, which is not a schema: %v", s, err)
		}
	}
	var rels []string
	for _, root := range []string{filepath.Join("..", "content"), filepath.Join("testdata", "good")} {
		rels = append(rels, contentFiles(t, root)...)
	}
	for _, rel := range rels {
		kind := kindOf(rel)
		if kind == "page" { // editors do not validate front matter
			continue
		}
		file := "content/" + rel
		for _, s := range mapped {
			byServer, byGlob := false, false
			for _, pat := range settings.Schemas[s] {
				byServer = byServer || serverMatch(pat, "/home/staff/tkpkd/"+file)
				ok, _ := path.Match(pat, file)
				byGlob = byGlob || ok
			}
			want := s == "./schema/"+kind+".json"
			if byServer != want || byGlob != want {
				t.Errorf("settings.json: %s maps to %s: %v (server), %v (glob); want %v", file, s, byServer, byGlob, want)
			}
		}
	}
}

// serverMatch matches a file path as yaml-language-server matches a
// yaml.schemas pattern: each * is .*, and the pattern anchors at the end.
func serverMatch(pattern, file string) bool {
	parts := strings.Split(pattern, "*")
	for i, p := range parts {
		parts[i] = regexp.QuoteMeta(p)
	}
	return regexp.MustCompile(strings.Join(parts, ".*") + "$").MatchString(file)
}
