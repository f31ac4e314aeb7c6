// Package serve is tkpkd's preview server: it builds the content into a
// private folder, serves the site on localhost, watches the content and
// templates, rebuilds after each burst of changes and tells open pages to
// reload. While the content has problems it keeps the last good build and
// shows the problems, as a page, instead of every HTML page.
//
// Nothing here parses flags or exits the process: cmd/tkpkd does that, and
// tests drive a Server directly.
package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/tkpkd/tkpkd/generator/build"
)

// Options says what to serve and where.
type Options struct {
	Content   string        // the content folder, watched
	Templates string        // the user's template overrides, watched; "" for none
	Defaults  fs.FS         // the embedded templates
	Addr      string        // host:port to listen on; port 0 picks a free one
	Log       io.Writer     // one status line per rebuild; nil for none
	Debounce  time.Duration // quiet time after a change before rebuilding; 0 for 150 ms
	// Build runs one build; nil means build.Run. Tests of the watching,
	// reloading and error page pass a fast stand-in, so they need not
	// wait for real builds.
	Build func(context.Context, build.Config) (build.Result, error)
}

// Server is one preview session. Make it with New, then call Run once.
type Server struct {
	opts   Options
	ln     net.Listener          // from New, closed by Run
	state  atomic.Pointer[state] // what requests see; swapped after each build
	events broker                // open pages waiting for "reload"
	tmp    string                // Run's private folder, removed when Run returns
	// Builds go to the two folders in turn, so the one being served is
	// never written to: a failed build leaves the last good one whole.
	outs [2]string
	next int // index in outs of the next build's folder
	gen  int // builds so far; only the build loop touches gen and next
}

// state is the outcome of the latest build and the last good one.
type state struct {
	site, pdf string // the last good build's folders; "" before the first
	failure   []byte // the error page while the latest build failed; nil when it passed
}

// New checks the options and starts listening, so URL is known before Run.
func New(opts Options) (*Server, error) {
	if opts.Content == "" || opts.Defaults == nil {
		return nil, errors.New("serve: Content and Defaults are required")
	}
	if st, err := os.Stat(opts.Content); err != nil || !st.IsDir() {
		return nil, fmt.Errorf("the content folder %s is not there (use --content DIR)", opts.Content)
	}
	if opts.Templates != "" {
		if st, err := os.Stat(opts.Templates); err != nil || !st.IsDir() {
			return nil, fmt.Errorf("the templates folder %s is not there", opts.Templates)
		}
	}
	if opts.Addr == "" {
		opts.Addr = "127.0.0.1:8080"
	}
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	if opts.Debounce <= 0 {
		opts.Debounce = 150 * time.Millisecond
	}
	if opts.Build == nil {
		opts.Build = build.Run
	}
	ln, err := net.Listen("tcp", opts.Addr)
	if err != nil {
		return nil, fmt.Errorf("cannot listen on %s: %w", opts.Addr, err)
	}
	s := &Server{opts: opts, ln: ln}
	s.state.Store(&state{})
	return s, nil
}

// URL is the address of the site's home page.
func (s *Server) URL() string { return "http://" + s.ln.Addr().String() + "/" }

// Run builds, serves and rebuilds on change until ctx is cancelled, then
// stops the server, the watcher and removes its output folder. A clean
// stop returns nil; content problems never end it.
func (s *Server) Run(ctx context.Context) error {
	defer s.ln.Close()
	tmp, err := os.MkdirTemp("", "tkpkd-serve-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	s.tmp = tmp
	s.outs = [2]string{filepath.Join(tmp, "a"), filepath.Join(tmp, "b")}
	// Watch before the first build so an edit made during it is not lost.
	w, err := newWatcher(s.opts.Content, s.opts.Templates)
	if err != nil {
		return err
	}
	defer w.Close()
	s.rebuild(ctx)
	fmt.Fprintf(s.opts.Log, "serving %s at %s (Ctrl-C to stop)\n", s.opts.Content, s.URL())
	return s.serve(ctx, w)
}

// serve answers requests and rebuilds on change until ctx is done or the
// server fails, then shuts the server down.
func (s *Server) serve(ctx context.Context, w *fsnotify.Watcher) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	srv := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		// Requests inherit ctx, so open event streams end when it does
		// and Shutdown does not wait for them.
		BaseContext: func(net.Listener) context.Context { return ctx },
	}
	serveErr := make(chan error, 1)
	go func() {
		err := srv.Serve(s.ln)
		if !errors.Is(err, http.ErrServerClosed) {
			serveErr <- err
			cancel()
		}
	}()
	s.loop(ctx, w)
	stop, done := context.WithTimeout(context.Background(), 5*time.Second)
	defer done()
	if err := srv.Shutdown(stop); err != nil {
		return err
	}
	select {
	case err := <-serveErr:
		return err
	default:
		return nil
	}
}
