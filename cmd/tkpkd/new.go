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

	"github.com/tkpkd/tkpkd/generator/scaffold"
	tkwrite "github.com/tkpkd/tkpkd/generator/write"
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
	today := c.today()
	switch kind {
	case "meeting":
		if !scaffold.ValidMeetingID(arg) || len(arg) > 100 {
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
		if m, k, ok := strings.Cut(arg, "/"); !ok || !scaffold.ValidMeetingID(m) || !decisionNo.MatchString(k) {
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

// created writes f and reports it and what to do next.
func (c newCmd) created(kind, content string, f scaffold.File) int {
	write := writeNew
	if f.Replace {
		write = tkwrite.Replace
	}
	if err := write(f.Path, f.Data); err != nil {
		return c.fail(kind, err)
	}
	fmt.Fprintf(c.stdout, "ditulis: %s. Ganti setiap \"\" yang baru dengan isinya (atau hapus barisnya), lalu jalankan: tkpkd check --content %s\n", f.Path, content)
	fmt.Fprintf(c.stdout, "(written: %s; fill in every new \"\" or delete its line, then run tkpkd check)\n", f.Path)
	for _, n := range f.Notes {
		fmt.Fprintln(c.stdout, n)
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

func (c newCmd) meeting(content, id string, today time.Time) int {
	sc, err := scaffold.Read(content)
	if err != nil {
		return c.fail("meeting", err)
	}
	return c.created("meeting", content, sc.Meeting(id, today))
}

func (c newCmd) year(content string, year int) int {
	sc, err := scaffold.Read(content)
	if err != nil {
		return c.fail("year", err)
	}
	f, err := sc.Year(year)
	if err != nil {
		return c.fail("year", err)
	}
	return c.created("year", content, f)
}

func (c newCmd) page(content, name string) int {
	sc, err := scaffold.Read(content)
	if err != nil {
		return c.fail("page", err)
	}
	return c.created("page", content, sc.Page(name))
}
