// Package markdown owns the one goldmark configuration the project uses, so
// the HTML site and the PDF briefs read Markdown the same way.
package markdown

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer/html"
)

// Options configures the converter.
type Options struct {
	// RawHTML passes HTML written in Markdown through to the page. It is off
	// unless site.yaml sets raw_html: true: content is untrusted text.
	RawHTML bool
}

// New returns goldmark configured for tkpkd content.
func New(o Options) goldmark.Markdown {
	var rOpts []goldmark.Option
	// GFM gives tables (budget tables in minutes), strikethrough and autolinks;
	// Footnote gives citations in free pages and minutes.
	exts := goldmark.WithExtensions(extension.GFM, extension.Footnote)
	// Auto heading ids let pages link to a section of the minutes.
	rOpts = append(rOpts, exts, goldmark.WithParserOptions(parser.WithAutoHeadingID()))
	if o.RawHTML {
		rOpts = append(rOpts, goldmark.WithRendererOptions(html.WithUnsafe()))
	}
	return goldmark.New(rOpts...)
}
