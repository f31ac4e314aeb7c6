package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"text/template"

	"github.com/tkpkd/tkpkd/generator/format"
	"github.com/tkpkd/tkpkd/generator/i18n"
	"github.com/tkpkd/tkpkd/generator/internal/parallel"
	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/render"
	"github.com/tkpkd/tkpkd/generator/view"
	"gopkg.in/yaml.v3"
)

// Options configures the briefs renderer.
type Options struct {
	Templates fs.FS         // the briefs/ templates: *.md with front matter
	I18n      *i18n.Catalog // holds the briefs.* strings in every language
	// Keep, when set, says which briefs to lay out by their path (a build
	// shard); the others are skipped before any work is done.
	Keep func(path string) bool
	// Emit, when set, receives each brief as soon as it is laid out, from
	// several goroutines at once, and Render returns no files.
	Emit func(render.File) error
	// Cache, when set, gives back briefs an earlier build laid out from the
	// same inputs (see Cache).
	Cache Cache
}

// Briefs renders the PDF briefs of a site from Markdown templates.
type Briefs struct {
	i18n      *i18n.Catalog
	templates []*brief // sorted by file name
	keep      func(string) bool
	emit      func(render.File) error
	cache     Cache
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
	Per      string `yaml:"per"`
	Title    string `yaml:"title"`
	Subtitle string `yaml:"subtitle"`
	File     string `yaml:"file"`
	Subject  string `yaml:"subject"`
	Keywords string `yaml:"keywords"`
}

// NewBriefs parses every template once. Errors name the template file and,
// for template syntax, the line (text/template's own message, unchanged).
func NewBriefs(o Options) (*Briefs, error) {
	if o.I18n == nil {
		return nil, fmt.Errorf("briefs: no i18n catalog")
	}
	names, err := fs.Glob(o.Templates, "*.md")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	b := &Briefs{i18n: o.I18n, keep: o.Keep, emit: o.Emit, cache: o.Cache}
	for _, name := range names {
		src, err := fs.ReadFile(o.Templates, name)
		if err != nil {
			return nil, err
		}
		br, err := parseBrief("briefs/"+name, src)
		if err != nil {
			return nil, err
		}
		b.templates = append(b.templates, br)
	}
	return b, nil
}

func parseBrief(name string, src []byte) (*brief, error) {
	src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
	head, body, ok := splitFrontMatter(src)
	if !ok {
		return nil, fmt.Errorf("%s:1: a brief template starts with front matter between --- lines (per, title, file)", name)
	}
	var fm frontMatter
	dec := yaml.NewDecoder(bytes.NewReader(head))
	dec.KnownFields(true)
	if err := dec.Decode(&fm); err != nil {
		return nil, fmt.Errorf("%s: front matter: %v", name, err)
	}
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
	pad := strings.Repeat("\n", bytes.Count(src[:len(src)-len(body)], []byte("\n")))
	t := template.New(name).Option("missingkey=error").Funcs(funcStubs)
	if _, err := t.Parse(pad + string(body)); err != nil {
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

func splitFrontMatter(src []byte) (head, body []byte, ok bool) {
	if !bytes.HasPrefix(src, []byte("---\n")) {
		return nil, nil, false
	}
	rest := src[4:]
	i := bytes.Index(rest, []byte("\n---\n"))
	if i < 0 {
		return nil, nil, false
	}
	return rest[:i+1], rest[i+5:], true
}

// Render builds every brief: one per meeting, budget year or kabupaten/kota
// per template that asks for it, in each of the site's languages. The
// default language's file is <file>.pdf, another's <file>-<lang>.pdf.
func (b *Briefs) Render(s *model.Site) ([]render.File, error) {
	if problems := CheckSite(s); len(problems) > 0 {
		return nil, problems
	}
	type job struct {
		br   *brief
		subj Data
		lang string
	}
	var jobs []job
	for _, br := range b.templates {
		for _, subj := range subjects(s, br.per) {
			for _, lang := range s.Config.Languages {
				jobs = append(jobs, job{br, subj, lang})
			}
		}
	}
	// Each brief is its own document with its own fonts, so briefs are laid
	// out on every core at once; results keep the jobs' order, and the error
	// reported is the first job's, so output and messages stay deterministic.
	sh := view.NewIndex(s)
	out := make([]render.File, len(jobs))
	skipped := make([]bool, len(jobs))
	err := parallel.Each(len(jobs), func(i int) error {
		f, err := b.one(s, sh, jobs[i].br, jobs[i].subj, jobs[i].lang)
		switch {
		case err == errSkipped:
			skipped[i] = true
			return nil
		case err != nil:
			return err
		case b.emit != nil:
			out[i].Path = f.Path // written: keep only the path
			return b.emit(f)
		}
		out[i] = f
		return nil
	})
	if err != nil {
		return nil, err
	}
	kept := out[:0]
	for i := range out {
		if !skipped[i] {
			kept = append(kept, out[i])
		}
	}
	out = kept
	if b.emit != nil {
		return nil, nil
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	for i := 1; i < len(out); i++ {
		if out[i].Path == out[i-1].Path {
			return nil, fmt.Errorf("briefs: two briefs would be written to %s; make the file patterns differ", out[i].Path)
		}
	}
	return out, nil
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

func (b *Briefs) one(s *model.Site, sh *view.Index, br *brief, d Data, lang string) (render.File, error) {
	file, doc, err := b.document(s, sh, br, d, lang)
	if err != nil {
		return render.File{Path: file}, err
	}
	var key string
	if b.cache != nil {
		if key, err = Key(doc); err != nil {
			return render.File{}, err
		}
		if data, ok := b.cache.Get(file, key); ok {
			b.cache.Put(file, key, data)
			return render.File{Path: file, Data: data}, nil
		}
	}
	data, err := Render(doc)
	if err != nil {
		return render.File{}, err
	}
	if b.cache != nil {
		b.cache.Put(file, key, data)
	}
	return render.File{Path: file, Data: data}, nil
}

// document executes one brief's template: its output path and the
// document to lay out (the cheap half of a brief; laying it out is the
// expensive one). Another shard's brief returns its path and errSkipped.
func (b *Briefs) document(s *model.Site, sh *view.Index, br *brief, d Data, lang string) (string, *Document, error) {
	d.Site, d.Lang = s, lang
	ctx := newContext(s, sh, lang, b.i18n, br.name)
	t, err := br.tmpl.Clone()
	if err != nil {
		return "", nil, err
	}
	t.Funcs(ctx.funcs())
	mt, err := br.meta.Clone()
	if err != nil {
		return "", nil, err
	}
	mt.Funcs(ctx.plainFuncs())
	exec := func(t *template.Template, name string) (string, error) {
		var buf bytes.Buffer
		if err := t.ExecuteTemplate(&buf, name, d); err != nil {
			return "", err
		}
		return buf.String(), nil
	}
	meta := map[string]string{}
	for _, k := range metaNames {
		v, err := exec(mt, k)
		if err != nil {
			return "", nil, fmt.Errorf("%s: front matter: %w", br.name, err)
		}
		meta[k] = strings.TrimSpace(v)
	}
	file := meta["file"]
	if file == "" || strings.HasPrefix(file, "/") || strings.Contains(file, "..") {
		return "", nil, fmt.Errorf("%s: front matter: file %q is not a relative path", br.name, file)
	}
	if lang != s.Config.DefaultLanguage() {
		file += "-" + lang
	}
	file = path.Clean(file) + ".pdf"
	if b.keep != nil && !b.keep(file) {
		return file, nil, errSkipped // another shard's brief
	}
	body, err := exec(t, br.name)
	if err != nil {
		return "", nil, err
	}
	doc := &Document{
		Title: meta["title"], Subtitle: meta["subtitle"], Publisher: s.Config.Publisher,
		Subject: meta["subject"], Keywords: meta["keywords"],
		DateLine:  b.i18n.Tf(lang, "briefs.as_of", format.Date(s.Config.AsOf, lang)),
		AsOf:      s.Config.AsOf.Time(),
		PageLabel: b.i18n.T(lang, "briefs.page"),
		Markdown:  append([]byte(body), ctx.footnotes()...),
		Charts:    ctx.charts,
		Origin:    br.name,
	}
	return file, doc, nil
}

// errSkipped marks a brief left to another shard.
var errSkipped = errors.New("skipped")
