package synth

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

// q quotes text as a YAML double-quoted scalar, so codes stay strings and
// a colon in a title never breaks a mapping.
func q(s string) string {
	if !strings.ContainsAny(s, "\"\\") {
		return `"` + s + `"`
	}
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`)
	return `"` + r.Replace(s) + `"`
}

// qs writes a flow list of quoted strings.
func qs(list []string) string {
	parts := make([]string, len(list))
	for i, s := range list {
		parts[i] = q(s)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// num formats a decimal with a fixed number of places and a dot.
func num(v float64, places int) string { return strconv.FormatFloat(v, 'f', places, 64) }

func line(b *bytes.Buffer, format string, args ...any) {
	fmt.Fprintf(b, format, args...)
	b.WriteByte('\n')
}
