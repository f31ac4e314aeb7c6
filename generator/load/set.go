package load

import (
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/generator/model"
)

// Set is what a content folder holds, read but not yet checked across
// records: the model's types filled from the files, plus every id defined
// and every reference made, each with where it was written, so package
// validate can check them all in one place.
type Set struct {
	Site      *model.Site // slices in file order; computed fields empty
	Files     []string    // every file read, in path order
	HasConfig bool        // site.yaml was read
	Broken    []string    // files that could not be parsed at all
	Defs      []Def
	Refs      []Ref
	Blanks    []Blank // values written empty, in file order

	places map[any]place // record -> where it was read, for Where
}

// place is where a record and each of its values were written. It keeps
// positions only, not the YAML nodes, so the parsed files can be freed as
// soon as they are read: a national content folder is 60 MB of YAML, and
// its nodes take twenty times that.
type place struct {
	path   string
	record model.Pos
	values []keyPos
}

// Kind names what an id identifies or a reference points at.
type Kind string

// The kinds of ids and references.
const (
	KindSource    Kind = "source"
	KindRegion    Kind = "region"
	KindAgency    Kind = "agency"
	KindFramework Kind = "framework"
	KindItem      Kind = "strategy item" // "framework/item"
	KindPart      Kind = "part"          // within a framework (Context)
	KindIndicator Kind = "indicator"
	KindMethod    Kind = "method" // within an indicator (Context)
	KindMeeting   Kind = "meeting"
	KindDecision  Kind = "decision"
	KindSummary   Kind = "summary"
	KindLine      Kind = "line"
	KindOwner     Kind = "owner" // an agency id or a region code
	KindPage      Kind = "page"
)

// Def is an id defined somewhere; two Defs of one Kind (and Context) with
// the same Value are duplicates.
type Def struct {
	Kind    Kind
	Value   string
	Context string
	Field   string
	Pos     model.Pos
	Name    string // the record's name or title as written, shown beside a suggestion
	Cause   string // key of the problem with the id as written (not a valid id), if any
}

// Ref is a reference to an id, checked against the Defs.
type Ref struct {
	Kind    Kind
	Value   string
	Context string // for KindPart the framework id, for KindMethod the indicator id
	Field   string
	Pos     model.Pos
	Cause   string // key of the problem with the written value (a code as a number), if any
}

// def reads an id and records its definition.
func (s *Set) def(o *obj, kind Kind, key, context string) string {
	v := o.id(key, true)
	if v != "" {
		s.Defs = append(s.Defs, Def{Kind: kind, Value: v, Context: context, Field: o.field(key), Pos: o.valuePos(key), Name: o.name(), Cause: o.d.cause(o.field(key))})
	}
	return v
}

// ref reads a reference and records it.
func (s *Set) ref(o *obj, kind Kind, key, context string, required bool) string {
	v := o.code(key, required)
	if v != "" {
		field := o.field(key)
		s.Refs = append(s.Refs, Ref{Kind: kind, Value: v, Context: context, Field: field, Pos: o.valuePos(key), Cause: o.d.cause(field)})
	}
	return v
}

// refs reads a list of references and records each.
func (s *Set) refs(o *obj, kind Kind, key string) []string {
	vals := o.codes(key)
	v := o.value(key, false)
	for i, val := range vals {
		pos := o.valuePos(key)
		field := o.field(key)
		if v != nil && len(v.Content) == len(vals) {
			pos = model.Pos{File: o.d.file, Line: v.Content[i].Line, Col: v.Content[i].Column}
			field = o.itemField(key, i)
		}
		s.Refs = append(s.Refs, Ref{Kind: kind, Value: val, Field: field, Pos: pos, Cause: o.d.cause(field)})
	}
	return vals
}

// provenance reads source, verification and note, recording the source reference.
func (s *Set) provenance(o *obj) model.Provenance {
	p := o.provenance()
	if p.Source != "" {
		s.Refs = append(s.Refs, Ref{Kind: KindSource, Value: p.Source, Field: o.field("source"), Pos: o.valuePos("source")})
	}
	return p
}

// place remembers where the record o was read into was written, for Where.
// nested names fields holding a set of fields or a list whose inner values
// are texts a rule may point at ("place" for place.city, "agenda" for
// agenda[0].title); only those are kept, to keep memory small.
func (s *Set) place(rec any, o *obj, nested ...string) {
	if s.places == nil {
		s.places = map[any]place{}
	}
	pl := place{path: o.path, record: o.pos(), values: make([]keyPos, 0, len(o.keys))}
	for _, k := range o.keys {
		if v := o.vals[k.Value]; v != nil {
			kp := o.d.keyPos(k.Value, v)
			// Most files have no problem at all: skip building field paths then.
			kp.bad = len(o.d.bad) > 0 && o.d.bad[o.field(k.Value)]
			pl.values = append(pl.values, kp)
		}
	}
	for key := range o.missing {
		if o.d.bad[o.field(key)] && o.keyNode(key) == nil {
			pl.values = append(pl.values, keyPos{key: key, line: int32(o.node.Line), col: int32(o.node.Column), bad: true})
		}
	}
	for _, k := range nested {
		pl.values = o.d.nestedPos(pl.values, k, o.vals[k])
	}
	s.places[rec] = pl
}

// Cause is the key of the problem found in a record's field when it was
// read (an amount written as text, a required amount missing), or "" when
// the field was read well: a rule checked later on that field (a total
// that does not reconcile) only follows from that problem.
func (s *Set) Cause(rec any, key string) string {
	pl, ok := s.places[rec]
	if !ok {
		return ""
	}
	for _, v := range pl.values {
		if v.key == key && v.bad {
			field := key
			if pl.path != "" {
				field = pl.path + "." + key
			}
			return diag.Key(pl.record.File, field)
		}
	}
	return ""
}

// name is the name or title a record is written with, in the default
// language, without reporting anything: it only labels a suggestion.
func (o *obj) name() string {
	for _, key := range []string{"name", "title"} {
		v := o.vals[key]
		if v == nil {
			continue
		}
		if v.Kind == yaml.MappingNode && len(v.Content) >= 2 {
			v = v.Content[1] // {id: ..., en: ...}: the first language written
		}
		if v.Kind == yaml.ScalarNode {
			return strings.TrimSpace(v.Value)
		}
	}
	return ""
}

// Where returns the field path and position of a record's field, so a
// rule checked later (a total that does not reconcile) points at the exact
// value. For a field not written, it is the record's start.
func (s *Set) Where(rec any, key string) (field string, pos model.Pos) {
	pl, ok := s.places[rec]
	if !ok {
		return key, model.Pos{}
	}
	if pl.path != "" {
		field = pl.path + "." + key
	} else {
		field = key
	}
	for _, v := range pl.values {
		if v.key == key {
			return field, model.Pos{File: pl.record.File, Line: int(v.line), Col: int(v.col)}
		}
	}
	return field, pl.record
}
