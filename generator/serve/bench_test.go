package serve

import (
	"context"
	"io"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/tkpkd/tkpkd/generator/build"
	"github.com/tkpkd/tkpkd/templates"
)

// built returns a server, not listening, that has built the reference
// content once, for benchmarks that call its parts directly.
func built(b *testing.B) *Server {
	b.Helper()
	dir := b.TempDir()
	s := &Server{
		opts: Options{Content: "../../content", Defaults: templates.Defaults, Log: io.Discard, Build: build.Run},
		outs: [2]string{filepath.Join(dir, "a"), filepath.Join(dir, "b")},
	}
	s.state.Store(&state{})
	s.rebuild(context.Background())
	if st := s.state.Load(); st.failure != nil {
		b.Fatalf("the reference content does not build:\n%s", st.failure)
	}
	return s
}

// BenchmarkRebuild is the time from a change settling to the reload
// event: one full build into the folder not being served.
func BenchmarkRebuild(b *testing.B) {
	s := built(b)
	ctx := context.Background()
	for b.Loop() {
		s.rebuild(ctx)
	}
	if s.state.Load().failure != nil {
		b.Fatal("a rebuild failed")
	}
}

// BenchmarkServePage is one page request: the file read, the script added.
func BenchmarkServePage(b *testing.B) {
	s := built(b)
	h := s.Handler()
	for b.Loop() {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest("GET", "/rapat/rakor-tkpk-banten-2024-q3/", nil))
		if w.Code != 200 {
			b.Fatalf("status %d", w.Code)
		}
	}
}

// BenchmarkServeAsset is a file passed through untouched, for comparison.
func BenchmarkServeAsset(b *testing.B) {
	s := built(b)
	h := s.Handler()
	for b.Loop() {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest("GET", "/aset/style.css", nil))
		if w.Code != 200 {
			b.Fatalf("status %d", w.Code)
		}
	}
}
