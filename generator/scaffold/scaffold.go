// Package scaffold writes the skeletons of `tkpkd new`: a meeting, a
// budget year, a free page, and a follow-up appended to a meeting's file.
// It reads the content folder for what a skeleton needs (the site's region
// and as_of, the decisions) and may import load and model; it does not
// write files: it returns the path, the bytes and notes, and the command
// writes and prints them, so the command keeps the clock, the output and
// the exit codes and never reads content itself.
package scaffold

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/tkpkd/tkpkd/generator/load"
	"github.com/tkpkd/tkpkd/generator/model"
)

// File is a skeleton to write.
type File struct {
	Path string // the content folder joined with the file's name
	Data []byte
	// Replace says Data is the whole new text of an existing file (a
	// follow-up appended to a meeting), not a file to create.
	Replace bool
	Notes   []string // what to tell the person besides "written", in Bahasa Indonesia then English
}

// Content is a content folder read for skeletons. Its problems are not
// kept: check reports them.
type Content struct {
	dir string
	set *load.Set
}

var meetingID = regexp.MustCompile(`^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$`)

// ValidMeetingID reports whether id can name a meeting (and its file).
func ValidMeetingID(id string) bool { return meetingID.MatchString(id) }

// Read loads dir, refusing a folder without site.yaml (a mistyped
// --content) so no skeleton lands outside a content folder.
func Read(dir string) (*Content, error) {
	if st, err := os.Stat(filepath.Join(dir, "site.yaml")); err != nil || st.IsDir() {
		return nil, fmt.Errorf("%s bukan folder konten: tidak ada site.yaml di dalamnya (not a content folder: no site.yaml)", dir)
	}
	set, _ := load.Dir(dir)
	return &Content{dir: dir, set: set}, nil
}

// day is the calendar day of t as the clock's location sees it.
func day(t time.Time) model.Date {
	return model.Date{Year: t.Year(), Month: t.Month(), Day: t.Day()}
}

// file is a skeleton at name in the content folder, with the as_of note
// when date (zero for undated skeletons) is after the site's as_of.
func (c *Content) file(name string, data []byte, date model.Date) File {
	f := File{Path: filepath.Join(c.dir, filepath.FromSlash(name)), Data: data}
	if asOf := c.set.Site.Config.AsOf; !date.IsZero() && !asOf.IsZero() && date.After(asOf) {
		f.Notes = append(f.Notes, fmt.Sprintf("Catatan: tanggal %s sesudah as_of %s di site.yaml; majukan as_of bila datanya sudah sampai tanggal itu (note: the date is after the site's as_of).", date, asOf))
	}
	return f
}

// Meeting is the skeleton of meeting id, dated today.
func (c *Content) Meeting(id string, today time.Time) File {
	d := day(today)
	return c.file("meetings/"+id+".yaml", skeleton(meetingSkeleton, map[string]any{"ID": id, "Today": d.String()}), d)
}

// Year is the skeleton of a budget year, refused when the year is already
// a folder of files.
func (c *Content) Year(year int) (File, error) {
	f := c.file("allocations/"+strconv.Itoa(year)+".yaml",
		skeleton(yearSkeleton, map[string]any{"Year": year, "Region": c.set.Site.Config.Region}), model.Date{})
	if dir := strings.TrimSuffix(f.Path, ".yaml"); exists(dir) {
		return File{}, fmt.Errorf("tahun %d sudah ada di %s; tambahkan berkas di sana (the year already has a folder)", year, dir)
	}
	return f, nil
}

// Page is the skeleton of a free page.
func (c *Content) Page(name string) File {
	return c.file("pages/"+name+".md", skeleton(pageSkeleton, nil), model.Date{})
}

// exists reports whether path is there, for a clearer refusal than the
// command's "already exists".
func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}
