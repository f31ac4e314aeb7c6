package serve

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tkpkd/tkpkd/generator/build"
	"github.com/tkpkd/tkpkd/generator/diag"
)

// The tests of watching, reloading and the error page do not need the
// real pipeline, only builds that succeed or fail when the files say so;
// fakeBuild is such a build and takes microseconds where a real one takes
// seconds (minutes under -race on a busy machine). TestEditReloads keeps
// one real build end to end.
//
// Its content folder holds title.txt, the home page's heading. A *.yaml
// file whose first line is "!broken" is a content problem at its line 1,
// column 1, and a template holding "{{.Nope" is a template error, as a
// real build would report them.
func fakeBuild(ctx context.Context, cfg build.Config) (build.Result, error) {
	if err := ctx.Err(); err != nil {
		return build.Result{}, fmt.Errorf("build interrupted: %w", err)
	}
	var problems diag.List
	err := walkFiles(cfg.Content, func(rel string, data []byte) {
		if strings.HasSuffix(rel, ".yaml") && bytes.HasPrefix(data, []byte("!broken\n")) {
			problems = append(problems, diag.Problem{File: rel, Line: 1, Col: 1, Msg: diag.T("rusak (tertulis %q)", "is broken (got %q)", "!broken")})
		}
	})
	if err != nil {
		return build.Result{}, err
	}
	if len(problems) > 0 {
		return build.Result{Problems: problems}, problems.Sort()
	}
	css := "body{color:#000}\n"
	if cfg.Templates != "" {
		var broken string
		err := walkFiles(cfg.Templates, func(rel string, data []byte) {
			if bytes.Contains(data, []byte("{{.Nope")) {
				broken = rel
			}
			if rel == "site/style.css" {
				css = string(data)
			}
		})
		if err != nil {
			return build.Result{}, err
		}
		if broken != "" {
			return build.Result{}, fmt.Errorf("template: %s:1: unclosed action", broken)
		}
	}
	title, err := os.ReadFile(filepath.Join(cfg.Content, "title.txt"))
	if err != nil {
		return build.Result{}, err
	}
	heading := html.EscapeString(strings.TrimSpace(string(title)))
	page := func(lang, body string) string {
		return "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head><title>" + heading + "</title></head>\n<body>" + body + "</body>\n</html>\n"
	}
	files := map[string]string{
		".tkpkd-output":         "",
		"site/index.html":       page("id", "<h1>"+heading+"</h1>"),
		"site/en/index.html":    page("en", "<h1>"+heading+"</h1>"),
		"site/404.html":         page("id", "<h1>Halaman tidak ditemukan</h1>"),
		"site/en/404.html":      page("en", "<h1>Page not found</h1>"),
		"site/aset/style.css":   css,
		"pdf/rapat/rakor-1.pdf": "%PDF-1.4 fake brief\n",
	}
	for _, tree := range []string{"site", "pdf"} {
		if err := os.RemoveAll(filepath.Join(cfg.Out, tree)); err != nil {
			return build.Result{}, err
		}
	}
	for name, data := range files {
		p := filepath.Join(cfg.Out, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return build.Result{}, err
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			return build.Result{}, err
		}
	}
	return build.Result{Pages: 4, SiteFile: 5, Briefs: 1}, nil
}

// walkFiles calls f with each regular file under root, by slash path.
func walkFiles(root string, f func(rel string, data []byte)) error {
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if errors.Is(err, fs.ErrNotExist) {
			return nil // renamed away while we walked: an editor saving
		}
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		f(filepath.ToSlash(rel), data)
		return nil
	})
}

// fakeContent makes a content folder for fakeBuild with the given title.
func fakeContent(t *testing.T, title string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "content")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "title.txt"), title+"\n")
	return dir
}

// TestFakeBuild checks the stand-in itself, so the tests that use it
// cannot pass because it never fails.
func TestFakeBuild(t *testing.T) {
	t.Parallel()
	content := fakeContent(t, "Judul <uji>")
	out := t.TempDir()
	cfg := build.Config{Content: content, Out: out}
	if _, err := fakeBuild(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	home, err := os.ReadFile(filepath.Join(out, "site", "index.html"))
	if err != nil || !strings.Contains(string(home), "<h1>Judul &lt;uji&gt;</h1>") {
		t.Errorf("home page = %q, %v; want the escaped title", home, err)
	}
	write(t, filepath.Join(content, "site.yaml"), "!broken\n")
	var problems diag.List
	if _, err := fakeBuild(context.Background(), cfg); !errors.As(err, &problems) || len(problems) != 1 || problems[0].File != "site.yaml" {
		t.Errorf("a broken file: %v, want one problem in site.yaml", err)
	}
	write(t, filepath.Join(content, "site.yaml"), "ok\n")
	tmpl := t.TempDir()
	write(t, filepath.Join(tmpl, "home.html"), "{{.Nope\n")
	cfg.Templates = tmpl
	if _, err := fakeBuild(context.Background(), cfg); err == nil || errors.As(err, &problems) || !strings.Contains(err.Error(), "home.html:1:") {
		t.Errorf("a broken template: %v, want a template error naming home.html", err)
	}
}
