package scaffold

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/tkpkd/tkpkd/generator/load"
)

// FollowUp is the meeting file with a follow-up skeleton for decision
// added to the end of its follow_ups list: the decision's own meeting, or
// meeting's when given (the meeting at which the follow-up was reported).
// The file is edited as text, so its comments and layout stay as staff
// wrote them.
func (c *Content) FollowUp(decision, meeting string, today time.Time) (File, error) {
	var found *load.Def
	var all []string
	for i, d := range c.set.Defs {
		if d.Kind == load.KindDecision {
			all = append(all, d.Value)
			if d.Value == decision {
				found = &c.set.Defs[i]
			}
		}
	}
	if found == nil {
		return File{}, fmt.Errorf("keputusan %q tidak ada di meetings/*.yaml%s (no such decision)", decision, sameMeeting(decision, all))
	}
	name := found.Pos.File
	if meeting != "" {
		if !ValidMeetingID(meeting) {
			return File{}, fmt.Errorf("--meeting %q bukan id rapat yang sah (not a valid meeting id)", meeting)
		}
		name = "meetings/" + meeting + ".yaml"
	}
	data, err := os.ReadFile(filepath.Join(c.dir, filepath.FromSlash(name)))
	if err != nil {
		return File{}, fmt.Errorf("rapat %s tidak bisa dibaca: %v (the meeting file cannot be read)", name, err)
	}
	d := day(today)
	out, err := load.AppendFollowUp(data, func(indent string) []byte {
		return skeleton(followUpSkeleton, map[string]string{"Indent": indent, "Decision": decision, "Today": d.String()})
	}, decision)
	if err != nil {
		return File{}, fmt.Errorf("%s: %v", name, err)
	}
	f := c.file(name, out, d)
	f.Replace = true
	return f, nil
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
