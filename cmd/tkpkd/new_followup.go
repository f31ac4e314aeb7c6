package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

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
	out, err := load.AppendFollowUp(data, func(indent string) []byte {
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
