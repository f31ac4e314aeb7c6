package load

import (
	"bytes"
	"path"
	"slices"
	"strings"

	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/generator/model"
)

// languages are those the site's UI strings exist for.
var languages = []string{"id", "en"}

// readPage reads pages/<name>.md or pages/<name>.<lang>.md: YAML front
// matter between two "---" lines (title, weight, lang), then Markdown.
func (s *Set) readPage(f File, problems *diag.List) {
	data := normalise(f.Data)
	if !checkEncoding(f.Name, data, problems) {
		return
	}
	stem := strings.TrimSuffix(path.Base(f.Name), ".md")
	name, lang, _ := strings.Cut(stem, ".")
	if !checkID(name) {
		problems.Add(f.Name, 0, 0, "", diag.T("bukan nama halaman yang sah (nama menjadi alamat halaman; pakai huruf kecil, angka dan '-'), mis. pages/%s.md", "is not a valid page name (want lower-case letters, digits and '-', e.g. pages/%s.md): the name becomes the page's address", slugHint(name)))
		return
	}
	if lang != "" && !slices.Contains(languages, lang) {
		problems.Add(f.Name, 0, 0, "", diag.T("menyebut bahasa yang tidak dikenal %q; namai pages/%s.md untuk bahasa utama atau pages/%s.en.md%s", "names an unknown language %q (want pages/%s.md for the default language or pages/%s.en.md)%s", lang, name, name, suggest(lang, languages)))
		return
	}
	front, body, bodyLine, ok := splitFrontMatter(data)
	if !ok {
		problems.Add(f.Name, 1, 1, "", diag.T("tidak punya front matter; awali berkas dengan baris \"---\", lalu title: ..., lalu baris \"---\" lagi", "has no front matter; start the file with a \"---\" line, then title: ..., then another \"---\" line"))
		return
	}
	p := &model.Page{Name: name, Lang: lang, Body: body, Pos: model.Pos{File: f.Name, Line: bodyLine, Col: 1}}
	if !checkMarkdown(f.Name, bodyLine, "", body, problems) {
		return
	}
	// Front matter starts on line 2 of the file: a leading blank line keeps
	// the line numbers YAML reports equal to the file's.
	root, ok := parseYAML(f.Name, append([]byte("\n"), front...), problems)
	if !ok {
		return
	}
	d := s.trackBlanks(newDecoder(f.Name, root, problems))
	d.text = data // front matter lines are the file's own (see above)
	r := d.object(root, "")
	if r == nil {
		return
	}
	p.Title = r.text("title", true)
	p.Weight = r.integer("weight", false)
	if fl := r.enum("lang", false, languages); fl != "" {
		if lang != "" && fl != lang {
			r.d.errorf(r.value("lang", false), "lang", diag.T("tidak sesuai dengan nama berkas (tertulis %q, nama berkas menyebut %q)", "does not match the file name (got %q, the file name says %q)", fl, lang))
		}
		p.Lang = fl
	}
	r.done()
	s.Defs = append(s.Defs, Def{Kind: KindPage, Value: p.Name + "." + p.Lang, Field: "", Pos: p.Pos})
	s.place(p, r)
	s.Site.Pages = append(s.Site.Pages, p)
}

// splitFrontMatter returns the YAML between the leading "---" lines, the
// Markdown after them and the line the Markdown starts on.
func splitFrontMatter(data []byte) (front []byte, body string, bodyLine int, ok bool) {
	if !bytes.HasPrefix(data, []byte("---\n")) {
		return nil, "", 0, false
	}
	rest := data[4:]
	line := 2
	for {
		i := bytes.IndexByte(rest, '\n')
		var l []byte
		if i < 0 {
			l = rest
		} else {
			l = rest[:i]
		}
		if string(bytes.TrimRight(l, " ")) == "---" {
			front = data[4 : len(data)-len(rest)]
			if i < 0 {
				return front, "", line + 1, true
			}
			return front, string(rest[i+1:]), line + 1, true
		}
		if i < 0 {
			return nil, "", 0, false
		}
		rest = rest[i+1:]
		line++
	}
}

// attachMinutes gives meetings/<id>.md to meeting <id>.
func (s *Set) attachMinutes(f File, problems *diag.List) {
	data := normalise(f.Data)
	if !checkEncoding(f.Name, data, problems) {
		return
	}
	if !checkMarkdown(f.Name, 1, "", string(data), problems) {
		return
	}
	id := strings.TrimSuffix(path.Base(f.Name), ".md")
	for _, m := range s.Site.Meetings {
		if m.ID == id {
			m.Minutes = string(data)
			m.MinutesPos = model.Pos{File: f.Name, Line: 1, Col: 1}
			return
		}
	}
	msg := diag.T("berisi notulen untuk rapat yang tidak ada (perlu meetings/%s.yaml di sebelahnya)", "holds minutes for a meeting that does not exist (want meetings/%s.yaml beside it)", id)
	if yaml := "meetings/" + id + ".yaml"; slices.Contains(s.Broken, yaml) {
		// The meeting is there but could not be read: fixing it fixes this.
		*problems = append(*problems, diag.Problem{File: f.Name, Msg: msg, Cause: diag.Key(yaml, "")})
		return
	}
	// Meeting ids differ in a date or a number: only a real misspelling is
	// suggested, with the meeting's title, never the meeting before.
	var meetings []Candidate
	for _, m := range s.Site.Meetings {
		meetings = append(meetings, Candidate{Value: m.ID, Name: m.Title})
	}
	problems.Add(f.Name, 0, 0, "", diag.T("berisi notulen untuk rapat yang tidak ada (perlu meetings/%s.yaml di sebelahnya)%s", "holds minutes for a meeting that does not exist (want meetings/%s.yaml beside it)%s", id, Suggest(id, meetings)))
}
