package load

import (
	"bytes"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// The text half of Doc: where each record's lines are, and how the
// edited records are spliced back into the original text.

// Bytes returns the edited file: the original text with changed records
// re-rendered, removed ones cut out and added ones placed after the last
// record, in the original's encoding (BOM, CRLF).
func (d *Doc) Bytes() ([]byte, error) {
	var splices []splice
	keys := make([]string, 0, len(d.seqs))
	for k := range d.seqs {
		keys = append(keys, k)
	}
	slices.Sort(keys) // map order must not reach the output
	for _, key := range keys {
		s := d.seqs[key]
		if s.node == nil || len(s.node.Content) == 0 {
			if len(s.added) > 0 {
				sp, err := d.newSequence(key, s)
				if err != nil {
					return nil, err
				}
				splices = append(splices, sp)
			}
			continue
		}
		indent := 0
		end := 0
		for i, it := range s.node.Content {
			from, dash := d.itemStart(it)
			to := d.itemEnd(from, dash)
			if i == 0 {
				indent = dash
			}
			end = to
			switch {
			case s.removed[i]:
				if from > 0 && (blankLine(d.lines[from-1]) || commentLine(d.lines[from-1])) {
					for to < len(d.lines) && blankLine(d.lines[to]) {
						to++
					}
				}
				splices = append(splices, splice{from, to, nil})
			case s.changed[i]:
				out, err := renderItem(it, dash)
				if err != nil {
					return nil, err
				}
				splices = append(splices, splice{from, to, out})
			}
		}
		var add []string
		for _, m := range s.added {
			out, err := renderItem(m, indent)
			if err != nil {
				return nil, err
			}
			if s.blank {
				add = append(add, "")
			}
			add = append(add, out...)
		}
		if len(add) > 0 {
			splices = append(splices, splice{end, end, add})
		}
	}
	// Apply from the bottom up so earlier line numbers stay valid; an
	// insertion after the last record sorts after a removal ending there.
	slices.SortStableFunc(splices, func(a, b splice) int {
		if a.from != b.from {
			return b.from - a.from
		}
		return (b.to - b.from) - (a.to - a.from)
	})
	lines := slices.Clone(d.lines)
	for _, sp := range splices {
		lines = slices.Replace(lines, sp.from, sp.to, sp.with...)
	}
	text := strings.Join(lines, "\n")
	if d.final || len(splices) > 0 {
		text += "\n"
	}
	if d.crlf {
		text = strings.ReplaceAll(text, "\n", "\r\n")
	}
	if d.bom {
		text = "\xef\xbb\xbf" + text
	}
	return []byte(text), nil
}

// newSequence writes the added records of a sequence that is absent,
// null or an empty [] list.
func (d *Doc) newSequence(key string, s *docSeq) (splice, error) {
	var items []string
	for _, m := range s.added {
		out, err := renderItem(m, 2)
		if err != nil {
			return splice{}, err
		}
		if s.blank && len(items) > 0 {
			items = append(items, "")
		}
		items = append(items, out...)
	}
	if s.key != nil { // "key:" or "key: []" on its own line
		l := s.key.Line - 1
		head := d.lines[l][:s.key.Column-1] + key + ":"
		return splice{l, l + 1, append([]string{head}, items...)}, nil
	}
	n := len(d.lines)
	for n > 0 && blankLine(d.lines[n-1]) {
		n--
	}
	with := append([]string{"", key + ":"}, items...)
	if n == 0 {
		with = with[1:]
	}
	return splice{n, len(d.lines), with}, nil
}

// itemStart returns the 0-based line of an item's "-" and its column.
func (d *Doc) itemStart(it *yaml.Node) (line, dash int) {
	line = it.Line - 1
	l := d.lines[line]
	for c := min(it.Column-2, len(l)-1); c >= 0; c-- {
		if l[c] == '-' {
			return line, c
		}
		if l[c] != ' ' {
			break
		}
	}
	// "-" alone on the line above, the record below it.
	for p := line - 1; p >= 0; p-- {
		if t := strings.TrimSpace(d.lines[p]); t == "-" {
			return p, strings.Index(d.lines[p], "-")
		} else if t != "" {
			break
		}
	}
	return line, max(it.Column-3, 0)
}

// itemEnd returns the line after an item: the first line indented no
// deeper than its "-" that is not blank or a comment, less the blank and
// comment lines before it (they introduce the next record).
func (d *Doc) itemEnd(from, dash int) int {
	to := from + 1
	for to < len(d.lines) {
		l := d.lines[to]
		if !blankLine(l) && !commentLine(l) && indentOf(l) <= dash {
			break
		}
		to++
	}
	for to > from+1 && (blankLine(d.lines[to-1]) || commentLine(d.lines[to-1])) {
		to--
	}
	return to
}

func blankLine(l string) bool   { return strings.TrimSpace(l) == "" }
func commentLine(l string) bool { return strings.HasPrefix(strings.TrimSpace(l), "#") }
func indentOf(l string) int     { return len(l) - len(strings.TrimLeft(l, " ")) }

// renderItem writes one sequence item at the given indent. Head and foot
// comments are dropped: they sit outside the item's lines, which the file
// keeps; comments at the end of a value's line are kept.
func renderItem(it *yaml.Node, indent int) ([]string, error) {
	dropOuterComments(it)
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(&yaml.Node{Kind: yaml.SequenceNode, Content: []*yaml.Node{it}}); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	out := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	pad := strings.Repeat(" ", indent)
	for i, l := range out {
		if l != "" {
			out[i] = pad + l
		}
	}
	return out, nil
}

func dropOuterComments(n *yaml.Node) {
	n.HeadComment, n.FootComment = "", ""
	for _, c := range n.Content {
		dropOuterComments(c)
	}
}
