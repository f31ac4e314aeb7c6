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
	"sort"
	"strings"

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
	// Create makes a file; tests replace it to simulate a full disk.
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
	out, err := prepare(opts)
	if err != nil {
		return Stats{}, err
	}
	staging, err := os.MkdirTemp(out, ".staging-")
	if err != nil {
		return Stats{}, fmt.Errorf("cannot write to %s: %w", out, err)
	}
	defer os.RemoveAll(staging) // after a swap it holds only the old trees
	create := opts.Create
	if create == nil {
		create = createFile
	}
	var st Stats
	for _, t := range trees {
		if err := checkName(t.Name); err != nil {
			return Stats{}, err
		}
		ts, err := writeTree(ctx, filepath.Join(out, t.Name), filepath.Join(staging, "new", t.Name), t.Files, create)
		if err != nil {
			return Stats{}, err
		}
		st.add(ts)
	}
	if err := ctx.Err(); err != nil {
		return Stats{}, fmt.Errorf("build interrupted before the output was replaced: %w", err)
	}
	if st.Written == 0 && st.Removed == 0 {
		return st, nil // the output is already exactly this build
	}
	return st, swap(out, staging, trees)
}

func (s *Stats) add(t Stats) {
	s.Files += t.Files
	s.Bytes += t.Bytes
	s.Written += t.Written
	s.Unchanged += t.Unchanged
	s.Removed += t.Removed
	s.Changed = append(s.Changed, t.Changed...)
}

// swap moves each old tree aside and the new one into place. Renames in one
// folder are atomic; the old trees are deleted with the staging folder.
func swap(out, staging string, trees []Tree) error {
	old := filepath.Join(staging, "old")
	if err := os.Mkdir(old, 0o755); err != nil {
		return err
	}
	for _, t := range trees {
		cur := filepath.Join(out, t.Name)
		if _, err := os.Lstat(cur); err == nil {
			if err := os.Rename(cur, filepath.Join(old, t.Name)); err != nil {
				return fmt.Errorf("cannot replace %s: %w", cur, err)
			}
		}
		if err := os.Rename(filepath.Join(staging, "new", t.Name), cur); err != nil {
			// Put the old tree back: never leave the output without it.
			os.Rename(filepath.Join(old, t.Name), cur)
			return fmt.Errorf("cannot replace %s: %w", cur, err)
		}
	}
	return nil
}

// writeTree stages a tree: files identical to the previous tree (prev) are
// hard-linked from it, the others written.
func writeTree(ctx context.Context, prev, root string, files []render.File, create func(string, []byte) error) (Stats, error) {
	sorted := append([]render.File(nil), files...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Path < sorted[j].Path })
	var st Stats
	for i, f := range sorted {
		if i > 0 && sorted[i-1].Path == f.Path {
			return st, fmt.Errorf("two outputs have the same path %s", f.Path)
		}
		if err := checkPath(f.Path); err != nil {
			return st, err
		}
		if i%64 == 0 && ctx.Err() != nil {
			return st, fmt.Errorf("build interrupted: %w", ctx.Err())
		}
		name := filepath.Join(root, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			return st, err
		}
		old := filepath.Join(prev, filepath.FromSlash(f.Path))
		if same(old, f.Data) && os.Link(old, name) == nil {
			st.Unchanged++
		} else {
			if err := create(name, f.Data); err != nil {
				return st, fmt.Errorf("cannot write %s: %w", f.Path, err)
			}
			st.Written++
			st.Changed = append(st.Changed, path.Join(filepath.Base(prev), f.Path))
		}
		st.Bytes += int64(len(f.Data))
	}
	st.Files = len(sorted)
	st.Removed = countRemoved(prev, sorted)
	return st, nil
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

// countRemoved counts the previous tree's files that the new one lacks.
func countRemoved(prev string, files []render.File) int {
	keep := make(map[string]bool, len(files))
	for _, f := range files {
		keep[f.Path] = true
	}
	n := 0
	filepath.WalkDir(prev, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(prev, p)
		if err == nil && !keep[filepath.ToSlash(rel)] {
			n++
		}
		return nil
	})
	return n
}

func createFile(name string, data []byte) error {
	return os.WriteFile(name, data, 0o644)
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
