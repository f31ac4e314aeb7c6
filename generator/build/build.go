// Package build runs the whole pipeline: load -> validate -> render (site,
// open data, briefs) -> write. It is the only package that sees every
// stage, and the only one cmd/tkpkd calls to build.
package build

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"runtime/debug"
	"sync"

	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/generator/i18n"
	"github.com/tkpkd/tkpkd/generator/load"
	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/render"
	"github.com/tkpkd/tkpkd/generator/render/data"
	"github.com/tkpkd/tkpkd/generator/render/html"
	"github.com/tkpkd/tkpkd/generator/render/pdf"
	"github.com/tkpkd/tkpkd/generator/write"
)

// Config is what a build needs; cmd/tkpkd fills it from flags.
type Config struct {
	Content   string // the content folder
	Out       string // the output folder; site/ and pdf/ are written in it
	Defaults  fs.FS  // the embedded templates (site/, briefs/, i18n/)
	Templates string // a folder whose files override the defaults; "" for none
	BaseURL   string // overrides site.yaml's base_url when set
	Force     bool   // write into a non-empty folder tkpkd did not make
	Strict    bool   // warnings stop the build
	Shard     Shard  // only this part of the outputs; the zero Shard is all
	// Binary identifies the program (a hash of its executable). When set,
	// briefs whose inputs did not change since the last build into Out are
	// reused instead of laid out again; "" turns that off.
	Binary string
	// Create replaces file creation in tests (a full disk).
	Create func(name string, data []byte) error
}

// Result says what a build produced.
type Result struct {
	Pages    int // HTML pages, both languages
	SiteFile int // every file under site/
	Briefs   int // PDF briefs
	Bytes    int64
	Written  int       // files whose bytes changed since the previous build
	Same     int       // files left as they were (their mtime too)
	Removed  int       // files of the previous build that are gone
	Changed  []string  // "site/..." and "pdf/..." paths of the written files
	Reused   int       // briefs taken from the previous build (same inputs)
	Problems diag.List // warnings (and errors, when the content failed)
}

// Run builds. A content problem returns the problems and writes nothing;
// any other failure returns an error and leaves the previous output as it was.
func Run(ctx context.Context, cfg Config) (Result, error) {
	var res Result
	checked := Check(cfg.Content)
	site := checked.Site
	res.Problems = checked.Problems
	if res.Problems.HasErrors() || (cfg.Strict && len(res.Problems) > 0) {
		return res, res.Problems
	}
	tmpl := cfg.Defaults
	if cfg.Templates != "" {
		tmpl = overlay{upper: os.DirFS(cfg.Templates), lower: cfg.Defaults}
	}
	site.Config.BaseURL = firstNonEmpty(cfg.BaseURL, site.Config.BaseURL)
	stage, err := write.Begin(write.Options{Out: cfg.Out, Protect: []string{cfg.Content}, Force: cfg.Force, Create: cfg.Create}, "site", "pdf")
	if err != nil {
		return res, err
	}
	defer stage.Abort()
	run := &runner{shard: cfg.Shard, stage: stage, cache: newBriefCache(cfg.Out, cfg.Binary)}
	if err := renderWithin(ctx, site, tmpl, run); err != nil {
		return res, err
	}
	res.Pages, res.SiteFile, res.Briefs = run.pages, run.siteFiles, run.briefs
	st, err := stage.Commit(ctx)
	res.Bytes, res.Written, res.Same, res.Removed, res.Changed = st.Bytes, st.Written, st.Unchanged, st.Removed, st.Changed
	res.Reused = run.cache.hits
	if err != nil || cfg.Binary == "" {
		return res, err
	}
	m, err := run.cache.encode(cfg.Binary)
	if err != nil {
		return res, err
	}
	return res, write.Meta(cfg.Out, manifestName, m)
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// renderWithin renders, returning early when ctx is cancelled (Ctrl-C) so
// an interrupted build stops at once; the renderers only read the model and
// write through the stage, which refuses files once the build is stopped.
func renderWithin(ctx context.Context, site *model.Site, tmpl fs.FS, run *runner) error {
	done := make(chan error, 1)
	go func() { done <- renderAll(site, tmpl, run) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return fmt.Errorf("build interrupted while rendering: %w", ctx.Err())
	}
}

// renderAll runs the site's jobs and the briefs' side by side: both only
// read the model, and the briefs are the slower half.
func renderAll(site *model.Site, tmpl fs.FS, run *runner) error {
	i18nFS, err := fs.Sub(tmpl, "i18n")
	if err != nil {
		return err
	}
	cat, err := i18n.Load(i18nFS, load.Strings)
	if err != nil {
		return templateErr("i18n/", err)
	}
	siteJobs, err := siteJobs(site, tmpl, cat)
	if err != nil {
		return err
	}
	briefJobs, err := briefJobs(tmpl, cat, site)
	if err != nil {
		return err
	}
	var wg sync.WaitGroup
	var siteErr, pdfErr error
	wg.Add(2)
	go func() {
		defer wg.Done()
		siteErr = safely("site", func() error { return run.all("site", siteJobs) })
	}()
	go func() {
		defer wg.Done()
		pdfErr = safely("briefs", func() error { return run.all("pdf", briefJobs) })
	}()
	wg.Wait()
	if siteErr != nil {
		return siteErr
	}
	return pdfErr
}

// siteJobs lists the pages and assets, then the open data.
func siteJobs(site *model.Site, tmpl fs.FS, cat *i18n.Catalog) (render.Batches, error) {
	sub, err := fs.Sub(tmpl, "site")
	if err != nil {
		return nil, err
	}
	r, err := html.New(html.Options{Templates: sub, I18n: cat, BaseURL: site.Config.BaseURL})
	if err != nil {
		return nil, err
	}
	pages := r.Jobs(site)
	return func(yield func([]render.Job) error) error {
		if err := pages(yield); err != nil {
			return err
		}
		open, err := data.Render(site)
		if err != nil {
			return err
		}
		jobs := make([]render.Job, len(open))
		for i, f := range open {
			jobs[i] = render.Static(f.Path, f.Data)
		}
		return yield(jobs)
	}, nil
}

func briefJobs(tmpl fs.FS, cat *i18n.Catalog, site *model.Site) (render.Batches, error) {
	sub, err := fs.Sub(tmpl, "briefs")
	if err != nil {
		return nil, err
	}
	b, err := pdf.NewBriefs(pdf.Options{Templates: sub, I18n: cat, FrontMatter: load.FrontMatter})
	if err != nil {
		return nil, templateErr("", err)
	}
	return b.Jobs(site), nil
}

// safely turns a renderer's panic into an error, so a bug in one page
// fails the build cleanly instead of killing it half-way.
func safely(stage string, f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("[BUG] %s renderer panicked: %v\n%s", stage, r, debug.Stack())
		}
	}()
	return f()
}
