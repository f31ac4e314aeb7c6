package build

import (
	"errors"
	"io/fs"
	"sort"
)

// overlay is a file system where files in upper replace files of the same
// name in lower: a user's --templates folder over the embedded defaults.
type overlay struct {
	upper, lower fs.FS
}

// Open opens name from upper when it is there, else from lower.
func (o overlay) Open(name string) (fs.File, error) {
	if o.upper != nil {
		if f, err := o.upper.Open(name); err == nil {
			if st, err := f.Stat(); err == nil && !st.IsDir() {
				return f, nil
			}
			f.Close()
		}
	}
	return o.lower.Open(name)
}

// ReadDir merges both folders' entries, upper winning, sorted by name.
func (o overlay) ReadDir(name string) ([]fs.DirEntry, error) {
	byName := map[string]fs.DirEntry{}
	low, errLow := fs.ReadDir(o.lower, name)
	for _, e := range low {
		byName[e.Name()] = e
	}
	var errUp error = fs.ErrNotExist
	if o.upper != nil {
		var up []fs.DirEntry
		up, errUp = fs.ReadDir(o.upper, name)
		for _, e := range up {
			if prev, ok := byName[e.Name()]; ok && prev.IsDir() && e.IsDir() {
				continue
			}
			byName[e.Name()] = e
		}
	}
	if errLow != nil && errUp != nil {
		if errors.Is(errLow, fs.ErrNotExist) {
			return nil, errUp
		}
		return nil, errLow
	}
	out := make([]fs.DirEntry, 0, len(byName))
	for _, e := range byName {
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name() < out[j].Name() })
	return out, nil
}
