package html

import (
	"path"
	"strings"
	"testing"

	"github.com/tkpkd/tkpkd/generator/internal/golden"
)

// goldenPages are one page of each kind, in both languages where the
// language changes more than the strings.
var goldenPages = []string{
	"index.html", "anggaran/index.html", "anggaran/2024/index.html", "opd/index.html", "opd/dinsos/index.html",
	"strategi/index.html", "strategi/inpres-4-2022/index.html", "rapat/index.html", "rapat/rakor-2024-05/index.html",
	"wilayah/index.html", "wilayah/36-01/index.html", "indikator/index.html", "sumber/index.html",
	"tentang/index.html", "404.html", "sitemap.xml",
	"en/index.html", "en/rapat/rakor-2024-05/index.html", "en/metodologi/index.html",
}

func TestGolden(t *testing.T) {
	t.Parallel()
	files := renderFixture(t)
	for _, p := range goldenPages {
		got, ok := files[p]
		if !ok {
			t.Errorf("%s not rendered", p)
			continue
		}
		name := strings.ReplaceAll(strings.TrimSuffix(p, path.Ext(p)), "/", "_")
		golden.Check(t, "testdata/golden/"+name+path.Ext(p)+".golden", got)
	}
	var list strings.Builder
	for _, p := range sortedKeys(files) {
		list.WriteString(p + "\n")
	}
	golden.Check(t, "testdata/golden/files.golden", []byte(list.String()))
}
