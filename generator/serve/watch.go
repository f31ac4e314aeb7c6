package serve

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// newWatcher watches every folder under the given roots ("" roots are
// skipped). fsnotify watches one folder at a time, so each subfolder is
// added too, and folders created later are added by loop.
func newWatcher(roots ...string) (*fsnotify.Watcher, error) {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, fmt.Errorf("cannot watch for changes: %w", err)
	}
	for _, root := range roots {
		if root == "" {
			continue
		}
		if err := addTree(w, root); err != nil {
			w.Close()
			return nil, err
		}
	}
	return w, nil
}

// addTree adds root and every folder below it.
func addTree(w *fsnotify.Watcher, root string) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		if path != root && ignored(d.Name()) {
			return filepath.SkipDir
		}
		if err := w.Add(path); err != nil {
			return fmt.Errorf("cannot watch %s: %w", path, err)
		}
		return nil
	})
}

// loop waits for changes, lets a burst of them settle (an editor's save is
// often a write, a rename and a chmod) and rebuilds once per burst, until
// ctx is done. Changes made during a build start another one after it.
func (s *Server) loop(ctx context.Context, w *fsnotify.Watcher) {
	quiet := time.NewTimer(time.Hour)
	quiet.Stop()
	defer quiet.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-w.Events:
			if !ok {
				return
			}
			if s.relevant(w, ev) {
				quiet.Reset(s.opts.Debounce)
			}
		case err, ok := <-w.Errors:
			if !ok {
				return
			}
			// An overflowed event queue loses changes: rebuild to be safe.
			fmt.Fprintf(s.opts.Log, "watching for changes: %v\n", err)
			quiet.Reset(s.opts.Debounce)
		case <-quiet.C:
			s.rebuild(ctx)
		}
	}
}

// relevant reports whether ev should cause a rebuild, and starts watching
// a folder that was just created (its files may already be there, so the
// creation itself counts as a change).
func (s *Server) relevant(w *fsnotify.Watcher, ev fsnotify.Event) bool {
	if ignored(filepath.Base(ev.Name)) {
		return false
	}
	if ev.Has(fsnotify.Create) {
		if st, err := os.Stat(ev.Name); err == nil && st.IsDir() {
			if err := addTree(w, ev.Name); err != nil {
				fmt.Fprintf(s.opts.Log, "%v\n", err)
			}
		}
	}
	// A change of mode alone changes no content.
	return ev.Op != fsnotify.Chmod
}

// ignored reports whether a name is an editor's or the system's scratch
// file (vim's .swp and 4913, emacs's #x# and .#x, backups ending in ~,
// .DS_Store) or a hidden folder like .git: saving those is no change.
func ignored(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") ||
		strings.HasSuffix(name, ".swp") || strings.HasSuffix(name, ".swx") ||
		(strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#")) || name == "4913"
}
