package serve

import (
	"bytes"
	"io"
	"net/http"
	"path"
	"strings"
)

// reloadScript reloads the page after each build. It is added to every
// HTML response of the preview server and never to the built files; the
// pages work the same without it.
const reloadScript = `<script>(function(){if(!window.EventSource)return;` +
	`new EventSource("` + EventsPath + `").addEventListener("reload",function(){location.reload()})})()</script>`

// Handler serves the last good build's site at /, its briefs under /pdf/
// and the build events at EventsPath.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET "+EventsPath, s.serveEvents)
	mux.HandleFunc("/pdf/", func(w http.ResponseWriter, r *http.Request) {
		s.serveFiles(w, r, func(st *state) http.Handler {
			return http.StripPrefix("/pdf", http.FileServer(http.Dir(st.pdf)))
		})
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.serveFiles(w, r, func(st *state) http.Handler { return http.FileServer(http.Dir(st.site)) })
	})
	return mux
}

// serveFiles serves a file of the last good build. http.Dir keeps every
// request inside its folder (it cleans the path and refuses ".."). HTML
// responses get the reload script, or become the error page while the
// latest build failed.
func (s *Server) serveFiles(w http.ResponseWriter, r *http.Request, files func(*state) http.Handler) {
	st := s.state.Load()
	// Files change under the same names at every build: never cache them.
	w.Header().Set("Cache-Control", "no-store")
	if st.site == "" {
		writeHTML(w, http.StatusInternalServerError, st.failure)
		return
	}
	// Ask for whole files: a page's length changes when the script is
	// added, so a range or a "not modified" would not match it.
	r = r.Clone(r.Context())
	for _, h := range []string{"Range", "If-Range", "If-Modified-Since", "If-None-Match"} {
		r.Header.Del(h)
	}
	pw := &pageWriter{ResponseWriter: w}
	files(st).ServeHTTP(pw, r)
	switch {
	case !pw.held:
		return
	case st.failure != nil:
		writeHTML(w, http.StatusInternalServerError, st.failure)
	case pw.status == http.StatusNotFound:
		writeHTML(w, http.StatusNotFound, inject(notFoundPage(st.site, r.URL.Path)))
	default:
		writeHTML(w, pw.status, inject(pw.buf.Bytes()))
	}
}

// pageWriter holds back an HTML page or a "not found" so serveFiles can
// change it; anything else goes straight through.
type pageWriter struct {
	http.ResponseWriter
	status int
	held   bool // the response is held in buf
	buf    bytes.Buffer
}

func (w *pageWriter) WriteHeader(code int) {
	if w.status != 0 {
		return
	}
	w.status = code
	html := strings.HasPrefix(w.Header().Get("Content-Type"), "text/html")
	w.held = (code == http.StatusOK && html) || code == http.StatusNotFound
	if !w.held {
		w.ResponseWriter.WriteHeader(code)
	}
}

func (w *pageWriter) Write(p []byte) (int, error) {
	if w.status == 0 {
		w.WriteHeader(http.StatusOK)
	}
	if w.held {
		return w.buf.Write(p)
	}
	return w.ResponseWriter.Write(p)
}

// writeHTML replaces whatever headers the file server set for the page.
func writeHTML(w http.ResponseWriter, code int, page []byte) {
	h := w.Header()
	for _, k := range []string{"Content-Length", "Last-Modified", "Accept-Ranges", "X-Content-Type-Options"} {
		h.Del(k)
	}
	h.Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	w.Write(page)
}

// inject puts the reload script just before </body>, or at the end.
func inject(page []byte) []byte {
	i := bytes.LastIndex(page, []byte("</body>"))
	if i < 0 {
		i = len(page)
	}
	out := make([]byte, 0, len(page)+len(reloadScript))
	out = append(out, page[:i]...)
	out = append(out, reloadScript...)
	return append(out, page[i:]...)
}

// notFoundPage is the site's own 404 page in the language of the path
// (en/404.html for /en/...), as a static host would serve it. Its links
// are relative to the site's top, so a <base> makes them work at any depth.
func notFoundPage(site, urlPath string) []byte {
	dir := http.Dir(site)
	names := []string{"/404.html"}
	if first, _, ok := strings.Cut(strings.TrimPrefix(path.Clean(urlPath), "/"), "/"); ok {
		names = append([]string{"/" + first + "/404.html"}, names...)
	}
	for _, name := range names {
		f, err := dir.Open(name)
		if err != nil {
			continue
		}
		page, err := io.ReadAll(f)
		f.Close()
		if err != nil {
			continue
		}
		if i := bytes.Index(page, []byte("<head>")); i >= 0 {
			base := path.Dir(name)
			if base != "/" {
				base += "/"
			}
			i += len("<head>")
			page = append(page[:i:i], append([]byte(`<base href="`+base+`">`), page[i:]...)...)
		}
		return page
	}
	return []byte("<!DOCTYPE html><title>404</title><h1>Halaman tidak ditemukan</h1><p lang=\"en\">Page not found</p></body>")
}
