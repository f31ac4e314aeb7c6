package synth

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
)

// Marker is the file that says a folder was written by tkpkd gen, so a
// later gen may replace it. Loading skips it, as it skips every dotfile.
const Marker = ".tkpkd-gen"

// writer puts files under one root and counts them.
type writer struct {
	root  string
	files int
	bytes int64
	dirs  map[string]bool // folders already made, to skip MkdirAll calls
}

// openOut prepares dir: it must be missing, empty, or an earlier gen's
// output (whose files are removed first, so no stale meeting survives a
// smaller gen). Anything else is refused, so a typo never wipes a folder.
func openOut(dir string) (*writer, error) {
	entries, err := os.ReadDir(dir)
	switch {
	case os.IsNotExist(err):
	case err != nil:
		return nil, err
	case len(entries) > 0:
		if _, err := os.Stat(filepath.Join(dir, Marker)); err != nil {
			return nil, fmt.Errorf("refusing to write into %s: the folder is not empty and was not made by tkpkd gen (no %s file); choose an empty or new folder", dir, Marker)
		}
		for _, e := range entries {
			if err := os.RemoveAll(filepath.Join(dir, e.Name())); err != nil {
				return nil, err
			}
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	w := &writer{root: dir, dirs: map[string]bool{}}
	return w, os.WriteFile(filepath.Join(dir, Marker), []byte("This folder holds synthetic content written by tkpkd gen; gen replaces it.\n"), 0o644)
}

// write stores one file; name uses forward slashes.
func (w *writer) write(name string, b *bytes.Buffer) error {
	path := filepath.Join(w.root, filepath.FromSlash(name))
	if d := filepath.Dir(path); !w.dirs[d] {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
		w.dirs[d] = true
	}
	w.files++
	w.bytes += int64(b.Len())
	return os.WriteFile(path, b.Bytes(), 0o644)
}
