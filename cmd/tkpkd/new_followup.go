package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/tkpkd/tkpkd/generator/load"
	"github.com/tkpkd/tkpkd/generator/model"
)

// followUp adds a follow-up skeleton for decision to the end of the
// follow_ups list of its own meeting's file, or of meeting's file when
// given (the meeting at which the follow-up was reported). The file is
// edited as text, so its comments and layout stay as staff wrote them.
func (c newCmd) followUp(content, decision, meeting string, today model.Date) int {
	set, err := readContent(content)
	if err != nil {
		return c.fail("follow-up", err)
	}
	var found *load.Def
	var all []string
	for i, d := range set.Defs {
		if d.Kind == load.KindDecision {
			all = append(all, d.Value)
			if d.Value == decision {
				found = &set.Defs[i]
			}
		}
	}
	if found == nil {
		return c.fail("follow-up", fmt.Errorf("keputusan %q tidak ada di meetings/*.yaml%s (no such decision)", decision, sameMeeting(decision, all)))
	}
	file := found.Pos.File
	if meeting != "" {
		if !meetingID.MatchString(meeting) {
			return c.fail("follow-up", fmt.Errorf("--meeting %q bukan id rapat yang sah (not a valid meeting id)", meeting))
		}
		file = "meetings/" + meeting + ".yaml"
	}
	path := filepath.Join(content, filepath.FromSlash(file))
	data, err := os.ReadFile(path)
	if err != nil {
		return c.fail("follow-up", fmt.Errorf("rapat %s tidak bisa dibaca: %v (the meeting file cannot be read)", file, err))
	}
	out, err := appendFollowUp(data, func(indent string) []byte {
		return skeleton(followUpSkeleton, map[string]string{"Indent": indent, "Decision": decision, "Today": today.String()})
	}, decision)
	if err != nil {
		return c.fail("follow-up", fmt.Errorf("%s: %v", file, err))
	}
	if err := replaceFile(path, out); err != nil {
		return c.fail("follow-up", err)
	}
	return c.created(path, content, set, today)
}

// sameMeeting lists the decisions of the meeting decision names, as a hint.
func sameMeeting(decision string, all []string) string {
	prefix, _, _ := strings.Cut(decision, "/")
	var near []string
	for _, d := range all {
		if strings.HasPrefix(d, prefix+"/") {
			near = append(near, d)
		}
	}
	if len(near) == 0 {
		return ""
	}
	sort.Strings(near)
	return "; keputusan rapat itu: " + strings.Join(near, ", ")
}

// appendFollowUp returns data with a follow-up item (item(indent)) added
// at the end of the top-level follow_ups list, creating the list when
// there is none. CRLF files stay CRLF. The result is parsed again and
// must hold the new item last, or nothing is written.
func appendFollowUp(data []byte, item func(indent string) []byte, decision string) ([]byte, error) {
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

// replaceFile writes data over path through a temporary file, so an
// interrupted write never leaves half a meeting.
func replaceFile(path string, data []byte) error {
	st, err := os.Stat(path)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tkpkd-new-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(st.Mode().Perm()); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
