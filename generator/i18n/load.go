package i18n

import (
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strings"

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

// String is one interface string as a Decoder read it: its dotted key,
// its text and where the key was written.
type String struct {
	Key, Text string
	Line, Col int
}

// Decoder reads the strings of one catalog file, in file order. Package
// load has it (load.Strings): only load parses YAML.
type Decoder func(name string, data []byte) ([]String, diag.List)

// Load reads every *.yaml file at the root of fsys into a Catalog, each
// through decode. The error, if any, is a diag.List naming file:line:col
// for each problem.
func Load(fsys fs.FS, decode Decoder) (*Catalog, error) {
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
		readable = readFile(fsys, name, decode, all[lang], &errs) && readable
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
func readFile(fsys fs.FS, name string, decode Decoder, into map[string]entry, errs *diag.List) bool {
	data, err := fs.ReadFile(fsys, name)
	switch {
	case err != nil:
		errs.Add(name, 0, 0, "", diag.T("%v", "%v", err))
		return false
	case len(data) > maxFileSize:
		errs.Add(name, 0, 0, "", diag.T("berkas berukuran %d byte, lebih dari %d yang dibolehkan untuk teks antarmuka", "file is %d bytes, more than the %d allowed for interface strings", len(data), maxFileSize))
		return false
	}
	strs, problems := decode(name, data)
	*errs = append(*errs, problems...)
	for _, str := range strs {
		add(into, str.Key, entry{str.Text, diag.Problem{File: name, Line: str.Line, Col: str.Col}}, errs)
	}
	// A file with problems but some strings was read; one with none was not.
	return strs != nil || !problems.HasErrors()
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
