package importer

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tkpkd/tkpkd/generator/load"
	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/sheet"
	"github.com/tkpkd/tkpkd/generator/validate"
)

// content is a copy of the reference content in a temporary folder.
type content struct {
	t     *testing.T
	dir   string
	files []load.File
	site  *model.Site
}

func newContent(t *testing.T) *content {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "content")
	if err := os.CopyFS(dir, os.DirFS("../../content")); err != nil {
		t.Fatal(err)
	}
	c := &content{t: t, dir: dir}
	c.reload()
	return c
}

var (
	sharedOnce sync.Once
	shared     *content
)

// readOnlyContent is the reference content loaded once, in memory, for
// tests that compute an import and never write it (imports read the
// files from Options.Files, not from disk).
func readOnlyContent(t *testing.T) *content {
	sharedOnce.Do(func() {
		files, problems := load.ReadDir("../../content")
		checked := validate.Files(files)
		if all := append(problems, checked.Problems...); all.HasErrors() {
			panic(fmt.Sprint(all)) // the reference content must check clean
		}
		shared = &content{files: files, site: checked.Site}
	})
	return &content{t: t, files: shared.files, site: shared.site}
}

// reload reads and checks the folder, failing on any error: every import
// must leave content that checks clean.
func (c *content) reload() {
	c.t.Helper()
	files, problems := load.ReadDir(c.dir)
	checked := validate.Files(files)
	all := append(problems, checked.Problems...).Sort()
	if all.HasErrors() {
		c.t.Fatalf("content does not check clean:\n%v", all)
	}
	c.files, c.site = files, checked.Site
}

// write applies an import's result and checks the folder again.
func (c *content) write(res Result) {
	c.t.Helper()
	if len(res.Problems) > 0 {
		c.t.Fatalf("import problems:\n%v", res.Problems)
	}
	path := filepath.Join(c.dir, filepath.FromSlash(res.Path))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		c.t.Fatal(err)
	}
	if err := os.WriteFile(path, res.Data, 0o644); err != nil {
		c.t.Fatal(err)
	}
	c.reload()
}

func (c *content) read(name string) string {
	c.t.Helper()
	b, err := os.ReadFile(filepath.Join(c.dir, filepath.FromSlash(name)))
	if err != nil {
		c.t.Fatal(err)
	}
	return string(b)
}

func (c *content) options(file string, tables []sheet.Table) Options {
	return Options{Site: c.site, Files: c.files, Lang: "id", File: file, Tables: tables, Source: "sipd-kemendagri"}
}

func csvTables(t *testing.T, text string) []sheet.Table {
	t.Helper()
	tabs, err := sheet.Read("x.csv", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return tabs
}

// win1252 encodes text as Windows-1252 (é and – only), as old Excel saves CSV.
func win1252(s string) string {
	return strings.NewReplacer("é", "\xe9", "–", "\x96").Replace(s)
}

func xlsxTables(t *testing.T, sh sheet.Sheet) []sheet.Table {
	t.Helper()
	data, err := sheet.WriteXLSX(sheet.Workbook{Title: "SIPD", Date: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), Sheets: []sheet.Sheet{sh}})
	if err != nil {
		t.Fatal(err)
	}
	tabs, err := sheet.Read("x.xlsx", data)
	if err != nil {
		t.Fatal(err)
	}
	return tabs
}

func ops(res Result) string {
	var b strings.Builder
	for _, c := range res.Changes {
		b.WriteString(string(c.Op) + c.ID + " " + c.Old + ">" + c.New + "\n")
	}
	return b.String()
}
