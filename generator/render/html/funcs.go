package html

import "html/template"

// funcs are the few helpers templates need beyond the Page methods.
var funcs = template.FuncMap{
	// join lists link labels inline: "Dinsos, Bappeda".
	"join": joinLinks,
	// add is for numbering in templates.
	"add": func(a, b int) int { return a + b },
}
