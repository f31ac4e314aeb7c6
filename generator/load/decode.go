package load

import (
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/generator/model"
)

// decoder reads the node tree of one file, collecting every problem.
type decoder struct {
	file     string
	text     []byte // the file's text, for where a text value really starts; may be nil
	lines    []int  // offsets of the starts of text's lines, made on first use
	problems *diag.List
	visits   int             // values read so far, aliases counted each time they are used
	budget   int             // visits allowed before aliases are deemed to expand without bound
	blown    bool            // the budget ran out: stop reading the file
	bad      map[string]bool // field paths with a problem, whose knock-ons fold into it
	blanks   blanks
}

func newDecoder(file string, root *yaml.Node, problems *diag.List) *decoder {
	// A file without aliases visits each node about once; aliases may reuse
	// a node a few times. Far more than that is an alias bomb.
	return &decoder{file: file, problems: problems, budget: 4*countNodes(root) + 10000, bad: map[string]bool{}}
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
		d.problems.Add(d.file, n.Line, n.Column, "", diag.T("alias YAML (*nama) di berkas ini berlipat tanpa batas; tulis nilainya langsung, jangan dipakai ulang",
			"YAML aliases (*name) in this file expand without bound; write the values out instead of reusing them"))
	}
	if d.blown {
		return nil
	}
	return n
}

// errorf reports a problem at n and remembers that field is wrong, so a
// problem that only follows from it (a total including this amount) is
// folded into it.
func (d *decoder) errorf(n *yaml.Node, field string, msg diag.Text) {
	line, col := 0, 0
	if n != nil {
		line, col = n.Line, n.Column
	}
	d.problems.Add(d.file, line, col, field, msg)
	d.bad[field] = true
}

func (d *decoder) warnf(n *yaml.Node, field string, msg diag.Text) {
	d.problems.Warn(d.file, n.Line, n.Column, field, msg)
}

// cause is the key of the problem reported on field, if any.
func (d *decoder) cause(field string) string {
	if len(d.bad) > 0 && d.bad[field] {
		return diag.Key(d.file, field)
	}
	return ""
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
	// missing holds required keys reported missing, with the index of the
	// report, so done can rewrite it if a misspelt key explains it.
	missing map[string]int
}

// object starts reading a mapping; it reports and returns nil for anything else.
func (d *decoder) object(n *yaml.Node, path string) *obj {
	n = d.resolve(n)
	if n == nil {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		d.errorf(n, path, diag.T("di sini seharusnya sekumpulan kolom (baris kunci: nilai), tertulis %s", "want a set of fields (key: value lines), got %s", describe(n)))
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
			o.d.errorf(k, o.path, diag.T("kunci harus berupa satu kata, tertulis %s", "a key must be a plain word, got %s", describe(k)))
			continue
		}
		if prev, dup := o.vals[k.Value]; dup {
			if direct {
				o.d.errorf(k, o.field(k.Value), diag.T("ditulis dua kali dalam satu rekaman (pertama di baris %d); hapus salah satu", "is written twice in the same record (first at line %d); keep one", prev.Line))
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
		o.d.errorf(v, o.path, diag.T("kunci gabung (<<) harus menunjuk sekumpulan kolom, tertulis %s", "a merge key (<<) must name a set of fields, got %s", describe(v)))
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
	if ok && o.d.blank(v, o.field(key), key, required) {
		return nil // a placeholder not filled: validate reports it
	}
	if !ok || v == nil || (v.Kind == yaml.ScalarNode && v.Tag == "!!null") {
		if required && !o.d.blown {
			at := o.node
			if k := o.keyNode(key); k != nil {
				at = k // written but empty: point at the key
			}
			msg := diag.T("wajib diisi tetapi tidak ada; tambahkan baris %s: ...", "is required but missing; add a line %s: ...", key)
			if at != o.node {
				msg = diag.T("wajib diisi tetapi kosong; tulis nilainya setelah %s:", "is required but empty; write its value after %s:", key)
			}
			o.d.errorf(at, o.field(key), msg)
			if o.missing == nil {
				o.missing = map[string]int{}
			}
			o.missing[key] = len(*o.d.problems) - 1
		}
		return nil
	}
	return v
}

func (o *obj) keyNode(key string) *yaml.Node {
	for _, k := range o.keys {
		if k.Value == key {
			return k
		}
	}
	return nil
}

// has reports whether key is written with a non-null value.
func (o *obj) has(key string) bool {
	v, ok := o.vals[key]
	return ok && !(v.Kind == yaml.ScalarNode && v.Tag == "!!null")
}

// keyPos is where key is written, or the record's start if it is absent.
func (o *obj) keyPos(key string) model.Pos {
	if k := o.keyNode(key); k != nil {
		return model.Pos{File: o.d.file, Line: k.Line, Col: k.Column}
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

// done reports every key that no accessor asked for. A misspelt required
// key (ammount) was first reported as missing; that report is rewritten
// to name the misspelling, so the officer sees one problem, not two. A key
// of digits after a number is the tail of a decimal comma in a {...} record.
func (o *obj) done() {
	if o == nil {
		return
	}
	var prev *yaml.Node
	for i, k := range o.keys {
		if slices.Contains(o.known, k.Value) {
			prev = k
			continue
		}
		if digitsOnly(k.Value) && prev != nil && prev.Line == k.Line && i > 0 {
			if v := o.vals[prev.Value]; v != nil && v.Kind == yaml.ScalarNode && (v.Tag == "!!int" || v.Tag == "!!float") {
				o.d.errorf(v, o.field(prev.Value), diag.T("memakai koma desimal (tertulis %s,%s); YAML memakai titik untuk desimal: tulis %s.%s",
					"uses a decimal comma (got %s,%s); YAML writes decimals with a point: write %s.%s", v.Value, k.Value, v.Value, k.Value))
				continue
			}
		}
		if key, at := o.misspelt(k.Value); key != "" {
			// The report of the missing key becomes the report of its misspelling.
			(*o.d.problems)[at] = diag.Problem{File: o.d.file, Line: k.Line, Col: k.Column, Field: o.field(key),
				Msg: diag.T("kunci %q tidak dikenal; maksudnya %q? Ganti %s: menjadi %s:", "the key %q is not known; did you mean %q? Rename %s: to %s:", k.Value, key, k.Value, key)}
			delete(o.missing, key)
			continue
		}
		o.d.errorf(k, o.field(k.Value), diag.T("bukan kolom yang dikenal di sini%s (yang dikenal: %s)", "is not a known field here%s (known fields: %s)",
			suggest(k.Value, o.known), strings.Join(o.known, ", ")))
	}
}

// misspelt finds the required key reported missing that got is a
// misspelling of, with the index of that report.
func (o *obj) misspelt(got string) (string, int) {
	var keys []string
	for k := range o.missing {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if best := nearest(got, keys); best != "" {
		return best, o.missing[best]
	}
	return "", 0
}

func digitsOnly(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// describe names what a node is, for "got ..." in messages.
func describe(n *yaml.Node) diag.Text {
	switch n.Kind {
	case yaml.MappingNode:
		return diag.T("sekumpulan kolom", "a set of fields")
	case yaml.SequenceNode:
		return diag.T("sebuah daftar", "a list")
	case yaml.ScalarNode:
		v := n.Value
		if r := []rune(v); len(r) > 60 {
			v = string(r[:57]) + "..."
		}
		switch n.Tag {
		case "!!str":
			return diag.T("teks %q", "the text %q", v)
		case "!!null":
			return diag.T("kosong", "nothing")
		}
		return diag.T("%s", "%s", v)
	}
	return diag.T("hal lain", "something else")
}
