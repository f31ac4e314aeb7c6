package serve

import (
	"bufio"
	"context"
	"errors"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tkpkd/tkpkd/templates"
)

// patience bounds every wait for the server (a rebuild, a stop). It is
// not a performance goal: tests wait for events, and this only turns a
// hang into a clear failure before go test's own -timeout, so it is
// minutes, far beyond a real build under -race on a busy machine.
const patience = 4 * time.Minute

// copyContent copies the reference content into a fresh folder.
func copyContent(t *testing.T) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "content")
	err := os.CopyFS(dst, os.DirFS("../../content"))
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// start runs a server on a free port until the test ends, and checks that
// it then stops cleanly and removes its output folder.
func start(t *testing.T, opts Options) *Server {
	t.Helper()
	opts.Defaults, opts.Addr = templates.Defaults, "127.0.0.1:0"
	s, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run returned %v after cancel, want nil", err)
			}
		case <-time.After(patience):
			t.Fatalf("Run did not return within %s of its context being cancelled: it hangs", patience)
		}
		if _, err := os.Stat(s.tmp); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("output folder %s still there after Run (stat: %v)", s.tmp, err)
		}
		if c, err := net.Dial("tcp", s.ln.Addr().String()); err == nil {
			c.Close()
			t.Errorf("still listening on %s after Run", s.ln.Addr())
		}
	})
	return s
}

// get fetches a path and returns the status and body.
func get(t *testing.T, s *Server, path string) (int, string) {
	t.Helper()
	resp, err := http.Get(s.URL() + strings.TrimPrefix(path, "/"))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(body)
}

// events subscribes to the build events; it returns once subscribed.
type events struct {
	ch   chan string // each event's data
	body io.Closer
}

func subscribe(t *testing.T, s *Server) *events {
	t.Helper()
	resp, err := http.Get(s.URL() + strings.TrimPrefix(EventsPath, "/"))
	if err != nil {
		t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("events Content-Type = %q, want text/event-stream", ct)
	}
	r := bufio.NewReader(resp.Body)
	if line, err := r.ReadString('\n'); err != nil || !strings.HasPrefix(line, ":") {
		t.Fatalf("first line of the stream = %q, %v; want a comment", line, err)
	}
	e := &events{ch: make(chan string, 16), body: resp.Body}
	t.Cleanup(func() { resp.Body.Close() })
	go func() {
		defer close(e.ch)
		var name string
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				return
			}
			line = strings.TrimRight(line, "\n")
			switch {
			case strings.HasPrefix(line, "event: "):
				name = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: ") && name == "reload":
				e.ch <- strings.TrimPrefix(line, "data: ")
			}
		}
	}()
	return e
}

// next waits for a reload event whose data says ok (or not).
func (e *events) next(t *testing.T, ok bool) {
	t.Helper()
	want := `"ok":false}`
	if ok {
		want = `"ok":true}`
	}
	deadline := time.After(patience)
	for {
		select {
		case data, open := <-e.ch:
			if !open {
				t.Fatalf("event stream ended while waiting for %s", want)
			}
			if strings.HasSuffix(data, want) {
				return
			}
		case <-deadline:
			t.Fatalf("no reload event with %s within %s: the server did not rebuild after the change (or the build hangs)", want, patience)
		}
	}
}

// syncWriter lets the server log while the test reads the log.
type syncWriter struct {
	mu sync.Mutex
	b  strings.Builder
}

func (w *syncWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(p)
}

func (w *syncWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.String()
}
