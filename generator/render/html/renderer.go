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
	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/render"
)

// Options configures a Renderer.
type Options struct {
	Templates fs.FS         // the site/ subtree: *.html templates and assets
	I18n      *i18n.Catalog // UI strings in every language
	BaseURL   string        // only for sitemap.xml and canonical links; site.yaml's when empty
}

// Renderer turns a checked site into files. It is safe for concurrent use:
// templates are parsed once by New and only executed afterwards.
type Renderer struct {
	kinds   map[string]*template.Template // page kind -> layout + partials + kind.html
	assets  []render.File                 // every non-template file of Templates, under aset/
	cat     *i18n.Catalog
	baseURL string
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
	r := &Renderer{kinds: map[string]*template.Template{}, cat: o.I18n, baseURL: o.BaseURL}
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
// sitemap.xml, sorted by path. Builds use Jobs; Render is for tests.
func (r *Renderer) Render(s *model.Site) ([]render.File, error) {
	return render.Collect(r.Jobs(s))
}

// Jobs lists the site's files a kind of page at a time, in each language:
// the pages of one kind are built, executed by their jobs and dropped before
// the next kind is built, so memory follows the largest kind, not the site.
// The open data under data/ comes from package render/data; pages only link
// to it.
func (r *Renderer) Jobs(s *model.Site) render.Batches {
	return func(yield func([]render.Job) error) error {
		b, err := newBuilder(r, s)
		if err != nil {
			return err
		}
		var all []*Page
		for _, lang := range b.langs {
			for _, step := range b.steps() {
				pages, err := step(lang)
				if err != nil {
					return err
				}
				all = append(all, pages...)
				jobs := make([]render.Job, len(pages))
				for i, p := range pages {
					jobs[i] = r.pageJob(p)
				}
				if err := yield(jobs); err != nil {
					return err
				}
				for _, p := range pages {
					p.Body = nil // also those of jobs another shard runs
				}
			}
		}
		var rest []render.Job
		for _, a := range r.assets {
			rest = append(rest, render.Static(a.Path, a.Data))
		}
		if sm := b.sitemap(all); sm != nil {
			rest = append(rest, render.Static("sitemap.xml", sm))
		}
		return yield(rest)
	}
}

// pageJob executes one page; the page's body is dropped once executed (the
// sitemap needs only its path).
func (r *Renderer) pageJob(p *Page) render.Job {
	return render.Job{Path: p.OutPath(), Plan: func() (render.Plan, error) {
		return render.Plan{Make: func() ([]byte, error) {
			defer func() { p.Body = nil }()
			return r.execute(p)
		}}, nil
	}}
}

func (r *Renderer) execute(p *Page) ([]byte, error) {
	t := r.kinds[p.Kind]
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", p); err != nil {
		return nil, fmt.Errorf("html: %s: %w", path.Join(p.langDir, p.Path), err)
	}
	return buf.Bytes(), nil
}
