package load

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

// The text edit behind tkpkd new follow-up lives here, where YAML is
// parsed: it finds the follow_ups list of a meeting file and adds an item
// without re-encoding the file, so comments and layout stay as written.

// AppendFollowUp returns data with a follow-up item (item(indent)) added
// at the end of the top-level follow_ups list, creating the list when
// there is none. CRLF files stay CRLF. The result is parsed again and
// must hold the new item last, or nothing is written.
func AppendFollowUp(data []byte, item func(indent string) []byte, decision string) ([]byte, error) {
	crlf := bytes.Contains(data, []byte("\r\n"))
	text := string(bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n")))
	root, err := topMapping(text)
	if err != nil {
		return nil, err
	}
	lines := strings.SplitAfter(text, "\n")
	if !strings.HasSuffix(text, "\n") {
		lines[len(lines)-1] += "\n"
	}
	var key, val, next *yaml.Node
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value == "follow_ups" {
			key, val = root.Content[i], root.Content[i+1]
			if i+2 < len(root.Content) {
				next = root.Content[i+2]
			}
		}
	}
	var out []string
	switch {
	case key == nil: // no list yet: start one at the end of the file
		out = append(append(lines, "follow_ups:\n"), string(item("  ")))
	case val.Kind == yaml.ScalarNode && val.Tag == "!!null": // "follow_ups:" alone
		out = insertLines(lines, key.Line, string(item("  ")))
	case val.Kind == yaml.SequenceNode && val.Style&yaml.FlowStyle != 0 && len(val.Content) == 0: // follow_ups: []
		l := lines[val.Line-1]
		at := runeOffset(l, val.Column-1)
		rest := strings.TrimSpace(l[min(at+2, len(l)):])
		if !strings.HasPrefix(l[at:], "[]") || (rest != "" && !strings.HasPrefix(rest, "#")) {
			return nil, errUnusual
		}
		lines[val.Line-1] = strings.TrimRight(l[:at], " ") + strings.TrimPrefix(l[at+2:], " ")
		out = insertLines(lines, val.Line, string(item("  ")))
	case val.Kind == yaml.SequenceNode && val.Style&yaml.FlowStyle == 0:
		indent := strings.Repeat(" ", val.Column-1)
		end := len(lines) // after the list: before the next top-level key and its comments
		if next != nil {
			end = next.Line - 1
		}
		for end > key.Line && (strings.TrimSpace(lines[end-1]) == "" || strings.HasPrefix(lines[end-1], "#")) {
			end--
		}
		out = insertLines(lines, end, string(item(indent)))
	default:
		return nil, errUnusual
	}
	result := strings.Join(out, "")
	if err := lastFollowUpIs(result, decision); err != nil {
		return nil, err
	}
	if crlf {
		result = strings.ReplaceAll(result, "\n", "\r\n")
	}
	return []byte(result), nil
}

var errUnusual = errors.New("follow_ups ditulis dengan cara yang tidak dikenali (bukan daftar baris \"- \"); tambahkan tindak lanjutnya dengan tangan (follow_ups is not a block list)")

// topMapping parses a meeting file's top-level mapping.
func topMapping(text string) (*yaml.Node, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(strings.TrimPrefix(text, "\uFEFF")), &doc); err != nil {
		return nil, fmt.Errorf("berkas ini belum bisa dibaca; jalankan tkpkd check dan perbaiki dulu (the file does not parse: %v)", err)
	}
	if len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, errors.New("berkas ini bukan rapat (kumpulan key: value); jalankan tkpkd check (the file is not a meeting)")
	}
	return doc.Content[0], nil
}

// lastFollowUpIs checks the edit: the last follow-up names decision.
func lastFollowUpIs(text, decision string) error {
	root, err := topMapping(text)
	if err == nil {
		for i := 0; i+1 < len(root.Content); i += 2 {
			if v := root.Content[i+1]; root.Content[i].Value == "follow_ups" && v.Kind == yaml.SequenceNode && len(v.Content) > 0 {
				var f struct{ Decision string }
				if v.Content[len(v.Content)-1].Decode(&f) == nil && f.Decision == decision {
					return nil
				}
			}
		}
	}
	return errors.New("tindak lanjut tidak bisa ditambahkan otomatis pada susunan berkas ini; tambahkan dengan tangan (the follow-up could not be added to this file's layout)")
}

// insertLines puts s after the first n lines.
func insertLines(lines []string, n int, s string) []string {
	out := append([]string{}, lines[:n]...)
	out = append(out, s)
	return append(out, lines[n:]...)
}

// runeOffset is the byte offset of the col-th character (0-based) of l;
// yaml.v3 counts columns in characters.
func runeOffset(l string, col int) int {
	for i := range l {
		if col == 0 {
			return i
		}
		col--
	}
	return len(l)
}
