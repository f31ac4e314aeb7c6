package load

import (
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/tkpkd/tkpkd/generator/model"
)

// Blank is a value written empty ("" or only spaces): the placeholder a
// skeleton from "tkpkd new" leaves for staff to fill. Load reads a blank
// as if the field were absent, so no other rule complains about it, and
// records it here; package validate refuses every blank with one message
// saying what to write.
type Blank struct {
	Field    string // e.g. "decisions[0].owner"
	Key      string // the field's own name, e.g. "owner"
	Required bool   // the field may not be left out either
	Pos      model.Pos
}

// blanks collects one file's Blanks into its Set's list, each value once
// however often it is read.
type blanks struct {
	list *[]Blank
	seen map[model.Pos]int // position -> index in list
}

// blank reports whether v is written empty, recording it under field.
// A field read first as optional and later as required ends up required.
func (d *decoder) blank(v *yaml.Node, field, key string, required bool) bool {
	if v == nil || v.Kind != yaml.ScalarNode || v.Tag != "!!str" || strings.TrimSpace(v.Value) != "" {
		return false
	}
	if d.blanks.list == nil {
		return true // a decoder outside a Set: the blank is simply absent
	}
	pos := model.Pos{File: d.file, Line: v.Line, Col: v.Column}
	if i, ok := d.blanks.seen[pos]; ok {
		(*d.blanks.list)[i].Required = (*d.blanks.list)[i].Required || required
		return true
	}
	d.blanks.seen[pos] = len(*d.blanks.list)
	*d.blanks.list = append(*d.blanks.list, Blank{Field: field, Key: key, Required: required, Pos: pos})
	return true
}

// trackBlanks makes d record the blanks it meets into s.Blanks.
func (s *Set) trackBlanks(d *decoder) *decoder {
	d.blanks = blanks{list: &s.Blanks, seen: map[model.Pos]int{}}
	return d
}
