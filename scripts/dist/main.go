// Command dist cross-builds tkpkd and packs one archive per platform for
// people who do not have Go: the binary, the README, the content guide and
// the CI examples it points at, a LICENSE if there is one, the JSON Schemas for the editor and a starter
// content folder that checks clean. "make dist" runs it from the
// repository's root:
//
//	go run ./scripts/dist -version V -out dist [-targets "linux/amd64 ..."] [-mtime UNIX]
//
// Archives are dist/tkpkd_<version>_<os>_<arch>.tar.gz (.zip for Windows),
// each holding one folder of the same name. They are reproducible: entries
// sorted by name, every modification time set to -mtime (make passes the
// last commit's time), no owner names, gzip without a name or a time; with
// the same Go release the binaries are too (-trimpath, no cgo).
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
)

// allTargets are the platforms released: the two architectures staff
// laptops and servers have, on the three systems.
var allTargets = []string{
	"darwin/amd64", "darwin/arm64",
	"linux/amd64", "linux/arm64",
	"windows/amd64", "windows/arm64",
}

var safeVersion = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._+-]*$`)

func main() {
	version := flag.String("version", "dev", "the version in the archive names and in tkpkd version")
	out := flag.String("out", "dist", "the folder the archives are written to")
	targets := flag.String("targets", strings.Join(allTargets, " "), "GOOS/GOARCH pairs, separated by spaces or commas")
	mtime := flag.Int64("mtime", 946684800, "the modification time of every entry, in seconds since 1970 (default 2000-01-01)")
	goTool := flag.String("go", "go", "the go command that builds the binaries")
	flag.Parse()
	if err := run(*goTool, *version, *out, strings.Fields(strings.ReplaceAll(*targets, ",", " ")), time.Unix(*mtime, 0).UTC()); err != nil {
		fmt.Fprintln(os.Stderr, "dist:", err)
		os.Exit(1)
	}
}

func run(goTool, version, out string, targets []string, mtime time.Time) error {
	if !safeVersion.MatchString(version) {
		return fmt.Errorf("version %q cannot be part of a file name", version)
	}
	files, err := payload(".")
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "tkpkd-dist-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for _, t := range targets {
		goos, goarch, ok := strings.Cut(strings.TrimSpace(t), "/")
		if !ok || goos == "" || goarch == "" {
			return fmt.Errorf("target %q is not GOOS/GOARCH", t)
		}
		exe := "tkpkd"
		if goos == "windows" {
			exe += ".exe"
		}
		bin := filepath.Join(tmp, goos+"_"+goarch, exe)
		cmd := exec.Command(goTool, "build", "-trimpath", "-ldflags", "-s -w -X main.version="+version, "-o", bin, "./cmd/tkpkd")
		cmd.Env = append(os.Environ(), "GOOS="+goos, "GOARCH="+goarch, "CGO_ENABLED=0")
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("building %s/%s: %w", goos, goarch, err)
		}
		name := fmt.Sprintf("tkpkd_%s_%s_%s", version, goos, goarch)
		entries := append([]entry{{name: exe, src: bin, exec: true}}, files...)
		archive := filepath.Join(out, name+".tar.gz")
		if goos == "windows" {
			archive = filepath.Join(out, name+".zip")
		}
		if err := writeArchive(archive, name, entries, mtime); err != nil {
			return err
		}
		fmt.Println(archive)
	}
	return nil
}

// entry is one file of an archive: its name inside the archive's folder
// and where its bytes are read from.
type entry struct {
	name string // slash-separated, relative to the archive's folder
	src  string
	exec bool
}

// payload lists what every archive holds besides the binary, from the
// repository at root: README.md, LICENSE* and the content guide, the
// editor schemas (content files name them as ../schema/*.json) and the
// reference content as the starter folder, checked clean by the test.
func payload(root string) ([]entry, error) {
	var out []entry
	add := func(name string) {
		out = append(out, entry{name: name, src: filepath.Join(root, filepath.FromSlash(name))})
	}
	add("README.md")
	add("docs/content.md")
	licences, _ := filepath.Glob(filepath.Join(root, "LICENSE*"))
	for _, l := range licences {
		add(filepath.Base(l))
	}
	// The guide points at the CI examples for publishing.
	examples, _ := filepath.Glob(filepath.Join(root, "docs", "ci", "*"))
	for _, e := range examples {
		add("docs/ci/" + filepath.Base(e))
	}
	schemas, _ := filepath.Glob(filepath.Join(root, "schema", "*.json"))
	for _, s := range schemas {
		add("schema/" + filepath.Base(s))
	}
	err := filepath.WalkDir(filepath.Join(root, "content"), func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type()&fs.ModeSymlink != 0 {
			return fmt.Errorf("%s is a symlink; the starter content must hold plain files", p)
		}
		if !d.IsDir() {
			rel, err := filepath.Rel(root, p)
			if err != nil {
				return err
			}
			add(filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, e := range out {
		if _, err := os.Stat(e.src); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// sortEntries orders entries by name, so archives list files the same
// way on every machine.
func sortEntries(entries []entry) {
	sort.Slice(entries, func(i, j int) bool { return entries[i].name < entries[j].name })
}

// dirsOf returns every folder the entries need, sorted: each archive
// folder gets an entry of its own so unpackers set its time too.
func dirsOf(top string, entries []entry) []string {
	seen := map[string]bool{top + "/": true}
	for _, e := range entries {
		for d := path.Dir(e.name); d != "."; d = path.Dir(d) {
			seen[top+"/"+d+"/"] = true
		}
	}
	dirs := make([]string, 0, len(seen))
	for d := range seen {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	return dirs
}
