package load

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// Doc is a content file open for editing record by record, for tkpkd
// import. Only the records it changes are rewritten (through yaml.v3
// nodes); every other byte of the file, comments and blank lines
// included, stays as it was, so an import that changes nothing leaves the
// file byte-identical and a reviewer's diff shows only the changed
// records. Records are the items of a top-level block sequence (lines,
// observations), each a mapping.
type Doc struct {
	lines []string // the text without its BOM, split at "\n" (CR dropped)
	bom   bool
	crlf  bool
	final bool // the text ended in a newline
	root  *yaml.Node
	seqs  map[string]*docSeq
}

// docSeq is the state of one top-level sequence being edited.
type docSeq struct {
	node    *yaml.Node // nil when the key is absent
	key     *yaml.Node
	changed map[int]bool
	removed map[int]bool
	added   []*yaml.Node
	blank   bool // separate added records with a blank line
}

// splice replaces lines[from:to] of a Doc's text.
type splice struct {
	from, to int
	with     []string
}

// Field is one key of a record as the importer wants it written.
type Field struct {
	Key    string
	Value  string   // a scalar's text
	List   []string // a list of strings, written as a flow list ["a", "b"]
	IsList bool
	Tag    string // "!!str" (default), "!!int" or "!!float"
	Quote  bool   // write a string in double quotes (codes, names)
}

// Record is what a sequence item holds: its scalar values and lists of
// scalars by key (nested mappings are not read).
type Record struct {
	Line   int // 1-based, for messages
	Values map[string]string
	Lists  map[string][]string
}

// OpenDoc parses a YAML file for editing. A file that does not parse
// as one mapping is an error: check reports why.
func OpenDoc(data []byte) (*Doc, error) {
	d := &Doc{seqs: map[string]*docSeq{}}
	if b, ok := bytes.CutPrefix(data, []byte("\xef\xbb\xbf")); ok {
		data, d.bom = b, true
	}
	d.crlf = bytes.Contains(data, []byte("\r\n"))
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	d.final = strings.HasSuffix(text, "\n")
	d.lines = strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(text), &doc); err != nil {
		return nil, err
	}
	switch {
	case doc.Kind == 0:
		d.root = &yaml.Node{Kind: yaml.MappingNode}
	case doc.Kind == yaml.DocumentNode && len(doc.Content) == 1 && doc.Content[0].Kind == yaml.MappingNode:
		d.root = doc.Content[0]
	default:
		return nil, errors.New("the file does not hold a mapping of keys")
	}
	return d, nil
}

// Scalar returns the value of a top-level scalar key, or "".
func (d *Doc) Scalar(key string) string {
	if v := mapValue(d.root, key); v != nil && v.Kind == yaml.ScalarNode {
		return v.Value
	}
	return ""
}

func mapValue(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

// seq returns the state of a top-level sequence, refusing forms it cannot
// edit by lines (a flow sequence with items, a non-sequence).
func (d *Doc) seq(key string) (*docSeq, error) {
	if s := d.seqs[key]; s != nil {
		return s, nil
	}
	s := &docSeq{changed: map[int]bool{}, removed: map[int]bool{}}
	for i := 0; i+1 < len(d.root.Content); i += 2 {
		if d.root.Content[i].Value == key {
			s.key, s.node = d.root.Content[i], d.root.Content[i+1]
		}
	}
	if v := s.node; v != nil {
		switch {
		case v.Kind == yaml.ScalarNode && v.Tag == "!!null":
			s.node = nil
		case v.Kind != yaml.SequenceNode:
			return nil, fmt.Errorf("%s (line %d) is not a list", key, v.Line)
		case v.Style&yaml.FlowStyle != 0 && len(v.Content) > 0:
			return nil, fmt.Errorf("%s (line %d) is written as a [...] list; write one record per line with \"- \" to import into it", key, v.Line)
		}
		for _, it := range v.Content {
			if it.Kind != yaml.MappingNode {
				return nil, fmt.Errorf("%s: the item at line %d is not a record", key, it.Line)
			}
		}
	}
	d.seqs[key] = s
	return s, nil
}

// Records returns the records of a top-level sequence, in file order.
func (d *Doc) Records(key string) ([]Record, error) {
	s, err := d.seq(key)
	if err != nil || s.node == nil {
		return nil, err
	}
	out := make([]Record, len(s.node.Content))
	for i, it := range s.node.Content {
		r := Record{Line: it.Line, Values: map[string]string{}, Lists: map[string][]string{}}
		for j := 0; j+1 < len(it.Content); j += 2 {
			k, v := it.Content[j].Value, it.Content[j+1]
			switch v.Kind {
			case yaml.ScalarNode:
				r.Values[k] = v.Value
			case yaml.SequenceNode:
				list := []string{}
				for _, e := range v.Content {
					list = append(list, e.Value)
				}
				r.Lists[k] = list
			}
		}
		out[i] = r
	}
	return out, nil
}

// Update sets fields of record i of a sequence, adding keys it lacks at
// its end; a Field with no Value and no List removes the key. It reports
// whether anything changed; an unchanged record keeps its bytes.
func (d *Doc) Update(key string, i int, fields []Field) (bool, error) {
	s, err := d.seq(key)
	if err != nil {
		return false, err
	}
	if s.node == nil || i < 0 || i >= len(s.node.Content) {
		return false, fmt.Errorf("%s has no record %d", key, i)
	}
	it := s.node.Content[i]
	changed := false
	for _, f := range fields {
		at := -1
		for j := 0; j+1 < len(it.Content); j += 2 {
			if it.Content[j].Value == f.Key {
				at = j
			}
		}
		switch {
		case f.Value == "" && !f.IsList:
			if at >= 0 {
				it.Content = slices.Delete(it.Content, at, at+2)
				changed = true
			}
		case at < 0:
			it.Content = append(it.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: f.Key}, f.node())
			changed = true
		case !sameValue(it.Content[at+1], f):
			n := f.node()
			n.LineComment = it.Content[at+1].LineComment // "amount: 100 # seratus"
			it.Content[at+1] = n
			changed = true
		}
	}
	if changed {
		s.changed[i] = true
	}
	return changed, nil
}

func sameValue(n *yaml.Node, f Field) bool {
	if f.IsList {
		if n.Kind != yaml.SequenceNode || len(n.Content) != len(f.List) {
			return false
		}
		for i, e := range n.Content {
			if e.Kind != yaml.ScalarNode || e.Value != f.List[i] {
				return false
			}
		}
		return true
	}
	return n.Kind == yaml.ScalarNode && n.Value == f.Value && n.ShortTag() == f.tag()
}

func (f Field) tag() string {
	if f.Tag == "" {
		return "!!str"
	}
	return f.Tag
}

func (f Field) node() *yaml.Node {
	if f.IsList {
		n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Style: yaml.FlowStyle}
		for _, v := range f.List {
			n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v, Style: yaml.DoubleQuotedStyle})
		}
		return n
	}
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: f.tag(), Value: f.Value}
	if f.Quote {
		n.Style = yaml.DoubleQuotedStyle
	}
	return n
}

// Remove deletes record i of a sequence.
func (d *Doc) Remove(key string, i int) error {
	s, err := d.seq(key)
	if err != nil {
		return err
	}
	if s.node == nil || i < 0 || i >= len(s.node.Content) {
		return fmt.Errorf("%s has no record %d", key, i)
	}
	s.removed[i] = true
	return nil
}

// Append adds a record at the end of a sequence (creating the key at the
// end of the file when it is absent): a one-line {...} record when flow,
// else one key per line with a blank line before it.
func (d *Doc) Append(key string, fields []Field, flow bool) error {
	s, err := d.seq(key)
	if err != nil {
		return err
	}
	m := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	if flow {
		m.Style = yaml.FlowStyle
	}
	for _, f := range fields {
		if f.Value == "" && !f.IsList {
			continue
		}
		m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: f.Key}, f.node())
	}
	s.added = append(s.added, m)
	s.blank = !flow
	return nil
}
