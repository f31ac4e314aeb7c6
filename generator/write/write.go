// Package write is the only package that writes files. It puts a build's
// output in place as a whole or not at all: everything is written into a
// staging folder inside the output folder, and only when every file is on
// disk are the new trees renamed over the old ones. A failed or
// interrupted build leaves the previous output exactly as it was, and
// nothing outside the output folder is ever written or deleted.
package write

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/tkpkd/tkpkd/generator/render"
)

// Marker is the file that says the tool owns an output folder. A non-empty
// folder without it is refused, so a mistyped --out never empties a
// folder of someone's documents.
const Marker = ".tkpkd-output"

// Tree is one output subtree, e.g. "site" or "pdf", and its files.
type Tree struct {
	Name  string
	Files []render.File
}

// Options says where to write and what not to touch.
type Options struct {
	Out     string   // the output folder
	Protect []string // folders that must not be the output or inside it (the content folder)
	Force   bool     // accept a non-empty output folder without the marker
	// Create makes a file; tests replace it to simulate a full disk. It is
	// called from several goroutines at once.
	Create func(name string, data []byte) error
}

// Stats counts what a publish did. Unchanged files are linked from the
// previous output, so they keep their modification time and rsync, object
// stores and CI caches see only what changed.
type Stats struct {
	Files     int      // files in the new output
	Bytes     int64    // their total size
	Written   int      // files whose bytes are new or changed
	Unchanged int      // files identical to the previous output
	Removed   int      // files of the previous output that are gone
	Changed   []string // tree/path of each written file, sorted
}

// Publish writes the trees into opts.Out, replacing each tree of the same
// name as a whole. Other entries of the output folder are left alone.
func Publish(ctx context.Context, trees []Tree, opts Options) (Stats, error) {
	var names []string
	for _, t := range trees {
		names = append(names, t.Name)
	}
	st, err := Begin(opts, names...)
	if err != nil {
		return Stats{}, err
	}
	defer st.Abort()
	for _, t := range trees {
		sorted := append([]render.File(nil), t.Files...)
		sort.Slice(sorted, func(i, j int) bool { return sorted[i].Path < sorted[j].Path })
		for i, f := range sorted {
			if i%64 == 0 && ctx.Err() != nil {
				return Stats{}, fmt.Errorf("build interrupted: %w", ctx.Err())
			}
			if err := st.Put(t.Name, f); err != nil {
				return Stats{}, err
			}
		}
	}
	return st.Commit(ctx)
}

// Stage is a build being written: files go into a staging folder inside the
// output folder as they are rendered, so memory holds one file at a time
// rather than the whole site, and Commit swaps the new trees in.
type Stage struct {
	out, staging string
	trees        []string
	create       func(string, []byte) error
	mu           sync.Mutex
	paths        map[string]bool // tree/path of every file put
	st           Stats
	// open is read-locked by every Put while it writes and write-locked by
	// Abort, so a renderer still running after a cancel can never write
	// into a staging folder that is being removed.
	open   sync.RWMutex
	closed bool
}

// Begin checks the output folder and opens a staging folder in it for the
// named trees (e.g. "site", "pdf").
func Begin(opts Options, trees ...string) (*Stage, error) {
	for _, t := range trees {
		if err := checkName(t); err != nil {
			return nil, err
		}
	}
	out, err := prepare(opts)
	if err != nil {
		return nil, err
	}
	staging, err := os.MkdirTemp(out, ".staging-")
	if err != nil {
		return nil, fmt.Errorf("cannot write to %s: %w", out, err)
	}
	create := opts.Create
	if create == nil {
		create = createFile
	}
	return &Stage{out: out, staging: staging, trees: trees, create: create, paths: map[string]bool{}}, nil
}

// Put stages one file of a tree: linked from the previous output when its
// bytes are the same, written otherwise. It is safe for concurrent use.
func (s *Stage) Put(tree string, f render.File) error {
	if !slices.Contains(s.trees, tree) {
		return fmt.Errorf("no output tree %q in this build", tree)
	}
	if err := checkPath(f.Path); err != nil {
		return err
	}
	key := tree + "/" + f.Path
	s.open.RLock()
	defer s.open.RUnlock()
	if s.closed {
		return errors.New("the build was stopped")
	}
	s.mu.Lock()
	dup := s.paths[key]
	s.paths[key] = true
	s.mu.Unlock()
	if dup {
		return fmt.Errorf("two outputs have the same path %s", key)
	}
	name := filepath.Join(s.staging, "new", tree, filepath.FromSlash(f.Path))
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	old := filepath.Join(s.out, tree, filepath.FromSlash(f.Path))
	linked := same(old, f.Data) && os.Link(old, name) == nil
	if !linked {
		if err := s.create(name, f.Data); err != nil {
			return fmt.Errorf("cannot write %s: %w", f.Path, err)
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.st.Files++
	s.st.Bytes += int64(len(f.Data))
	if linked {
		s.st.Unchanged++
	} else {
		s.st.Written++
		s.st.Changed = append(s.st.Changed, key)
	}
	return nil
}

// Commit replaces the trees of the output folder with the staged ones,
// unless nothing changed, and removes the staging folder.
func (s *Stage) Commit(ctx context.Context) (Stats, error) {
	defer s.Abort()
	s.open.Lock() // wait for any Put still writing
	s.open.Unlock()
	if err := ctx.Err(); err != nil {
		return Stats{}, fmt.Errorf("build interrupted before the output was replaced: %w", err)
	}
	st := s.st
	sort.Strings(st.Changed)
	for _, t := range s.trees {
		st.Removed += countRemoved(filepath.Join(s.out, t), t, s.paths)
		// A tree with no files still replaces the old one.
		os.MkdirAll(filepath.Join(s.staging, "new", t), 0o755)
	}
	if st.Written == 0 && st.Removed == 0 {
		return st, nil // the output is already exactly this build
	}
	return st, swap(s.out, s.staging, s.trees)
}

// Abort removes the staging folder; the output folder is as it was. After
// Commit it only removes what the swap moved aside.
func (s *Stage) Abort() {
	s.open.Lock()
	defer s.open.Unlock()
	s.closed = true
	os.RemoveAll(s.staging)
}

// swap moves each old tree aside and the new one into place. Renames in one
// folder are atomic; the old trees are deleted with the staging folder.
func swap(out, staging string, trees []string) error {
	old := filepath.Join(staging, "old")
	if err := os.Mkdir(old, 0o755); err != nil {
		return err
	}
	for _, t := range trees {
		cur := filepath.Join(out, t)
		if _, err := os.Lstat(cur); err == nil {
			if err := os.Rename(cur, filepath.Join(old, t)); err != nil {
				return fmt.Errorf("cannot replace %s: %w", cur, err)
			}
		}
		if err := os.Rename(filepath.Join(staging, "new", t), cur); err != nil {
			// Put the old tree back: never leave the output without it.
			os.Rename(filepath.Join(old, t), cur)
			return fmt.Errorf("cannot replace %s: %w", cur, err)
		}
	}
	return nil
}

func createFile(name string, data []byte) error {
	return os.WriteFile(name, data, 0o644)
}

// same reports whether the file at name holds exactly data.
func same(name string, data []byte) bool {
	info, err := os.Lstat(name)
	if err != nil || !info.Mode().IsRegular() || info.Size() != int64(len(data)) {
		return false
	}
	old, err := os.ReadFile(name)
	return err == nil && bytes.Equal(old, data)
}

// countRemoved counts the previous tree's files that the new build lacks.
func countRemoved(prev, tree string, keep map[string]bool) int {
	n := 0
	filepath.WalkDir(prev, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(prev, p)
		if err == nil && !keep[tree+"/"+filepath.ToSlash(rel)] {
			n++
		}
		return nil
	})
	return n
}

// checkPath refuses any output path that could land outside its tree.
func checkPath(p string) error {
	if p == "" || strings.HasPrefix(p, "/") || strings.Contains(p, "\\") || strings.Contains(p, "\x00") ||
		path.Clean(p) != p || p == ".." || strings.HasPrefix(p, "../") || !fs.ValidPath(p) {
		return fmt.Errorf("refusing to write an output with an unsafe path %q", p)
	}
	return nil
}

func checkName(name string) error {
	if name == "" || strings.ContainsAny(name, "/\\") || name == "." || name == ".." || strings.HasPrefix(name, ".") {
		return fmt.Errorf("refusing an output tree named %q", name)
	}
	return nil
}

// prepare checks that the output folder is safe to write into, creating it
// (with the marker) when it does not exist.
func prepare(opts Options) (string, error) {
	if opts.Out == "" {
		return "", errors.New("no output folder given")
	}
	out, err := filepath.Abs(opts.Out)
	if err != nil {
		return "", err
	}
	if out == filepath.Dir(out) {
		return "", fmt.Errorf("refusing to write into %s, the root of the file system", out)
	}
	if home, err := os.UserHomeDir(); err == nil && sameDir(out, home) {
		return "", fmt.Errorf("refusing to write into %s, the home folder; give --out a folder of its own", out)
	}
	for _, p := range opts.Protect {
		pa, err := filepath.Abs(p)
		if err == nil && (sameDir(out, pa) || inside(pa, out)) {
			return "", fmt.Errorf("refusing to write into %s: it is or contains the content folder %s", out, p)
		}
	}
	entries, err := os.ReadDir(out)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if err := os.MkdirAll(out, 0o755); err != nil {
			return "", err
		}
		return out, os.WriteFile(filepath.Join(out, Marker), []byte("This folder is written by tkpkd build; its site/ and pdf/ are replaced on every build.\n"), 0o644)
	case err != nil:
		return "", fmt.Errorf("cannot open the output folder: %w", err)
	}
	if _, err := os.Stat(filepath.Join(out, Marker)); err == nil {
		return out, nil
	}
	if len(entries) > 0 && !opts.Force {
		return "", fmt.Errorf("refusing to write into %s: the folder is not empty and was not made by tkpkd (no %s file); choose another --out, or use --force", out, Marker)
	}
	return out, os.WriteFile(filepath.Join(out, Marker), []byte("This folder is written by tkpkd build.\n"), 0o644)
}

func sameDir(a, b string) bool {
	ra, err1 := filepath.EvalSymlinks(a)
	rb, err2 := filepath.EvalSymlinks(b)
	if err1 != nil || err2 != nil {
		return filepath.Clean(a) == filepath.Clean(b)
	}
	return ra == rb
}

// inside reports whether child is inside parent.
func inside(child, parent string) bool {
	if rc, err := filepath.EvalSymlinks(child); err == nil {
		child = rc
	}
	if rp, err := filepath.EvalSymlinks(parent); err == nil {
		parent = rp
	}
	r, err := filepath.Rel(parent, child)
	return err == nil && r != "." && r != ".." && !strings.HasPrefix(r, ".."+string(filepath.Separator))
}

// Meta writes one of tkpkd's own files at the top of the output folder
// (such as the build manifest), whole or not at all: a temporary file
// renamed into place.
func Meta(out, name string, data []byte) error {
	if !strings.HasPrefix(name, ".tkpkd-") || strings.ContainsAny(name, "/\\") {
		return fmt.Errorf("refusing to write %q: not a tkpkd file", name)
	}
	return Replace(filepath.Join(out, name), data)
}

// Replace writes a file whole or not at all: a temporary file in the same
// folder, renamed over path. An existing file keeps its permissions; a new
// one is 0644. The output, tkpkd import and tkpkd new all write this way, so
// an interrupted write never leaves half a file.
func Replace(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	perm := os.FileMode(0o644)
	if info, err := os.Stat(path); err == nil {
		perm = info.Mode().Perm()
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(perm); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
