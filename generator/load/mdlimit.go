package load

import (
	"strings"

	"github.com/tkpkd/tkpkd/generator/diag"
)

// maxMarkdownDepth is how deeply Markdown blocks (quotes and lists) may
// nest. Real minutes nest two or three levels; Markdown parsers take time
// that grows with the square of the depth, so a line of ten thousand "- "
// would stall a build.
const maxMarkdownDepth = 16

// maxIndent is the widest indentation accepted in Markdown, for the same
// reason: nesting can also be written with spaces.
const maxIndent = 120

// checkMarkdown reports the first line of text nested too deeply. line is
// the file line the text starts on.
func checkMarkdown(file string, line int, field, text string, problems *diag.List) bool {
	for i, l := range strings.Split(text, "\n") {
		indent := len(l) - len(strings.TrimLeft(l, " \t"))
		depth := markdownDepth(l)
		if depth > maxMarkdownDepth || indent > maxIndent {
			problems.Add(file, line+i, 1, field, diag.T("kutipan atau daftar bersarang terlalu dalam (tertulis %d tingkat dan %d spasi indentasi; paling banyak %d tingkat dan %d spasi)", "nests quotes or lists too deeply (got %d levels and %d spaces of indentation, want at most %d levels and %d spaces)", depth, indent, maxMarkdownDepth, maxIndent))
			return false
		}
	}
	return true
}

// markdownDepth counts the quote and list markers that open a line.
func markdownDepth(l string) int {
	depth := 0
	for {
		l = strings.TrimLeft(l, " \t")
		switch {
		case strings.HasPrefix(l, ">"):
			l = l[1:]
		case len(l) >= 2 && (l[0] == '-' || l[0] == '*' || l[0] == '+') && (l[1] == ' ' || l[1] == '\t'):
			l = l[2:]
		default:
			n := 0
			for n < len(l) && n < 9 && l[n] >= '0' && l[n] <= '9' {
				n++
			}
			if n == 0 || n+1 >= len(l) || (l[n] != '.' && l[n] != ')') || (l[n+1] != ' ' && l[n+1] != '\t') {
				return depth
			}
			l = l[n+2:]
		}
		depth++
	}
}
