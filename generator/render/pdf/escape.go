package pdf

import (
	"fmt"
	"strings"
	"text/template"
	"text/template/parse"
)

// Markdown is text that is already Markdown: the output of the brief's own
// helpers (citations, marks, charts, the glossary's strings) and the minutes,
// which content writes in Markdown on purpose. Every other value a brief
// template prints is escaped first, as html/template does for HTML, so a
// secretariat can edit the templates without remembering to escape, and an
// agency named "Din*sos* [klik](http://evil.example)" prints as written.
type Markdown string

// escapeFunc is the name of the function appended to every printing action.
// The leading underscore keeps it out of the names a template author uses.
const escapeFunc = "_md_escape"

// escapeValue is the final command of every action: Markdown passes, and
// anything else is printed as its text with every Markdown character made
// literal.
func escapeValue(v any) Markdown {
	switch v := v.(type) {
	case Markdown:
		return v
	case nil:
		return ""
	case string:
		return Markdown(escapeText(v))
	case fmt.Stringer:
		return Markdown(escapeText(v.String()))
	}
	return Markdown(escapeText(fmt.Sprint(v)))
}

// escapeText backslash-escapes every ASCII punctuation character, which
// CommonMark allows for all of them. Escaping all of them rather than a list
// of "special" ones is what makes the result safe wherever it lands: a leading
// "1." or "#" or ">", a "|" in a table cell, "&amp;" as an entity, "www.x.y"
// or "http://x.y" that GFM would turn into a link. A value is one line: a
// line break would end a table row, so it becomes a space.
func escapeText(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			b.WriteByte(' ')
		case r < 0x80 && isASCIIPunct(byte(r)):
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isASCIIPunct(c byte) bool {
	return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~')
}

// escapeTemplates rewrites the parse tree of every template in t except
// those named in plain, appending the escaper to each action that prints
// ({{x}} becomes {{x | _md_escape}}); actions that only declare a variable
// print nothing and are left alone. plain names the templates whose output
// is not Markdown (a PDF title, a file name).
func escapeTemplates(t *template.Template, plain map[string]bool) {
	for _, tt := range t.Templates() {
		if plain[tt.Name()] || tt.Tree == nil {
			continue
		}
		escapeNode(tt.Tree, tt.Tree.Root)
	}
}

func escapeNode(tree *parse.Tree, n parse.Node) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, c := range n.Nodes {
			escapeNode(tree, c)
		}
	case *parse.ActionNode:
		if len(n.Pipe.Decl) > 0 || n.Pipe.IsAssign {
			return
		}
		if last := n.Pipe.Cmds[len(n.Pipe.Cmds)-1]; len(last.Args) == 1 {
			if id, ok := last.Args[0].(*parse.IdentifierNode); ok && id.Ident == escapeFunc {
				return // already rewritten (a template shared by two sets)
			}
		}
		id := parse.NewIdentifier(escapeFunc).SetTree(tree).SetPos(n.Pos)
		n.Pipe.Cmds = append(n.Pipe.Cmds, &parse.CommandNode{NodeType: parse.NodeCommand, Pos: n.Pos, Args: []parse.Node{id}})
	case *parse.IfNode:
		escapeNode(tree, n.List)
		escapeNode(tree, n.ElseList)
	case *parse.RangeNode:
		escapeNode(tree, n.List)
		escapeNode(tree, n.ElseList)
	case *parse.WithNode:
		escapeNode(tree, n.List)
		escapeNode(tree, n.ElseList)
	}
}
