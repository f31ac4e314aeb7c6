package html

import (
	"fmt"
	"path"
	"regexp"
	"sort"
	"strings"
	"testing"
)

var (
	attrRe  = regexp.MustCompile(`<([a-zA-Z]+)\b[^>]*?\s(href|src)="([^"]*)"`)
	idRe    = regexp.MustCompile(`\sid="([^"]+)"`)
	langRe  = regexp.MustCompile(`<html lang="([a-z]{2,3})"`)
	titleRe = regexp.MustCompile(`<title>([^<]+)</title>`)
	h1Re    = regexp.MustCompile(`<h1[\s>]`)
	cssURL  = regexp.MustCompile(`url\(\s*["']?([^"')]+)`)
	headRe  = regexp.MustCompile(`<h([1-6])[\s>]`)
)

// checkSite is what every built site must satisfy: each page has a
// language, a title and one h1, headings that do not skip levels, and
// exists in every language; every internal link and asset resolves,
// fragments included; nothing is loaded from another host, and the only
// links to other hosts are plain <a> links (the sources' own addresses,
// links written in Markdown) and the canonical address under base.
func checkSite(files map[string][]byte, langs []string, base string) []string {
	var errs []string
	fail := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	ids := map[string]map[string]bool{}
	for p, b := range files {
		if strings.HasSuffix(p, ".html") {
			ids[p] = map[string]bool{}
			for _, m := range idRe.FindAllSubmatch(b, -1) {
				ids[p][string(m[1])] = true
			}
		}
	}
	for _, p := range sortedKeys(files) {
		b := files[p]
		switch {
		case strings.HasSuffix(p, ".css"):
			for _, m := range cssURL.FindAllSubmatch(b, -1) {
				checkRef(p, "css", string(m[1]), base, files, ids, fail)
			}
		case strings.HasSuffix(p, ".html"):
			checkPage(p, b, langs, files, fail)
			for _, m := range attrRe.FindAllSubmatch(b, -1) {
				checkRef(p, string(m[1]), string(m[3]), base, files, ids, fail)
			}
		}
	}
	sort.Strings(errs)
	return errs
}

func checkPage(p string, b []byte, langs []string, files map[string][]byte, fail func(string, ...any)) {
	lang := langs[0]
	rest := p
	for _, l := range langs[1:] {
		if strings.HasPrefix(p, l+"/") {
			lang, rest = l, strings.TrimPrefix(p, l+"/")
		}
	}
	if m := langRe.FindSubmatch(b); m == nil || string(m[1]) != lang {
		fail("%s: <html lang> is not %q", p, lang)
	}
	if m := titleRe.FindSubmatch(b); m == nil || strings.TrimSpace(string(m[1])) == "" || strings.Contains(string(m[1]), "[[") {
		fail("%s: no <title>", p)
	}
	if n := len(h1Re.FindAll(b, -1)); n != 1 {
		fail("%s: %d h1, want 1", p, n)
	}
	if bytesContains(b, "[[") {
		fail("%s: a UI string is missing (\"[[key]]\")", p)
	}
	last := 0
	for _, m := range headRe.FindAllSubmatch(b, -1) {
		lv := int(m[1][0] - '0')
		if lv > last+1 {
			fail("%s: h%d follows h%d", p, lv, last)
		}
		last = lv
	}
	for _, l := range langs {
		other := rest
		if l != langs[0] {
			other = l + "/" + rest
		}
		if _, ok := files[other]; !ok {
			fail("%s: no %s version (%s)", p, l, other)
		}
	}
}

func checkRef(from, tag, ref, base string, files map[string][]byte, ids map[string]map[string]bool, fail func(string, ...any)) {
	switch {
	case strings.HasPrefix(ref, "http://www.w3.org/"):
		return // XML namespaces name, they are never fetched
	case strings.HasPrefix(ref, "mailto:"):
		return
	case strings.Contains(ref, "://") || strings.HasPrefix(ref, "//"):
		if tag != "a" && !(tag == "link" && base != "" && strings.HasPrefix(ref, base)) {
			fail("%s: <%s> loads %s from another host", from, tag, ref)
		}
		return
	case strings.HasPrefix(ref, "/"):
		fail("%s: absolute path %s breaks file:// and sub-folders", from, ref)
		return
	}
	target, frag, _ := strings.Cut(ref, "#")
	resolved := from
	if target != "" {
		resolved = path.Join(path.Dir(from), target)
		if strings.HasPrefix(resolved, "../") {
			fail("%s: %s leaves the site", from, ref)
			return
		}
		if strings.HasSuffix(target, "/") || !strings.Contains(path.Base(target), ".") {
			fail("%s: %s does not name a file (file:// needs index.html)", from, ref)
			return
		}
		if strings.HasPrefix(resolved, "data/") {
			return // written by package render/data
		}
		if _, ok := files[resolved]; !ok {
			fail("%s: %s -> %s does not exist", from, ref, resolved)
			return
		}
	}
	if frag != "" && ids[resolved] != nil && !ids[resolved][frag] {
		fail("%s: %s: no id %q in %s", from, ref, frag, resolved)
	}
}

func bytesContains(b []byte, s string) bool { return strings.Contains(string(b), s) }

func TestFixtureSite(t *testing.T) {
	t.Parallel()
	files := renderFixture(t)
	for _, e := range checkSite(files, []string{"id", "en"}, "https://tkpkd.example.go.id/") {
		t.Error(e)
	}
}
