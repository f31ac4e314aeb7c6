package schema_test

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"gopkg.in/yaml.v3"

	"github.com/tkpkd/tkpkd/schema"
)

// kinds lists the content file kinds; each has the schema <kind>.json.
var kinds = []string{"site", "sources", "regions", "agencies", "strategies",
	"allocations", "indicators", "meeting", "page"}

// schemaBlind lists bad fixtures that JSON Schema cannot reject: the
// validator (like the editor) sees the number, not its spelling. The loader
// must reject them; the schema test asserts the schema accepts them, so this
// list stays true.
var schemaBlind = map[string]string{
	"allocations-amount-exponent.yaml": "2.2e12 is the whole number 2200000000000 to JSON Schema",
	"allocations-amount-octal.yaml":    "010 is the integer 8 (YAML 1.1) or 10 (YAML 1.2) to JSON Schema",
}

// compile compiles every schema from schema.FS, asserting formats (date,
// email) as `tkpkd check` would.
func compile(t testing.TB) map[string]*jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	for _, k := range kinds {
		f, err := schema.FS.Open(k + ".json")
		if err != nil {
			t.Fatalf("schema %s: %v", k, err)
		}
		doc, err := jsonschema.UnmarshalJSON(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s.json: %v", k, err)
		}
		if err := c.AddResource("file:///schema/"+k+".json", doc); err != nil {
			t.Fatalf("%s.json: %v", k, err)
		}
	}
	out := map[string]*jsonschema.Schema{}
	for _, k := range kinds {
		sch, err := c.Compile("file:///schema/" + k + ".json")
		if err != nil {
			t.Fatalf("%s.json does not compile: %v", k, err)
		}
		out[k] = sch
	}
	return out
}

// topLevel names the kinds of the files at the root of a content folder.
var topLevel = map[string]string{"site.yaml": "site", "sources.yaml": "sources",
	"regions.yaml": "regions", "agencies.yaml": "agencies",
	"strategies.yaml": "strategies", "indicators.yaml": "indicators"}

// kindOf returns the kind of a file at a slash-separated path relative to a
// content folder, or "" for a file no schema covers (meeting minutes).
func kindOf(rel string) string {
	parts := strings.Split(rel, "/")
	name := parts[len(parts)-1]
	isYAML := strings.HasSuffix(name, ".yaml")
	switch {
	case len(parts) == 1:
		return topLevel[name]
	case parts[0] == "allocations" && len(parts) <= 3 && isYAML:
		return "allocations"
	case parts[0] == "meetings" && len(parts) == 2 && isYAML:
		return "meeting"
	case parts[0] == "pages" && len(parts) == 2 && strings.HasSuffix(name, ".md"):
		return "page"
	}
	return ""
}

// decode reads a content file the way an editor's YAML server hands it to
// the validator: plain JSON values, and dates as the text that was written
// (YAML 1.2 has no date type; yaml.v3 would turn 2024-1-5 into 2024-01-05).
func decode(name string, data []byte) (any, error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if strings.HasSuffix(name, ".md") {
		data = frontMatter(data)
	}
	var n yaml.Node
	if err := yaml.Unmarshal(data, &n); err != nil {
		return nil, err
	}
	if n.Kind == 0 { // empty document
		if strings.HasSuffix(name, ".md") {
			return map[string]any{}, nil
		}
		return nil, nil
	}
	keepDates(&n)
	var v any
	if err := n.Decode(&v); err != nil {
		return nil, err
	}
	return jsonValue(v), nil
}

// frontMatter returns the YAML between a first line "---" and the next
// "---" line, or nothing when the page has no front matter.
func frontMatter(data []byte) []byte {
	s := strings.ReplaceAll(string(data), "\r\n", "\n")
	if !strings.HasPrefix(s, "---\n") {
		return nil
	}
	body := s[len("---\n"):]
	if end := strings.Index(body, "\n---\n"); end >= 0 {
		return []byte(body[:end+1])
	}
	if strings.HasSuffix(body, "\n---") {
		return []byte(strings.TrimSuffix(body, "---"))
	}
	return []byte(body)
}

func keepDates(n *yaml.Node) {
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!timestamp" {
		n.Tag = "!!str" // the decoder then keeps the text as written
	}
	for _, c := range n.Content {
		keepDates(c)
	}
}

// jsonValue turns what yaml.v3 decodes into `any` into JSON values.
func jsonValue(v any) any {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			v[k] = jsonValue(x)
		}
		return v
	case map[any]any: // a mapping with a non-string key, such as 2024:
		m := make(map[string]any, len(v))
		for k, x := range v {
			m[fmt.Sprint(k)] = jsonValue(x)
		}
		return m
	case []any:
		for i, x := range v {
			v[i] = jsonValue(x)
		}
		return v
	}
	return v
}

// contentFiles returns the files of a content folder that have a kind,
// as slash-separated relative paths, sorted.
func contentFiles(t testing.TB, root string) []string {
	t.Helper()
	var files []string
	err := fs.WalkDir(os.DirFS(root), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if kindOf(p) != "" {
			files = append(files, p)
		} else if strings.HasSuffix(p, ".yaml") || strings.HasSuffix(p, ".yml") {
			t.Errorf("%s/%s: no schema covers this file; a new kind of file needs one", root, p)
		}
		return nil
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		t.Fatal(err)
	}
	sort.Strings(files)
	return files
}

// checkFolder validates every file of a content folder against its schema,
// and checks that a file's `$schema` modeline names the right schema.
func checkFolder(t *testing.T, root string) int {
	schemas := compile(t)
	files := contentFiles(t, root)
	for _, rel := range files {
		name := filepath.Join(root, filepath.FromSlash(rel))
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		kind := kindOf(rel)
		checkModeline(t, name, data, kind)
		v, err := decode(name, data)
		if err != nil {
			t.Errorf("%s: not YAML: %v", name, err)
			continue
		}
		if err := schemas[kind].Validate(v); err != nil {
			t.Errorf("%s does not pass %s.json:\n%v", name, kind, err)
		}
	}
	return len(files)
}

func checkModeline(t *testing.T, name string, data []byte, kind string) {
	const tag = "# yaml-language-server: $schema="
	lines := strings.SplitN(string(data), "\n", 4)
	for _, line := range lines[:min(3, len(lines))] { // a modeline sits at the top
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, tag) {
			continue
		}
		got := filepath.Clean(filepath.Join(filepath.Dir(name), strings.TrimPrefix(line, tag)))
		want, _ := filepath.Abs(kind + ".json")
		if abs, _ := filepath.Abs(got); abs != want {
			t.Errorf("%s: modeline names %s, want the schema %s.json", name, got, kind)
		}
	}
}

// TestContent validates the reference content. An empty content/ fails:
// the test must not pass by checking nothing.
func TestContent(t *testing.T) {
	if n := checkFolder(t, filepath.Join("..", "content")); n == 0 {
		t.Fatal("../content holds no content files (site.yaml, allocations/*.yaml, ...): nothing was validated")
	}
}

// TestGood validates the good fixtures, a small but complete content folder
// that uses every key of every kind.
func TestGood(t *testing.T) {
	root := filepath.Join("testdata", "good")
	n := checkFolder(t, root)
	seen := map[string]bool{}
	for _, rel := range contentFiles(t, root) {
		seen[kindOf(rel)] = true
	}
	for _, k := range kinds {
		if !seen[k] {
			t.Errorf("%s: no good fixture of kind %s", root, k)
		}
	}
	if n == 0 {
		t.Fatal("no good fixtures")
	}
}
