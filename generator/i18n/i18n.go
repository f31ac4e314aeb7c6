// Package i18n holds the interface strings of the site and the briefs in
// every language, and checks that each language has every string.
//
// The catalog is read from the YAML files at the root of a file system
// (the templates' i18n folder), each parsed by package load (load.Strings,
// given to Load by build: only load parses YAML). A file is named <lang>.yaml or
// <group>.<lang>.yaml: id.yaml and briefs.id.yaml both hold Bahasa
// Indonesia. Groups only split the files; they do not prefix the keys, so
// a group should nest its strings under its own top-level key. Nested maps
// become dotted keys:
//
//	status:
//	  terlambat: Terlambat   # key "status.terlambat"
//
// Values are strings, used as fmt formats by Tf. Loading fails, naming the
// file, line and column, when a key is defined twice for one language (in
// one file or two), when a key of one language is missing in another, or
// when a value is a list, empty (null) or an alias. So a complete catalog
// is the only kind there is, and T never has to guess.
package i18n

import (
	"fmt"
	"sort"
)

// Catalog is every interface string in every language.
type Catalog struct {
	langs   []string                     // sorted
	strings map[string]map[string]string // lang -> key -> text
}

// T returns the string for key in lang. A key or language the catalog does
// not have gives "[[key]]", which tests and reviewers can grep for.
func (c *Catalog) T(lang, key string) string {
	if s, ok := c.strings[lang][key]; ok {
		return s
	}
	return "[[" + key + "]]"
}

// Tf formats the string for key in lang with args, as fmt.Sprintf does.
func (c *Catalog) Tf(lang, key string, args ...any) string {
	return fmt.Sprintf(c.T(lang, key), args...)
}

// Has reports whether key exists; since the catalog is complete, it then
// exists in every language.
func (c *Catalog) Has(key string) bool {
	if len(c.langs) == 0 {
		return false
	}
	_, ok := c.strings[c.langs[0]][key]
	return ok
}

// Languages returns the catalog's languages, sorted.
func (c *Catalog) Languages() []string {
	return append([]string(nil), c.langs...)
}

// Keys returns every key, sorted (the same in every language).
func (c *Catalog) Keys() []string {
	if len(c.langs) == 0 {
		return nil
	}
	m := c.strings[c.langs[0]]
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
