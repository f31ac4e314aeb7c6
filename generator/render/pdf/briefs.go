package pdf

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"text/template"

	"github.com/tkpkd/tkpkd/generator/format"
	"github.com/tkpkd/tkpkd/generator/i18n"
	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/render"
	"github.com/tkpkd/tkpkd/generator/view"
)

// Options configures the briefs renderer.
type Options struct {
	Templates fs.FS         // the briefs/ templates: *.md with front matter
	I18n      *i18n.Catalog // holds the briefs.* strings in every language
	// FrontMatter splits a template into its front matter fields and its
	// body (load.FrontMatter, given by build: only package load parses YAML).
	FrontMatter func(name string, src []byte, known []string) (fields map[string]string, body string, bodyLine int, err error)
}

// Briefs renders the PDF briefs of a site from Markdown templates.
type Briefs struct {
	i18n      *i18n.Catalog
	templates []*brief // sorted by file name
}

// brief is one parsed template: the Markdown body, whose actions are
// escaped, and the front matter's metadata (title, file name...), which is
// plain text and is not.
type brief struct {
	name string // file name, for errors
	per  string // meeting, year or region
	tmpl *template.Template
	meta *template.Template
}

// metaNames are the front matter's templates, in the order they are executed.
var metaNames = []string{"file", "title", "subtitle", "subject", "keywords"}

// frontMatter says what a template is for. Title, subtitle and file are
// templates too, executed with the same data as the body.
type frontMatter struct {
	Per      string
	Title    string
	Subtitle string
	File     string
	Subject  string
	Keywords string
}

// frontKeys are the fields a brief's front matter may have.
var frontKeys = []string{"per", "title", "subtitle", "file", "subject", "keywords"}

// NewBriefs parses every template once. Errors name the template file and,
// for template syntax, the line (text/template's own message, unchanged).
func NewBriefs(o Options) (*Briefs, error) {
	if o.I18n == nil {
		return nil, fmt.Errorf("briefs: no i18n catalog")
	}
	if o.FrontMatter == nil {
		return nil, fmt.Errorf("briefs: no front matter reader")
	}
	names, err := fs.Glob(o.Templates, "*.md")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	b := &Briefs{i18n: o.I18n}
	for _, name := range names {
		src, err := fs.ReadFile(o.Templates, name)
		if err != nil {
			return nil, err
		}
		br, err := parseBrief("briefs/"+name, src, o.FrontMatter)
		if err != nil {
			return nil, err
		}
		b.templates = append(b.templates, br)
	}
	return b, nil
}

func parseBrief(name string, src []byte, front func(string, []byte, []string) (map[string]string, string, int, error)) (*brief, error) {
	f, body, bodyLine, err := front(name, src, frontKeys)
	if err != nil {
		return nil, err
	}
	fm := frontMatter{Per: f["per"], Title: f["title"], Subtitle: f["subtitle"], File: f["file"], Subject: f["subject"], Keywords: f["keywords"]}
	switch fm.Per {
	case "meeting", "year", "region":
	default:
		return nil, fmt.Errorf("%s: front matter: per: %q is not meeting, year or region", name, fm.Per)
	}
	if fm.Title == "" || fm.File == "" {
		return nil, fmt.Errorf("%s: front matter: title and file are required", name)
	}
	// Blank lines stand in for the front matter so that line numbers in
	// template errors are the file's own.
	pad := strings.Repeat("\n", bodyLine-1)
	t := template.New(name).Option("missingkey=error").Funcs(funcStubs)
	if _, err := t.Parse(pad + body); err != nil {
		return nil, err
	}
	escapeTemplates(t, nil)
	meta := template.New("meta").Option("missingkey=error").Funcs(funcStubs)
	texts := map[string]string{"title": fm.Title, "subtitle": fm.Subtitle, "file": fm.File, "subject": fm.Subject, "keywords": fm.Keywords}
	for _, sub := range metaNames {
		if _, err := meta.New(sub).Parse(texts[sub]); err != nil {
			return nil, fmt.Errorf("%s: front matter: %s: %w", name, sub, err)
		}
	}
	return &brief{name: name, per: fm.Per, tmpl: t, meta: meta}, nil
}

// Render lays out every brief and returns them sorted by path. Builds use
// Jobs; Render is for tests.
func (b *Briefs) Render(s *model.Site) ([]render.File, error) {
	return render.Collect(b.Jobs(s))
}

// Jobs lists every brief: one per meeting, budget year or kabupaten/kota
// per template that asks for it, in each of the site's languages. The
// default language's file is <file>.pdf, another's <file>-<lang>.pdf. A
// job's plan executes the template (cheap) and keys the result; making it
// lays the document out (the expensive part, which a cache can skip).
func (b *Briefs) Jobs(s *model.Site) render.Batches {
	return func(yield func([]render.Job) error) error {
		x := view.NewIndex(s)
		var jobs []render.Job
		for _, br := range b.templates {
			for _, subj := range subjects(s, br.per) {
				for _, lang := range s.Config.Languages {
					file, err := b.path(s, x, br, subj, lang)
					if err != nil {
						return err
					}
					jobs = append(jobs, render.Job{Path: file, Plan: func() (render.Plan, error) {
						return b.plan(s, x, br, subj, lang)
					}})
				}
			}
		}
		return yield(jobs)
	}
}

// plan executes one brief's template and keys the document it gives.
func (b *Briefs) plan(s *model.Site, x *view.Index, br *brief, d Data, lang string) (render.Plan, error) {
	doc, err := b.document(s, x, br, d, lang)
	if err != nil {
		return render.Plan{}, err
	}
	key, err := Key(doc)
	if err != nil {
		return render.Plan{}, err
	}
	return render.Plan{Key: key, Make: func() ([]byte, error) { return Render(doc) }}, nil
}

// Data is what a brief template sees as dot.
type Data struct {
	Site    *model.Site
	Lang    string
	Meeting *model.Meeting    // per: meeting
	Year    *model.BudgetYear // per: year
	Region  *model.Region     // per: region
}

func subjects(s *model.Site, per string) []Data {
	var out []Data
	switch per {
	case "meeting":
		for _, m := range s.Meetings {
			out = append(out, Data{Meeting: m})
		}
	case "year":
		for _, y := range s.Years {
			out = append(out, Data{Year: y})
		}
	case "region":
		for _, r := range s.Regions {
			if r.Kind == model.Kabupaten || r.Kind == model.Kota {
				out = append(out, Data{Region: r})
			}
		}
	}
	return out
}

// meta executes the front matter's templates: file, title and the rest.
func (b *Briefs) meta(ctx *context, br *brief, d Data) (map[string]string, error) {
	mt, err := br.meta.Clone()
	if err != nil {
		return nil, err
	}
	mt.Funcs(ctx.plainFuncs())
	meta := map[string]string{}
	for _, k := range metaNames {
		var buf bytes.Buffer
		if err := mt.ExecuteTemplate(&buf, k, d); err != nil {
			return nil, fmt.Errorf("%s: front matter: %w", br.name, err)
		}
		meta[k] = strings.TrimSpace(buf.String())
	}
	return meta, nil
}

// path returns where one brief is written, from its front matter's file.
func (b *Briefs) path(s *model.Site, x *view.Index, br *brief, d Data, lang string) (string, error) {
	d.Site, d.Lang = s, lang
	meta, err := b.meta(newContext(s, x, lang, b.i18n, br.name), br, d)
	if err != nil {
		return "", err
	}
	file := meta["file"]
	if file == "" || strings.HasPrefix(file, "/") || strings.Contains(file, "..") {
		return "", fmt.Errorf("%s: front matter: file %q is not a relative path", br.name, file)
	}
	if lang != s.Config.DefaultLanguage() {
		file += "-" + lang
	}
	return path.Clean(file) + ".pdf", nil
}

// document executes one brief's template: the document to lay out.
func (b *Briefs) document(s *model.Site, x *view.Index, br *brief, d Data, lang string) (*Document, error) {
	d.Site, d.Lang = s, lang
	ctx := newContext(s, x, lang, b.i18n, br.name)
	meta, err := b.meta(ctx, br, d)
	if err != nil {
		return nil, err
	}
	t, err := br.tmpl.Clone()
	if err != nil {
		return nil, err
	}
	t.Funcs(ctx.funcs())
	var body bytes.Buffer
	if err := t.ExecuteTemplate(&body, br.name, d); err != nil {
		return nil, err
	}
	return &Document{
		Title: meta["title"], Subtitle: meta["subtitle"], Publisher: s.Config.Publisher,
		Subject: meta["subject"], Keywords: meta["keywords"],
		DateLine:  b.i18n.Tf(lang, "briefs.as_of", format.Date(s.Config.AsOf, lang)),
		AsOf:      s.Config.AsOf.Time(),
		PageLabel: b.i18n.T(lang, "briefs.page"),
		Markdown:  append(body.Bytes(), ctx.footnotes()...),
		Charts:    ctx.charts,
		Origin:    br.name,
	}, nil
}
