package load

import (
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/generator/i18n"
)

// Templates are read here too, so that only this package parses YAML: the
// front matter of a brief template (FrontMatter) and the interface strings
// (Strings). Their problems name the template file itself, relative to the
// templates folder, with the line and column in it.

// FrontMatter splits a template into its front matter, a set of fields
// between two "---" lines, and the body after it. Every field must be one
// of known and a single value; a missing field is "". The body starts on
// line bodyLine of the file.
func FrontMatter(name string, src []byte, known []string) (fields map[string]string, body string, bodyLine int, err error) {
	var problems diag.List
	data := normalise(src)
	if !checkEncoding(name, data, &problems) {
		return nil, "", 0, problems
	}
	front, body, bodyLine, ok := splitFrontMatter(data)
	if !ok {
		problems.Add(name, 1, 1, "", diag.T("tidak diawali front matter; mulai berkas dengan baris \"---\", lalu kolomnya (%s), lalu baris \"---\" lagi",
			"has no front matter; start the file with a \"---\" line, then its fields (%s), then another \"---\" line", strings.Join(known, ", ")))
		return nil, "", 0, problems
	}
	// Front matter starts on line 2 of the file: a leading blank line keeps
	// the line numbers YAML reports equal to the file's.
	root, ok := parseYAML(name, append([]byte("\n"), front...), &problems)
	if !ok {
		return nil, "", 0, problems
	}
	d := newDecoder(name, root, &problems)
	r := d.object(root, "")
	if r == nil {
		return nil, "", 0, problems
	}
	fields = map[string]string{}
	for _, k := range known {
		fields[k] = r.text(k, false)
	}
	r.done()
	if problems.HasErrors() {
		return nil, "", 0, problems.Sort()
	}
	return fields, body, bodyLine, nil
}

// Strings reads a file of interface strings (templates/i18n/*.yaml): a set
// of fields whose values are texts or further sets of fields, flattened to
// dotted keys in file order ("status: {baru: Baru}" is "status.baru").
// Lists, empty values and aliases are refused: a walker that follows
// aliases can be made to expand without bound.
func Strings(name string, data []byte) ([]i18n.String, diag.List) {
	var problems diag.List
	root, ok := parseYAML(name, data, &problems)
	if !ok {
		return nil, problems
	}
	if root.Kind != yaml.MappingNode {
		problems.Add(name, root.Line, root.Column, "", diag.T("perlu pasangan kunci dan teks, tertulis %s", "want a map of keys to strings, got %s", stringKind(root)))
		return nil, problems
	}
	var out []i18n.String
	flatten(name, "", root, &out, &problems)
	return out, problems
}

// flatten walks a mapping, adding prefix-dotted keys for its strings.
func flatten(file, prefix string, m *yaml.Node, out *[]i18n.String, problems *diag.List) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if k.Kind != yaml.ScalarNode || k.Value == "" {
			problems.Add(file, k.Line, k.Column, "", keyed(prefix, diag.T("kunci harus berupa kata, tertulis %s", "a key must be a non-empty word, got %s", stringKind(k))))
			continue
		}
		key := k.Value
		if prefix != "" {
			key = prefix + "." + k.Value
		}
		switch {
		case v.Kind == yaml.MappingNode:
			flatten(file, key, v, out, problems)
		case v.Kind == yaml.ScalarNode && v.Tag != "!!null":
			*out = append(*out, i18n.String{Key: key, Text: v.Value, Line: k.Line, Col: k.Column})
		default:
			problems.Add(file, v.Line, v.Column, "", keyed(key, diag.T("perlu teks (apit dengan tanda kutip), tertulis %s", "want a string (quote it), got %s", stringKind(v))))
		}
	}
}

// stringKind names what a node is, for "got ..." in Strings' messages.
func stringKind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a map"
	case yaml.AliasNode:
		return "an alias (*" + n.Value + ")"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "nothing (null)"
		}
		return strconv.Quote(n.Value)
	}
	return "nothing"
}

// keyed puts an interface string's dotted key before a message. The key
// is not a field path of content, so it is not given to diag as one.
func keyed(key string, msg diag.Text) diag.Text {
	if key == "" {
		return msg
	}
	return diag.T("%s: %s", "%s: %s", key, msg)
}
