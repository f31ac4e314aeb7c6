package html

import (
	"bytes"
	"encoding/xml"

	"github.com/tkpkd/tkpkd/generator/render"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
)

// sitemap lists every page of every language with absolute URLs. Without a
// base URL there is nothing absolute to write, so there is no sitemap.
func (b *builder) sitemap(pages []*Page) []byte {
	base := b.baseURL()
	if base == "" {
		return nil
	}
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	buf.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	for _, p := range pages {
		if p.Kind == "404" {
			continue
		}
		buf.WriteString("  <url><loc>")
		_ = xml.EscapeText(&buf, []byte(base+p.OutPath()))
		buf.WriteString("</loc></url>\n")
	}
	buf.WriteString("</urlset>\n")
	return buf.Bytes()
}

// fontFiles are the Go fonts the stylesheet declares with @font-face: the
// charts are laid out with their metrics, so the page uses them too, from
// local files rather than any font service.
func fontFiles() []render.File {
	return []render.File{
		{Path: dirAssets + "/go-regular.ttf", Data: goregular.TTF},
		{Path: dirAssets + "/go-bold.ttf", Data: gobold.TTF},
	}
}
