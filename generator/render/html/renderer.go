package html

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/tkpkd/tkpkd/generator/i18n"
	"github.com/tkpkd/tkpkd/generator/internal/parallel"
	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/render"
)

// Options configures a Renderer.
type Options struct {
	Templates fs.FS         // the site/ subtree: *.html templates and assets
	I18n      *i18n.Catalog // UI strings in every language
	BaseURL   string        // only for sitemap.xml and canonical links; site.yaml's when empty
	// Keep, when set, says which pages to render by their path (a build
	// shard); pages of other shards are not executed.
	Keep func(path string) bool
	// Emit, when set, receives each file as soon as it is rendered, and
	// Render returns no files: a national site is gigabytes, and holding it
	// all until the end is what made memory grow with the output. Emit
	// reports duplicate paths itself (write.Stage does).
	Emit func(render.File) error
}

// Renderer turns a checked site into files. It is safe for concurrent use:
// templates are parsed once by New and only executed afterwards.
type Renderer struct {
	kinds   map[string]*template.Template // page kind -> layout + partials + kind.html
	assets  []render.File                 // every non-template file of Templates, under aset/
	cat     *i18n.Catalog
	baseURL string
	keep    func(string) bool // nil: every file
	emit    func(render.File) error
}

// pageKinds are the templates New requires; each defines "main".
var pageKinds = []string{"home", "years", "year", "agencies", "agency", "strategies", "strategy",
	"meetings", "meeting", "regions", "region", "indicators", "sources", "page", "404"}

// New parses the templates. A template error names the file and line, as
// html/template reports it.
func New(o Options) (*Renderer, error) {
	if o.Templates == nil || o.I18n == nil {
		return nil, fmt.Errorf("html: Options.Templates and Options.I18n are required")
	}
	r := &Renderer{kinds: map[string]*template.Template{}, cat: o.I18n, baseURL: o.BaseURL, keep: o.Keep, emit: o.Emit}
	base, err := template.New("layout.html").Funcs(funcs).ParseFS(o.Templates, "layout.html", "partials.html")
	if err != nil {
		return nil, fmt.Errorf("html: %w", err)
	}
	for _, k := range pageKinds {
		t, err := base.Clone()
		if err == nil {
			t, err = t.ParseFS(o.Templates, k+".html")
		}
		if err != nil {
			return nil, fmt.Errorf("html: %w", err)
		}
		if t.Lookup("main") == nil {
			return nil, fmt.Errorf("html: %s.html: does not define \"main\"", k)
		}
		r.kinds[k] = t
	}
	if r.assets, err = readAssets(o.Templates); err != nil {
		return nil, fmt.Errorf("html: %w", err)
	}
	return r, nil
}

// readAssets collects every file of the template tree that is not a
// template (style.css, a logo, a small script), in path order.
func readAssets(fsys fs.FS) ([]render.File, error) {
	var out []render.File
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(p, ".html") {
			return err
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		out = append(out, render.File{Path: dirAssets + "/" + p, Data: b})
		return nil
	})
	out = append(out, fontFiles()...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, err
}

// Render returns every page in every language, the assets, 404 pages and
// sitemap.xml, sorted by path. The open data under data/ comes from package
// render/data; pages only link to it.
func (r *Renderer) Render(s *model.Site) ([]render.File, error) {
	b, err := newBuilder(r, s)
	if err != nil {
		return nil, err
	}
	var files []render.File
	var all []*Page
	for _, lang := range b.langs {
		for _, step := range b.steps() {
			pages, err := step(lang)
			if err != nil {
				return nil, err
			}
			all = append(all, pages...)
			out, err := r.executeAll(pages)
			if err != nil {
				return nil, err
			}
			files = append(files, out...)
		}
	}
	for _, a := range r.assets {
		if files, err = r.add(files, a); err != nil {
			return nil, err
		}
	}
	if sm := b.sitemap(all); sm != nil {
		if files, err = r.add(files, render.File{Path: "sitemap.xml", Data: sm}); err != nil {
			return nil, err
		}
	}
	if r.emit != nil {
		return nil, nil
	}
	sort.SliceStable(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	for i := 1; i < len(files); i++ {
		if files[i].Path == files[i-1].Path {
			return nil, fmt.Errorf("html: two files would be written to %s", files[i].Path)
		}
	}
	return files, nil
}

// executeAll executes pages on every core. Each page is its own file, so
// the order they finish in changes nothing; the error returned is the
// first page's, so messages are the same on every run.
func (r *Renderer) executeAll(pages []*Page) ([]render.File, error) {
	out := make([]render.File, len(pages))
	err := parallel.Each(len(pages), func(i int) error {
		var err error
		out[i], err = r.executeOne(pages[i])
		return err
	})
	if err != nil {
		return nil, err
	}
	var files []render.File
	for _, f := range out {
		if f.Path != "" {
			files = append(files, f)
		}
	}
	return files, nil
}

// executeOne renders a page of this build (Keep) and hands it to Emit, or
// returns it; the page's body is dropped once written.
func (r *Renderer) executeOne(p *Page) (render.File, error) {
	defer func() { p.Body = nil }() // the sitemap needs only the page's path
	if r.keep != nil && !r.keep(p.OutPath()) {
		return render.File{}, nil
	}
	data, err := r.execute(p)
	if err != nil {
		return render.File{}, err
	}
	f := render.File{Path: p.OutPath(), Data: data}
	if r.emit != nil {
		return render.File{}, r.emit(f)
	}
	return f, nil
}

// add hands a file to Emit, or keeps it to return.
func (r *Renderer) add(files []render.File, f render.File) ([]render.File, error) {
	if r.emit != nil {
		return files, r.emit(f)
	}
	return append(files, f), nil
}

func (r *Renderer) execute(p *Page) ([]byte, error) {
	t := r.kinds[p.Kind]
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", p); err != nil {
		return nil, fmt.Errorf("html: %s: %w", path.Join(p.langDir, p.Path), err)
	}
	return buf.Bytes(), nil
}
