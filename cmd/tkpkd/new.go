package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/tkpkd/tkpkd/generator/load"
	"github.com/tkpkd/tkpkd/generator/model"
)

const newUsage = `usage:
  tkpkd new meeting ID [--content DIR]             a new meeting: meetings/ID.yaml
  tkpkd new year YEAR [--content DIR]              a new budget year: allocations/YEAR.yaml
  tkpkd new follow-up DECISION [--meeting ID] [--content DIR]
                                                   a follow-up of a decision, added to its
                                                   meeting's file (or to meeting ID's)
  tkpkd new page NAME [--content DIR]              a free page: pages/NAME.md

Every "" in a skeleton is a blank to fill in; tkpkd check refuses the
content until each is filled or its line deleted.

flags:
  -content DIR
    	the content folder (default "content")
  -meeting ID
    	follow-up only: the meeting that reported it (default: the decision's own meeting)
`

// newCmd is "tkpkd new" with its clock, so tests choose "today".
type newCmd struct {
	today          func() time.Time
	stdout, stderr io.Writer
}

func runNew(args []string, stdout, stderr io.Writer) int {
	return newCmd{today: time.Now, stdout: stdout, stderr: stderr}.run(args)
}

var (
	meetingID  = regexp.MustCompile(`^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$`)
	decisionNo = regexp.MustCompile(`^K[0-9]{2,3}$`)
	pageName   = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.(id|en))?$`)
)

func (c newCmd) run(args []string) int {
	if len(args) == 0 {
		fmt.Fprint(c.stderr, newUsage)
		return 2
	}
	kind := args[0]
	fset := flag.NewFlagSet("new", flag.ContinueOnError)
	fset.SetOutput(io.Discard)
	content := fset.String("content", "content", "the content folder")
	meeting := fset.String("meeting", "", "the meeting that reported the follow-up")
	pos, err := parseInterleaved(fset, args[1:])
	known := kind == "meeting" || kind == "year" || kind == "follow-up" || kind == "page"
	if err != nil || !known || len(pos) != 1 || (*meeting != "" && kind != "follow-up") {
		// Like every command's -h, the usage goes to stderr with status 2.
		if err != nil && !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintf(c.stderr, "tkpkd new: %v\n", err)
		}
		fmt.Fprint(c.stderr, newUsage)
		return 2
	}
	arg := pos[0]
	now := c.today()
	today := model.Date{Year: now.Year(), Month: now.Month(), Day: now.Day()}
	switch kind {
	case "meeting":
		if !meetingID.MatchString(arg) || len(arg) > 100 {
			fmt.Fprintf(c.stderr, "tkpkd new meeting: %q bukan id yang sah; pakai huruf kecil, angka, '-', '_' atau '.', mis. rakor-2024-q4 (not a valid id)\n", arg)
			return 2
		}
		return c.meeting(*content, arg, today)
	case "year":
		y, err := strconv.Atoi(arg)
		if err != nil || len(arg) != 4 || y < 1945 || y > 2200 {
			fmt.Fprintf(c.stderr, "tkpkd new year: %q bukan tahun anggaran; tulis empat angka, mis. 2025 (not a budget year)\n", arg)
			return 2
		}
		return c.year(*content, y)
	case "follow-up":
		if m, k, ok := strings.Cut(arg, "/"); !ok || !meetingID.MatchString(m) || !decisionNo.MatchString(k) {
			fmt.Fprintf(c.stderr, "tkpkd new follow-up: %q bukan id keputusan; tulis <id rapat>/K<nomor>, mis. rakor-tkpk-banten-2024-q3/K02 (not a decision id)\n", arg)
			return 2
		}
		return c.followUp(*content, arg, *meeting, today)
	default:
		if !pageName.MatchString(arg) || len(arg) > 100 {
			fmt.Fprintf(c.stderr, "tkpkd new page: %q bukan nama halaman yang sah; pakai huruf kecil, angka dan '-', mis. tentang atau tentang.en (not a valid page name)\n", arg)
			return 2
		}
		return c.page(*content, arg)
	}
}

// parseInterleaved parses flags written before, between or after the
// positional arguments ("new meeting ID --content DIR"), which Go's flag
// package alone stops at.
func parseInterleaved(fset *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fset.Parse(args); err != nil {
			return nil, err
		}
		args = fset.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// readContent loads the content folder for what a skeleton needs from it
// (the site's region and as_of, the decisions). Its problems are not
// printed here: check reports them.
func readContent(dir string) (*load.Set, error) {
	if st, err := os.Stat(filepath.Join(dir, "site.yaml")); err != nil || st.IsDir() {
		return nil, fmt.Errorf("%s bukan folder konten: tidak ada site.yaml di dalamnya (not a content folder: no site.yaml)", dir)
	}
	set, _ := load.Dir(dir)
	return set, nil
}

// created reports a written skeleton and what to do next.
func (c newCmd) created(path, content string, set *load.Set, date model.Date) int {
	fmt.Fprintf(c.stdout, "ditulis: %s. Ganti setiap \"\" yang baru dengan isinya (atau hapus barisnya), lalu jalankan: tkpkd check --content %s\n", path, content)
	fmt.Fprintf(c.stdout, "(written: %s; fill in every new \"\" or delete its line, then run tkpkd check)\n", path)
	if asOf := set.Site.Config.AsOf; !date.IsZero() && !asOf.IsZero() && date.After(asOf) {
		fmt.Fprintf(c.stdout, "Catatan: tanggal %s sesudah as_of %s di site.yaml; majukan as_of bila datanya sudah sampai tanggal itu (note: the date is after the site's as_of).\n", date, asOf)
	}
	return 0
}

func (c newCmd) fail(kind string, err error) int {
	fmt.Fprintf(c.stderr, "tkpkd new %s: %v\n", kind, err)
	return 1
}

// writeNew creates the file, never overwriting one that exists.
func writeNew(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s sudah ada; pilih nama lain atau sunting berkas itu (already exists)", path)
	}
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// exists reports whether path is there, for a clearer refusal than writeNew's.
func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

func (c newCmd) meeting(content, id string, today model.Date) int {
	set, err := readContent(content)
	if err != nil {
		return c.fail("meeting", err)
	}
	path := filepath.Join(content, "meetings", id+".yaml")
	if err := writeNew(path, skeleton(meetingSkeleton, map[string]any{"ID": id, "Today": today.String()})); err != nil {
		return c.fail("meeting", err)
	}
	return c.created(path, content, set, today)
}

func (c newCmd) year(content string, year int) int {
	set, err := readContent(content)
	if err != nil {
		return c.fail("year", err)
	}
	path := filepath.Join(content, "allocations", strconv.Itoa(year)+".yaml")
	if dir := strings.TrimSuffix(path, ".yaml"); exists(dir) {
		return c.fail("year", fmt.Errorf("tahun %d sudah ada di %s; tambahkan berkas di sana (the year already has a folder)", year, dir))
	}
	data := skeleton(yearSkeleton, map[string]any{"Year": year, "Region": set.Site.Config.Region})
	if err := writeNew(path, data); err != nil {
		return c.fail("year", err)
	}
	return c.created(path, content, set, model.Date{})
}

func (c newCmd) page(content, name string) int {
	set, err := readContent(content)
	if err != nil {
		return c.fail("page", err)
	}
	path := filepath.Join(content, "pages", name+".md")
	if err := writeNew(path, skeleton(pageSkeleton, nil)); err != nil {
		return c.fail("page", err)
	}
	return c.created(path, content, set, model.Date{})
}
