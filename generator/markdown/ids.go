package markdown

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
)

// IDs makes heading ids that are readable for Indonesian and English text
// and unique across every fragment of one page. goldmark's own generator
// drops non-ASCII letters ("Ékonomi" becomes "konomi") and is unique only
// within one Convert, so a page that renders several fragments (minutes,
// item descriptions) would repeat ids. Share one IDs per page through
// parser.NewContext(parser.WithIDs(ids)).
type IDs struct {
	used map[string]bool
}

// NewIDs returns an empty id set; reserved ids (those the page template
// already uses) are never generated.
func NewIDs(reserved ...string) *IDs {
	ids := &IDs{used: map[string]bool{}}
	for _, r := range reserved {
		ids.used[r] = true
	}
	return ids
}

var _ parser.IDs = (*IDs)(nil)

// Generate returns a new unique id for a heading's text: lower case ASCII
// letters and digits joined by '-', accents folded ("Ékonomi & Keuangan"
// gives "ekonomi-keuangan"), "-1", "-2" appended on repeats.
func (s *IDs) Generate(value []byte, kind ast.NodeKind) []byte {
	base := Slug(string(value))
	if base == "" {
		base = "bagian" // "section": a heading of only symbols or emoji
	}
	id := base
	for i := 1; s.used[id]; i++ {
		id = base + "-" + strconv.Itoa(i)
	}
	s.used[id] = true
	return []byte(id)
}

// Put records an id written by hand (## Judul {#id}) so that generated ids
// avoid it.
func (s *IDs) Put(value []byte) { s.used[string(value)] = true }

// Slug folds text to lower-case ASCII words joined by '-'.
func Slug(text string) string {
	var b strings.Builder
	dash := false
	for _, r := range text {
		r = unicode.ToLower(r)
		if f, ok := fold[r]; ok {
			r = f
		}
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	return b.String()
}

// fold maps accented Latin letters to their base letter; Indonesian text
// borrows them in names and loanwords (Ékonomi, Désa).
var fold = map[rune]rune{
	'à': 'a', 'á': 'a', 'â': 'a', 'ã': 'a', 'ä': 'a', 'å': 'a', 'ā': 'a',
	'ç': 'c', 'č': 'c',
	'è': 'e', 'é': 'e', 'ê': 'e', 'ë': 'e', 'ē': 'e', 'ě': 'e',
	'ì': 'i', 'í': 'i', 'î': 'i', 'ï': 'i', 'ī': 'i',
	'ñ': 'n', 'ń': 'n',
	'ò': 'o', 'ó': 'o', 'ô': 'o', 'õ': 'o', 'ö': 'o', 'ø': 'o', 'ō': 'o',
	'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u', 'ū': 'u',
	'ý': 'y', 'ÿ': 'y',
	'š': 's', 'ś': 's', 'ž': 'z', 'ź': 'z', 'ż': 'z', 'ł': 'l', 'đ': 'd',
}
