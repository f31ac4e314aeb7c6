package load

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/tkpkd/tkpkd/generator/model"
)

// keyPos is where one value of a record was written (for Where: its
// first character, a quote or the "|" of a block). For a text it also
// keeps where the text itself starts, and style says how the characters
// after that map onto the file, so a rule can point at one character.
type keyPos struct {
	key       string
	line, col int32
	dline     uint16 // the text's first line is line+dline
	tcol      uint16 // and starts at this column; 0 when unknown
	style     textStyle
	bad       bool // the value had a problem when it was read
}

// textStyle says how a value's characters lie in the file.
type textStyle uint8

const (
	atValue textStyle = iota // only the text's start is known (folded, escaped or several lines)
	inLine                   // on one line from tcol, as written
	literal                  // a "|" block: line per line, each from tcol
)

// keyPos is where value v of key starts, and its text.
func (d *decoder) keyPos(key string, v *yaml.Node) keyPos {
	kp := keyPos{key: key, line: int32(v.Line), col: int32(v.Column)}
	if v.Kind != yaml.ScalarNode || v.Tag != "!!str" {
		return kp // only a text has characters a rule points at
	}
	start := func(line, col int) {
		if line-v.Line < 1<<16 && col < 1<<16 {
			kp.dline, kp.tcol = uint16(line-v.Line), uint16(col)
		}
	}
	switch {
	case v.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
		if line, col, ok := d.blockStart(v.Line); ok {
			start(line, col)
			if v.Style&yaml.LiteralStyle != 0 {
				kp.style = literal
			}
		}
	case v.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0:
		start(v.Line, v.Column+1)
		if d.asWritten(v, 1) {
			kp.style = inLine
		}
	default:
		start(v.Line, v.Column)
		if d.asWritten(v, 0) {
			kp.style = inLine
		}
	}
	if kp.tcol == 0 {
		kp.style = atValue
	}
	return kp
}

// asWritten reports whether the scalar v stands in its line exactly as
// its value reads, after skip quote characters: then a character's column
// is the value's plus its offset. A value folded over several lines, or
// with escapes, is not.
func (d *decoder) asWritten(v *yaml.Node, skip int) bool {
	l := d.lineAt(v.Line)
	// yaml.v3 counts columns in characters, not bytes: they are the same
	// where the line is ASCII up to the value, as it mostly is.
	n := v.Column - 1 + skip
	if n > len(l) {
		return false
	}
	if ascii(l[:n]) {
		l = l[n:]
	} else {
		for ; n > 0; n-- {
			_, size := utf8.DecodeRune(l)
			if size == 0 {
				return false
			}
			l = l[size:]
		}
	}
	return len(l) >= len(v.Value) && string(l[:len(v.Value)]) == v.Value
}

func ascii(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// blockStart finds the first non-blank line after the "|" or ">" on line,
// and the column its text starts at.
func (d *decoder) blockStart(line int) (int, int, bool) {
	for n := line + 1; ; n++ {
		l, ok := d.line(n)
		if !ok {
			return 0, 0, false
		}
		if t := bytes.TrimLeft(l, " "); len(t) > 0 {
			return n, len(l) - len(t) + 1, true
		}
	}
}

// lineAt returns line n (1-based) of the file, or nothing when unknown.
func (d *decoder) lineAt(n int) []byte {
	l, _ := d.line(n)
	return l
}

func (d *decoder) line(n int) ([]byte, bool) {
	if d.lines == nil && d.text != nil {
		d.lines = []int{0}
		for i, c := range d.text {
			if c == '\n' {
				d.lines = append(d.lines, i+1)
			}
		}
	}
	if n < 1 || n > len(d.lines) {
		return nil, false
	}
	start := d.lines[n-1]
	end := len(d.text)
	if n < len(d.lines) {
		end = d.lines[n] - 1
	}
	return d.text[start:end], true
}

// nestedPos appends the positions of the values inside v, the value of
// key: "key.sub" for a set of fields, "key[i]" and "key[i].sub" for a list.
func (d *decoder) nestedPos(out []keyPos, key string, v *yaml.Node) []keyPos {
	if v = follow(v); v == nil {
		return out
	}
	fields := func(prefix string, m *yaml.Node) {
		for i := 0; i+1 < len(m.Content); i += 2 {
			if k, val := m.Content[i], follow(m.Content[i+1]); k.Kind == yaml.ScalarNode && val != nil {
				out = append(out, d.keyPos(prefix+"."+k.Value, val))
			}
		}
	}
	switch v.Kind {
	case yaml.MappingNode:
		fields(key, v)
	case yaml.SequenceNode:
		for i, item := range v.Content {
			item = follow(item)
			if item == nil {
				continue
			}
			at := key + "[" + strconv.Itoa(i) + "]"
			if item.Kind == yaml.MappingNode {
				fields(at, item)
			} else {
				out = append(out, d.keyPos(at, item))
			}
		}
	}
	return out
}

// follow resolves an alias without spending the decoder's budget: the
// value was read (and counted) already.
func follow(n *yaml.Node) *yaml.Node {
	for hops := 0; n != nil && n.Kind == yaml.AliasNode; hops++ {
		if hops > 100 {
			return nil
		}
		n = n.Alias
	}
	return n
}

// WhereIn is Where for the character at byte offset of text, the value of
// a record's field: the file, line and column of that character itself
// where the file says it exactly, else of the text's start.
func (s *Set) WhereIn(rec any, key, text string, offset int) (field string, pos model.Pos) {
	field, pos = s.Where(rec, key)
	kp, ok := s.keyPosOf(rec, key)
	if !ok || kp.tcol == 0 || offset < 0 || offset > len(text) {
		return field, pos
	}
	pos.Line, pos.Col = int(kp.line)+int(kp.dline), int(kp.tcol)
	before := text[:offset]
	switch kp.style {
	case inLine:
		pos.Col += utf8.RuneCountInString(before)
	case literal:
		pos.Line += strings.Count(before, "\n")
		pos.Col += utf8.RuneCountInString(before[strings.LastIndexByte(before, '\n')+1:])
	}
	return field, pos
}

func (s *Set) keyPosOf(rec any, key string) (keyPos, bool) {
	for _, v := range s.places[rec].values {
		if v.key == key {
			return v, true
		}
	}
	return keyPos{}, false
}
