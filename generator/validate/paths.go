package validate

import (
	"slices"

	"github.com/tkpkd/tkpkd/generator/diag"
	"github.com/tkpkd/tkpkd/generator/model"
	"github.com/tkpkd/tkpkd/generator/sitepath"
)

// paths reports content whose pages would not get a path of their own on
// the site (see package sitepath): a free page named after a folder or file
// the site writes itself, or after a language (pages/en.md would be the
// English site's folder), and a language that cannot be a folder. The
// other path rules are the ids' own: load refuses an id or region code that
// cannot be a path segment (sitepath.Segment), and duplicates refuses two
// ids of one kind that differ only in '.', '_' or '-', which would share
// one.
func (c *checker) paths() {
	langs := c.site.Config.Languages
	for i, l := range langs {
		if _, err := sitepath.Segment(l); err != nil || (i > 0 && sitepath.Reserved(l)) {
			field, pos := c.set.Where(&c.site.Config, "languages")
			c.errorAt(pos, field, diag.T("bahasa %q tidak bisa menjadi nama folder situs; tulis kodenya, misalnya id atau en",
				"language %q cannot be a folder name of the site (want a code such as id or en)", l))
		}
	}
	for _, p := range c.site.Pages {
		// The name is the file's: point at the file's first line.
		at := model.Pos{File: p.Pos.File, Line: 1, Col: 1}
		switch {
		case sitepath.Reserved(p.Name):
			c.errorAt(at, "", diag.T("nama halaman %q sudah dipakai situs sendiri (folder %s/); ganti nama berkasnya",
				"page name %q is used by the site itself (the folder %s/); rename the file", p.Name, p.Name))
		case slices.Contains(langs, p.Name):
			c.errorAt(at, "", diag.T("nama halaman %q sama dengan folder bahasa %q di situs; ganti nama berkasnya",
				"page name %q is the folder of the site's language %q; rename the file", p.Name, p.Name))
		}
	}
}
