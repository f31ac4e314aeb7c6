package i18n

import (
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/tkpkd/tkpkd/generator/diag"
)

// maxFileSize caps a catalog file before it is parsed; interface strings
// never come near it, so a bigger file is a mistake.
const maxFileSize = 1 << 20

// langCode is what may stand for a language in a file name: id, en, jv,
// or a regional form such as pt-BR.
var langCode = regexp.MustCompile(`^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$`)

// entry is one string and where it was defined.
type entry struct {
	text string
	pos  diag.Problem // File, Line, Col only
}

// Load reads every *.yaml file at the root of fsys into a Catalog. The
// error, if any, is a diag.List naming file:line:col for each problem.
func Load(fsys fs.FS) (*Catalog, error) {
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return nil, err
	}
	var errs diag.List
	if len(names) == 0 {
		errs.Add(".", 0, 0, "", diag.T("tidak ada teks antarmuka: perlu berkas bernama <bahasa>.yaml atau <kelompok>.<bahasa>.yaml", "no interface strings: want files named <lang>.yaml or <group>.<lang>.yaml"))
		return nil, errs
	}
	sort.Strings(names)
	all := map[string]map[string]entry{} // lang -> key -> entry
	readable := true
	for _, name := range names {
		lang, ok := fileLang(name)
		if !ok {
			errs.Add(name, 0, 0, "", diag.T("bahasanya tidak terbaca dari nama berkas: namai <bahasa>.yaml atau <kelompok>.<bahasa>.yaml (mis. id.yaml, briefs.en.yaml)", "cannot tell the language from the file name: name it <lang>.yaml or <group>.<lang>.yaml (e.g. id.yaml, briefs.en.yaml)"))
			readable = false
			continue
		}
		if all[lang] == nil {
			all[lang] = map[string]entry{}
		}
		readable = readFile(fsys, name, all[lang], &errs) && readable
	}
	// A file that could not be read would make every one of its keys
	// "missing" elsewhere; report only the real problem then.
	if readable {
		checkComplete(all, &errs)
	}
	if len(errs) > 0 {
		return nil, errs.Sort()
	}
	return build(all), nil
}

// fileLang returns the language of a file named <lang>.yaml or
// <group>.<lang>.yaml.
func fileLang(name string) (string, bool) {
	base := strings.TrimSuffix(name, ".yaml")
	lang := base[strings.LastIndexByte(base, '.')+1:]
	return lang, langCode.MatchString(lang)
}

// readFile parses one file and adds its strings to into. It returns false
// when the file as a whole could not be read.
func readFile(fsys fs.FS, name string, into map[string]entry, errs *diag.List) bool {
	data, err := fs.ReadFile(fsys, name)
	switch {
	case err != nil:
		errs.Add(name, 0, 0, "", diag.T("%v", "%v", err))
		return false
	case len(data) > maxFileSize:
		errs.Add(name, 0, 0, "", diag.T("berkas berukuran %d byte, lebih dari %d yang dibolehkan untuk teks antarmuka", "file is %d bytes, more than the %d allowed for interface strings", len(data), maxFileSize))
		return false
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		// yaml.v3 syntax errors carry "yaml: line N: ..." but no column.
		errs.Add(name, 0, 0, "", diag.T("%v", "%v", err))
		return false
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		errs.Add(name, 0, 0, "", diag.T("berkas kosong: perlu pasangan kunci dan teks", "file is empty: want a map of keys to strings"))
		return false
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		errs.Add(name, root.Line, root.Column, "", diag.T("perlu pasangan kunci dan teks, tertulis %s", "want a map of keys to strings, got %s", kindName(root)))
		return false
	}
	flatten(name, "", root, into, errs)
	return true
}

// flatten walks a mapping, adding prefix-dotted keys for its strings.
func flatten(file, prefix string, m *yaml.Node, into map[string]entry, errs *diag.List) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if k.Kind != yaml.ScalarNode || k.Value == "" {
			errs.Add(file, k.Line, k.Column, "", keyed(prefix, diag.T("kunci harus berupa kata, tertulis %s", "a key must be a non-empty word, got %s", kindName(k))))
			continue
		}
		key := k.Value
		if prefix != "" {
			key = prefix + "." + k.Value
		}
		switch {
		case v.Kind == yaml.MappingNode:
			flatten(file, key, v, into, errs)
		case v.Kind == yaml.ScalarNode && v.Tag != "!!null":
			add(into, key, entry{v.Value, diag.Problem{File: file, Line: k.Line, Col: k.Column}}, errs)
		default:
			// Aliases are refused rather than followed: a walker that
			// follows them can be made to expand without bound.
			errs.Add(file, v.Line, v.Column, "", keyed(key, diag.T("perlu teks (apit dengan tanda kutip), tertulis %s", "want a string (quote it), got %s", kindName(v))))
		}
	}
}

// add records a string, reporting a second definition of the same key.
func add(into map[string]entry, key string, e entry, errs *diag.List) {
	if prev, dup := into[key]; dup {
		errs.Add(e.pos.File, e.pos.Line, e.pos.Col, "", keyed(key, diag.T("ditulis dua kali: juga di %s", "defined twice: also at %s", where(prev.pos))))
		return
	}
	into[key] = e
}

// checkComplete reports every key that one language has and another lacks.
func checkComplete(all map[string]map[string]entry, errs *diag.List) {
	langs := sortedKeys(all)
	for _, lang := range langs {
		for _, key := range sortedKeys(all[lang]) {
			for _, other := range langs {
				if _, ok := all[other][key]; !ok {
					p := all[lang][key].pos
					errs.Add(p.File, p.Line, p.Col, "", keyed(key, diag.T("tidak ada dalam bahasa %q: tambahkan ke berkas %s.yaml", "missing in language %q: add it to a %s.yaml file", other, other)))
				}
			}
		}
	}
}

func build(all map[string]map[string]entry) *Catalog {
	c := &Catalog{langs: sortedKeys(all), strings: map[string]map[string]string{}}
	for lang, m := range all {
		c.strings[lang] = make(map[string]string, len(m))
		for k, e := range m {
			c.strings[lang][k] = e.text
		}
	}
	return c
}

func where(p diag.Problem) string { return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col) }

func kindName(n *yaml.Node) string {
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
		return fmt.Sprintf("%q", n.Value)
	}
	return "nothing"
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// keyed puts an interface string's dotted key before a message. The key
// is not a field path of content, so it is not given to diag as one.
func keyed(key string, msg diag.Text) diag.Text {
	if key == "" {
		return msg
	}
	return diag.T("%s: %s", "%s: %s", key, msg)
}
