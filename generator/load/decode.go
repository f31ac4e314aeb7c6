package load

import (
	"fmt"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/generator/model"
)

// decoder reads the node tree of one file, collecting every problem.
type decoder struct {
	file     string
	problems *diag.List
	visits   int  // values read so far, aliases counted each time they are used
	budget   int  // visits allowed before aliases are deemed to expand without bound
	blown    bool // the budget ran out: stop reading the file
}

func newDecoder(file string, root *yaml.Node, problems *diag.List) *decoder {
	// A file without aliases visits each node about once; aliases may reuse
	// a node a few times. Far more than that is an alias bomb.
	return &decoder{file: file, problems: problems, budget: 4*countNodes(root) + 10000}
}

func countNodes(n *yaml.Node) int {
	c := 1
	for _, k := range n.Content {
		c += countNodes(k)
	}
	return c
}

// resolve follows aliases, spending the visit budget.
func (d *decoder) resolve(n *yaml.Node) *yaml.Node {
	for hops := 0; n != nil && n.Kind == yaml.AliasNode; hops++ {
		if hops > 100 {
			return nil
		}
		n = n.Alias
	}
	d.visits++
	if d.visits > d.budget && !d.blown {
		d.blown = true
		d.problems.Add(d.file, n.Line, n.Column, "", "YAML aliases (*name) expand without bound; write the values out instead of reusing them")
	}
	if d.blown {
		return nil
	}
	return n
}

func (d *decoder) errorf(n *yaml.Node, field, format string, args ...any) {
	line, col := 0, 0
	if n != nil {
		line, col = n.Line, n.Column
	}
	d.problems.Add(d.file, line, col, field, format, args...)
}

func (d *decoder) warnf(n *yaml.Node, field, format string, args ...any) {
	d.problems.Warn(d.file, n.Line, n.Column, field, format, args...)
}

// obj is a YAML mapping being read field by field. Every key read through
// it is known; done reports the keys nobody asked for.
type obj struct {
	d     *decoder
	path  string
	node  *yaml.Node
	keys  []*yaml.Node // key nodes, in file order
	vals  map[string]*yaml.Node
	known []string
}

// object starts reading a mapping; it reports and returns nil for anything else.
func (d *decoder) object(n *yaml.Node, path string) *obj {
	n = d.resolve(n)
	if n == nil {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		d.errorf(n, path, "want a set of fields (key: value lines), got %s", describe(n))
		return nil
	}
	o := &obj{d: d, path: path, node: n, vals: map[string]*yaml.Node{}}
	o.addPairs(n, true)
	return o
}

// addPairs records a mapping's pairs; "<<" merge keys add the fields of the
// mappings they name without overriding fields written directly.
func (o *obj) addPairs(n *yaml.Node, direct bool) {
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind == yaml.ScalarNode && k.Tag == "!!merge" {
			o.merge(v)
			continue
		}
		if k.Kind != yaml.ScalarNode {
			o.d.errorf(k, o.path, "a key must be a plain word, got %s", describe(k))
			continue
		}
		if prev, dup := o.vals[k.Value]; dup {
			if direct {
				o.d.errorf(k, o.field(k.Value), "is written twice in the same record (first at line %d); keep one", prev.Line)
			}
			continue
		}
		o.keys = append(o.keys, k)
		o.vals[k.Value] = v
	}
}

func (o *obj) merge(v *yaml.Node) {
	v = o.d.resolve(v)
	if v == nil {
		return
	}
	switch v.Kind {
	case yaml.MappingNode:
		o.addPairs(v, false)
	case yaml.SequenceNode:
		for _, m := range v.Content {
			if m = o.d.resolve(m); m != nil && m.Kind == yaml.MappingNode {
				o.addPairs(m, false)
			}
		}
	default:
		o.d.errorf(v, o.path, "a merge key (<<) must name a set of fields, got %s", describe(v))
	}
}

func (o *obj) field(key string) string {
	if o.path == "" {
		return key
	}
	return o.path + "." + key
}

// pos is where the record starts.
func (o *obj) pos() model.Pos {
	return model.Pos{File: o.d.file, Line: o.node.Line, Col: o.node.Column}
}

// value returns the value node of key, or nil when the key is absent or
// null. A missing required key is reported at the record's start.
func (o *obj) value(key string, required bool) *yaml.Node {
	if !slices.Contains(o.known, key) {
		o.known = append(o.known, key)
	}
	v, ok := o.vals[key]
	if ok {
		v = o.d.resolve(v)
	}
	if !ok || v == nil || (v.Kind == yaml.ScalarNode && v.Tag == "!!null") {
		if required && !o.d.blown {
			o.d.errorf(o.node, o.field(key), "is required but missing")
		}
		return nil
	}
	return v
}

// has reports whether key is written with a non-null value.
func (o *obj) has(key string) bool {
	v, ok := o.vals[key]
	return ok && !(v.Kind == yaml.ScalarNode && v.Tag == "!!null")
}

// keyPos is where key is written, or the record's start if it is absent.
func (o *obj) keyPos(key string) model.Pos {
	for _, k := range o.keys {
		if k.Value == key {
			return model.Pos{File: o.d.file, Line: k.Line, Col: k.Column}
		}
	}
	return o.pos()
}

// valuePos is where key's value is written, or the record's start.
func (o *obj) valuePos(key string) model.Pos {
	if v, ok := o.vals[key]; ok {
		return model.Pos{File: o.d.file, Line: v.Line, Col: v.Column}
	}
	return o.pos()
}

// done reports every key that no accessor asked for, with a suggestion.
func (o *obj) done() {
	if o == nil {
		return
	}
	for _, k := range o.keys {
		if slices.Contains(o.known, k.Value) {
			continue
		}
		o.d.errorf(k, o.field(k.Value), "is not a known field here%s (known fields: %s)", suggest(k.Value, o.known), strings.Join(o.known, ", "))
	}
}

// describe names what a node is, for "got ..." in messages.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a set of fields"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		v := n.Value
		if r := []rune(v); len(r) > 60 {
			v = string(r[:57]) + "..."
		}
		switch n.Tag {
		case "!!str":
			return fmt.Sprintf("the text %q", v)
		case "!!null":
			return "nothing"
		}
		return v
	}
	return "something else"
}
